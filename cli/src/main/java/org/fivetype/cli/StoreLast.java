package org.fivetype.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.fivetype.report.OutputTarget;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.YearRecord;
import org.fivetype.store.jdbc.HistoryStores;
import org.jspecify.annotations.Nullable;

/**
 * The year of {@code assess --history} stored as the last step of the run, so that a run that
 * fails stores nothing anywhere (issue 16): the year is stored once every output is written and
 * before the outputs are moved into place ({@link OutputTarget#beforeCommit}); if the run fails
 * after that all the same (the move is refused because another program put files into {@code
 * --out} meanwhile, or cannot be done), the store is put back as it was.
 *
 * <ul>
 *   <li>An existing store: the year as it was before (or its absence) is read first; the undo puts
 *       it back (or deletes the year). Other years are never touched.
 *   <li>A store that does not exist yet (an H2 path): made with the year in it all at once
 *       ({@link HistoryStores#createNew}: under a temporary name, put in place only when complete;
 *       if the name was taken meanwhile, the year goes into the store another run made). A run
 *       that fails before leaves no store file (and no folder made for it); the undo removes the
 *       file it put in place, and a folder made for it.
 * </ul>
 */
final class StoreLast implements AutoCloseable {

  /** Writes the outputs into a target (whose step before the move stores the year). */
  @FunctionalInterface
  interface Write {
    void write(OutputTarget target) throws IOException;
  }

  private final String history;
  private final @Nullable HistoryStore existing;
  private final PrintStream err;
  private final boolean verbose;

  /** The store the year went into (to undo it there), and the year as it was before in it. */
  private @Nullable HistoryStore storedIn;
  private Optional<YearRecord> before = Optional.empty();
  private int year;
  /** A store opened here (made meanwhile by another run): closed with this. */
  private @Nullable HistoryStore opened;
  /** The store file this run put in place, and the topmost folder made for it (null: none made). */
  private @Nullable Path created;
  private @Nullable Path madeFolder;

  /**
   * @param history the {@code --history} argument (a JDBC URL or an H2 path)
   * @param existing the store, opened by the caller, if it existed when the run began; null if not
   *     (then it is made by {@link #store}); the caller closes it
   */
  StoreLast(String history, @Nullable HistoryStore existing, PrintStream err, boolean verbose) {
    this.history = history;
    this.existing = existing;
    this.err = err;
    this.verbose = verbose;
  }

  /**
   * Writes the outputs with {@link #store} as the step before they are moved into place; if the
   * write fails after the year was stored, {@link #undo} puts the store back and the failure is
   * thrown on.
   */
  void write(OutputTarget target, YearRecord year, Write write) throws IOException {
    try {
      write.write(target.beforeCommit(() -> store(year)));
    } catch (IOException | RuntimeException | Error e) {
      try {
        undo();
      } catch (RuntimeException undoFailed) {
        e.addSuppressed(undoFailed);
        err.println("note 注意: year " + year.year() + " was stored, and taking it back from the history store "
            + "failed 历史库中的年度未能撤回: " + Main.shown(String.valueOf(undoFailed.getMessage())));
      }
      throw e;
    }
  }

  /** Stores the year (see the class comment); throws if it cannot, and then nothing is stored. */
  void store(YearRecord record) {
    this.year = record.year();
    if (existing != null) {
      putInto(existing, record);
      return;
    }
    Path target = History.file(history);
    Path top = null;
    for (Path p = target.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
      top = p;
    }
    Optional<Path> made = verbose ? HistoryStores.createNew(history, s -> s.put(record))
        : History.quietly(() -> HistoryStores.createNew(history, s -> s.put(record)));
    if (made.isPresent()) {
      created = made.get();
      madeFolder = top;
      err.println("note 注意: created a new history store 新建历史库 " + made.get());
      return;
    }
    // another run made the store meanwhile: the year goes into that one
    HistoryStore there;
    try {
      there = History.open(history, false, err, verbose);
    } catch (Checks.Unreadable e) {
      throw new IllegalStateException(e); // it is there: it was found a moment ago
    }
    opened = there;
    putInto(there, record);
  }

  private void putInto(HistoryStore store, YearRecord record) {
    Optional<YearRecord> was = store.get(record.year());
    store.put(record);
    storedIn = store;
    before = was;
  }

  /**
   * Takes back what {@link #store} did, if it did anything: the year as it was before in an
   * existing store; the store file this run put in place removed (with a folder made for it).
   */
  void undo() {
    if (storedIn != null) {
      HistoryStore s = storedIn;
      storedIn = null;
      if (before.isPresent()) {
        s.put(before.get());
      } else {
        s.delete(year);
      }
    }
    if (created != null) {
      Path c = created;
      created = null;
      HistoryStores.deleteFiles(c);
      if (madeFolder != null) {
        for (Path p = c.getParent(); p != null; p = p.getParent()) {
          try {
            Files.deleteIfExists(p); // stops at a folder that is not empty
          } catch (IOException e) {
            break;
          }
          if (p.equals(madeFolder)) {
            break;
          }
        }
      }
    }
  }

  /** Closes the store opened here, if any (not the caller's); a store that does not close cleanly is noted. */
  @Override
  public void close() {
    if (opened != null) {
      HistoryStore o = opened;
      opened = null;
      try {
        o.close();
      } catch (RuntimeException e) {
        err.println("note 注意: the history store did not close cleanly: " + Main.shown(String.valueOf(e.getMessage())));
      }
    }
  }
}
