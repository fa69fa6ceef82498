package org.fivetype.store.jdbc;

import org.fivetype.spi.HistoryStore;
import org.fivetype.testkit.HistoryStoreContract;

/**
 * A child process of {@link ConcurrentWritersTest}: opens the store, writes one year, closes the
 * store and exits 0, as one {@code fivetype assess --history} run does; on any failure it prints
 * the stack trace and exits 1.
 */
public final class OneShotWriter {

  private OneShotWriter() {}

  /** {@code args[0]}: the store (JDBC URL or H2 path); {@code args[1]}: the year; {@code args[2]}: a marker. */
  public static void main(String[] args) {
    try (HistoryStore store = HistoryStores.open(args[0])) {
      store.years(); // like assess: last year's result is read first
      store.put(HistoryStoreContract.syntheticYear(Integer.parseInt(args[1]), 40, args[2]));
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }
}
