package org.fivetype.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Where a store's connections come from: a JDBC URL, or a data source handed in. */
interface Connections {

  /** A new connection; the caller closes it. */
  Connection open() throws SQLException;

  /** The store's name in messages: its URL without credentials. */
  String describe();

  static Connections of(String url, @Nullable String user, @Nullable String password) {
    return new Connections() {
      @Override
      public Connection open() throws SQLException {
        Properties p = new Properties();
        if (user != null) {
          p.setProperty("user", user);
        }
        if (password != null) {
          p.setProperty("password", password);
        }
        // an H2 file another process is opening, serving or closing this moment: wait and try again
        // (HistoryStores.OPEN_WAIT); every other failure at once
        long deadline = System.nanoTime() + HistoryStores.OPEN_WAIT.toNanos();
        for (int attempt = 1; ; attempt++) {
          try {
            return DriverManager.getConnection(url, p);
          } catch (SQLException e) {
            if (!url.startsWith("jdbc:h2:") || !HistoryStores.transientOpenFailure(e) || System.nanoTime() > deadline) {
              throw e;
            }
            try {
              Thread.sleep(Math.min(1_000L, 50L * attempt) + (long) (Math.random() * 50));
            } catch (InterruptedException ie) {
              Thread.currentThread().interrupt();
              throw e;
            }
          }
        }
      }

      @Override
      public String describe() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
      }
    };
  }

  static Connections of(DataSource ds) {
    return new Connections() {
      @Override
      public Connection open() throws SQLException {
        return ds.getConnection();
      }

      @Override
      public String describe() {
        return "data source " + ds.getClass().getName();
      }
    };
  }
}
