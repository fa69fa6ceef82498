package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.fivetype.engine.EngineFixture.YEAR;
import static org.fivetype.engine.EngineFixture.goal;
import static org.fivetype.engine.EngineFixture.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Unit;
import org.fivetype.rule.YesNo;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TotalMethod;
import org.junit.jupiter.api.Test;

/**
 * {@link ScoringPlan}'s variants of a weighted rule set and its refusals, and {@link
 * EvidenceTable}'s lookups, refusals and builder fingerprint on inputs larger than its 64 KB
 * buffer: each value worked out by hand.
 */
class PlanAndTableEdgesTest {

  static final IndicatorId HOURS = IndicatorId.of("L1.hours");

  /**
   * LEARNING: L1.hours (40 points, goalposts 0 … 10); SERVICE: S3.spokesperson (10, yes/no);
   * weighted shares, scale 100, LEARNING 3, SERVICE 1 (as in TieringStepsTest).
   */
  static RuleSet weighted() {
    return RuleSet.builder("w", Label.of("加权", "weighted"))
        .indicator(EngineFixture.spec("L1.hours", Pillar.LEARNING, 40,
            new org.fivetype.rule.Goalposts(0, 10, Direction.HIGHER_IS_BETTER), false))
        .indicator(EngineFixture.spec("S3.spokesperson", Pillar.SERVICE, 10, new YesNo(Direction.HIGHER_IS_BETTER),
            false))
        .total(TotalMethod.weightedShares(100, Map.of("LEARNING", 3.0, "SERVICE", 1.0)))
        .build();
  }

  static final List<Observation> OBS = List.of(Observation.of("U", YEAR, "L1.hours", 5),
      Observation.of("U", YEAR, "S3.spokesperson", 1));

  @Test
  void aWeightedVariantKeepsTheScaleAndUsesItsWeights() {
    ScoringPlan plan = ScoringPlan.compile(weighted());
    // shares: learning 20/40 = 0.5, service 10/10 = 1. Compiled: 100 · (3 · 0.5 + 1 · 1) / 4 = 62.5
    assertThat(plan.assess(YEAR, List.of(unit("U", "c")), OBS).total(0)).isCloseTo(62.5, within(1e-12));
    ScoringPlan variant = plan.withParameters(null, new double[] {1, 3}, null, false);
    AssessmentResult r = variant.assess(YEAR, List.of(unit("U", "c")), OBS);
    // weights swapped: 100 · (1 · 0.5 + 3 · 1) / 4 = 87.5; the largest total stays the scale, 100 (not 40 + 10)
    assertThat(r.total(0)).isCloseTo(87.5, within(1e-12));
    assertThat(r.maxTotal()).isEqualTo(100.0);
    // the variant's rule set carries the new weights
    TotalMethod total = variant.ruleSet().total();
    assertThat(total.weight("LEARNING")).isEqualTo(1.0);
    assertThat(total.weight("SERVICE")).isEqualTo(3.0);
    // pillar of each indicator, in rule-set pillar order
    assertThat(plan.pillarOf(0)).isEqualTo(0);
    assertThat(plan.pillarOf(1)).isEqualTo(1);
  }

  @Test
  void badWeightsAreRefused() {
    ScoringPlan plan = ScoringPlan.compile(weighted());
    assertThatThrownBy(() -> plan.withParameters(null, new double[] {1}, null, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected 2 pillar weights, got 1");
    assertThatThrownBy(() -> plan.withParameters(null, new double[] {0, 1}, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of pillar LEARNING must be finite and > 0, was 0.0");
    assertThatThrownBy(() -> plan.withParameters(null, new double[] {1, Double.POSITIVE_INFINITY}, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of pillar SERVICE must be finite and > 0, was Infinity");
    // the smallest positive weight is accepted
    assertThat(plan.withParameters(null, new double[] {Double.MIN_VALUE, 1}, null, false)).isNotNull();
  }

  @Test
  void aTableOfAnotherPlanIsRefused() {
    ScoringPlan one = ScoringPlan.compile(weighted());
    ScoringPlan other = ScoringPlan.compile(weighted());
    EvidenceTable t = other.table(YEAR, List.of(unit("U", "c")), OBS);
    assertThatThrownBy(() -> one.assess(t)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the table was laid out for another plan");
    // a variant shares its plan's layout: accepted
    assertThat(other.withParameters(null, null, null, true).assess(t).total(0)).isCloseTo(62.5, within(1e-12));
  }

  @Test
  void aTablesLookupsAndRefusals() {
    ScoringPlan plan = ScoringPlan.compile(weighted());
    EvidenceTable t = plan.table(YEAR, List.of(unit("V", "c"), unit("U", "c")), OBS);
    assertThat(t.year()).isEqualTo(YEAR);
    assertThat(t.value("U", HOURS)).isEqualTo(5.0);  // unit index 0, indicator index 0
    assertThat(t.value("V", HOURS)).isNaN();
    assertThatThrownBy(() -> t.value("X", HOURS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such unit or indicator: X, L1.hours");
    assertThatThrownBy(() -> t.value("U", IndicatorId.of("E1.none"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such unit or indicator: U, E1.none");
    assertThatThrownBy(() -> plan.table(YEAR, List.of(), List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Object::toString).containsExactly("units: there are no units to assess"));
  }

  @Test
  void aBuildersYearIsFrom1900To9999() {
    ScoringPlan plan = ScoringPlan.compile(weighted());
    List<Unit> us = List.of(unit("U", "c"));
    assertThat(EvidenceTable.builder(plan, 1900, us).build().year()).isEqualTo(1900);
    assertThat(EvidenceTable.builder(plan, 9999, us).build().year()).isEqualTo(9999);
    assertThatThrownBy(() -> EvidenceTable.builder(plan, 1899, us)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year 1899 is out of range 1900-9999");
    assertThatThrownBy(() -> EvidenceTable.builder(plan, 10000, us)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year 10000 is out of range 1900-9999");
  }

  @Test
  void aBuiltTablesFingerprintBeyondOneBufferIsThatOfTheSameObservations() {
    // 5 000 units × 2 values, about 40 bytes each: 400 KB, six fills of the 64 KB buffer; and one
    // source of 70 000 characters, a record larger than the buffer itself
    ScoringPlan plan = ScoringPlan.compile(weighted());
    int n = 5000;
    List<Unit> us = new ArrayList<>(n);
    List<Observation> obs = new ArrayList<>(2 * n);
    EvidenceTable.Builder b;
    String huge = "s".repeat(70_000);
    for (int u = 0; u < n; u++) {
      us.add(unit(String.format("u%05d", u), "c"));
    }
    b = EvidenceTable.builder(plan, YEAR, us);
    for (int u = 0; u < n; u++) {
      String id = String.format("u%05d", u);
      double hours = (u % 41) / 4.0;
      String src = u == 1234 ? huge : "source-" + (u % 3);
      obs.add(new Observation(id, YEAR, HOURS, hours, src));
      b.set(u, 0, hours, src);
      if (u % 5 != 0) {
        obs.add(new Observation(id, YEAR, IndicatorId.of("S3.spokesperson"), u % 2, "inspection"));
        b.set(u, 1, u % 2, "inspection");
      }
    }
    String expected = plan.table(YEAR, us, obs).inputFingerprint();
    assertThat(b.build().inputFingerprint()).isEqualTo(expected);
  }
}
