package org.fivetype.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fivetype.api.Label;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.demo.DemoCity;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.uncertainty.Progress;
import org.fivetype.uncertainty.Sobol;
import org.fivetype.uncertainty.UncertainInput;
import org.fivetype.uncertainty.UncertainInput.Range;
import org.fivetype.uncertainty.UncertaintyAnalysis;
import org.fivetype.uncertainty.UncertaintyResult;
import org.fivetype.uncertainty.UncertaintySpec;
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
 * Monte Carlo replications per second: 1,000 units × the default rule set {@code urumqi-2004}
 * (57 indicators, 100 points), the demo city's synthetic evidence, with every indicator's points
 * ±25 %, the three thresholds within ±2 points and imputation on or off uncertain (61 inputs).
 *
 * <ul>
 *   <li>{@code replication}: one replication on one thread — a plan variant with the sampled
 *       parameters (no recompilation) assessing the same table (tiering chain included), and its
 *       totals, tiers and ranks read. Its throughput is replications per second per thread.
 *   <li>{@code analysis}: a whole uncertainty analysis of {@value #RUNS} replications on {@code
 *       threads} threads, statistics included; replications per second = ops/s × {@value #RUNS}.
 * </ul>
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar UncertaintyBenchmark -rf json -rff
 * benchmarks/results/uncertainty.json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UncertaintyBenchmark {

  /** Replications per {@code analysis} call. */
  static final int RUNS = 64;

  /** Units in the synthetic city. */
  static final int UNITS = 1000;

  /** The threads of the {@code analysis} benchmark. */
  @State(Scope.Benchmark)
  public static class Pool {
    /** Threads. */
    @Param({"1", "2"})
    public int threads;
  }

  ScoringPlan plan;
  EvidenceTable table;
  UncertaintySpec spec;
  double[] points;
  long k;

  /** Builds the city once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    RuleSet rs = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());
    plan = ScoringPlan.compile(rs);
    List<Unit> us = new ArrayList<>(UNITS);
    String[] cats = {"districts", "economic", "social", "enforcement"};
    for (int u = 0; u < UNITS; u++) {
      us.add(new Unit(String.format("u%04d", u), Label.of("单位" + u, "unit " + u), UnitKind.DEPARTMENT,
          cats[u % cats.length]));
    }
    table = plan.table(2024, us, DemoCity.observations(us, rs, 2024));
    spec = UncertaintySpec.of(new UncertainInput.Points("*", Range.plusMinus(0.25)),
        new UncertainInput.Threshold(Tier.EXCELLENT, Range.between(0.88, 0.92)),
        new UncertainInput.Threshold(Tier.GOOD, Range.between(0.78, 0.82)),
        new UncertainInput.Threshold(Tier.PASS, Range.between(0.58, 0.62)),
        new UncertainInput.Imputation());
    points = new double[plan.indicatorCount()];
    for (int i = 0; i < points.length; i++) {
      points[i] = rs.indicators().get(i).points();
    }
  }

  /** One replication on the calling thread. */
  @Benchmark
  public long replication() {
    long row = k++;
    double[] p = points.clone();
    for (int i = 0; i < p.length; i++) {
      p[i] *= 0.75 + 0.5 * Sobol.uniform(1, row, i);
    }
    var tiers = plan.ruleSet().tiers().withThresholds(0.88 + 0.04 * Sobol.uniform(1, row, 57),
        0.78 + 0.04 * Sobol.uniform(1, row, 58), 0.58 + 0.04 * Sobol.uniform(1, row, 59));
    AssessmentResult r = plan.withParameters(p, null, tiers, Sobol.uniform(1, row, 60) >= 0.5).assess(table);
    long h = 0;
    for (int u = 0; u < UNITS; u++) {
      h += Double.doubleToLongBits(r.total(u)) + r.tier(u).ordinal() + r.units().get(u).rank();
    }
    return h;
  }

  /** A whole uncertainty analysis of {@value #RUNS} replications. */
  @Benchmark
  public UncertaintyResult analysis(Pool pool) {
    return UncertaintyAnalysis.run(plan, table, spec,
        UncertaintyAnalysis.Options.uncertainty(RUNS, k++).withThreads(pool.threads), Progress.NONE);
  }
}
