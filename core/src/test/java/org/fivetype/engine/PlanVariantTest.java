package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Observation;
import org.fivetype.api.Tier;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;

/**
 * {@link ScoringPlan#withParameters}: a variant evaluates exactly as the rule set with those
 * parameters compiled afresh, on the table of the original plan.
 */
class PlanVariantTest {

  static final int YEAR = TieringStepsTest.YEAR;

  @Test
  void aVariantAssessesAsTheChangedRuleSetCompiledAfresh() {
    RuleSet rs = TieringStepsTest.tenYesNo(TierSettings.DEFAULTS);
    ScoringPlan plan = ScoringPlan.compile(rs);
    EvidenceTable table = plan.table(YEAR, TieringStepsTest.fiveUnitList(), TieringStepsTest.fiveUnits());
    // item 0 worth 30 instead of 10 (largest total 120), thresholds 85 / 70 / 50 %
    double[] points = {30, 10, 10, 10, 10, 10, 10, 10, 10, 10};
    TierSettings tiers = TierSettings.DEFAULTS.withThresholds(0.85, 0.7, 0.5);
    ScoringPlan variant = plan.withParameters(points, null, tiers, false);

    RuleSet.Builder b = rs.toBuilder().tiers(tiers);
    IndicatorSpec first = rs.indicators().get(0);
    b.indicator(first.withPoints(30));
    RuleSet changed = b.build();
    AssessmentResult expected = ScoringPlan.compile(changed).assess(YEAR, TieringStepsTest.fiveUnitList(),
        TieringStepsTest.fiveUnits());
    AssessmentResult actual = variant.assess(table);

    assertThat(actual.maxTotal()).isEqualTo(120);
    assertThat(actual.units()).extracting(UnitResult::toString)
        .containsExactlyElementsOf(expected.units().stream().map(UnitResult::toString).toList());
    assertThat(actual.units()).extracting(UnitResult::reasons)
        .containsExactlyElementsOf(expected.units().stream().map(UnitResult::reasons).toList());
    assertThat(actual.ruleSetFingerprint()).isEqualTo(changed.fingerprint());
    // P: 10 yes = 120 of 120 → EXCELLENT; T: 5 yes (items 0–4) = 70 of 120 = 58 % → PASS (≥ 50 %)
    assertThat(actual.unit("P").orElseThrow().tier()).isEqualTo(Tier.EXCELLENT);
    assertThat(actual.unit("T").orElseThrow().total()).isEqualTo(70);
    assertThat(actual.unit("T").orElseThrow().tier()).isEqualTo(Tier.PASS);
    // the nominal plan is untouched
    assertThat(plan.assess(table).maxTotal()).isEqualTo(100);
  }

  @Test
  void imputationScoresMissingEvidenceAsTheCategoryMeanAndKeepsTheFlag() {
    // U: 9 yes + item 9 missing; V, W: item 9 yes → category mean 1 → U's item 9 counts yes: 100.
    RuleSet rs = TieringStepsTest.tenYesNo(TierSettings.DEFAULTS.withQuota(Map.of()));
    ScoringPlan plan = ScoringPlan.compile(rs);
    List<Observation> obs = new ArrayList<>(TieringStepsTest.answers("U", 9, 1));
    obs.addAll(TieringStepsTest.answers("V", 10, 0));
    obs.addAll(TieringStepsTest.answers("W", 10, 0));
    EvidenceTable t = plan.table(YEAR, List.of(TieringStepsTest.unit("U", "c"), TieringStepsTest.unit("V", "c"),
        TieringStepsTest.unit("W", "c")), obs);
    UnitResult off = plan.assess(t).unit("U").orElseThrow();
    UnitResult on = plan.withParameters(null, null, null, true).assess(t).unit("U").orElseThrow();
    assertThat(off.total()).isEqualTo(90);
    assertThat(on.total()).isEqualTo(100);
    assertThat(on.missing()).hasSize(1);
    assertThat(on.tier()).isEqualTo(Tier.GOOD); // capped for the missing evidence
  }

  @Test
  void badParametersAreRefused() {
    ScoringPlan plan = ScoringPlan.compile(TieringStepsTest.tenYesNo(TierSettings.DEFAULTS));
    assertThatThrownBy(() -> plan.withParameters(new double[3], null, null, false))
        .hasMessage("expected 10 points, got 3");
    double[] p = new double[10];
    java.util.Arrays.fill(p, 10);
    p[4] = 0;
    assertThatThrownBy(() -> plan.withParameters(p, null, null, false))
        .hasMessage("points of S5.item-4 must be finite and > 0, was 0.0");
  }
}
