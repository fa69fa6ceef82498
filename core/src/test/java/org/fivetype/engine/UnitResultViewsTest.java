package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fivetype.engine.EngineFixture.YEAR;
import static org.fivetype.engine.EngineFixture.goal;
import static org.fivetype.engine.EngineFixture.spec;
import static org.fivetype.engine.EngineFixture.unit;

import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Tier;
import org.fivetype.rule.Veto;
import org.fivetype.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * What a unit's and an assessment's views give, value by value, on four units worked out by hand:
 * explanations word for word, the veto and hard flags of each indicator, lookups by id (and their
 * refusals), category sizes, imputed points.
 */
class UnitResultViewsTest {

  static final IndicatorId A = IndicatorId.of("L1.a");
  static final IndicatorId V = IndicatorId.of("I1.v");
  static final IndicatorId W = IndicatorId.of("I1.w");
  static final IndicatorId NONE = IndicatorId.of("E1.none");

  /** LEARNING: L1.a (64 points, points = value); INTEGRITY: I1.v, I1.w (16 each, veto at 1 event). Max 96. */
  static RuleSet views() {
    return RuleSet.builder("views", Label.of("视图", "views"))
        .indicator(goal("L1.a", Pillar.LEARNING, 64, false))
        .indicator(spec("I1.v", Pillar.INTEGRITY, 16, new Veto(1), false))
        .indicator(spec("I1.w", Pillar.INTEGRITY, 16, new Veto(1), false))
        .build();
  }

  static List<Observation> observations() {
    List<Observation> o = new ArrayList<>();
    // W (category p): 24, 0, 0
    o.add(Observation.of("W", YEAR, "L1.a", 24));
    o.add(Observation.of("W", YEAR, "I1.v", 0));
    o.add(Observation.of("W", YEAR, "I1.w", 0));
    // X (p): L1.a missing, one event on I1.v (veto), none on I1.w
    o.add(Observation.of("X", YEAR, "I1.v", 1));
    o.add(Observation.of("X", YEAR, "I1.w", 0));
    // Y (p): 40, 0, 0
    o.add(Observation.of("Y", YEAR, "L1.a", 40));
    o.add(Observation.of("Y", YEAR, "I1.v", 0));
    o.add(Observation.of("Y", YEAR, "I1.w", 0));
    // Z (q): 20, I1.v missing (vetoes by default), 0
    o.add(Observation.of("Z", YEAR, "L1.a", 20));
    o.add(Observation.of("Z", YEAR, "I1.w", 0));
    return o;
  }

  static AssessmentResult assess(ScoringPlan plan) {
    return plan.assess(YEAR, List.of(unit("Z", "q"), unit("Y", "p"), unit("X", "p"), unit("W", "p")), observations());
  }

  @Test
  void vetoFlagsNameOnlyTheVetoIndicatorsThatVetoed() {
    AssessmentResult r = assess(ScoringPlan.compile(views()));
    UnitResult x = r.unit("X").orElseThrow();
    // X: I1.v has 1 event (≥ 1: vetoes); I1.w has 0 (does not); L1.a is missing but is no veto indicator
    assertThat(x.vetoes()).containsExactly(V);
    assertThat(x.indicator(A).veto()).isFalse();
    assertThat(x.indicator(A).missing()).isTrue();
    assertThat(x.indicator(V).veto()).isTrue();
    assertThat(x.indicator(W).veto()).isFalse();
    // Z: I1.v has no evidence: a veto by default (MissingVeto.VETO)
    assertThat(r.unit("Z").orElseThrow().vetoes()).containsExactly(V);
    assertThat(r.unit("Y").orElseThrow().vetoes()).isEmpty();
  }

