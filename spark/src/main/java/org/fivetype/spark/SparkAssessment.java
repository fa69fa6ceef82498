package org.fivetype.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;

/**
 * A year's assessment on Spark: the per-unit record states ({@link SparkRecords#aggregate}) and
 * the typed-in observations of each category go to one task, which finishes the aggregations
 * ({@link org.fivetype.records.RecordAggregator#finish}), puts their values into the evidence
 * through the pipeline ({@link org.fivetype.pipeline.Pipeline#evidence}) and assesses the category
 * with the compiled plan ({@link org.fivetype.engine.ScoringPlan#assess}) — the single-machine
 * code, on the executors.
 *
 * <p><b>Quota and ties.</b> Relative scoring rules, ranks, the quota per category and its tie rule
 * need every unit of a category and nothing outside it; so each category is assessed whole, in
 * one task, by the same tiering chain as on one machine, and the results equal the
 * single-machine path's number for number and tier for tier. The largest category of a national
 * run (40,000 townships) is some 40,000 × 60 doubles — a few tens of MB in one task. The rule
 * set's own tier steps ({@link RuleSet#extraSteps()}, e.g. a district's from its plugin jar) run
 * there too, after the built-in chain; a step decides each unit from the units of its category
 * (the contract of {@link org.fivetype.spi.TierPolicy}), so they give the same tiers.
 *
 * <p><b>The rule set</b> travels as its JSON ({@link RuleSet#toJson()}); each executor reads it
 * back with the plugins on its class path ({@link Plugins#discover()}: pillars, rule kinds and
 * tier-step kinds), checks the fingerprint and compiles it once. A rule set whose JSON does not
 * read back — a rule kind or tier step that is not registered, e.g. a step added in Java with no
 * {@link org.fivetype.spi.TierStepKind} — is refused on the driver with the reading's problems.
 *
 * <p>The result has one row per unit, sorted by unit id: {@code unit_id, name_zh, name_en,
 * category, total, max_total, tier} (EXCELLENT, GOOD, PASS, FAIL){@code , tier_zh, rank,
 * category_size}, one {@code pillar_<ID>} column per pillar of the rule set (e.g. {@code
 * pillar_LEARNING}), {@code points} (array of double, the points of every indicator in the order
 * of {@link RuleSet#indicators()}), {@code missing} (indicator ids without evidence), {@code
 * reasons} ("step: 中文 | English", in chain order) and {@code flags} ("kind:code" of the record
 * aggregations).
 */
@Surface(Surface.Kind.EXPERIMENTAL)
public final class SparkAssessment {
  private SparkAssessment() {}

