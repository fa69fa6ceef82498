package org.fivetype.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.fivetype.spi.HistoryStore;
import org.jspecify.annotations.Nullable;

/**
 * Opens a JDBC {@link HistoryStore}: the schema is created or migrated with Flyway (scripts in
 * {@code db/fivetype}, history table {@code ft_schema_history}) before the store is handed out.
 *
 * <ul>
 *   <li>{@code open("history/urumqi")} — a plain path is an embedded H2 file database
 *       ({@code history/urumqi.mv.db}), opened with {@code AUTO_SERVER=TRUE} so that several
 *       processes can use it at once, and {@code WRITE_DELAY=0} so that a commit is in the file
 *       before {@code put} returns (H2's default delay of 500 ms loses the last commits when the
 *       process that holds the file is killed; see {@link #jdbcUrl}).
 *   <li>{@code open("jdbc:postgresql://host/db?user=u&password=p")} — any JDBC URL; the H2 and
 *       PostgreSQL drivers are bundled.
 *   <li>{@code open(dataSource)} — a vendor's own pooled data source.
 * </ul>
 *
 * <p>A database that already holds other tables is accepted: Flyway baselines it at version 0
 * and adds fivetype's tables, all named {@code ft_…}.
 */
public final class HistoryStores {

  /** The Flyway history table of fivetype's schema. */
  public static final String SCHEMA_HISTORY_TABLE = "ft_schema_history";

  private HistoryStores() {}

  /**
   * The JDBC URL a store argument stands for: a string starting with {@code jdbc:} is taken as
   * it is; anything else is a path to an H2 file database (a trailing {@code .mv.db} is dropped),
   * made absolute, with {@code ;AUTO_SERVER=TRUE;WRITE_DELAY=0}.
   */
  public static String jdbcUrl(String jdbcUrlOrPath) {
    Objects.requireNonNull(jdbcUrlOrPath, "jdbcUrlOrPath");
    if (jdbcUrlOrPath.isBlank()) {
      throw new IllegalArgumentException("the history store is blank: give a JDBC URL or a path");
    }
    if (jdbcUrlOrPath.startsWith("jdbc:")) {
      return jdbcUrlOrPath;
    }
    String p = Path.of(jdbcUrlOrPath).toAbsolutePath().normalize().toString();
    if (p.endsWith(".mv.db")) {
      p = p.substring(0, p.length() - ".mv.db".length());
    }
    return "jdbc:h2:file:" + p + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
  }

  /** Opens the store at a JDBC URL or an H2 file path (see {@link #jdbcUrl}); credentials, if any, in the URL. */
  public static HistoryStore open(String jdbcUrlOrPath) {
    return open(jdbcUrlOrPath, null, null);
  }

  /** Opens the store at a JDBC URL or an H2 file path with a user and password (either may be null). */
  public static HistoryStore open(String jdbcUrlOrPath, @Nullable String user, @Nullable String password) {
    String url = jdbcUrl(jdbcUrlOrPath);
    Connections connections = Connections.of(url, user, password);
    Connection keeper = null;
    try {
      if (url.startsWith("jdbc:h2:")) {
        keeper = connections.open();
      }
      migrate(Flyway.configure().dataSource(url, user, password), connections);
      return new JdbcHistoryStore(connections, keeper);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(keeper, e);
      if (e instanceof HistoryStoreException h) {
        throw h;
      }
      throw new HistoryStoreException(connections.describe() + ": could not open the history store", e);
    }
  }

  /** Opens the store on a data source (connections are taken per operation and closed after). */
  public static HistoryStore open(DataSource dataSource) {
    Connections connections = Connections.of(Objects.requireNonNull(dataSource, "dataSource"));
    migrate(Flyway.configure().dataSource(dataSource), connections);
    return new JdbcHistoryStore(connections, null);
  }

  private static void migrate(FluentConfiguration config, Connections connections) {
    try {
      config.locations("classpath:db/fivetype")
          .table(SCHEMA_HISTORY_TABLE)
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .cleanDisabled(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new HistoryStoreException(connections.describe() + ": could not create or migrate the schema", e);
    }
  }

  private static void closeQuietly(@Nullable Connection c, Exception cause) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