  @Test
  void explanationsWordForWord() {
    AssessmentResult r = assess(ScoringPlan.compile(views()));
    UnitResult x = r.unit("X").orElseThrow();
    // a missing indicator that is not a veto indicator
    assertThat(x.indicator(A).explanation().en())
        .isEqualTo("no evidence: 0 points (flagged); rule: full 64 points at 64, none at 0, linear in between");
    // a triggered veto: value 1, 0 of 16
    assertThat(x.indicator(V).explanation().en()).isEqualTo("value 1; 1 or more events veto the unit and earn no "
        + "points; otherwise 16 points; earns 0 of 16; triggers a veto");
    assertThat(x.indicator(V).explanation().zh()).endsWith(";得0分;触发一票否决");
    // a veto indicator without evidence
    assertThat(r.unit("Z").orElseThrow().indicator(V).explanation().en()).isEqualTo("no evidence: 0 points (flagged), "
        + "and a veto indicator without evidence counts as vetoed; rule: 1 or more events veto the unit and earn no "
        + "points; otherwise 16 points");
    // no veto, no hard: nothing appended
    assertThat(r.unit("Y").orElseThrow().indicator(A).explanation().en())
        .isEqualTo("value 40; full 64 points at 64, none at 0, linear in between; earns 40 of 64");
  }

  @Test
  void lookupsByIdAndTheirRefusals() {
    AssessmentResult r = assess(ScoringPlan.compile(views()));
    assertThat(r.year()).isEqualTo(YEAR);
    // units sorted by id: W, X, Y, Z; Y's total 40 + 16 + 16 = 72 of 96 = 75 % → PASS (GOOD needs 80 %)
    assertThat(r.total(2)).isEqualTo(72.0);
    assertThat(r.tier(2)).isEqualTo(Tier.PASS);
    assertThat(r.unit("W")).isPresent();                  // index 0
    assertThat(r.unit("nobody")).isEmpty();
    UnitResult y = r.unit("Y").orElseThrow();
    assertThat(y).hasToString("Y: 72 PASS");
    assertThat(y.value(A)).isEqualTo(40.0);               // the first indicator (index 0)
    assertThat(y.points(A)).isEqualTo(40.0);
    assertThat(y.points(V)).isEqualTo(16.0);
    assertThat(y.indicators()).extracting(IndicatorScore::indicator).containsExactly(A, V, W);
    assertThat(y.indicators()).extracting(IndicatorScore::points).containsExactly(40.0, 16.0, 16.0);
    assertThat(y.pillar(Pillar.LEARNING)).isEqualTo(new PillarScore(Pillar.LEARNING, 40, 64));  // the first pillar
    assertThat(y.pillar(Pillar.INTEGRITY)).isEqualTo(new PillarScore(Pillar.INTEGRITY, 32, 32));
    assertThatThrownBy(() -> y.pillar(Pillar.EFFICIENCY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pillar EFFICIENCY is not in the rule set");
    assertThatThrownBy(() -> y.value(NONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator E1.none is not in the rule set");
    assertThatThrownBy(() -> y.points(NONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator E1.none is not in the rule set");
    assertThatThrownBy(() -> y.indicator(NONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator E1.none is not in the rule set");
    // category p has W, X, Y; q has Z alone
    assertThat(r.units()).extracting(UnitResult::categorySize).containsExactly(3, 3, 3, 1);
    assertThat(r.unit("X").orElseThrow().value(A)).isNaN();
  }

  @Test
  void imputedEvidenceScoresTheCategoryMeanAndStaysFlagged() {
    ScoringPlan plan = ScoringPlan.compile(views()).withParameters(null, null, null, true);
    AssessmentResult r = assess(plan);
    UnitResult x = r.unit("X").orElseThrow();
    // category p's L1.a values: W 24, Y 40 → mean 32 (X's own is missing): 32 of 64 points
    assertThat(x.points(A)).isEqualTo(32.0);
    assertThat(x.missing()).containsExactly(A);
    assertThat(x.value(A)).isNaN(); // the evidence itself is still missing
    // category q has no other unit: Z's missing I1.v has no mean and scores 0
    assertThat(r.unit("Z").orElseThrow().points(V)).isEqualTo(0.0);
  }

  @Test
  void aPillarScoresShare() {
    assertThat(new PillarScore(Pillar.SERVICE, 3, 4).share()).isEqualTo(0.75);
    assertThat(new PillarScore(Pillar.SERVICE, 0, 0).share()).isEqualTo(0.0); // an empty budget: 0, not NaN
  }
}
