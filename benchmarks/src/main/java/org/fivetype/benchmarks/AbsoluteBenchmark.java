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
 * The kernel with absolute point rules only ({@link BenchmarkRules#absolute()}, 100 indicators)
 * on the {@link SyntheticCity} of {@code units} units, beside the floor: one pass reading every
 * value once from the same table (a sum), and {@code floorWrite}, which also writes every value once
 * into new columns. {@code assess} is everything {@code
 * ScoringPlan.assess} does: points, pillar subtotals, flags (missing, veto, hard), totals and
 * the tiering chain with the default quota (EXCELLENT 20 % per category, ties ALL_IN).
 *
 * <p>Run (with the rest of issue 8): {@code java -jar benchmarks/target/benchmarks.jar
 * 'org.fivetype.benchmarks.(Absolute|Relative|Tiering|Explanations|Compile|MapPeer|DroolsPeer)Benchmark'
 * -rf json -rff benchmarks/results/issue-8.json}; this class alone: {@code java -jar
 * benchmarks/target/benchmarks.jar AbsoluteBenchmark}. See benchmarks/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class AbsoluteBenchmark {

  /** Units in the synthetic city. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int units;

  ScoringPlan plan;
  EvidenceTable table;

  /** Builds the city once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    plan = ScoringPlan.compile(BenchmarkRules.absolute());
    table = new SyntheticCity(units).table(plan);
  }

  /** The floor: every value read once from the table's columns, added up. */
  @Benchmark
  public double floor() {
    return Floor.sum(table);
  }

  /**
   * A tighter floor for a kernel that keeps its points: read every value once and write it into
   * a new column per indicator (as {@code assess} allocates and fills one points column per
   * indicator).
   */
  @Benchmark
  public double[][] floorWrite() {
    return Floor.copy(table);
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
