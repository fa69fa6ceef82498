package org.fivetype.records;

import java.io.Serializable;

/**
 * The state an aggregator keeps for one unit: mutable, of a size that does not grow with the
 * number of records added, and mergeable. {@link #merge} is associative and commutative on the
 * result of {@link RecordAggregator#finish}: any partition of the records, merged in any order,
 * gives the same observations and diagnostics as one pass (the built-in states hold only integer
 * counters, so this holds exactly, not up to rounding). Serializable, so that partial states can
 * travel between machines (Apache Spark).
 *
 * @param <R> the record type
 * @param <S> the state type itself
 */
public interface UnitState<R extends RawRecord, S extends UnitState<R, S>> extends Serializable {

  /** Adds one record of this state's unit. */
  void add(R record);

  /** Adds everything {@code other} has seen; {@code other} must not be used afterwards. */
  void merge(S other);
}
