package org.fivetype.records;

import java.util.Collection;
import java.util.Map;
import org.fivetype.api.Surface;

/**
 * Turns raw records of one kind into observations, one unit at a time: a fresh per-unit state
 * ({@link #newState}), records added one by one ({@link #add}), partial states merged, and {@link #finish} into
 * the observations of named indicators plus per-unit diagnostics. Implementations are immutable
 * and configured once; {@link Accumulator} runs one over a stream of records.
 *
 * @param <R> the record type
 * @param <S> the per-unit state type
 */
@Surface(Surface.Kind.SPI)
public interface RecordAggregator<R extends RawRecord, S extends UnitState<S>> {

  /** The kind of records this aggregator reads. */
  RecordKind kind();

  /** An empty state for one unit. */
  S newState();

  /** Adds one record to the state of its unit. */
  void add(S state, R record);

  /**
   * Problems of a single record under this aggregator's configuration, by column name of
   * {@code docs/records.md} (e.g. a rater group that is not configured); empty when it is fine.
   * Readers report these as row-level problems. {@link #add} never throws for a record
   * that passed this check.
   */
  default Map<String, String> check(R record) {
    return Map.of();
  }

  /**
   * The observations and diagnostics of a year. Units of {@code unitIds} without any state get
   * the value the indicator's description prescribes for "nothing to count" where there is one
   * (0 complaints, 0 breaches, on-time rate 1) and a flag otherwise; states of units not in
   * {@code unitIds} give no observation, only a diagnostic flagged {@code unknown-unit}.
   *
   * @param year the assessment year of the observations
   * @param states the per-unit states, by unit id
   * @param unitIds the assessed units
   */
  Aggregation finish(int year, Map<String, S> states, Collection<String> unitIds);

  /** A fresh accumulator running this aggregator. */
  default Accumulator<R, S> accumulator() {
    return new Accumulator<>(this);
  }
}
