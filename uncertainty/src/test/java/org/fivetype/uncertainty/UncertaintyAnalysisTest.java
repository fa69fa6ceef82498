package org.fivetype.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.rule.YesNo;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.uncertainty.UncertainInput.Range;
import org.junit.jupiter.api.Test;

/**
 * Tiny assessments whose outcome under uncertainty is worked out by hand: one pillar of ten
 * yes/no items of 10 points each (total = 10 · yeses, largest total 100), quota switched off, so
 * only the thresholds, the caps and the uncertain inputs decide.
 */
class UncertaintyAnalysisTest {

  static final int YEAR = 2025;

  static RuleSet tenYesNo() {
    RuleSet.Builder b = RuleSet.builder("ten", Label.of("十项", "ten items"))
        .tiers(TierSettings.DEFAULTS.withQuota(Map.of()));
    for (int k = 0; k < 10; k++) {
      b.indicator(IndicatorSpec.builder(item(k)).pillar(Pillar.SERVICE)
          .name("事项" + k, "item " + k).points(10).measures("S" + (1 + k % 7))
          .evidence("是否落实", "in place or not", "是/否", "yes/no", Supplier.INSPECTION)
          .rule(new YesNo(Direction.HIGHER_IS_BETTER)).build());
    }
    return b.build();
  }

  static String item(int k) {
    return "S" + (1 + k % 7) + ".item-" + k;
  }

  static Unit unit(String id) {
    return new Unit(id, Label.of("单位" + id, "Unit " + id), UnitKind.DEPARTMENT, "c");
  }

