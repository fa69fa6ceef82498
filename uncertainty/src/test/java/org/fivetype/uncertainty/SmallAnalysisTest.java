package org.fivetype.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.fivetype.uncertainty.UncertaintyAnalysisTest.YEAR;
import static org.fivetype.uncertainty.UncertaintyAnalysisTest.answers;
import static org.fivetype.uncertainty.UncertaintyAnalysisTest.first;
import static org.fivetype.uncertainty.UncertaintyAnalysisTest.item;
import static org.fivetype.uncertainty.UncertaintyAnalysisTest.tenYesNo;
import static org.fivetype.uncertainty.UncertaintyAnalysisTest.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.api.Tier;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.uncertainty.UncertainInput.Range;
import org.junit.jupiter.api.Test;

/**
 * The cases of {@link UncertaintyAnalysisTest} on a few dozen replications instead of thousands:
 * instead of the limit the Monte Carlo estimate tends to, each expected value is computed from the
 * draws themselves ({@link Sobol#point}, checked against COINr's layout in {@link SobolTest}) by
 * the documented formula — a threshold at {@code low + u · (high − low)}, points likewise,
 * imputation on for {@code u ≥ 0.5} — and the indices by {@link Sobol#estimate} (checked term by
 * term in {@link SobolArithmeticTest}) on those expected outputs. Fast enough to run for every
 * mutant (issue 18), where the large cases are not.
 */
class SmallAnalysisTest {

  static EvidenceTable table(ScoringPlan plan, String... unitsAndYeses) {
    List<Observation> obs = new ArrayList<>();
    List<org.fivetype.api.Unit> units = new ArrayList<>();
    for (int k = 0; k < unitsAndYeses.length; k += 2) {
      units.add(unit(unitsAndYeses[k]));
      obs.addAll(answers(unitsAndYeses[k], first(Integer.parseInt(unitsAndYeses[k + 1])), Set.of()));
    }
    return plan.table(YEAR, units, obs);
  }

  @Test
  void theGoodLineMovesOverTheDrawsAndTheTierFollowsIt() {
    // A: 80 of 100 on the GOOD line's nominal 0.8; the line drawn on [0.75, 0.85]: A is GOOD when
    // 0.75 + u·0.1 ≤ 0.8, else PASS. B (100) and C (30) never move.
    ScoringPlan plan = ScoringPlan.compile(tenYesNo());
    EvidenceTable table = table(plan, "A", "8", "B", "10", "C", "3");
    UncertaintySpec spec = UncertaintySpec.of(new UncertainInput.Threshold(Tier.GOOD, Range.between(0.75, 0.85)));
    int n = 40;
    int good = 0;
    for (int j = 0; j < n; j++) {
      good += 0.75 + Sobol.uniform(11, j, 0) * (0.85 - 0.75) <= 0.8 ? 1 : 0;
    }
    assertThat(good).as("a sample with both tiers").isBetween(5, 35);

    UncertaintyResult r = UncertaintyAnalysis.run(plan, table, spec,
        UncertaintyAnalysis.Options.uncertainty(n, 11).withThreads(1), Progress.NONE);
    assertThat(r.runs()).isEqualTo(n);
    assertThat(r.evaluations()).isEqualTo(n);
    assertThat(r.seed()).isEqualTo(11);
    assertThat(r.robustAt()).isEqualTo(0.9);
    assertThat(r.sensitivity()).isEmpty();
    assertThat(r.meanRankShift()).isEmpty();
    UnitUncertainty a = r.unit("A").orElseThrow();
    assertThat(a.publishedTotal()).isEqualTo(80);
    assertThat(a.publishedTier()).isEqualTo(Tier.GOOD);
    assertThat(a.publishedRank()).isEqualTo(2);
    assertThat(a.categorySize()).isEqualTo(3);
    assertThat(a.category()).isEqualTo("c");
    assertThat(a.name().en()).isEqualTo("Unit A");
    assertThat(a.tierProbabilities()).containsEntry(Tier.GOOD, good / (double) n)
        .containsEntry(Tier.PASS, (n - good) / (double) n).containsEntry(Tier.EXCELLENT, 0.0)
        .containsEntry(Tier.FAIL, 0.0);
    assertThat(a.robust()).isFalse();
    assertThat(a.total()).isEqualTo(new Summary(80, 0, 80, 80, 80, 80, 80));
    assertThat(a.rank()).isEqualTo(new Summary(2, 0, 2, 2, 2, 2, 2));
    assertThat(r.unit("B").orElseThrow().tierProbabilities()).containsEntry(Tier.EXCELLENT, 1.0);
    assertThat(r.unit("C").orElseThrow().tierProbabilities()).containsEntry(Tier.FAIL, 1.0);
    assertThat(r.units()).extracting(UnitUncertainty::unitId).containsExactly("A", "B", "C");
    assertThat(r.fragile()).extracting(UnitUncertainty::unitId).containsExactly("A");

    // robust from probability 1: a tier held in every draw is robust (≥), A's is not
    UncertaintyResult strict = UncertaintyAnalysis.run(plan, table, spec,
        UncertaintyAnalysis.Options.uncertainty(n, 11).withThreads(2).withRobustAt(1), Progress.NONE);
    assertThat(strict.unit("B").orElseThrow().robust()).isTrue();
    assertThat(strict.unit("C").orElseThrow().robust()).isTrue();
    assertThat(strict.fragile()).extracting(UnitUncertainty::unitId).containsExactly("A");
    // robust from A's own probability: robust (the bar is reached, ≥)
    UncertaintyResult atA = UncertaintyAnalysis.run(plan, table, spec,
        UncertaintyAnalysis.Options.uncertainty(n, 11).withThreads(1).withRobustAt(good / (double) n), Progress.NONE);
    assertThat(atA.fragile()).isEmpty();
  }

