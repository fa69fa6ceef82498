package org.fivetype.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.fivetype.api.Direction;
import org.fivetype.composite.Aggregation;
import org.fivetype.composite.Normaliser;
import org.fivetype.composite.Recipe;
import org.fivetype.composite.RecipeResult;
import org.fivetype.composite.Table;
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
 * The composite engine ({@code Recipe.run}: min–max to [0, 100], every fifth indicator lower is
 * better, weighted arithmetic means, 50 indicators → 5 pillars → index) on {@code units} units of
 * seeded random data (5 % missing), beside its floor: the same arithmetic hand-written over the
 * same arrays ({@link #floor}: per indicator a min/max pass and a fresh normalised column, then
 * the pillars and the index column by column, skipping missing values exactly as the engine
 * does). Warm ({@code run}, {@code floor}: average time) and first run ({@code runFirst}, {@code
 * floorFirst}: one call in a fresh JVM, 3 forks).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CompositeBenchmark -prof gc -rf json
 * -rff benchmarks/results/composite-<date>.json}. See benchmarks/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class CompositeBenchmark {
  static final int INDICATORS = 50;
  static final int PILLARS = 5;

  /** Units. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int units;

  Recipe recipe;
  Table table;
  double[][] columns;
  double[] weights;
  boolean[] lower;

  /** Builds the data once per trial (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    Recipe.Builder b = Recipe.builder().name("benchmark").normalise(Normaliser.minMax(0, 100));
    SplittableRandom random = new SplittableRandom(20261201);
    columns = new double[INDICATORS][units];
    weights = new double[INDICATORS];
    lower = new boolean[INDICATORS];
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (int k = 0; k < INDICATORS; k++) {
      weights[k] = 1 + k % 3;
      lower[k] = k % 5 == 4;
      b.indicator("i" + k, lower[k] ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
          weights[k], "p" + k % PILLARS);
      for (int i = 0; i < units; i++) {
        columns[k][i] = random.nextDouble() < 0.05 ? Double.NaN : random.nextDouble() * 1000;
      }
      cols.put("i" + k, columns[k]);
    }
    for (int p = 0; p < PILLARS; p++) {
      b.aggregate("p" + p, 1, "index", Aggregation.arithmetic());
    }
    b.aggregate("index", 1, null, Aggregation.arithmetic());
    recipe = b.build();
    List<String> codes = IntStream.range(0, units).mapToObj(i -> "u" + i).toList();
    table = Table.of(codes, cols);
  }

  /** The engine, warm. */
  @Benchmark
  public RecipeResult run() {
    return recipe.run(table);
  }

  /** The hand-written floor, warm. */
  @Benchmark
  public double[] floor() {
    return floor(columns, weights, lower, units);
  }

  /** The engine's first call in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 3, jvmArgsAppend = {"-Xmx8g"})
  public RecipeResult runFirst() {
    return recipe.run(table);
  }

  /** The floor's first call in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 3, jvmArgsAppend = {"-Xmx8g"})
  public double[] floorFirst() {
    return floor(columns, weights, lower, units);
  }

  /** Min–max, then weighted means of the present children, pillars then index. */
  static double[] floor(double[][] columns, double[] weights, boolean[] lower, int n) {
    double[][] norm = new double[INDICATORS][];
    for (int k = 0; k < INDICATORS; k++) {
      double[] x = columns[k];
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      boolean down = lower[k];
      for (int i = 0; i < n; i++) {
        double v = down ? -x[i] : x[i];
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      double range = max - min;
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = ((down ? -x[i] : x[i]) - min) / range * 100;
      }
      norm[k] = y;
    }
    double[][] pillars = new double[PILLARS][];
    double[] sw = new double[n];
    for (int p = 0; p < PILLARS; p++) {
      double[] acc = new double[n];
      java.util.Arrays.fill(sw, 0);
      for (int k = p; k < INDICATORS; k += PILLARS) {
        double[] y = norm[k];
        double w = weights[k];
        for (int i = 0; i < n; i++) {
          double v = y[i];
          if (!Double.isNaN(v)) {
            acc[i] += w * v;
            sw[i] += w;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        acc[i] = sw[i] == 0 ? Double.NaN : acc[i] / sw[i];
      }
      pillars[p] = acc;
    }
    double[] index = new double[n];
    for (int p = 0; p < PILLARS; p++) {
      for (int i = 0; i < n; i++) {
        index[i] += pillars[p][i];
      }
    }
    for (int i = 0; i < n; i++) {
      index[i] /= PILLARS;
    }
    return index;
  }
}
