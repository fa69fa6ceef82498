package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.rule.Relative;
import org.fivetype.rule.ScoringRule;
import org.fivetype.rule.Veto;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TotalMethod;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blocked, multi-threaded kernel of {@link ScoringPlan#assess} against a straightforward
 * per-indicator evaluation written out here (the kernel as it was before blocks: a points column
 * per indicator, added into the pillar subtotals column by column, then the totals): every total,
 * pillar subtotal and indicator's points equal to the last bit, the same flags, and every unit's
 * whole result (tier, reasons, rank, explanations) the same on 1 and 2 threads and at every block
 * size, for unit counts at the block edges (1, block − 1, block, block + 1, 2·block + 1).
 *
 * <p>Rule sets are random (seeded; a failure prints the seed): every absolute rule kind of {@link
 * EnginePropertiesTest#randomRule}, two relative rules (per category and over all units), vetoes,
 * hard indicators, all five pillars, sum and weighted-shares totals, imputation on and off.
 */
class KernelBlocksTest {

  static final int YEAR = 2024;

  static RuleSet ruleSet(long seed, boolean weighted) {
    Random r = new Random(seed);
    String[] measure = {"L1", "R1", "I1", "S1", "E1"};
    RuleSet.Builder b = RuleSet.builder("kernel-" + seed, Label.of("分块", "blocks"));
    int m = 24;
    for (int k = 0; k < m; k++) {
      Pillar p = Pillar.STANDARD.get(k % 5);
      ScoringRule rule = k == 7 ? Relative.fractionOfBest(Relative.Scope.CATEGORY, Direction.HIGHER_IS_BETTER)
          : k == 13 ? Relative.rankStep(Relative.Scope.ALL, Direction.LOWER_IS_BETTER, 1.5)
          : k % 9 == 4 ? new Veto(1)
          : EnginePropertiesTest.randomRule(r);
      b.indicator(IndicatorSpec.builder(measure[k % 5] + ".k" + k)
          .pillar(p)
          .name("指标" + k, "indicator " + k)
          .points(0.5 + r.nextInt(40) / 4.0)
          .hard(k % 6 == 1)
          .measures(measure[k % 5])
          .evidence("数据", "data", "项", "items", Evidence.Supplier.UNIT)
          .rule(rule)
          .build());
    }
    if (weighted) {
      b.total(TotalMethod.weightedShares(100, Map.of("LEARNING", 3.0, "SERVICE", 0.7)));
    }
    return b.build();
  }

  static EvidenceTable table(ScoringPlan plan, int n, long seed) {
    Random r = new Random(seed * 31 + n);
    List<Unit> units = new ArrayList<>(n);
    for (int u = 0; u < n; u++) {
      units.add(new Unit(String.format("u%06d", u), Label.of("单位" + u, "unit " + u), UnitKind.DEPARTMENT,
          "cat-" + (char) ('A' + r.nextInt(3))));
    }
    EvidenceTable.Builder b = EvidenceTable.builder(plan, YEAR, units);
    for (int u = 0; u < n; u++) {
      for (int i = 0; i < plan.indicatorCount(); i++) {
        if (r.nextInt(25) == 0) {
          continue; // missing evidence
        }
        ScoringRule rule = plan.rule(i);
        double v = rule.isRelative() ? r.nextInt(50) / 4.0 : EnginePropertiesTest.randomValue(rule, r);
        b.set(u, i, v);
      }
    }
    return b.build();
  }

  /** The straightforward evaluation: one points column per indicator, as the kernel was. */
  record Reference(double[][] points, double[][] pillars, double[] totals, int[] missing, boolean[] vetoed,
      boolean[] hardFailed) {
    static Reference of(ScoringPlan plan, EvidenceTable table, boolean impute) {
      int n = table.units().size();
      int m = plan.indicatorCount();
      double[][] values = table.columns();
      double[][] scored = impute ? table.imputedColumns() : values;
      double[][] points = new double[m][];
      double[][] pillars = new double[plan.pillars().size()][n];
      int[] missing = new int[n];
      boolean[] vetoed = new boolean[n];
      boolean[] hard = new boolean[n];
      for (int i = 0; i < m; i++) {
        double[] pts = new double[n];
        if (plan.rule(i).isRelative()) {
          plan.rule(i).scoreColumn(scored[i], table.categoryGroups(), plan.max(i), pts);
        } else {
          for (int u = 0; u < n; u++) {
            pts[u] = plan.rule(i).points(scored[i][u], plan.max(i));
          }
        }
        points[i] = pts;
        for (int u = 0; u < n; u++) {
          pillars[plan.pillarOf(i)][u] += pts[u];
          missing[u] += Double.isNaN(values[i][u]) ? 1 : 0;
          // a veto indicator without evidence vetoes by default (TierSettings.MissingVeto.VETO, issue 16)
          boolean missingVetoes = plan.tiers().missingVetoEvidence() == TierSettings.MissingVeto.VETO;
          if (plan.vetoRule(i) && (plan.rule(i).vetoes(values[i][u]) || (missingVetoes && Double.isNaN(values[i][u])))) {
            vetoed[u] = true;
          }
          if (plan.hard(i) && pts[u] < plan.tiers().hardPassShare() * plan.max(i) - 1e-9) {
            hard[u] = true;
          }
        }
      }
      double[] totals = new double[n];
      for (int p = 0; p < pillars.length; p++) {
        double f = plan.weighted()
            ? plan.maxTotal() * plan.pillarWeight(p) / (plan.weightSum() * plan.pillarMax(p)) : 1;
        for (int u = 0; u < n; u++) {
          totals[u] += plan.weighted() ? f * pillars[p][u] : pillars[p][u];
        }
      }
      return new Reference(points, pillars, totals, missing, vetoed, hard);
    }
  }

  static void assertSameBits(double expected, double actual, String what, long seed) {
    assertThat(Double.doubleToRawLongBits(actual)).as("%s (seed %d): %s vs %s", what, seed, actual, expected)
        .isEqualTo(Double.doubleToRawLongBits(expected));
  }

  /**
   * Every unit's numbers against the reference; explanations and flags for every unit of small
   * tables (40 units or fewer), else for the units around each block edge and every 17th.
   */
  static void check(ScoringPlan plan, Reference ref, int block, AssessmentResult result, long seed,
      String config) {
    int n = ref.totals().length;
    for (int u = 0; u < n; u++) {
      UnitResult ur = result.units().get(u);
      assertSameBits(ref.totals()[u], ur.total(), config + " total of unit " + u, seed);
      int off = u % block;
      if (n > 40 && u % 17 != 0 && off > 1 && off < block - 2) {
        continue;
      }
      List<PillarScore> ps = ur.pillars();
      for (int p = 0; p < ps.size(); p++) {
        assertSameBits(ref.pillars()[p][u], ps.get(p).points(), config + " pillar " + p + " of unit " + u, seed);
      }
      List<IndicatorScore> is = ur.indicators();
      List<IndicatorId> missing = new ArrayList<>();
      List<IndicatorId> vetoes = new ArrayList<>();
      List<IndicatorId> hard = new ArrayList<>();
      for (int i = 0; i < plan.indicatorCount(); i++) {
        IndicatorId id = plan.id(i);
        assertSameBits(ref.points()[i][u], ur.points(id), config + " points of " + id + ", unit " + u, seed);
        assertSameBits(ref.points()[i][u], is.get(i).points(), config + " explained points of " + id, seed);
        if (is.get(i).missing()) {
          missing.add(id);
        }
        if (is.get(i).veto()) {
          vetoes.add(id);
        }
        if (is.get(i).hardFailed()) {
          hard.add(id);
        }
      }
      assertThat(ur.missing()).as("%s missing, seed %d", config, seed).isEqualTo(missing).hasSize(ref.missing()[u]);
      assertThat(!ur.vetoes().isEmpty()).as("%s vetoed, seed %d", config, seed).isEqualTo(ref.vetoed()[u]);
      assertThat(ur.vetoes()).isEqualTo(vetoes);
      assertThat(!ur.failedHard().isEmpty()).as("%s hard, seed %d", config, seed).isEqualTo(ref.hardFailed()[u]);
      assertThat(ur.failedHard()).isEqualTo(hard);
    }
  }

  static List<EnginePropertiesTest.Snapshot> snapshots(AssessmentResult r) {
    return r.units().stream().map(EnginePropertiesTest.Snapshot::of).toList();
  }

  @ParameterizedTest(name = "block {0}")
  @ValueSource(ints = {1, 7, 64})
  void blockEdgesAndThreadsMatchThePerIndicatorEvaluation(int block) {
    for (long seed = 1; seed <= 3; seed++) {
      boolean weighted = seed % 2 == 0;
      RuleSet rs = ruleSet(seed, weighted);
      for (boolean impute : new boolean[] {false, true}) {
        ScoringPlan plan = ScoringPlan.compile(rs);
        if (impute) {
          plan = plan.withParameters(null, null, null, true);
        }
        for (int n : new int[] {1, block - 1, block, block + 1, 2 * block + 1}) {
          if (n < 1) {
            continue;
          }
          EvidenceTable table = table(plan, n, seed);
          AssessmentResult one = plan.assess(table, ScoringPlan.Options.DEFAULT, block, 1);
          AssessmentResult two = plan.assess(table, ScoringPlan.Options.DEFAULT, block, 2);
          AssessmentResult plain = plan.assess(table, ScoringPlan.Options.DEFAULT.withThreads(1));
          String config = "n=" + n + " block=" + block + " impute=" + impute + " weighted=" + weighted;
          Reference ref = Reference.of(plan, table, impute);
          check(plan, ref, block, one, seed, config + " threads=1");
          check(plan, ref, block, two, seed, config + " threads=2");
          List<EnginePropertiesTest.Snapshot> expected = snapshots(plain);
          assertThat(snapshots(one)).as("%s seed %d", config, seed).isEqualTo(expected);
          assertThat(snapshots(two)).as("%s seed %d", config, seed).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void theDefaultBlockSizeAtItsEdges() {
    long seed = 11;
    ScoringPlan plan = ScoringPlan.compile(ruleSet(seed, false));
    int b = Kernel.BLOCK;
    for (int n : new int[] {b - 1, b, b + 1}) {
      EvidenceTable table = table(plan, n, seed);
      AssessmentResult one = plan.assess(table, ScoringPlan.Options.DEFAULT, b, 1);
      AssessmentResult three = plan.assess(table, ScoringPlan.Options.DEFAULT, b, 3);
      Reference ref = Reference.of(plan, table, false);
      check(plan, ref, b, one, seed, "n=" + n + " threads=1");
      check(plan, ref, b, three, seed, "n=" + n + " threads=3");
      for (int u = 0; u < n; u++) {
        assertSameBits(one.total(u), three.total(u), "total", seed);
        assertThat(three.tier(u)).isEqualTo(one.tier(u));
        if (u % 97 == 0 || u % b > b - 3 || u % b < 2) {
          assertThat(EnginePropertiesTest.Snapshot.of(three.units().get(u)))
              .isEqualTo(EnginePropertiesTest.Snapshot.of(one.units().get(u)));
        }
      }
    }
  }

  @Test
  void beyondTheParallelThresholdTwoThreadsEqualOne() {
    long seed = 5;
    ScoringPlan plan = ScoringPlan.compile(ruleSet(seed, true));
    int n = ScoringPlan.PARALLEL_MIN_UNITS;
    EvidenceTable table = table(plan, n, seed);
    AssessmentResult one = plan.assess(table, ScoringPlan.Options.DEFAULT.withThreads(1));
    AssessmentResult two = plan.assess(table, ScoringPlan.Options.DEFAULT.withThreads(2));
    Reference ref = Reference.of(plan, table, false);
    for (int u = 0; u < n; u++) {
      assertSameBits(ref.totals()[u], one.total(u), "total, 1 thread, unit " + u, seed);
      assertSameBits(ref.totals()[u], two.total(u), "total, 2 threads, unit " + u, seed);
      assertThat(two.tier(u)).isEqualTo(one.tier(u));
    }
    for (int u = 0; u < n; u += 997) {
      assertThat(EnginePropertiesTest.Snapshot.of(two.units().get(u)))
          .isEqualTo(EnginePropertiesTest.Snapshot.of(one.units().get(u)));
    }
  }

  @Test
  void zeroUnitsNeverReachTheKernel() {
    ScoringPlan plan = ScoringPlan.compile(ruleSet(1, false));
    assertThatThrownBy(() -> EvidenceTable.builder(plan, YEAR, List.of()).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no units");
    assertThatThrownBy(() -> ScoringPlan.Options.DEFAULT.withThreads(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