  @Test
  void uncertainPointsGiveTotalsRanksAndIndicesOfTheDraws() {
    // A: yes on items 0–7, total = p0 + p1 + 60; Z: yes on items 2–9, total 80 whatever the points.
    // p0 = 5 + u0·10, p1 = 5 + u1·20. Same category: A ranks 1 when its total is above 80, else 2.
    ScoringPlan plan = ScoringPlan.compile(tenYesNo());
    List<Observation> obs = new ArrayList<>(answers("A", first(8), Set.of()));
    obs.addAll(answers("Z", Set.of(2, 3, 4, 5, 6, 7, 8, 9), Set.of()));
    EvidenceTable table = plan.table(YEAR, List.of(unit("A"), unit("Z")), obs);
    UncertaintySpec spec = UncertaintySpec.of(new UncertainInput.Points(item(0), Range.between(5, 15)),
        new UncertainInput.Points(item(1), Range.between(5, 25)));
    int n = 16;
    long seed = 5;
    int e = Sobol.evaluations(n, 2);
    double[] totalA = new double[e];
    double[] rankA = new double[e];
    double[] rankZ = new double[e];
    double[] u = new double[2];
    for (int k = 0; k < e; k++) {
      Sobol.point(seed, n, 2, k, u);
      totalA[k] = 60 + (5 + u[0] * (15 - 5)) + (5 + u[1] * (25 - 5));
      rankA[k] = totalA[k] > 80 ? 1 : 2;
      rankZ[k] = totalA[k] > 80 ? 2 : 1;
    }
    List<CopyOnWriteArrayList<Integer>> seen = List.of(new CopyOnWriteArrayList<>());
    UncertaintyResult r = UncertaintyAnalysis.run(plan, table, spec,
        new UncertaintyAnalysis.Options(n, seed, 2, true, 10, 0.9), (done, total) -> {
          seen.get(0).add(done);
          assertThat(total).isEqualTo(e);
        });
    assertThat(r.evaluations()).isEqualTo(e);
    assertThat(r.inputs()).containsExactly("points " + item(0), "points " + item(1));
    assertThat(seen.get(0)).isNotEmpty().isSorted();
    assertThat(seen.get(0).get(seen.get(0).size() - 1)).isEqualTo(e);

    // the distributions are over the 2N rows of A and B
    double[] ab = Arrays.copyOf(totalA, 2 * n);
    Summary want = Summary.of(ab.clone());
    Summary got = r.unit("A").orElseThrow().total();
    assertThat(got.mean()).isCloseTo(want.mean(), within(1e-9));
    assertThat(got.sd()).isCloseTo(want.sd(), within(1e-9));
    assertThat(got.min()).isCloseTo(want.min(), within(1e-9));
    assertThat(got.p05()).isCloseTo(want.p05(), within(1e-9));
    assertThat(got.median()).isCloseTo(want.median(), within(1e-9));
    assertThat(got.p95()).isCloseTo(want.p95(), within(1e-9));
    assertThat(got.max()).isCloseTo(want.max(), within(1e-9));
    assertThat(r.unit("A").orElseThrow().rank()).isEqualTo(Summary.of(Arrays.copyOf(rankA, 2 * n)));
    assertThat(r.unit("Z").orElseThrow().total()).isEqualTo(new Summary(80, 0, 80, 80, 80, 80, 80));

    List<String> names = r.inputs();
    same(r.sensitivity("A").orElseThrow().total(), Sobol.estimate(totalA, n, names, 10, seed));
    same(r.sensitivity("A").orElseThrow().rank(), Sobol.estimate(rankA, n, names, 10, seed));
    same(r.sensitivity("Z").orElseThrow().rank(), Sobol.estimate(rankZ, n, names, 10, seed));
    assertThat(r.sensitivity("Z").orElseThrow().total()).allSatisfy(s -> assertThat(s.first()).isNaN());
    assertThat(r.sensitivity()).extracting(UnitSensitivity::unitId).containsExactly("A", "Z");
    // COINr's target: the mean over the units of |rank − published rank|
    int pubA = r.unit("A").orElseThrow().publishedRank();
    int pubZ = r.unit("Z").orElseThrow().publishedRank();
    double[] shift = new double[e];
    for (int k = 0; k < e; k++) {
      shift[k] = (Math.abs(rankA[k] - pubA) + Math.abs(rankZ[k] - pubZ)) / 2;
    }
    same(r.meanRankShift(), Sobol.estimate(shift, n, names, 10, seed));
  }

