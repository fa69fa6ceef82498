package org.fivetype.benchmarks;

import java.util.concurrent.TimeUnit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.IndicatorScore;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Explanations off and on, absolute rules. {@code off}: assess and read every unit's total and
 * tier (no view allocated). {@code on}: assess and materialise every unit's {@code
 * UnitResult.indicators()} — one {@link IndicatorScore} with its bilingual explanation per unit ×
 * indicator — and its reasons. Only up to 10⁴ units: building 10⁷ explanations (10⁵ units) takes
 * tens of seconds per operation, and what it costs per explanation is already clear at 10⁴.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ExplanationsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ExplanationsBenchmark {

  /** Units in the synthetic city. */
  @Param({"1000", "10000"})
  public int units;

  ScoringPlan plan;
  EvidenceTable table;

  /** Builds the city once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    plan = ScoringPlan.compile(BenchmarkRules.absolute());
    table = new SyntheticCity(units).table(plan);
  }

  /** Assess, then read totals and tiers only. */
  @Benchmark
  public void off(Blackhole bh) {
    AssessmentResult r = plan.assess(table, AbsoluteBenchmark.ONE_THREAD);
    for (int u = 0; u < units; u++) {
      bh.consume(r.total(u));
      bh.consume(r.tier(u));
    }
  }

  /** Assess, then build every indicator's explanation and every unit's reasons. */
  @Benchmark
  public void on(Blackhole bh) {
    AssessmentResult r = plan.assess(table, AbsoluteBenchmark.ONE_THREAD);
    for (UnitResult ur : r.units()) {
      for (IndicatorScore s : ur.indicators()) {
        bh.consume(s.explanation());
      }
      bh.consume(ur.reasons());
    }
  }
}