  /** Yes on the items in {@code yes}, no on the others, nothing for the items in {@code missing}. */
  static List<Observation> answers(String unit, Set<Integer> yes, Set<Integer> missing) {
    List<Observation> out = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      if (!missing.contains(k)) {
        out.add(new Observation(unit, YEAR, IndicatorId.of(item(k)), yes.contains(k) ? 1 : 0, ""));
      }
    }
    return out;
  }

  static Set<Integer> first(int n) {
    Set<Integer> s = new java.util.TreeSet<>();
    for (int k = 0; k < n; k++) {
      s.add(k);
    }
    return s;
  }

  @Test
  void aUnitOnTheThresholdHasHalfAChanceAndOneFarFromItIsCertain() {
    // A: 8 yes = 80 = exactly the GOOD line (0.8 · 100); B: 100 (EXCELLENT from 90); C: 30 (FAIL below 60).
    // The GOOD threshold is uncertain, uniform on [0.75, 0.85], symmetric about 0.8:
    // A is GOOD when goodAt ≤ 0.80, i.e. with probability (0.80 − 0.75)/(0.85 − 0.75) = 0.5, else PASS
    // (60 ≤ 80). B and C are far from every line that moves: EXCELLENT and FAIL with probability 1.
    // With N = 2000 the standard error of A's probability is √(0.25/2000) ≈ 0.011; tolerance 0.05.
    ScoringPlan plan = ScoringPlan.compile(tenYesNo());
    List<Observation> obs = new ArrayList<>(answers("A", first(8), Set.of()));
    obs.addAll(answers("B", first(10), Set.of()));
    obs.addAll(answers("C", first(3), Set.of()));
    EvidenceTable table = plan.table(YEAR, List.of(unit("A"), unit("B"), unit("C")), obs);
    UncertaintySpec spec = UncertaintySpec.of(new UncertainInput.Threshold(Tier.GOOD, Range.between(0.75, 0.85)));

    UncertaintyResult r = UncertaintyAnalysis.run(plan, table, spec,
        UncertaintyAnalysis.Options.uncertainty(2000, 11).withThreads(2), Progress.NONE);

    assertThat(r.evaluations()).isEqualTo(2000);
    assertThat(r.inputs()).containsExactly("threshold GOOD");
    UnitUncertainty a = r.unit("A").orElseThrow();
    assertThat(a.publishedTier()).isEqualTo(Tier.GOOD);
    assertThat(a.publishedTierProbability()).isCloseTo(0.5, within(0.05));
    assertThat(a.tierProbabilities().get(Tier.PASS)).isCloseTo(1 - a.publishedTierProbability(), within(1e-12));
    assertThat(a.tierProbabilities().get(Tier.EXCELLENT)).isZero();
    assertThat(a.robust()).isFalse();
    // the totals and ranks do not move: only the line does
    assertThat(a.total()).isEqualTo(new Summary(80, 0, 80, 80, 80, 80, 80));
    assertThat(a.rank().median()).isEqualTo(2);
    assertThat(a.verdict().en()).matches("good \\(probability (4[5-9]|5[0-5])%\\), fragile");

    UnitUncertainty b = r.unit("B").orElseThrow();
    assertThat(b.tierProbabilities()).containsEntry(Tier.EXCELLENT, 1.0);
    assertThat(b.robust()).isTrue();
    UnitUncertainty c = r.unit("C").orElseThrow();
    assertThat(c.tierProbabilities()).containsEntry(Tier.FAIL, 1.0);
    assertThat(c.robust()).isTrue();
    assertThat(r.fragile()).extracting(UnitUncertainty::unitId).containsExactly("A");

    // the robustness threshold is a parameter: at 0.4 a coin flip counts as robust
    UncertaintyResult lenient = UncertaintyAnalysis.run(plan, table, spec,
        UncertaintyAnalysis.Options.uncertainty(2000, 11).withThreads(1).withRobustAt(0.4), Progress.NONE);
    assertThat(lenient.fragile()).isEmpty();
  }

  @Test
  void pointsOfTwoItemsExplainAUnitsTotalByTheirVarianceShares() {
    // Points of item 0 uniform on [5, 15] (variance 10²/12), of item 1 on [5, 25] (variance 20²/12).
    // A answers yes to items 0–7: total = p0 + p1 + 60, linear, so S = S_T = a²Var/Var(Y):
    // item 0: 100/(100 + 400) = 0.2, item 1: 400/500 = 0.8. Z answers yes to items 2–9 only: its total
    // is 80 whatever the points, and has no indices (NaN). Through the whole engine, N = 8192
    // (at N = 8192 the linear case of SobolTest errs by at most 0.017 over 20 seeds: tolerance 0.03).
    ScoringPlan plan = ScoringPlan.compile(tenYesNo());
    List<Observation> obs = new ArrayList<>(answers("A", first(8), Set.of()));
    obs.addAll(answers("Z", Set.of(2, 3, 4, 5, 6, 7, 8, 9), Set.of()));
    EvidenceTable table = plan.table(YEAR, List.of(unit("A"), unit("Z")), obs);
    UncertaintySpec spec = UncertaintySpec.of(new UncertainInput.Points(item(0), Range.between(5, 15)),
        new UncertainInput.Points(item(1), Range.between(5, 25)));

    UncertaintyResult r = UncertaintyAnalysis.run(plan, table, spec, 8192, 5, 2, Progress.NONE);

    assertThat(r.evaluations()).isEqualTo(8192 * 4);
    assertThat(r.inputs()).containsExactly("points " + item(0), "points " + item(1));
    UnitSensitivity a = r.sensitivity("A").orElseThrow();
    SobolTest.check(a.total().get(0), 0.2, 0.2, 0.03);
    SobolTest.check(a.total().get(1), 0.8, 0.8, 0.03);
    // A's total: mean 10 + 15 + 60 = 85
    assertThat(r.unit("A").orElseThrow().total().mean()).isCloseTo(85, within(0.3));
    assertThat(r.sensitivity("Z").orElseThrow().total()).allSatisfy(s -> assertThat(s.first()).isNaN());
    assertThat(r.meanRankShift()).hasSize(2);
  }

  @Test
  void imputationOnOrOffMovesTheTotalButNotPastTheMissingEvidenceCap() {
    // A: yes on items 0–8, nothing for item 9; B and C: yes on everything, so the category mean of
    // item 9 is 1. Imputation off: A scores 0 on item 9 → 90; on: 1 → yes → 100. Each with
    // probability ½. A is capped at GOOD for its missing evidence either way: GOOD with probability 1.
    ScoringPlan plan = ScoringPlan.compile(tenYesNo());
    List<Observation> obs = new ArrayList<>(answers("A", first(9), Set.of(9)));
    obs.addAll(answers("B", first(10), Set.of()));
    obs.addAll(answers("C", first(10), Set.of()));
    EvidenceTable table = plan.table(YEAR, List.of(unit("A"), unit("B"), unit("C")), obs);

    UncertaintyResult r = UncertaintyAnalysis.run(plan, table, UncertaintySpec.of(new UncertainInput.Imputation()),
        UncertaintyAnalysis.Options.uncertainty(400, 3).withThreads(2), Progress.NONE);

    UnitUncertainty a = r.unit("A").orElseThrow();
    assertThat(a.publishedTotal()).isEqualTo(90);
    assertThat(a.total().min()).isEqualTo(90);
    assertThat(a.total().max()).isEqualTo(100);
    assertThat(a.total().mean()).isCloseTo(95, within(0.5 * 10 * 0.1)); // share at 100 within 0.5 ± 0.1
    assertThat(a.tierProbabilities()).containsEntry(Tier.GOOD, 1.0);
    assertThat(a.robust()).isTrue();
  }

  static EvidenceTable twelveUnits(ScoringPlan plan) {
    List<Unit> units = new ArrayList<>();
    List<Observation> obs = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      String id = "U" + (char) ('a' + u);
      units.add(new Unit(id, Label.of("单位" + id, "Unit " + id), UnitKind.DEPARTMENT, u % 2 == 0 ? "x" : "y"));
      Set<Integer> yes = new java.util.TreeSet<>();
      for (int k = 0; k < 10; k++) {
        if ((u * 7 + k * 3) % 10 < 6 + u % 4) {
          yes.add(k);
        }
      }
      obs.addAll(answers(id, yes, u % 5 == 0 ? Set.of(u % 10) : Set.of()));
    }
    return plan.table(YEAR, units, obs);
  }

  static final UncertaintySpec MIXED = UncertaintySpec.of(new UncertainInput.Points("*", Range.plusMinus(0.3)),
      new UncertainInput.Threshold(Tier.EXCELLENT, Range.between(0.85, 0.95)),
      new UncertainInput.Threshold(Tier.GOOD, Range.between(0.7, 0.8)), new UncertainInput.Imputation());

  @Test
  void theSameSeedGivesTheSameResultOnOneAndOnTwoThreads() {
    ScoringPlan plan = ScoringPlan.compile(tenYesNo());
    EvidenceTable table = twelveUnits(plan);
    List<int[]> seen = new CopyOnWriteArrayList<>();
    UncertaintyResult one = UncertaintyAnalysis.run(plan, table, MIXED,
        UncertaintyAnalysis.Options.sensitivity(24, 99).withThreads(1).withBootstrap(20), Progress.NONE);
    UncertaintyResult two = UncertaintyAnalysis.run(plan, table, MIXED,
        UncertaintyAnalysis.Options.sensitivity(24, 99).withThreads(2).withBootstrap(20),
        (done, total) -> seen.add(new int[] {done, total}));
    assertThat(one.inputs()).hasSize(13); // 10 points, 2 thresholds, imputation
    assertThat(one.evaluations()).isEqualTo(24 * 15);
    assertThat(two).isEqualTo(one);
    // progress: increasing, ends at the total
    assertThat(seen).isNotEmpty();
    for (int k = 1; k < seen.size(); k++) {
      assertThat(seen.get(k)[0]).isGreaterThan(seen.get(k - 1)[0]);
    }
    assertThat(seen.get(seen.size() - 1)).containsExactly(24 * 15, 24 * 15);
    // another seed, another sample
    UncertaintyResult other = UncertaintyAnalysis.run(plan, table, MIXED,
        UncertaintyAnalysis.Options.sensitivity(24, 100).withThreads(2).withBootstrap(20), Progress.NONE);
    assertThat(other.units()).isNotEqualTo(one.units());
  }

  @Test
  void aSpecThatDoesNotFitTheRuleSetIsRejectedWithEveryProblem() {
    ScoringPlan plan = ScoringPlan.compile(tenYesNo());
    EvidenceTable table = twelveUnits(plan);
    UncertaintySpec bad = UncertaintySpec.of(new UncertainInput.Points("X9.nothing", Range.between(1, 2)),
        new UncertainInput.Points(item(3), Range.between(1, 2)),
        new UncertainInput.Points("*", Range.plusMinus(0.1)),
        new UncertainInput.PillarWeight("service", Range.between(0.5, 1.5)),
        new UncertainInput.Threshold(Tier.GOOD, Range.between(0.7, 0.92)));
    assertThatThrownBy(() -> UncertaintyAnalysis.run(plan, table, bad, 10, 1, 1, Progress.NONE))
        .isInstanceOfSatisfying(org.fivetype.api.InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.where() + ": " + p.message())
            .containsExactly(
                "uncertain input 1: no indicator \"X9.nothing\" in rule set ten",
                "uncertain input 3: the points of " + item(3) + " are uncertain twice",
                "uncertain input 4: pillar weights apply only to a weighted total (WEIGHTED_SHARES); rule set ten "
                    + "sums points: make the points uncertain instead",
                "thresholds: the EXCELLENT threshold can fall to 0.9 and the GOOD threshold rise to 0.92: the ranges "
                    + "must not overlap, so that the tiers stay in order"));
  }
}