  static void same(List<SensitivityIndex> got, List<SensitivityIndex> want) {
    assertThat(got).hasSameSizeAs(want);
    for (int i = 0; i < want.size(); i++) {
      SensitivityIndex g = got.get(i);
      SensitivityIndex w = want.get(i);
      assertThat(g.input()).isEqualTo(w.input());
      double[] gv = {g.first(), g.firstLow(), g.firstHigh(), g.total(), g.totalLow(), g.totalHigh()};
      double[] wv = {w.first(), w.firstLow(), w.firstHigh(), w.total(), w.totalLow(), w.totalHigh()};
      for (int k = 0; k < 6; k++) {
        if (Double.isNaN(wv[k])) {
          assertThat(gv[k]).as("%s value %d", w.input(), k).isNaN();
        } else {
          assertThat(gv[k]).as("%s value %d", w.input(), k).isCloseTo(wv[k], within(1e-9));
        }
      }
    }
  }

  @Test
  void imputationIsOnForDrawsFromOneHalf() {
    // A: yes on items 0–8, nothing for item 9; B: yes on all. Imputation on (u ≥ 0.5): the category
    // mean of item 9 is 1 → yes → 100; off: 0 → 90
    ScoringPlan plan = ScoringPlan.compile(tenYesNo());
    List<Observation> obs = new ArrayList<>(answers("A", first(9), Set.of(9)));
    obs.addAll(answers("B", first(10), Set.of()));
    EvidenceTable table = plan.table(YEAR, List.of(unit("A"), unit("B")), obs);
    int n = 24;
    double sum = 0;
    for (int j = 0; j < n; j++) {
      sum += Sobol.uniform(3, j, 0) >= 0.5 ? 100 : 90;
    }
    UncertaintyResult r = UncertaintyAnalysis.run(plan, table, UncertaintySpec.of(new UncertainInput.Imputation()),
        UncertaintyAnalysis.Options.uncertainty(n, 3).withThreads(1), Progress.NONE);
    assertThat(r.inputs()).containsExactly("imputation");
    assertThat(r.unit("A").orElseThrow().total().mean()).isCloseTo(sum / n, within(1e-9));
    assertThat(r.unit("A").orElseThrow().total().min()).isEqualTo(90);
    assertThat(r.unit("A").orElseThrow().total().max()).isEqualTo(100);
  }

