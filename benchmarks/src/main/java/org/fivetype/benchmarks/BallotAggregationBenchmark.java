package org.fivetype.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.fivetype.records.Accumulator;
import org.fivetype.records.Aggregation;
import org.fivetype.records.Answer;
import org.fivetype.records.Ballot;
import org.fivetype.records.BallotAggregator;
import org.fivetype.records.RaterGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The appraisal (E8) aggregator on one thread: ballots aggregated per second, and 10 million
 * ballots streamed through it in a JVM with a 256 MB heap.
 *
 * <ul>
 *   <li>{@link #aggregate}: a fresh accumulator takes {@value #BATCH} ballots from memory
 *       (1 000 units, the six default rater groups, all five answers) and finishes them into
 *       observations; the score is ballots per second (ops/s, one op = one ballot).</li>
 *   <li>{@link #tenMillionIn256m}: one shot in a fork started with {@code -Xmx256m}: 10 million
 *       ballots made one at a time (so they are never all in memory: a stream, like rows read
 *       from a file) and aggregated; generating them is part of the time. The run succeeding is
 *       the memory check — 10⁷ ballot objects alone would take about 320 MB (32 bytes each) — and the time is
 *       printed by JMH.</li>
 * </ul>
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar BallotAggregationBenchmark -rf json -rff
 * benchmarks/results/ballots.json}
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BallotAggregationBenchmark {

  /** Ballots per invocation of {@link #aggregate}. */
  static final int BATCH = 1 << 20;
  /** Units rated. */
  static final int UNITS = 1000;
  /** Ballots in the memory run. */
  static final long TEN_MILLION = 10_000_000L;

  static final List<String> UNIT_IDS = unitIds();
  static final String[] GROUPS = RaterGroup.defaults().stream().map(RaterGroup::id).toArray(String[]::new);
  static final Answer[] ANSWERS = Answer.values();

  BallotAggregator aggregator;
  Ballot[] ballots;

  static List<String> unitIds() {
    List<String> out = new ArrayList<>(UNITS);
    for (int u = 0; u < UNITS; u++) {
      out.add(String.format("u%04d", u));
    }
    return List.copyOf(out);
  }

  /** One synthetic ballot: unit, group and answer drawn from {@code rnd}. */
  static Ballot ballot(SplittableRandom rnd) {
    return Ballot.of(GROUPS[rnd.nextInt(GROUPS.length)], UNIT_IDS.get(rnd.nextInt(UNITS)),
        ANSWERS[rnd.nextInt(ANSWERS.length)]);
  }

  /** The ballots of {@link #aggregate}, made once. */
  @Setup(Level.Trial)
  public void setUp() {
    aggregator = BallotAggregator.defaults();
    SplittableRandom rnd = new SplittableRandom(42);
    ballots = new Ballot[BATCH];
    for (int k = 0; k < BATCH; k++) {
      ballots[k] = ballot(rnd);
    }
  }

  /** {@value #BATCH} ballots from memory into a fresh accumulator, finished; score = ballots/s. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OperationsPerInvocation(BATCH)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public Aggregation aggregate() {
    Accumulator<Ballot, BallotAggregator.State> acc = aggregator.accumulator();
    for (Ballot b : ballots) {
      acc.accept(b);
    }
    return acc.finish(2024, UNIT_IDS);
  }

  /** 10 million ballots, made one at a time and aggregated, in a 256 MB heap. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
  public Aggregation tenMillionIn256m() {
    Accumulator<Ballot, BallotAggregator.State> acc = BallotAggregator.defaults().accumulator();
    SplittableRandom rnd = new SplittableRandom(7);
    for (long k = 0; k < TEN_MILLION; k++) {
      acc.accept(ballot(rnd));
    }
    Aggregation a = acc.finish(2024, UNIT_IDS);
    long counted = 0;
    for (var u : a.units()) {
      counted += (long) u.figure("ballots");
    }
    if (counted != TEN_MILLION || a.observations().size() != UNITS) {
      throw new IllegalStateException("lost ballots: " + counted + " of " + TEN_MILLION);
    }
    return a;
  }
}
