package org.fivetype.benchmarks;

import java.util.concurrent.TimeUnit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
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
 * The kernel with relative rules ({@link BenchmarkRules#relative()}: 100 indicators, 20 of them
 * min–max or rank step, per category or over all units) on the {@link SyntheticCity} of {@code
 * units} units, beside the floor: one pass reading every value once from the same table (a
 * sum). {@code assess} is everything {@code ScoringPlan.assess} does: points (relative rules
 * through {@code scoreColumn}), pillar subtotals, flags, totals and the tiering chain.
 *
 * <p>Run (with the rest of issue 8): {@code java -jar benchmarks/target/benchmarks.jar
 * 'org.fivetype.benchmarks.(Absolute|Relative|Tiering|Explanations|Compile|MapPeer|DroolsPeer)Benchmark'
 * -rf json -rff benchmarks/results/issue-8.json}; this class alone: {@code java -jar
 * benchmarks/target/benchmarks.jar RelativeBenchmark}. See benchmarks/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class RelativeBenchmark {

  /** Units in the synthetic city. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int units;

  ScoringPlan plan;
  EvidenceTable table;

  /** Builds the city once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    plan = ScoringPlan.compile(BenchmarkRules.relative());
    table = new SyntheticCity(units).table(plan);
  }

  /** The floor: every value read once from the table's columns, added up. */
  @Benchmark
  public double floor() {
    return Floor.sum(table);
  }

  /** Everything {@code ScoringPlan.assess} does, on one thread (the per-core figure). */
  @Benchmark
  public AssessmentResult assess() {
    return plan.assess(table, ONE_THREAD);
  }

  /**
   * The same on two threads: blocks of units shared by two threads from 10⁵ units on (below
   * that, {@code assess} stays on one thread whatever the option, so this equals {@link #assess}).
   */
  @Benchmark
  public AssessmentResult assessTwoThreads() {
    return plan.assess(table, TWO_THREADS);
  }

  static final ScoringPlan.Options ONE_THREAD = ScoringPlan.Options.DEFAULT.withThreads(1);
  static final ScoringPlan.Options TWO_THREADS = ScoringPlan.Options.DEFAULT.withThreads(2);
}
