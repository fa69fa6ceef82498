package org.fivetype.benchmarks;

import java.util.concurrent.TimeUnit;
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
 * {@code ScoringPlan.compile} of the default catalogue (57 indicators) and of the two
 * 100-indicator benchmark rule sets ({@link BenchmarkRules}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CompileBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompileBenchmark {

  /** The rule set: {@code default57}, {@code absolute} or {@code relative}. */
  @Param({"default57", "absolute", "relative"})
  public String rules;

  RuleSet ruleSet;

  /** Loads the rule set once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    ruleSet = BenchmarkRules.named(rules);
  }

  /** Compiles the rule set into a plan. */
  @Benchmark
  public ScoringPlan compile() {
    return ScoringPlan.compile(ruleSet);
  }
}
