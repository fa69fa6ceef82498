package org.fivetype.examples.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.rule.YesNo;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TierStepKind;
import org.fivetype.testkit.TierStepContract;
import org.junit.jupiter.api.Test;

/**
 * Tianshan's tier step keeps the tier-step contract, on a small case worked out by hand: a
 * 10-point rule set, {@code S1.answer} yes/no 9 points and {@code S7.complaint-trend} 1 point
 * ({@code tianshan.trend}, full at a fall of 10 %, none from a rise of 50 %), default thresholds
 * (EXCELLENT from 9), no quota.
 *
 * <pre>
 * unit cat  answer trend  points      total  thresholds  step (rose > 50 % → GOOD)
 * A    a    1       0.60  9 + 0       9      EXCELLENT   60 % &gt; 50 % → GOOD
 * B    a    1      -0.20  9 + 1       10     EXCELLENT   -
 * C    b    1       0.55  9 + 0       9      EXCELLENT   55 % &gt; 50 % → GOOD
 * D    b    1       0.50  9 + 0       9      EXCELLENT   50 % is not more than half
 * E    b    0       0.70  0 + 0       0      FAIL        (already worse than GOOD)
 * </pre>
 */
class ComplaintsRoseStepTest extends TierStepContract {

  static final IndicatorId TREND = IndicatorId.of("S7.complaint-trend");
  static final int YEAR = 2025;

  static final RuleSet RULES = RuleSet.builder("trend-case", Label.of("投诉趋势算例", "complaint trend case"))
      .indicator(IndicatorSpec.builder("S1.answer").pillar(Pillar.SERVICE).name("答复", "answer")
          .description("是否答复", "whether answered").evidence("是否", "yes or no", "是/否", "yes/no", Supplier.UNIT)
          .points(9).measures("S1").rule(new YesNo(Direction.HIGHER_IS_BETTER)).build())
      .indicator(IndicatorSpec.builder(TREND.value()).pillar(Pillar.SERVICE).name("投诉变化", "complaint change")
          .description("投诉量比上年的变化率", "the change of complaints on last year")
          .evidence("变化率", "relative change", "比率", "ratio", Supplier.RECORDS)
          .points(1).measures("S7").rule(new ComplaintTrend(0.1, 0.5)).build())
      .tiers(TierSettings.DEFAULTS.withQuota(Map.of()))
      .build();

  @Override
  protected TierStepKind kind() {
    return new ComplaintsRoseStep.Kind();
  }

  @Override
  protected List<? extends TierPolicy> steps() {
    return List.of(new ComplaintsRoseStep(TREND, 0.5, Tier.GOOD), new ComplaintsRoseStep(TREND, 0.25, Tier.PASS));
  }

  @Override
  protected RuleSet ruleSet() {
    return RULES;
  }

  @Override
  protected int year() {
    return YEAR;
  }

  @Override
  protected List<Unit> units() {
    List<Unit> out = new ArrayList<>();
    for (String id : List.of("A", "B", "C", "D", "E")) {
      out.add(new Unit(id, Label.of("单位" + id, "Unit " + id), UnitKind.DEPARTMENT, id.compareTo("C") < 0 ? "a" : "b"));
    }
    return out;
  }

  @Override
  protected List<Observation> observations() {
    double[][] v = {{1, 0.6}, {1, -0.2}, {1, 0.55}, {1, 0.5}, {0, 0.7}};
    List<Observation> out = new ArrayList<>();
    String[] ids = {"A", "B", "C", "D", "E"};
    for (int k = 0; k < ids.length; k++) {
      out.add(Observation.of(ids[k], YEAR, "S1.answer", v[k][0]));
      out.add(Observation.of(ids[k], YEAR, TREND.value(), v[k][1]));
    }
    return out;
  }

  @Test
  void tiersAreThoseWorkedOutByHand() {
    AssessmentResult r = ScoringPlan.compile(RULES.toBuilder().tierStep(steps().get(0)).build())
        .assess(YEAR, units(), observations());
    assertThat(r.units()).extracting(u -> u.unit().id() + " " + u.total() + " " + u.tier()).containsExactly(
        "A 9.0 GOOD", "B 10.0 EXCELLENT", "C 9.0 GOOD", "D 9.0 EXCELLENT", "E 0.0 FAIL");
    // the stricter step (more than a quarter → PASS) caps A, C and D
    AssessmentResult strict = ScoringPlan.compile(RULES.toBuilder().tierStep(steps().get(1)).build())
        .assess(YEAR, units(), observations());
    assertThat(strict.units()).extracting(u -> u.unit().id() + " " + u.tier()).containsExactly(
        "A PASS", "B EXCELLENT", "C PASS", "D PASS", "E FAIL");
  }
}
