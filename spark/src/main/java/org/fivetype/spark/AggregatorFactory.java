package org.fivetype.spark;

import java.io.Serializable;
import org.fivetype.api.Surface;
import org.fivetype.records.RecordAggregator;
import org.fivetype.records.RecordKind;

/**
 * Builds a record aggregator from its configuration, on whichever machine needs one. Aggregators
 * (and their configurations) are not {@link Serializable}: what travels to Spark's executors is
 * this recipe, and each executor builds its own aggregator from it, once per task. Write it as a
 * lambda that captures only serializable values, for example
 * {@code () -> BallotAggregator.of(BallotAggregator.Config.defaults().withMinValidBallots(50))}.
 *
 * <p>The driver and every executor must build aggregators of the same configuration: the per-unit
 * states hold no configuration ({@link org.fivetype.records.UnitState}).
 */
@FunctionalInterface
@Surface(Surface.Kind.EXPERIMENTAL)
public interface AggregatorFactory extends Serializable {

  /** A new aggregator of the configured kind and configuration. */
  RecordAggregator<?, ?> create();

  /** The documented default aggregator of a kind ({@link RecordKind#defaultAggregator()}). */
  static AggregatorFactory defaults(RecordKind kind) {
    return kind::defaultAggregator;
  }
}
