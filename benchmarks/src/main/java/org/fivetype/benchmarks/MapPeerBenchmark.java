package org.fivetype.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * The peer without fivetype ({@link MapScorer}: plain Java over {@code Map<String, Map<String,
 * Double>>}) on the same city and rule set as {@link AbsoluteBenchmark} ({@code rules=absolute})
 * and {@link RelativeBenchmark} ({@code rules=relative}). Before timing, {@code @Setup} runs
 * fivetype on the same city and throws unless every total and every indicator's points agree
 * exactly. Up to 10⁵ units: at 10⁶ the maps alone (10⁸ boxed values) need some 10 GB.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MapPeerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class MapPeerBenchmark {

  /** Units in the synthetic city. */
  @Param({"1000", "10000", "100000"})
  public int units;

  /** The rule set: {@code absolute} or {@code relative}. */
  @Param({"absolute", "relative"})
  public String rules;

  MapScorer scorer;
  Map<String, Map<String, Double>> observations;
  Map<String, String> categories;

  /** Builds the city's maps once per trial, and checks the peer against fivetype. */
  @Setup(Level.Trial)
  public void setUp() {
    RuleSet rs = BenchmarkRules.named(rules);
    SyntheticCity city = new SyntheticCity(units);
    scorer = new MapScorer(rs);
    observations = city.observationMap();
    categories = city.categoryMap();
    ScoringPlan plan = ScoringPlan.compile(rs);
    EvidenceTable table = city.table(plan);
    MapScorer.Result r = scorer.score(observations, categories);
    Agreement.check("the map peer", table, plan.assess(table), r.points(), r.totals());
  }

  /** Points, pillar subtotals and totals of every unit. */
  @Benchmark
  public MapScorer.Result score() {
    return scorer.score(observations, categories);
  }
}
