package org.fivetype.records;

import java.io.Serializable;
import org.fivetype.api.Surface;

/**
 * The state an aggregator keeps for one unit: mutable, of a size that does not grow with the
 * number of records added, and mergeable. {@link #merge} is associative and commutative on the
 * result of {@link RecordAggregator#finish}: any partition of the records, merged in any order,
 * gives the same observations and diagnostics as one pass (the built-in states hold only integer
 * counters, so this holds exactly, not up to rounding). A state holds no configuration — the
 * {@link RecordAggregator} that made it adds records to it ({@link RecordAggregator#add}) — and is
 * Serializable, so that partial states can travel between machines (Apache Spark) while each
 * machine builds its aggregator from the same configuration.
 *
 * @param <S> the state type itself
 */
@Surface(Surface.Kind.SPI)
public interface UnitState<S extends UnitState<S>> extends Serializable {

  /** Adds everything {@code other} has seen; {@code other} must not be used afterwards. */
  void merge(S other);
}
