package org.fivetype.benchmarks;

import java.util.concurrent.TimeUnit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.ruleset.RuleSet;
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
 * Tiering with quotas and ties: {@code assess} with absolute rules and the quota switched off
 * ({@code quota=off}: thresholds, caps and the ranking only) or with two quotas per category
 * ({@code quota=on}: EXCELLENT 20 %, GOOD or better 50 %, ties ALL_IN). The {@link SyntheticCity}
 * repeats every tenth unit's values in its category, so units tie at the cut-offs. The
 * difference of the two is what the quota step costs; the tiering chain runs inside {@code
 * assess} and cannot be timed alone from outside core (see the profile in benchmarks/README.md).
 * Time per unit should stay flat or grow no faster than log n (the ranking sorts each category).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TieringBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class TieringBenchmark {

  /** Units in the synthetic city. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int units;

  /** Quotas per category: {@code off} or {@code on}. */
  @Param({"off", "on"})
  public String quota;

  ScoringPlan plan;
  EvidenceTable table;

  /** Builds the city once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    RuleSet abs = BenchmarkRules.absolute();
    plan = ScoringPlan.compile(quota.equals("on") ? BenchmarkRules.withQuotas(abs) : BenchmarkRules.withoutQuota(abs));
    table = new SyntheticCity(units).table(plan);
  }

  /** Scores and the whole tiering chain. */
  @Benchmark
  public AssessmentResult assess() {
    return plan.assess(table, AbsoluteBenchmark.ONE_THREAD);
  }
}
