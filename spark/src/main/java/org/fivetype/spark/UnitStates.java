package org.fivetype.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.fivetype.api.Surface;
import org.fivetype.records.RecordKind;

/**
 * The per-unit states of one kind of records after {@link SparkRecords#aggregate}: a Dataset of
 * one row per unit with records, {@code (unit_id string, state binary)}, the state being the
 * Java-serialized {@link org.fivetype.records.UnitState} of the aggregator the factory builds. It
 * goes into {@link SparkAssessment#assess}, where each category's states are finished ({@link
 * org.fivetype.records.RecordAggregator#finish}) by an aggregator built from the same factory.
 */
@Surface(Surface.Kind.EXPERIMENTAL)
public final class UnitStates {
  private final RecordKind kind;
  private final AggregatorFactory factory;
  private final Dataset<Row> states;

  UnitStates(RecordKind kind, AggregatorFactory factory, Dataset<Row> states) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.states = Objects.requireNonNull(states, "states");
  }

  /** The kind of records. */
  public RecordKind kind() {
    return kind;
  }

  /** The factory of the aggregator that made the states. */
  public AggregatorFactory factory() {
    return factory;
  }

  /** The states: {@code (unit_id string, state binary)}, one row per unit with records (persisted). */
  public Dataset<Row> states() {
    return states;
  }

  /** Frees the persisted states. */
  public void unpersist() {
    states.unpersist();
  }
}