  @Test
  void everyInputThatDoesNotFitTheRuleSetIsNamed() {
    ScoringPlan plan = ScoringPlan.compile(tenYesNo());
    EvidenceTable table = table(plan, "A", "8");
    UncertaintySpec bad = UncertaintySpec.of(
        new UncertainInput.Points("not an id", Range.between(1, 2)),
        new UncertainInput.Points(item(4), Range.between(0, 2)),
        new UncertainInput.Points(item(5), Range.plusMinus(0.5)),
        new UncertainInput.Points(item(5), Range.between(1, 2)),
        new UncertainInput.Threshold(Tier.PASS, Range.between(0.5, 0.7)),
        new UncertainInput.Threshold(Tier.PASS, Range.between(0.55, 0.65)),
        new UncertainInput.Threshold(Tier.EXCELLENT, Range.plusMinus(0.2)),
        new UncertainInput.Imputation(),
        new UncertainInput.Imputation());
    assertThatThrownBy(() -> UncertaintyAnalysis.run(plan, table, bad, 10, 1, 1, Progress.NONE))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
            .extracting(p -> p.where() + ": " + p.message())
            .containsExactly(
                "uncertain input 1: no indicator \"not an id\" in rule set ten",
                "uncertain input 2: the points of " + item(4) + " must stay > 0, the range starts at 0.0",
                "uncertain input 4: the points of " + item(5) + " are uncertain twice",
                "uncertain input 6: the PASS threshold is uncertain twice",
                // ±20 % of 0.9: 0.9 · 0.8 = 0.72 (0.7200000000000001 in binary) up to 0.9 · 1.2 = 1.08
                "uncertain input 7: the EXCELLENT threshold must stay a share from 0 to 1, the range is "
                    + "[0.7200000000000001, 1.08]",
                "uncertain input 9: imputation is uncertain twice"));
    // thresholds touching: GOOD can fall to 0.7 where PASS can rise to 0.7 — the tiers could swap
    UncertaintySpec touching = UncertaintySpec.of(new UncertainInput.Threshold(Tier.GOOD, Range.between(0.7, 0.85)),
        new UncertainInput.Threshold(Tier.PASS, Range.between(0.5, 0.7)));
    assertThatThrownBy(() -> UncertaintyAnalysis.run(plan, table, touching, 10, 1, 1, Progress.NONE))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
            .extracting(Problem::message).containsExactly("the GOOD threshold can fall to 0.7 and the PASS threshold "
                + "rise to 0.7: the ranges must not overlap, so that the tiers stay in order"));
    // "*" is one input per indicator, named after it
    UncertaintyResult all = UncertaintyAnalysis.run(plan, table, UncertaintySpec.of(
        new UncertainInput.Points("*", Range.plusMinus(0.1))), new UncertaintyAnalysis.Options(2, 1, 1, false, 0, 0.9),
        Progress.NONE);
    assertThat(all.inputs()).hasSize(10).first().isEqualTo("points " + item(0));
    assertThat(all.inputs().get(9)).isEqualTo("points " + item(9));
  }
}
