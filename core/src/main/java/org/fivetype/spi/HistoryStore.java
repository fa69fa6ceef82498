package org.fivetype.spi;

import java.util.List;
import java.util.Optional;
import org.fivetype.api.Surface;

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
@Surface(Surface.Kind.SPI)
public interface HistoryStore extends AutoCloseable {

  /**
   * Stores a year, replacing whatever was stored for that year, in one transaction.
   *
   * @param year the year's record; its {@link YearRecord#year()} says which year it replaces
   */
  void put(YearRecord year);

  /**
   * Reads a stored year back.
   *
   * @param year the assessment year, e.g. 2004
   * @return the record equal as a value to the one stored, or empty if the year is not stored
   */
  Optional<YearRecord> get(int year);

  /** {@return the years stored, ascending; empty for an empty store} */
  List<Integer> years();

  /**
   * Removes a year. Other years are not touched.
   *
   * @param year the assessment year to remove
   * @return whether the year was stored
   */
  boolean delete(int year);

  /** Releases the store's resources. */
  @Override
  void close();
}
