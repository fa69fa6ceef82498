package org.fivetype.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.demo.DemoCity;
import org.fivetype.demo.DemoRecords;
import org.fivetype.plugin.Plugins;
import org.fivetype.records.Aggregation;
import org.fivetype.records.Ballot;
import org.fivetype.records.BallotAggregator;
import org.fivetype.records.RawRecord;
import org.fivetype.records.RecordEvidence;
import org.fivetype.records.RecordKind;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spark.examples.DemoRecordFiles;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TieringContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark's assessment equals the single-machine path, number for number and tier for tier. */
class SparkAssessmentTest {
  static final int YEAR = 2024;
  static final RuleSet RULES = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());

  @TempDir
  Path dir;

  @Test
  void demoCityFromCsvAndParquetEqualsTheSingleMachinePath() {
    SparkSession spark = LocalSpark.session();
    List<Unit> units = DemoCity.units();
    List<String> ids = units.stream().map(Unit::id).toList();
    // one machine: the demo's own aggregation, overlay and assessment
    List<Aggregation> aggregations = DemoRecords.aggregate(units, YEAR);
    AssessmentResult expected = ScoringPlan.compile(RULES)
        .assess(YEAR, units, DemoRecords.observations(RULES, units, YEAR, aggregations));

    Map<RecordKind, List<? extends RawRecord>> records = DemoRecordFiles.records(units, YEAR);
    Map<RecordKind, AggregatorFactory> factories = DemoRecordFiles.factories(YEAR);
    List<UnitStates> states = new ArrayList<>();
    for (var e : records.entrySet()) {
      Path csv = dir.resolve(e.getKey().id() + ".csv");
      DemoRecordFiles.writeCsv(csv, e.getKey(), e.getValue());
      Dataset<Row> rows = SparkRecords.read(spark, e.getKey(), "csv", csv.toString());
      if (e.getKey() == RecordKind.BALLOTS) {
        // ballots go through Parquet: the same strings, another reader
        String parquet = dir.resolve("ballots.parquet").toString();
        rows.drop(SparkRecords.FILE, SparkRecords.POSITION, SparkRecords.MALFORMED).write().parquet(parquet);
        rows = SparkRecords.read(spark, RecordKind.BALLOTS, "parquet", parquet);
        assertThat(rows.columns()).doesNotContain(SparkRecords.MALFORMED);
      }
      states.add(SparkRecords.aggregate(rows, factories.get(e.getKey()), ids));
    }
    Dataset<Row> result = SparkAssessment.assess(spark, RULES, YEAR, units,
        SparkAssessment.observations(spark, DemoCity.observations(units, RULES, YEAR)), states);
    List<Row> rows = result.collectAsList();
    Results.assertIdentical(expected, rows);
    // the demo shows every part of the chain: not all one tier, and the short-ballot unit flagged
    assertThat(rows.stream().map(r -> r.<String>getAs("tier")).distinct().count()).isGreaterThan(1);
    Row dabancheng = rows.stream().filter(r -> r.<String>getAs("unit_id").equals("dabancheng")).findFirst()
        .orElseThrow(); // index 5 of the demo: 60 ballots
    assertThat(dabancheng.<String>getList(dabancheng.fieldIndex("flags")))
        .contains("ballots:" + BallotAggregator.TOO_FEW_BALLOTS);
    assertThat(dabancheng.<String>getList(dabancheng.fieldIndex("missing"))).contains("E8.appraisal-satisfaction");
    assertThat(expected.unit("dabancheng").orElseThrow().missing().toString()).contains("E8.appraisal-satisfaction");
  }

  @Test
  void aMillionBallotsGiveTheSameResultsAsOneMachine() {
    SparkSession spark = LocalSpark.session();
    List<Unit> units = DemoRecordFiles.units(2_100);
    List<String> ids = units.stream().map(Unit::id).toList();
    List<Ballot> ballots = DemoRecords.ballots(units, YEAR);
    assertThat(ballots.size()).isGreaterThanOrEqualTo(1_000_000);
    Path csv = dir.resolve("ballots.csv");
    DemoRecordFiles.writeCsv(csv, RecordKind.BALLOTS, ballots);

    List<Observation> typedIn = DemoCity.observations(units, RULES, YEAR);
    Aggregation one = BallotAggregator.defaults().accumulator().acceptAll(ballots).finish(YEAR, ids);
    AssessmentResult expected = ScoringPlan.compile(RULES)
        .assess(YEAR, units, RecordEvidence.overlay(typedIn, List.of(one)));

    UnitStates states = SparkRecords.aggregate(SparkRecords.read(spark, RecordKind.BALLOTS, "csv", csv.toString()),
        AggregatorFactory.defaults(RecordKind.BALLOTS), ids);
    assertThat(states.states().count()).isEqualTo(units.size());
    List<Row> rows = SparkAssessment.assess(spark, RULES, YEAR, units, SparkAssessment.observations(spark, typedIn),
        List.of(states)).collectAsList();
    Results.assertIdentical(expected, rows);
    // the quota bites in categories of hundreds of units: the tiers are not the thresholds' alone
    assertThat(expected.tierCounts().get(Tier.EXCELLENT)).isPositive();
    assertThat(rows.stream().filter(r -> r.<String>getAs("tier").equals("EXCELLENT")).count())
        .isEqualTo(expected.tierCounts().get(Tier.EXCELLENT).longValue());
  }

  @Test
  void observationsOfUnitsNotAssessedAreAnError() {
    SparkSession spark = LocalSpark.session();
    List<Unit> units = DemoCity.units();
    List<Observation> obs = new ArrayList<>(DemoCity.observations(units, RULES, YEAR));
    obs.add(Observation.of("atlantis", YEAR, "E8.appraisal-satisfaction", 0.9));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkAssessment.assess(spark, RULES, YEAR, units,
            SparkAssessment.observations(spark, obs), List.of()))
        .isInstanceOf(org.fivetype.api.InvalidInputException.class)
        .hasMessageContaining("atlantis");
  }

  @Test
  void aRuleSetWithAnUnregisteredTierStepIsRefusedNotSilentlyChanged() {
    RuleSet withStep = RULES.toBuilder().tierStep(new TierPolicy() {
      @Override
      public String id() {
        return "history";
      }

      @Override
      public Label name() {
        return Label.of("历史", "history");
      }

      @Override
      public void apply(TieringContext context) {
        // a step written in Java with no TierStepKind registered: its JSON cannot be read back
      }
    }).build();
    SparkSession spark = LocalSpark.session();
    List<Unit> units = DemoCity.units();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkAssessment.assess(spark, withStep, YEAR, units,
            SparkAssessment.observations(spark, DemoCity.observations(units, RULES, YEAR)), List.of()))
        .isInstanceOf(org.fivetype.api.InvalidInputException.class)
        .hasMessageContaining("no tier step \"history\" is registered");
  }
}