  /**
   * Assesses a year.
   *
   * @param ruleSet the rule set (its JSON and fingerprint go to the executors)
   * @param units the assessed units (held on the driver: 43,000 units are a few MB)
   * @param observations the typed-in evidence: {@code unit_id, year, indicator_id, value} and
   *     optional {@code source} (see {@link #observations}); rows of other years are left out
   * @param records the records' per-unit states, at most one per kind
   * @return the results (computed and persisted), one row per unit, sorted by unit id
   * @throws InvalidInputException as {@link org.fivetype.engine.ScoringPlan#table} throws it, and
   *     for observations of units that are not assessed
   */
  public static Dataset<Row> assess(SparkSession spark, RuleSet ruleSet, int year, List<Unit> units,
      Dataset<Row> observations, List<UnitStates> records) {
    String json = ruleSet.toJson();
    RuleSet back = RuleFiles.parse(json, "rule set " + ruleSet.id(), Path.of("."), Plugins.discover());
    if (!back.fingerprint().equals(ruleSet.fingerprint())) {
      throw new IllegalArgumentException("rule set " + ruleSet.id() + " does not read back the same from its JSON");
    }
    Map<String, AggregatorFactory> factories = new LinkedHashMap<>();
    List<Dataset<Row>> items = new ArrayList<>();
    StructType itemSchema = new StructType()
        .add("grp", DataTypes.StringType, false).add("unit_id", DataTypes.StringType, false)
        .add("t", DataTypes.StringType, false).add("a", DataTypes.StringType, true)
        .add("b", DataTypes.StringType, true).add("c", DataTypes.StringType, true)
        .add("d", DataTypes.StringType, true).add("value", DataTypes.DoubleType, true)
        .add("state", DataTypes.BinaryType, true);
    List<Row> unitRows = new ArrayList<>(units.size());
    for (Unit u : units) {
      unitRows.add(RowFactory.create(u.category(), u.id(), "U", u.name().zh(), u.name().en(), u.kind().name(),
          u.category(), null, null));
    }
    Dataset<Row> unitItems = spark.createDataFrame(unitRows, itemSchema);
    Dataset<Row> groups = broadcast(unitItems.select(col("unit_id"), col("grp")));
    items.add(unitItems);

    Dataset<Row> obs = observations.where(col("year").equalTo(year));
    List<Row> stray = obs.join(groups, obs.col("unit_id").equalTo(groups.col("unit_id")), "left_anti")
        .select(col("unit_id"), col("indicator_id")).limit(100).collectAsList();
    if (!stray.isEmpty()) {
      List<Problem> problems = new ArrayList<>();
      for (Row r : stray) {
        problems.add(new Problem("observation " + r.getString(0) + "/" + year + "/" + r.getString(1),
            "unknown unit '" + r.getString(0) + "'"));
      }
      throw new InvalidInputException("the observations have problems", problems);
    }
    boolean hasSource = List.of(observations.columns()).contains("source");
    items.add(obs.join(groups, "unit_id").select(col("grp"), col("unit_id"), lit("O").as("t"),
        col("indicator_id").cast(DataTypes.StringType).as("a"),
        (hasSource ? col("source").cast(DataTypes.StringType) : lit("observations")).as("b"),
        lit(null).cast(DataTypes.StringType).as("c"), lit(null).cast(DataTypes.StringType).as("d"),
        col("value").cast(DataTypes.DoubleType).as("value"), lit(null).cast(DataTypes.BinaryType).as("state")));
    for (UnitStates s : records) {
      if (factories.put(s.kind().id(), s.factory()) != null) {
        throw new IllegalArgumentException("two sets of " + s.kind().id() + " records: aggregate them together");
      }
      items.add(s.states().join(groups, "unit_id").select(col("grp"), col("unit_id"), lit("S").as("t"),
          lit(s.kind().id()).as("a"), lit(null).cast(DataTypes.StringType).as("b"),
          lit(null).cast(DataTypes.StringType).as("c"), lit(null).cast(DataTypes.StringType).as("d"),
          lit(null).cast(DataTypes.DoubleType).as("value"), col("state")));
    }
    Dataset<Row> all = items.get(0);
    for (int i = 1; i < items.size(); i++) {
      all = all.unionByName(items.get(i));
    }
    StructType result = resultSchema(ruleSet);
    ScoreCategory score = new ScoreCategory(json, ruleSet.id(), ruleSet.fingerprint(), year, factories);
    // scored once and kept: the sort below samples its input, which must not score again
    Dataset<Row> scored = all.groupBy(col("grp")).as(Encoders.STRING(), Encoders.row(itemSchema))
        .flatMapGroups(score, Encoders.row(result))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> out = scored.orderBy("unit_id");
    try {
      scored.count();
      } catch (RuntimeException e) {
      scored.unpersist();
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InvalidInputException iie) {
          throw iie;
        }
      }
      throw e;
    }
    return out;
  }

  /** The result's schema for a rule set (see the class description). */
  public static StructType resultSchema(RuleSet ruleSet) {
    StructType s = new StructType()
        .add("unit_id", DataTypes.StringType, false)
        .add("name_zh", DataTypes.StringType, false)
        .add("name_en", DataTypes.StringType, false)
        .add("category", DataTypes.StringType, false)
        .add("total", DataTypes.DoubleType, false)
        .add("max_total", DataTypes.DoubleType, false)
        .add("tier", DataTypes.StringType, false)
        .add("tier_zh", DataTypes.StringType, false)
        .add("rank", DataTypes.IntegerType, false)
        .add("category_size", DataTypes.IntegerType, false);
    for (Pillar p : ruleSet.pillars()) {
      s = s.add("pillar_" + p.id(), DataTypes.DoubleType, false);
    }
    return s.add("points", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
        .add("missing", DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add("reasons", DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add("flags", DataTypes.createArrayType(DataTypes.StringType, false), false);
  }

  /**
   * Observations held on the driver as a Dataset of the observations contract. At scale, read them
   * with Spark instead (any source with the columns of {@link #OBSERVATIONS}).
   */
  public static Dataset<Row> observations(SparkSession spark, Collection<Observation> observations) {
    List<Row> rows = new ArrayList<>(observations.size());
    for (Observation o : observations) {
      rows.add(RowFactory.create(o.unitId(), o.year(), o.indicator().value(), o.value(), o.source()));
    }
    // from an RDD, not a local relation: the query planner copies a local relation's rows as it goes
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, Math.min(jsc.defaultParallelism() * 4, rows.size() / 10_000 + 1));
    return spark.createDataFrame(jsc.parallelize(rows, slices), OBSERVATIONS);
  }

  /** The schema of the observations contract: {@code unit_id, year, indicator_id, value, source}. */
  public static final StructType OBSERVATIONS = new StructType()
      .add("unit_id", DataTypes.StringType, false)
      .add("year", DataTypes.IntegerType, false)
      .add("indicator_id", DataTypes.StringType, false)
      .add("value", DataTypes.DoubleType, false)
      .add("source", DataTypes.StringType, true);
}
