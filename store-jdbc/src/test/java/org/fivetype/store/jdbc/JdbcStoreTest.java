package org.fivetype.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.Label;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.UnitRecord;
import org.fivetype.spi.YearRecord;
import org.fivetype.testkit.HistoryStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is particular to the JDBC store: URLs, the Flyway schema, failed writes, a shared database. */
class JdbcStoreTest {

  @TempDir
  Path dir;

  private String url(String backend) {
    return backend.equals("h2") ? HistoryStores.jdbcUrl(dir.resolve("h").toString()) : Pg.newDatabase();
  }

  @Test
  void plainPathIsAnH2File() {
    String abs = dir.toAbsolutePath().normalize().toString();
    assertThat(HistoryStores.jdbcUrl(dir.resolve("history").toString()))
        .isEqualTo("jdbc:h2:file:" + abs + "/history;AUTO_SERVER=TRUE;WRITE_DELAY=0");
    assertThat(HistoryStores.jdbcUrl(dir.resolve("history.mv.db").toString()))
        .isEqualTo("jdbc:h2:file:" + abs + "/history;AUTO_SERVER=TRUE;WRITE_DELAY=0");
    assertThat(HistoryStores.jdbcUrl("jdbc:postgresql://db/fivetype")).isEqualTo("jdbc:postgresql://db/fivetype");
    assertThatThrownBy(() -> HistoryStores.jdbcUrl(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pathOpensAFileNamedAfterIt() {
    try (HistoryStore s = HistoryStores.open(dir.resolve("city").toString())) {
      s.put(HistoryStoreContract.syntheticYear(2010, 2, "f"));
    }
    assertThat(dir.resolve("city.mv.db")).exists();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "pg"})
  void aFailedWriteLeavesTheYearAsItWas(String backend) {
    String url = url(backend);
    YearRecord before = HistoryStoreContract.syntheticYear(2011, 10, "before");
    // the last unit's reason is longer than the column (VARCHAR(20000)): the insert fails after
    // the year's old rows were deleted and the new units inserted, inside the transaction
    List<UnitRecord> units = new ArrayList<>(HistoryStoreContract.syntheticYear(2011, 12, "after").units());
    UnitRecord last = units.remove(units.size() - 1);
    units.add(new UnitRecord(last.unit(), last.total(), last.maxTotal(), last.tier(),
        List.of(new Reason("thresholds", Tier.PASS, Label.of("长".repeat(20_001), "long"))), last.pillars(),
        last.rank(), last.categorySize(), last.vetoes(), last.failedHard(), last.missing()));
    YearRecord tooLong = new YearRecord(2011, "synthetic", before.ruleSetFingerprint(), before.inputFingerprint(),
        units);
    try (HistoryStore s = HistoryStores.open(url)) {
      s.put(before);
      assertThatThrownBy(() -> s.put(tooLong)).isInstanceOf(HistoryStoreException.class)
          .hasMessageContaining("could not store year 2011");
      assertThat(s.get(2011).orElseThrow().equals(before)).as("2011 is as before the failed write").isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "pg"})
  void aDatabaseWithOtherTablesGetsFivetypesBeside(String backend) throws SQLException {
    String url = url(backend);
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE vendor_staff (id INTEGER PRIMARY KEY, name VARCHAR(40))");
      st.execute("INSERT INTO vendor_staff VALUES (1, 'kept')");
    }
    try (HistoryStore s = HistoryStores.open(url)) {
      s.put(HistoryStoreContract.syntheticYear(2012, 3, "v"));
    }
    // reopening does not migrate again
    try (HistoryStore s = HistoryStores.open(url)) {
      assertThat(s.years()).containsExactly(2012);
    }
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT name FROM vendor_staff")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("kept");
      }
      // Flyway: the baseline (version 0, the database was not empty) and V1, each once (H2 also
      // has a row without a version for the schema it found)
      List<String> versions = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"" + HistoryStores.SCHEMA_HISTORY_TABLE
          + "\" ORDER BY \"installed_rank\"")) {
        while (rs.next()) {
          assertThat(rs.getBoolean(2)).isTrue();
          if (rs.getString(1) != null) {
            versions.add(rs.getString(1));
          }
        }
      }
      assertThat(versions).containsExactly("0", "1");
    }
  }

  @Test
  void aDataSourceIsUsedConnectionByConnection() {
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL(HistoryStores.jdbcUrl(dir.resolve("ds").toString()));
    YearRecord y = HistoryStoreContract.syntheticYear(2013, 4, "ds");
    try (HistoryStore s = HistoryStores.open(ds)) {
      s.put(y);
    }
    // the same file opened by path sees the year
    try (HistoryStore s = HistoryStores.open(dir.resolve("ds").toString())) {
      assertThat(s.get(2013).orElseThrow().equals(y)).isTrue();
    }
  }

  @Test
  void anUnreachableStoreSaysWhich() {
    assertThatThrownBy(() -> HistoryStores.open("jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret"))
        .isInstanceOf(HistoryStoreException.class)
        .hasMessageStartingWith("jdbc:postgresql://127.0.0.1:1/none?user=u&password=***: could not create or migrate the schema")
        .hasMessageNotContaining("secret");
  }
}
