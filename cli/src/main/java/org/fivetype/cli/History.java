package org.fivetype.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.YearRecord;
import org.fivetype.store.jdbc.HistoryStores;

/** Opening the history store of {@code --history}: an H2 path that does not exist is created only when asked. */
final class History {
  private History() {}

  /** Whether the store is there: always for a JDBC URL (the database says), else whether the H2 file is. */
  static boolean exists(String history) {
    if (history.startsWith("jdbc:") || history.isBlank()) {
      return true;
    }
    return Files.exists(file(history));
  }

  /** The H2 file of a path store ({@code PATH.mv.db}), absolute. */
  static Path file(String history) {
    return Path.of(history.endsWith(".mv.db") ? history : history + ".mv.db").toAbsolutePath().normalize();
  }

  /**
   * Opens the store. A path (not a JDBC URL) whose H2 file {@code PATH.mv.db} is missing is
   * refused (exit 4, nothing created) unless {@code create}; then a note says a new store was made.
   */
  static HistoryStore open(String history, boolean create, PrintStream err) throws Checks.Unreadable {
    return open(history, create, err, false);
  }

  /**
   * As {@link #open(String, boolean, PrintStream)}; without {@code verbose}, what H2 prints on the
   * process's own {@code System.out}/{@code System.err} (its stack trace when it cannot write
   * {@code NAME.trace.db} beside a store in a read-only place) is kept from the terminal at every
   * stage — opening and migrating the schema, storing, reading, deleting and closing — so a
   * failure reaches the user as the one-line {@code HistoryStoreException} message (exit 4). With
   * {@code verbose} it is shown.
   */
  static HistoryStore open(String history, boolean create, PrintStream err, boolean verbose)
      throws Checks.Unreadable {
    if (verbose) {
      return openLoud(history, create, err);
    }
    return new Quiet(quietly(() -> openLoud(history, create, err)));
  }

  /** What runs with the process's own streams silenced. */
  @FunctionalInterface
  interface Work<T, E extends Exception> {
    T run() throws E;
  }

  /**
   * Runs the work with {@code System.out} and {@code System.err} going nowhere (what fivetype
   * itself prints goes to the command's own streams, which stay as they are), then puts them back.
   */
  static <T, E extends Exception> T quietly(Work<T, E> work) throws E {
    PrintStream sysOut = System.out;
    PrintStream sysErr = System.err;
    PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
    System.setOut(sink);
    System.setErr(sink);
    try {
      return work.run();
    } finally {
      System.setOut(sysOut);
      System.setErr(sysErr);
    }
  }

  /** As {@link #quietly(Work)}, for work that gives nothing back. */
  static void quietlyRun(Runnable work) {
    quietly(() -> {
      work.run();
      return Boolean.TRUE;
    });
  }

  /** A store whose every operation runs {@link #quietly}. */
  private record Quiet(HistoryStore store) implements HistoryStore {
    @Override
    public void put(YearRecord year) {
      quietlyRun(() -> store.put(year));
    }

    @Override
    public Optional<YearRecord> get(int year) {
      return quietly(() -> store.get(year));
    }

    @Override
    public List<Integer> years() {
      return quietly(store::years);
    }

    @Override
    public boolean delete(int year) {
      return quietly(() -> store.delete(year));
    }

    @Override
    public void close() {
      quietlyRun(store::close);
    }

    @Override
    public String toString() {
      return store.toString();
    }
  }

  private static HistoryStore openLoud(String history, boolean create, PrintStream err) throws Checks.Unreadable {
    if (!history.startsWith("jdbc:") && !history.isBlank()) {
      Path p = file(history);
      if (!Files.exists(p)) {
        if (!create) {
          throw new Checks.Unreadable("--history " + history + ": no history store there 历史库不存在 (no file " + p
              + "): check the path; fivetype assess --history creates one");
        }
        HistoryStore s = HistoryStores.open(history);
        err.println("note 注意: created a new history store 新建历史库 " + p);
        return s;
      }
    }
    return HistoryStores.open(history);
  }
}
