package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.plugin.Plugins;
import org.fivetype.rule.Relative;
import org.fivetype.rule.Target;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;

/**
 * One five-type rule set mixing an absolute rule with two relative ones (issue 4), in JSON
 * ({@code golden/mixed.json}) and in Java, assessed on four units worked out by hand:
 *
 * <pre>
 *   S1.consultations   10  target 4, proportional          (absolute)
 *   E4.processing-days 10  fraction of the best, per category, fewer days better: 10 · best / v
 *   E6.complaints-rank  5  rank step 2 over all units, fewer complaints better: max(0, 5 − 2 · (place − 1))
 *
 *   unit cat S1 E4 E6 | S1 pts       E4 pts                  E6 place, pts | total (of 25)
 *   A    x   4  5  0  | 10           10·4/5  = 8  (best x: 4)    1, 5      | 23   92 % EXCELLENT
 *   B    x   2 10  1  | 10·2/4 = 5   10·4/10 = 4                 2, 3      | 12   48 % FAIL
 *   C    x   3  4  1  | 10·3/4 = 7.5 10 (the best of x)          2, 3      | 20.5 82 % GOOD
 *   D    y   4 20  3  | 10           10 (alone in y: the best)   4, 0      | 20   80 % GOOD (line inclusive)
 * </pre>
 * B and C tie on E6 (1 complaint) and share place 2; D is fourth, 5 − 6 &lt; 0 → 0. Quota off.
 */
class MixedRulesTest {

  static final int YEAR = 2024;

  static RuleSet json() throws URISyntaxException {
    return RuleFiles.load(Path.of(MixedRulesTest.class.getResource("/golden/mixed.json").toURI()), Plugins.none());
  }

  static RuleSet java() {
    return RuleSet.builder("mixed-test", Label.of("绝对与相对计分混合", "Absolute and relative rules mixed"))
        .indicator(IndicatorSpec.builder("S1.consultations").pillar(Pillar.SERVICE)
            .name("重大决策专家咨询次数", "Expert consultations on major decisions").points(10).measures("S1")
            .evidence("咨询次数", "consultations", "次", "times", Supplier.UNIT)
            .rule(new Target(4, Direction.HIGHER_IS_BETTER, true)).build())
        .indicator(IndicatorSpec.builder("E4.processing-days").pillar(Pillar.EFFICIENCY)
            .name("平均办结天数", "Average days to complete").points(10).measures("E4")
            .evidence("平均办结天数", "average days", "天", "days", Supplier.RECORDS)
            .rule(Relative.fractionOfBest(Relative.Scope.CATEGORY, Direction.LOWER_IS_BETTER)).build())
        .indicator(IndicatorSpec.builder("E6.complaints-rank").pillar(Pillar.EFFICIENCY)
            .name("效能投诉排名", "Efficiency complaints ranking").points(5).measures("E6")
            .evidence("查实投诉件数", "verified complaints", "件", "complaints", Supplier.COMPLAINT_CENTRE)
            .rule(Relative.rankStep(Relative.Scope.ALL, Direction.LOWER_IS_BETTER, 2)).build())
        .tiers(org.fivetype.ruleset.TierSettings.DEFAULTS.withQuota(Map.of()))
        .build();
  }

  static List<Unit> units() {
    return List.of(unit("A", "x"), unit("B", "x"), unit("C", "x"), unit("D", "y"));
  }

  static Unit unit(String id, String cat) {
    return new Unit(id, Label.of("单位" + id, "Unit " + id), UnitKind.DEPARTMENT, cat);
  }

  static List<Observation> observations() {
    double[][] v = {{4, 5, 0}, {2, 10, 1}, {3, 4, 1}, {4, 20, 3}};
    String[] ids = {"S1.consultations", "E4.processing-days", "E6.complaints-rank"};
    List<Observation> out = new java.util.ArrayList<>();
    String[] us = {"A", "B", "C", "D"};
    for (int u = 0; u < 4; u++) {
      for (int i = 0; i < 3; i++) {
        out.add(Observation.of(us[u], YEAR, ids[i], v[u][i]));
      }
    }
    return out;
  }

  @Test
  void absoluteAndRelativeRulesInOneRun() throws URISyntaxException {
    RuleSet fromJson = json();
    assertThat(fromJson.fingerprint()).isEqualTo(java().fingerprint());
    AssessmentResult r = ScoringPlan.compile(fromJson).assess(YEAR, units(), observations());
    assertThat(r.maxTotal()).isEqualTo(25.0);
    Map<String, double[]> expected = Map.of(
        "A", new double[] {10, 8, 5, 23},
        "B", new double[] {5, 4, 3, 12},
        "C", new double[] {7.5, 10, 3, 20.5},
        "D", new double[] {10, 10, 0, 20});
    Map<String, Tier> tiers = Map.of("A", Tier.EXCELLENT, "B", Tier.FAIL, "C", Tier.GOOD, "D", Tier.GOOD);
    for (UnitResult u : r.units()) {
      double[] e = expected.get(u.unit().id());
      assertThat(u.points(IndicatorId.of("S1.consultations"))).isCloseTo(e[0], within(1e-12));
      assertThat(u.points(IndicatorId.of("E4.processing-days"))).isCloseTo(e[1], within(1e-12));
      assertThat(u.points(IndicatorId.of("E6.complaints-rank"))).isCloseTo(e[2], within(1e-12));
      assertThat(u.total()).isCloseTo(e[3], within(1e-12));
      assertThat(u.tier()).as(u.unit().id()).isEqualTo(tiers.get(u.unit().id()));
    }
    assertThat(r.unit("A").orElseThrow().indicator(IndicatorId.of("E4.processing-days")).explanation().en())
        .isEqualTo("value 5; the best among the units of its category earns full 10 points, the others in "
            + "proportion; earns 8 of 10");
  }

  @Test
  void relativeRulesRoundTripThroughJson() throws URISyntaxException {
    RuleSet rs = json();
    RuleSet back = RuleFiles.parse(rs.toJson(), "export.json", Path.of("."), Plugins.none());
    assertThat(back.fingerprint()).isEqualTo(rs.fingerprint());
    assertThat(rs.toJson()).contains("\"method\" : \"RANK_STEP\"").contains("\"step\" : 2.0");
  }

  @Test
  void aMissingValueScoresZeroAndDoesNotCountInItsScope() {
    // without C's E4 value, the best of category x is A's 5: A 10, B 10·5/10 = 5; C flagged, 0
    List<Observation> obs = observations().stream()
        .filter(o -> !(o.unitId().equals("C") && o.indicator().value().equals("E4.processing-days"))).toList();
    AssessmentResult r = ScoringPlan.compile(java()).assess(YEAR, units(), obs);
    assertThat(r.unit("A").orElseThrow().points(IndicatorId.of("E4.processing-days"))).isEqualTo(10.0);
    assertThat(r.unit("B").orElseThrow().points(IndicatorId.of("E4.processing-days"))).isEqualTo(5.0);
    IndicatorScore c = r.unit("C").orElseThrow().indicator(IndicatorId.of("E4.processing-days"));
    assertThat(c.missing()).isTrue();
    assertThat(c.points()).isZero();
  }
}
