package org.fivetype.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Rate;
import org.fivetype.rule.ScoringRule;
import org.fivetype.rule.Target;
import org.fivetype.rule.YesNo;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluation of a compiled plan with absolute point rules on a deterministic synthetic city
 * ({@code units} × 100 indicators, five pillars), beside the floor: one pass reading every value
 * once from the same columns. The full study (relative rules, tiering, peers, 10⁶ units) is
 * issue 8.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar ScoringBenchmark -rf json -rff benchmarks/results/scoring.json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

  /** Units in the synthetic city. */
  @Param({"1000", "10000"})
  public int units;

  /** Indicators per unit. */
  static final int INDICATORS = 100;

  ScoringPlan plan;
  EvidenceTable table;
  double[][] columns;

  /** Builds the city once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    RuleSet rs = syntheticRuleSet(INDICATORS);
    plan = ScoringPlan.compile(rs);
    List<Unit> us = new ArrayList<>(units);
    for (int u = 0; u < units; u++) {
      us.add(new Unit(String.format("u%07d", u), Label.of("单位" + u, "unit " + u), UnitKind.DEPARTMENT,
          "c" + (u % 10)));
    }
    List<Observation> obs = new ArrayList<>(units * INDICATORS);
    SplittableRandom rnd = new SplittableRandom(42);
    for (Unit u : us) {
      for (IndicatorSpec i : rs.indicators()) {
        obs.add(new Observation(u.id(), 2024, i.id(), value(i.rule(), rnd), ""));
      }
    }
    table = plan.table(2024, us, obs);
    columns = new double[INDICATORS][units];
    for (int i = 0; i < INDICATORS; i++) {
      for (int u = 0; u < units; u++) {
        columns[i][u] = table.value(u, i);
      }
    }
  }

  /** The floor: read every value once and add them up. */
  @Benchmark
  public double floorSum() {
    double s = 0;
    for (double[] c : columns) {
      for (double v : c) {
        s += v;
      }
    }
    return s;
  }

  /** Scores, pillar subtotals, totals, flags and the tiering chain. */
  @Benchmark
  public AssessmentResult assess() {
    return plan.assess(table);
  }

  static RuleSet syntheticRuleSet(int n) {
    RuleSet.Builder b = RuleSet.builder("synthetic", Label.of("合成", "synthetic"));
    Evidence ev = new Evidence(Label.of("数", "number"), Label.of("个", "count"), Evidence.Supplier.UNIT);
    String[] letters = {"L", "R", "I", "S", "E"};
    for (int i = 0; i < n; i++) {
      int p = i % 5;
      ScoringRule rule = switch (i % 5) {
        case 0 -> new Target(25, Direction.HIGHER_IS_BETTER, true);
        case 1 -> new Rate(0.6, 1, Direction.HIGHER_IS_BETTER);
        case 2 -> new Deduction(0.5, 0);
        case 3 -> new Checklist(8);
        default -> new YesNo(Direction.HIGHER_IS_BETTER);
      };
      b.indicator(new IndicatorSpec(IndicatorId.of(letters[p] + "1.synthetic-" + i), Pillar.STANDARD.get(p),
          Label.of("指标" + i, "indicator " + i), Label.of("指标" + i, "indicator " + i), 1, false,
          java.util.Set.of(org.fivetype.api.Measure.of(letters[p] + "1")), ev, rule));
    }
    return b.build();
  }

  static double value(ScoringRule r, SplittableRandom rnd) {
    if (r instanceof Target) {
      return rnd.nextInt(40);
    } else if (r instanceof Rate) {
      return rnd.nextInt(1001) / 1000.0;
    } else if (r instanceof Deduction) {
      return rnd.nextInt(4);
    } else if (r instanceof Checklist) {
      return rnd.nextInt(9);
    }
    return rnd.nextInt(2);
  }
}
