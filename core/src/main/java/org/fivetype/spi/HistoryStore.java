package org.fivetype.spi;

import java.util.List;
import java.util.Optional;

/**
 * Where the results of past years are kept (历年考核结果), so that rules needing more than one year
 * (the two-year rule A9, direction of travel) and the cadre record (A8) can be worked out.
 *
 * <p>Contract for every implementation:
 *
 * <ul>
 *   <li>{@link #put} replaces a year whole and atomically: afterwards the year reads back exactly
 *       as given; if it fails, the year is as it was before. Other years are never touched.
 *   <li>Writers of different years at the same time (threads or processes) all succeed.
 *   <li>What {@link #get} returns equals, as a value, what {@link #put} was given.
 * </ul>
 *
 * <p>The JDBC implementation is in module {@code fivetype-store-jdbc}
 * ({@code org.fivetype.store.jdbc.HistoryStores}).
 */
public interface HistoryStore extends AutoCloseable {

  /** Stores a year, replacing whatever was stored for that year, in one transaction. */
  void put(YearRecord year);

  /** The stored year, or empty. */
  Optional<YearRecord> get(int year);

  /** The stored years, ascending. */
  List<Integer> years();

  /** Removes a year; returns whether it was there. Other years are not touched. */
  boolean delete(int year);

  /** Releases the store's resources. */
  @Override
  void close();
}
