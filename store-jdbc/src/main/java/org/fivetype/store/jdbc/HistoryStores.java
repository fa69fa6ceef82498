package org.fivetype.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.fivetype.api.Surface;
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
@Surface(Surface.Kind.API)
public final class HistoryStores {

  /** The Flyway history table of fivetype's schema. */
  public static final String SCHEMA_HISTORY_TABLE = "ft_schema_history";

  private HistoryStores() {}

  /**
   * The JDBC URL a store argument stands for: a string starting with {@code jdbc:} is taken as
   * it is; anything else is a path to an H2 file database (a trailing {@code .mv.db} is dropped),
   * made absolute, with {@code ;AUTO_SERVER=TRUE;WRITE_DELAY=0}.
   *
   * @param jdbcUrlOrPath a JDBC URL or the path of an H2 file database
   * @return the JDBC URL
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

  /**
   * Opens the store at a JDBC URL or an H2 file path (see {@link #jdbcUrl}); credentials, if any, in the URL.
   *
   * @param jdbcUrlOrPath a JDBC URL or the path of an H2 file database
   * @return the open store, its schema created or migrated
   */
  public static HistoryStore open(String jdbcUrlOrPath) {
    return open(jdbcUrlOrPath, null, null);
  }

  /**
   * Opens the store at a JDBC URL or an H2 file path with a user and password (either may be null).
   *
   * @param jdbcUrlOrPath a JDBC URL or the path of an H2 file database
   * @param user the database user, or null for none
   * @param password the user's password, or null for none
   * @return the open store, its schema created or migrated
   */
  public static HistoryStore open(String jdbcUrlOrPath, @Nullable String user, @Nullable String password) {
    String url = jdbcUrl(jdbcUrlOrPath);
    Connections connections = Connections.of(url, user, password);
    long deadline = System.nanoTime() + OPEN_WAIT.toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        return openOnce(url, user, password, connections);
      } catch (HistoryStoreException e) {
        // H2 file: another process is opening, serving or closing the same file at this moment
        if (!url.startsWith("jdbc:h2:") || !transientOpenFailure(e) || System.nanoTime() > deadline) {
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

  /**
   * How long {@link #open(String, String, String)} keeps trying an H2 file that another process
   * is opening, serving or closing at the same moment (issue 16: of four {@code assess --history}
   * runs started at once, one or two failed with "Lock file recently modified" or a broken
   * connection to the serving process).
   */
  static final java.time.Duration OPEN_WAIT = java.time.Duration.ofSeconds(60);

  /**
   * H2's error codes of a file that is busy for a moment: 8000 error opening the database (its
   * lock file is being written), 90020 already open in another process, 90067 connection to the
   * serving process broken, 90098 closed, 90121 closing, 90135 exclusive mode, 50200 lock
   * time-out, 42101 a table another process has just created (two first migrations at once).
   * Not a wrong password (28000) or a folder that cannot be written: those fail at once.
   */
  private static final java.util.Set<Integer> TRANSIENT_H2_CODES =
      java.util.Set.of(8000, 90020, 90067, 90098, 90121, 90135, 50200, 42101);

  static boolean transientOpenFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s && TRANSIENT_H2_CODES.contains(s.getErrorCode())) {
        return true;
      }
    }
    return false;
  }

  private static HistoryStore openOnce(String url, @Nullable String user, @Nullable String password,
      Connections connections) {
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

  /**
   * Makes a new H2 file store at a path where there is none yet, all at once: the store is made
   * under a temporary name beside it ({@code NAME.new-PID-N.mv.db}), filled by {@code fill}, closed,
   * and only then put in place under its name, with a hard link that fails if the name was taken
   * meanwhile. So no other process ever sees the store half made, and a store that cannot be made
   * or filled leaves no file behind (nor a folder made for it). Temporary stores of runs whose
   * process is gone ({@code kill -9}) are removed first.
   *
   * @param path an H2 file path (not a JDBC URL; a trailing {@code .mv.db} is allowed)
   * @param fill stores what the new store starts with (the store is closed after)
   * @return the store file put in place ({@code PATH.mv.db}), or empty if a store was there
   *     already (made meanwhile by another process): then nothing was made, and the caller may
   *     open that store instead
   * @throws HistoryStoreException if the store cannot be made or filled (the message names the
   *     path, not the temporary name); then nothing is left behind
   */
  public static java.util.Optional<Path> createNew(String path, java.util.function.Consumer<HistoryStore> fill) {
    Objects.requireNonNull(fill, "fill");
    if (path.startsWith("jdbc:") || path.isBlank()) {
      throw new IllegalArgumentException("createNew makes an H2 file store: give a path, not " + path);
    }
    Path target = h2File(path);
    String name = target.getFileName().toString();
    String base = name.substring(0, name.length() - ".mv.db".length());
    Path folder = Objects.requireNonNull(target.getParent(), "a store file is in a folder");
    if (Files.exists(target)) {
      return java.util.Optional.empty();
    }
    Path top = null;
    for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
      top = p;
    }
    cleanStale(folder, base);
    Path tmp = folder.resolve(base + ".new-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    boolean made = false;
    try {
      Files.createDirectories(folder);
      HistoryStore fresh = open(tmp.toString());
      try {
        fill.accept(fresh);
      } finally {
        fresh.close();
      }
      Path tmpFile = Path.of(tmp + ".mv.db");
      try {
        try {
          Files.createLink(target, tmpFile);
        } catch (UnsupportedOperationException e) {
          Files.move(tmpFile, target); // no hard links here: a move that refuses an existing target
        }
      } catch (java.nio.file.FileAlreadyExistsException e) {
        return java.util.Optional.empty();
      }
      made = true;
      return java.util.Optional.of(target);
    } catch (java.io.IOException | RuntimeException e) {
      throw new HistoryStoreException(jdbcUrl(path).replaceAll(";.*", "") + ": could not create the history store",
          e instanceof HistoryStoreException h && h.getCause() != null ? h.getCause() : e);
    } finally {
      deleteTemporary(tmp);
      if (!made && top != null) {
        deleteEmptyFolders(folder, top);
      }
    }
  }

  /** The H2 file of a path store: {@code PATH.mv.db}, absolute. */
  static Path h2File(String path) {
    Path p = Path.of(path).toAbsolutePath().normalize();
    String n = p.getFileName().toString();
    return n.endsWith(".mv.db") ? p : p.resolveSibling(n + ".mv.db");
  }

  /**
   * Deletes the files of an H2 file store that is closed: {@code PATH.mv.db}, {@code
   * PATH.trace.db}, {@code PATH.lock.db} (a trailing {@code .mv.db} of the path is allowed).
   *
   * @param path the store's path, with or without {@code .mv.db}
   * @throws java.io.UncheckedIOException if one of them is there and cannot be deleted
   */
  public static void deleteFiles(Path path) {
    Path f = h2File(path.toString());
    String n = f.getFileName().toString();
    Path base = f.resolveSibling(n.substring(0, n.length() - ".mv.db".length()));
    for (String ext : java.util.List.of(".mv.db", ".trace.db", ".lock.db")) {
      try {
        Files.deleteIfExists(Path.of(base + ext));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Deletes the empty folders from {@code from} up to {@code top}, stopping at the first that is not empty. */
  static void deleteEmptyFolders(Path from, Path top) {
    for (Path p = from; p != null; p = p.getParent()) {
      try {
        Files.deleteIfExists(p);
      } catch (java.io.IOException e) {
        return;
      }
      if (p.equals(top)) {
        return;
      }
    }
  }

  /** Removes the temporary stores {@code BASE.new-PID-…} of processes that are gone. */
  private static void cleanStale(Path folder, String base) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    String prefix = base + ".new-";
    java.util.List<Path> stale = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> s = Files.list(folder)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String n = p.getFileName().toString();
        if (!n.startsWith(prefix)) {
          continue;
        }
        String rest = n.substring(prefix.length());
        int dash = rest.indexOf('-');
        long pid;
        try {
          pid = dash <= 0 ? -1 : Long.parseLong(rest.substring(0, dash));
        } catch (NumberFormatException e) {
          continue;
        }
        if (pid <= 0 || pid == ProcessHandle.current().pid()
            || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          continue; // not a temporary store, or one a run is making now
        }
        stale.add(p);
      }
    } catch (java.io.IOException e) {
      return; // best effort
    }
    for (Path p : stale) {
      try {
        Files.deleteIfExists(p);
      } catch (java.io.IOException ignored) {
        // best effort
      }
    }
  }

  private static void deleteTemporary(Path base) {
    for (String ext : java.util.List.of(".mv.db", ".trace.db", ".lock.db")) {
      try {
        Files.deleteIfExists(Path.of(base + ext));
      } catch (java.io.IOException ignored) {
        // best effort: a temporary file
      }
    }
  }

  /**
   * Opens the store on a data source (connections are taken per operation and closed after).
   *
   * @param dataSource where connections come from
   * @return the open store, its schema created or migrated
   */
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
