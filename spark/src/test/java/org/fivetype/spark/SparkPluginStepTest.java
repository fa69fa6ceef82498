package org.fivetype.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;

/**
 * A rule kind and a tier step of a plugin jar (Tianshan's {@code tianshan.trend} and {@code
 * tianshan.complaints-rose}, test dependency {@code fivetype-examples-plugin}) run on Spark from
 * the rule file {@code examples/src/main/resources/district/tianshan-2025-complaints.json}: the
 * rule set travels as JSON, the executors read the kind and the step back by ServiceLoader, and the
 * results equal the single-machine path's. The case is {@code TianshanComplaintRulesTest}'s (module
 * examples), worked out by hand there: ten departments, every indicator at full points except the
 * complaint trend (T1 −0.2, T2 0.55, T3 0.5, the X units 0.2) and the hotline (0.7 for the X
 * units); T2 (103.5 points, inside the quota) is capped at GOOD by the step, T3 (rose by exactly
 * half) stays EXCELLENT.
 */
class SparkPluginStepTest {

  static final int YEAR = 2025;
  static final IndicatorId TREND = IndicatorId.of("S7.complaint-trend");
  static final IndicatorId HOTLINE = IndicatorId.of("S7.community-hotline");

  @Test
  void theDistrictsKindAndStepRunOnTheExecutorsAsOnOneMachine() {
    Path file = Path.of("..", "examples", "src", "main", "resources", "district", "tianshan-2025-complaints.json");
    assertThat(Files.isRegularFile(file)).as("the rule file, read from the repository at %s", file.toAbsolutePath())
        .isTrue();
    RuleSet rules = RuleFiles.load(file, Plugins.discover());
    assertThat(rules.extraSteps()).extracting(s -> s.id()).containsExactly("tianshan.complaints-rose");
    List<Unit> units = new ArrayList<>();
    for (String id : List.of("T1", "T2", "T3", "X1", "X2", "X3", "X4", "X5", "X6", "X7")) {
      units.add(new Unit(id, Label.of("部门" + id, "Department " + id), UnitKind.DEPARTMENT, "departments"));
    }
    Map<String, Double> trend = Map.of("T1", -0.2, "T2", 0.55, "T3", 0.5);
    List<Observation> obs = new ArrayList<>();
    for (Unit u : units) {
      for (IndicatorSpec i : rules.indicators()) {
        double v = i.rule().fullPointsValue();
        if (i.id().equals(TREND)) {
          v = trend.getOrDefault(u.id(), 0.2);
        } else if (i.id().equals(HOTLINE) && u.id().startsWith("X")) {
          v = 0.7;
        }
        obs.add(new Observation(u.id(), YEAR, i.id(), v, "test"));
      }
    }
    AssessmentResult expected = ScoringPlan.compile(rules).assess(YEAR, units, obs);
    SparkSession spark = LocalSpark.session();
    List<Row> rows = SparkAssessment.assess(spark, rules, YEAR, units, SparkAssessment.observations(spark, obs),
        List.of()).collectAsList();
    Results.assertIdentical(expected, rows);
    Row t2 = rows.stream().filter(r -> r.<String>getAs("unit_id").equals("T2")).findFirst().orElseThrow();
    assertThat(t2.<String>getAs("tier")).isEqualTo("GOOD");
    assertThat(t2.<Double>getAs("total")).isEqualTo(103.5);
    assertThat(t2.<String>getList(t2.fieldIndex("reasons")).get(1))
        .startsWith("tianshan.complaints-rose: 投诉量比上年上升55%,超过50%,最高评为优良");
    Row t3 = rows.stream().filter(r -> r.<String>getAs("unit_id").equals("T3")).findFirst().orElseThrow();
    assertThat(t3.<String>getAs("tier")).isEqualTo("EXCELLENT");
  }
}
