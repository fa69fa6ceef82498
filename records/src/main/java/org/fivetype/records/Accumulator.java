package org.fivetype.records;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.Surface;

/**
 * A partial aggregation: one {@link UnitState} per unit seen so far. Feed it records one at a
 * time ({@link #accept}), merge partials computed elsewhere ({@link #merge}) in any grouping and
 * order, then {@link #finish}. Memory is one fixed-size state per unit, whatever the number of
 * records. Not thread-safe: use one per thread and merge.
 *
 * @param <R> the record type
 * @param <S> the per-unit state type
 */
@Surface(Surface.Kind.API)
public final class Accumulator<R extends RawRecord, S extends UnitState<S>> {
  private final RecordAggregator<R, S> aggregator;
  private final HashMap<String, S> states = new HashMap<>();

  Accumulator(RecordAggregator<R, S> aggregator) {
    this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
  }

  /** The aggregator this accumulator runs. */
  public RecordAggregator<R, S> aggregator() {
    return aggregator;
  }

  /** Adds one record. */
  public void accept(R record) {
    String unit = record.unitId();
    S s = states.get(unit);
    if (s == null) {
      s = aggregator.newState();
      states.put(unit, s);
    }
    aggregator.add(s, record);
  }

  /** Adds every record of {@code records}; returns this. */
  public Accumulator<R, S> acceptAll(Iterable<? extends R> records) {
    for (R r : records) {
      accept(r);
    }
    return this;
  }

  /**
   * Adds everything {@code other} has seen and returns this; {@code other} must not be used
   * afterwards (its states may be taken over).
   */
  public Accumulator<R, S> merge(Accumulator<R, S> other) {
    if (other == this) {
      throw new IllegalArgumentException("an accumulator cannot be merged with itself");
    }
    for (Map.Entry<String, S> e : other.states.entrySet()) {
      mergeState(e.getKey(), e.getValue());
    }
    other.states.clear();
    return this;
  }

  /**
   * Merges one unit's state computed elsewhere (e.g. deserialized from another machine); the state
   * must come from an aggregator with the same configuration and must not be used afterwards.
   */
  public Accumulator<R, S> mergeState(String unitId, S state) {
    S mine = states.get(unitId);
    if (mine == null) {
      states.put(unitId, state);
    } else {
      mine.merge(state);
    }
    return this;
  }

  /** The per-unit states so far (read-only view). */
  public Map<String, S> states() {
    return Collections.unmodifiableMap(states);
  }

  /** The observations and diagnostics of the records seen; see {@link RecordAggregator#finish}. */
  public Aggregation finish(int year, Collection<String> unitIds) {
    return aggregator.finish(year, states(), unitIds);
  }
}
