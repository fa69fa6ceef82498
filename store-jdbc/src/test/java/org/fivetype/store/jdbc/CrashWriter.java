package org.fivetype.store.jdbc;

import org.fivetype.spi.HistoryStore;
import org.fivetype.testkit.HistoryStoreContract;

/**
 * The child process of {@link CrashTest}: writes year 2002 (and every third time year 2004) over
 * and over, each version marked {@code child<i>}, printing {@code writing <i>} before each write and {@code committed <i> <ms> ms} after its
 * commit,
 * until it is killed.
 */
public final class CrashWriter {

  /** Units per written year: enough that most of the child's time is spent inside a write. */
  static final int UNITS = 300;

  private CrashWriter() {}

  /** {@code args[0]}: the store (JDBC URL or H2 path). */
  public static void main(String[] args) {
    try (HistoryStore store = HistoryStores.open(args[0])) {
      for (int i = 0; ; i++) {
        var year = HistoryStoreContract.syntheticYear(i % 3 == 2 ? 2004 : 2002, UNITS, "child" + i);
        System.out.println("writing " + i);
        System.out.flush();
        long t0 = System.nanoTime();
        store.put(year);
        System.out.println("committed " + i + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        System.out.flush();
      }
    }
  }
}
