package org.fivetype.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fivetype.benchmarks.drools.DroolsScorer;
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
 * The Drools peer ({@link DroolsScorer}, {@code scoring.drl}: one fact per observation, one rule
 * per rule kind, accumulated pillar subtotals) on the same city and rule set as {@link
 * AbsoluteBenchmark} ({@code rules=absolute}) and {@link RelativeBenchmark} ({@code
 * rules=relative}). One operation: a new session, insert every fact, fire all rules, read the
 * totals. The rules are compiled once per trial. Before timing, {@code @Setup} runs fivetype on
 * the same city and throws unless every total and every indicator's points agree exactly. Up to
 * 10⁴ units (10⁶ facts): beyond, a single operation takes minutes and gigabytes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DroolsPeerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class DroolsPeerBenchmark {

  /** Units in the synthetic city. */
  @Param({"1000", "10000"})
  public int units;

  /** The rule set: {@code absolute} or {@code relative}. */
  @Param({"absolute", "relative"})
  public String rules;

  DroolsScorer scorer;
  List<Object> facts;

  /** Compiles the DRL, builds the facts once per trial, and checks the peer against fivetype. */
  @Setup(Level.Trial)
  public void setUp() {
    RuleSet rs = BenchmarkRules.named(rules);
    SyntheticCity city = new SyntheticCity(units);
    scorer = new DroolsScorer(rs);
    facts = DroolsScorer.facts(city);
    ScoringPlan plan = ScoringPlan.compile(rs);
    EvidenceTable table = city.table(plan);
    DroolsScorer.Result r = scorer.score(facts);
    Agreement.check("the Drools peer", table, plan.assess(table), r.points(), r.totals());
  }

  /** Points, pillar subtotals and totals of every unit, in a new session. */
  @Benchmark
  public Map<String, Double> score() {
    return scorer.totals(facts);
  }
}
