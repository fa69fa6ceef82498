package org.fivetype.store.jdbc;

import java.nio.file.Path;
import org.fivetype.spi.HistoryStore;
import org.fivetype.testkit.HistoryStoreContract;
import org.junit.jupiter.api.io.TempDir;

/** The history-store contract on an embedded H2 file database (a plain path). */
class H2HistoryStoreTest extends HistoryStoreContract {

  @TempDir
  Path dir;

  @Override
  protected HistoryStore open() {
    return HistoryStores.open(dir.resolve("history").toString());
  }
}
