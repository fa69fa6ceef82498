/**
 * The demo city on Spark: {@link org.fivetype.spark.examples.ScaledDemoJob} (the demo city scaled
 * up to 100,000 units, runnable on {@code local[2]} or with {@code spark-submit}), {@link
 * org.fivetype.spark.examples.BallotThroughput} (the documented run: ballots per second, Spark
 * against one machine) and {@link org.fivetype.spark.examples.DemoRecordFiles} (the demo's records
 * as files). They live here, not in the {@code examples} module, so that Spark stays off that
 * module's class path (its tests and architecture rules run without Spark and its dependency
 * tree). This package may print.
 */
@NullMarked
package org.fivetype.spark.examples;

import org.jspecify.annotations.NullMarked;
