package org.fivetype.spark.examples;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.demo.DemoCity;
import org.fivetype.plugin.Plugins;
import org.fivetype.records.Column;
import org.fivetype.records.RawRecord;
import org.fivetype.records.RecordKind;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spark.AggregatorFactory;
import org.fivetype.spark.SparkAssessment;
import org.fivetype.spark.SparkRecords;
import org.fivetype.spark.UnitStates;

/**
 * The demo city scaled up, on Spark: {@code n} units (default 100,000: copies of the sixteen demo
 * units, in the same three categories), all five kinds of the demo's raw records and its
 * typed-in evidence, generated on the executors and written as files; then read back with the
 * column contract, aggregated, assessed and tiered per category, and the results written as CSV.
 *
 * <p>Arguments: {@code [units] [work-dir] [csv|parquet]}. Without a master set by {@code
 * spark-submit} it runs on {@code local[2]}. Run it with {@code spark/scaled-demo.sh} (which adds
 * the {@code --add-opens} flags Spark needs on Java 17), or submit the module's {@code -job} jar
 * with {@code spark-submit} (README, "Past one machine: Apache Spark").
 */
@Surface(Surface.Kind.EXPERIMENTAL)
public final class ScaledDemoJob {
  private ScaledDemoJob() {}

  static final int YEAR = 2024;
  /** Units generated per task: a multiple of 7 and of 16, so slices match the whole list. */
  static final int SLICE = 7 * 16 * 10;

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    String work = args.length > 1 ? args[1] : "spark/target/scaled-demo";
    String format = args.length > 2 ? args[2].toLowerCase(Locale.ROOT) : "csv";
    SparkSession.Builder b = SparkSession.builder().appName("fivetype: demo city scaled up");
    if (!new SparkConf().contains("spark.master")) {
      b.master("local[2]").config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8");
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      run(spark, n, work, format);
    } finally {
      spark.stop();
    }
  }

  static void run(SparkSession spark, int n, String work, String format) {
    RuleSet rules = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());
    List<Unit> units = DemoRecordFiles.units(n);
    List<String> ids = units.stream().map(Unit::id).toList();
    int slices = (n + SLICE - 1) / SLICE;
    System.out.printf("fivetype on Spark %s (%s): %,d units, %d categories, work dir %s%n", spark.version(),
        spark.sparkContext().master(), n, units.stream().map(Unit::category).distinct().count(), work);

    long t = System.nanoTime();
    for (RecordKind kind : RecordKind.values()) {
      Dataset<Row> rows = generate(spark, kind, n, slices);
      rows.write().mode(SaveMode.Overwrite).option("header", "true").format(format).save(work + "/" + kind.id());
    }
    Dataset<Row> observations = typedIn(spark, n, slices).persist(StorageLevel.MEMORY_AND_DISK());
    long obs = observations.count();
    System.out.printf("generated the records and %,d typed-in observations in %.1f s%n", obs, secs(t));

    List<UnitStates> states = new ArrayList<>();
    Map<RecordKind, AggregatorFactory> factories = DemoRecordFiles.factories(YEAR);
    long total = 0;
    t = System.nanoTime();
    for (RecordKind kind : RecordKind.values()) {
      long k = System.nanoTime();
      Dataset<Row> rows = SparkRecords.read(spark, kind, format, work + "/" + kind.id());
      UnitStates s = SparkRecords.aggregate(rows, requireNonNull(factories.get(kind)), ids);
      states.add(s);
      long records = rows.count();
      total += records;
      System.out.printf("  %-14s %,12d records → %,d units with records (%.1f s incl. counting)%n", kind.id(),
          records, s.states().count(), secs(k));
    }
    double aggregated = secs(t);
    t = System.nanoTime();
    Dataset<Row> results = SparkAssessment.assess(spark, rules, YEAR, units, observations, states);
    double assessed = secs(t);
    System.out.printf("read and aggregated %,d records in %.1f s; assessed and tiered %,d units in %.1f s%n", total,
        aggregated, results.count(), assessed);

    List<org.apache.spark.sql.Column> flat = new ArrayList<>();
    for (String c : List.of("unit_id", "name_zh", "name_en", "category", "total", "tier", "tier_zh", "rank",
        "category_size")) {
      flat.add(col(c));
    }
    for (Pillar p : rules.pillars()) {
      flat.add(col("pillar_" + p.id()));
    }
    results.select(flat.toArray(org.apache.spark.sql.Column[]::new)).coalesce(1).write().mode(SaveMode.Overwrite)
        .option("header", "true").csv(work + "/results");
    System.out.println("tiers per category (考核等次):");
    for (Row r : results.groupBy("category", "tier").count().orderBy("category", "tier").collectAsList()) {
      System.out.printf("  %-10s %-10s %,8d%n", r.getString(0), r.getString(1), r.getLong(2));
    }
    System.out.println("results: " + work + "/results");
  }

  /** One kind's records of units [0, n), generated slice by slice on the executors. */
  static Dataset<Row> generate(SparkSession spark, RecordKind kind, int n, int slices) {
    StructType schema = new StructType();
    for (Column c : kind.columns()) {
      schema = schema.add(c.name(), DataTypes.StringType, true);
    }
    return spark.range(0, slices, 1, Math.max(1, Math.min(slices, 64))).flatMap((FlatMapFunction<Long, Row>) s -> {
      int from = (int) (s * SLICE);
      List<? extends RawRecord> records = DemoRecordFiles.records(kind,
          DemoRecordFiles.units(from, Math.min(n, from + SLICE)), YEAR);
      List<Row> out = new ArrayList<>(records.size());
      for (RawRecord r : records) {
        out.add(RowFactory.create(DemoRecordFiles.cells(r).stream().map(x -> x.isEmpty() ? null : x).toArray()));
      }
      return out.iterator();
    }, Encoders.row(schema));
  }

  /** The demo city's typed-in evidence of units [0, n), generated on the executors. */
  static Dataset<Row> typedIn(SparkSession spark, int n, int slices) {
    return spark.range(0, slices, 1, Math.max(1, Math.min(slices, 64))).flatMap((FlatMapFunction<Long, Row>) s -> {
      int from = (int) (s * SLICE);
      List<Observation> obs = DemoCity.observations(DemoRecordFiles.units(from, Math.min(n, from + SLICE)),
          Rules.get(), YEAR);
      List<Row> out = new ArrayList<>(obs.size());
      for (Observation o : obs) {
        out.add(RowFactory.create(o.unitId(), o.year(), o.indicator().value(), o.value(), o.source()));
      }
      return out.iterator();
    }, Encoders.row(SparkAssessment.OBSERVATIONS));
  }

  /** The default rule set, built once per executor JVM. */
  static final class Rules {
    @SuppressWarnings("NullAway.Init") // built on first use
    private static RuleSet rules;

    static synchronized RuleSet get() {
      if (rules == null) {
        rules = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());
      }
      return rules;
    }
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
