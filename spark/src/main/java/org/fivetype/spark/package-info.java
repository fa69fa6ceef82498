/**
 * fivetype on Apache Spark, for runs past one machine: raw records read from CSV or Parquet with
 * the column contract and row checks of {@code docs/records.md} ({@link
 * org.fivetype.spark.SparkRecords}), aggregated per unit by Spark {@code Aggregator}s that run the
 * very aggregators of {@code org.fivetype.records} (same per-unit state, same merge), and scored
 * and tiered with the compiled plan on the executors, one whole category per task ({@link
 * org.fivetype.spark.SparkAssessment}). Results equal the single-machine path's number for
 * number and tier for tier. Spark itself is {@code provided}: a cluster's own Spark is used. See
 * {@code docs/spark.md}.
 */
@NullMarked
package org.fivetype.spark;

import org.jspecify.annotations.NullMarked;
