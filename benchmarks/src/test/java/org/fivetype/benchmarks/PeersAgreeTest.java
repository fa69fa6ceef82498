package org.fivetype.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.fivetype.api.Tier;
import org.fivetype.benchmarks.drools.DroolsScorer;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.rule.Relative;
import org.fivetype.ruleset.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The three implementations — fivetype, the map peer, the Drools peer — give the same points per
 * indicator and the same totals, to the last bit, on a small synthetic city, with absolute rules
 * and with relative ones; and the check itself catches a difference.
 */
class PeersAgreeTest {

  static final int UNITS = 240;

  @ParameterizedTest
  @ValueSource(strings = {"absolute", "relative"})
  void allThreeAgreeExactly(String rules) {
    RuleSet rs = BenchmarkRules.named(rules);
    SyntheticCity city = new SyntheticCity(UNITS);
    ScoringPlan plan = ScoringPlan.compile(rs);
    EvidenceTable table = city.table(plan);
    AssessmentResult fivetype = plan.assess(table);

    MapScorer.Result map = new MapScorer(rs).score(city.observationMap(), city.categoryMap());
    long compared = Agreement.check("the map peer", table, fivetype, map.points(), map.totals());
    assertThat(compared).isEqualTo(UNITS * 101L);

    DroolsScorer.Result drools = new DroolsScorer(rs).score(DroolsScorer.facts(city));
    assertThat(Agreement.check("the Drools peer", table, fivetype, drools.points(), drools.totals()))
        .isEqualTo(UNITS * 101L);
  }

  @Test
  void theCheckCatchesADifference() {
    RuleSet rs = BenchmarkRules.absolute();
    SyntheticCity city = new SyntheticCity(50);
    ScoringPlan plan = ScoringPlan.compile(rs);
    EvidenceTable table = city.table(plan);
    AssessmentResult fivetype = plan.assess(table);
    MapScorer.Result map = new MapScorer(rs).score(city.observationMap(), city.categoryMap());
    Map<String, Double> totals = new HashMap<>(map.totals());
    String unit = SyntheticCity.id(7);
    totals.put(unit, Math.nextUp(totals.get(unit)));
    assertThatThrownBy(() -> Agreement.check("tampered", table, fivetype, map.points(), totals))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tampered disagrees")
        .hasMessageContaining(unit + ": total");
  }

  @Test
  void theRuleSetsAndTheCityAreWhatTheBenchmarksSay() {
    RuleSet abs = BenchmarkRules.absolute();
    RuleSet rel = BenchmarkRules.relative();
    assertThat(abs.indicators()).hasSize(100);
    assertThat(rel.indicators()).hasSize(100);
    assertThat(rel.indicators().stream().filter(s -> s.rule() instanceof Relative)).hasSize(20);
    assertThat(rel.indicators().stream().map(s -> s.id()).toList())
        .isEqualTo(abs.indicators().stream().map(s -> s.id()).toList());

    SyntheticCity city = new SyntheticCity(2000);
    ScoringPlan plan = ScoringPlan.compile(BenchmarkRules.withQuotas(abs));
    AssessmentResult r = plan.assess(city.table(plan));
    // every tier occurs, and the quota moved units (reasons of the quota step)
    assertThat(r.tierCounts().values()).allMatch(c -> c > 0);
    assertThat(r.units().stream().filter(u -> u.reasons().stream().anyMatch(x -> x.step().equals("quota"))))
        .isNotEmpty();
    // ties: unit 18 repeats unit 10
    assertThat(r.total(18)).isEqualTo(r.total(10));
    // missing values and vetoes occur
    assertThat(r.units().stream().filter(u -> !u.missing().isEmpty())).isNotEmpty();
    assertThat(r.units().stream().filter(u -> !u.vetoes().isEmpty())).isNotEmpty();
    assertThat(r.tierCounts().get(Tier.EXCELLENT)).isLessThanOrEqualTo(2000 / 5 + 50);
  }

  @Test
  void theBuilderGivesTheTableObservationsGive() {
    SyntheticCity city = new SyntheticCity(120);
    ScoringPlan plan = ScoringPlan.compile(BenchmarkRules.relative());
    java.util.List<org.fivetype.api.Observation> obs = new java.util.ArrayList<>();
    city.observationMap().forEach((unit, values) -> values.forEach(
        (ind, v) -> obs.add(org.fivetype.api.Observation.of(unit, SyntheticCity.YEAR, ind, v))));
    EvidenceTable fromObservations = plan.table(SyntheticCity.YEAR, city.units(), obs);
    EvidenceTable built = city.table(plan);
    assertThat(built.inputFingerprint()).isEqualTo(fromObservations.inputFingerprint());
    AssessmentResult a = plan.assess(fromObservations);
    AssessmentResult b = plan.assess(built);
    for (int u = 0; u < city.size(); u++) {
      assertThat(b.total(u)).isEqualTo(a.total(u));
      assertThat(b.tier(u)).isEqualTo(a.tier(u));
    }
  }

  @Test
  void theCityIsDeterministic() {
    double[] a = new double[100];
    double[] b = new double[100];
    new SyntheticCity(100).row(42, a);
    new SyntheticCity(10).row(42, b);
    assertThat(a).containsExactly(b);
  }
}
