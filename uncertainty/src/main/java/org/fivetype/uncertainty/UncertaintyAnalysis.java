package org.fivetype.uncertainty;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;

/**
 * Monte Carlo uncertainty and variance-based sensitivity analysis of an assessment: how robust
 * is each unit's tier to the choices of points, weights, thresholds and imputation?
 *
 * <pre>{@code
 * ScoringPlan plan = ScoringPlan.compile(ruleSet);
 * EvidenceTable table = plan.table(2024, units, observations);
 * UncertaintySpec spec = UncertaintySpec.fromJson(Path.of("uncertain.json"));
 * UncertaintyResult r = UncertaintyAnalysis.run(plan, table, spec,
 *     UncertaintyAnalysis.Options.sensitivity(256, 42), (done, total) -> bar.set(done, total));
 * r.fragile().forEach(u -> ...);
 * }</pre>
 *
 * <p>Each replication evaluates a {@linkplain ScoringPlan#withParameters variant} of the compiled
 * plan on the same {@link EvidenceTable}: no rule set is recompiled, no data re-read. Every
 * replication's inputs are a pure function of the seed and its number ({@link Sobol}), the
 * replications run on {@code threads} threads, and the statistics are gathered afterwards in
 * replication order: the result is the same for any number of threads.
 *
 * <p>The design and estimators are COINr's {@code get_sensitivity} ({@code SA_type = "UA"} or
 * {@code "SA"}); see {@link Sobol} and {@code docs/uncertainty.md}.
 */
@Surface(Surface.Kind.API)
public final class UncertaintyAnalysis {
  private UncertaintyAnalysis() {}

  /**
   * How to run the analysis.
   *
   * @param runs the base sample size N ≥ 2: N replications for an uncertainty analysis alone,
   *     N(d + 2) for a sensitivity analysis over d inputs
   * @param seed the seed; the same seed gives the same result
   * @param threads the number of threads ≥ 1
   * @param sensitivity whether to estimate sensitivity indices (the design of {@link Sobol})
   * @param bootstrap the number of bootstrap resamples for the indices' intervals (0: none)
   * @param robustAt the probability of the published tier from which a unit is robust, in (0, 1]
   */
  public record Options(int runs, long seed, int threads, boolean sensitivity, int bootstrap, double robustAt) {

    /** The default robustness threshold: the published tier in at least 90 % of replications. */
    public static final double ROBUST_AT = 0.9;
    /** The default number of bootstrap resamples (COINr advises 100 or more). */
    public static final int BOOTSTRAP = 100;

    public Options {
      if (runs < 2) {
        throw new IllegalArgumentException("at least 2 runs are needed, was " + runs);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("at least 1 thread is needed, was " + threads);
      }
      if (bootstrap < 0) {
        throw new IllegalArgumentException("the number of bootstrap resamples must be ≥ 0, was " + bootstrap);
      }
      if (!(robustAt > 0 && robustAt <= 1)) {
        throw new IllegalArgumentException("robustAt must be a probability in (0, 1], was " + robustAt);
      }
    }

    /** An uncertainty analysis of N runs on all cores, robust from 0.9. */
    public static Options uncertainty(int runs, long seed) {
      return new Options(runs, seed, Runtime.getRuntime().availableProcessors(), false, BOOTSTRAP, ROBUST_AT);
    }

    /** A sensitivity analysis (which includes the uncertainty analysis) of base size N, on all cores. */
    public static Options sensitivity(int runs, long seed) {
      return new Options(runs, seed, Runtime.getRuntime().availableProcessors(), true, BOOTSTRAP, ROBUST_AT);
    }

    /** These options on another number of threads. */
    public Options withThreads(int n) {
      return new Options(runs, seed, n, sensitivity, bootstrap, robustAt);
    }

    /** These options with another robustness threshold. */
    public Options withRobustAt(double p) {
      return new Options(runs, seed, threads, sensitivity, bootstrap, p);
    }

    /** These options with another number of bootstrap resamples. */
    public Options withBootstrap(int b) {
      return new Options(runs, seed, threads, sensitivity, b, robustAt);
    }
  }

  /**
   * Runs a sensitivity analysis (which includes the uncertainty analysis) of base size {@code
   * runs}, with {@value Options#BOOTSTRAP} bootstrap resamples, robust from 0.9.
   */
  public static UncertaintyResult run(ScoringPlan plan, EvidenceTable table, UncertaintySpec spec, int runs, long seed,
      int threads, Progress progress) {
    return run(plan, table, spec, new Options(runs, seed, threads, true, Options.BOOTSTRAP, Options.ROBUST_AT),
        progress);
  }

  /**
   * Runs the analysis.
   *
   * @param plan the compiled plan (with the nominal parameters)
   * @param table the evidence, laid out for this plan
   * @param spec the uncertain inputs
   * @param options runs, seed, threads, …
   * @param progress told after each finished chunk of replications
   * @throws InvalidInputException if the spec does not fit the rule set (every problem listed)
   */
  public static UncertaintyResult run(ScoringPlan plan, EvidenceTable table, UncertaintySpec spec, Options options,
      Progress progress) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    PlanModel model = PlanModel.bind(plan, spec);
    AssessmentResult nominal = plan.assess(table); // also checks that the table fits the plan
    int units = table.units().size();
    int d = model.dimensions();
    int n = options.runs();
    int evaluations = options.sensitivity() ? Sobol.evaluations(n, d) : n;
    if ((long) evaluations * units > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many results to keep: " + evaluations + " replications × " + units
          + " units");
    }
    double[] totals = new double[evaluations * units];
    int[] ranks = new int[evaluations * units];
    byte[] tiers = new byte[evaluations * units];
    long seed = options.seed();

    AtomicInteger done = new AtomicInteger();
    Object lock = new Object();
    int[] reported = {0};
    final int chunk = 4;
    parallel((evaluations + chunk - 1) / chunk, options.threads(), c -> {
      double[] u = new double[d];
      int from = c * chunk;
      int to = Math.min(evaluations, from + chunk);
      for (int k = from; k < to; k++) {
        Sobol.point(seed, n, d, k, u);
        AssessmentResult r = model.variant(u).assess(table);
        List<UnitResult> views = r.units();
        int base = k * units;
        for (int i = 0; i < units; i++) {
          totals[base + i] = r.total(i);
          tiers[base + i] = (byte) r.tier(i).ordinal();
          ranks[base + i] = views.get(i).rank();
        }
      }
      int now = done.addAndGet(to - from);
      synchronized (lock) {
        if (now > reported[0]) {
          reported[0] = now;
          progress.update(now, evaluations);
        }
      }
    });

    // uncertainty: over A (and B)
    int ua = options.sensitivity() ? 2 * n : n;
    List<UnitUncertainty> out = new ArrayList<>(units);
    double[] tv = new double[ua];
    double[] rv = new double[ua];
    Tier[] all = Tier.values();
    for (int i = 0; i < units; i++) {
      int[] count = new int[all.length];
      for (int k = 0; k < ua; k++) {
        tv[k] = totals[k * units + i];
        rv[k] = ranks[k * units + i];
        count[tiers[k * units + i]]++;
      }
      Map<Tier, Double> p = new EnumMap<>(Tier.class);
      for (Tier t : all) {
        p.put(t, count[t.ordinal()] / (double) ua);
      }
      UnitResult nom = nominal.units().get(i);
      Unit unit = nom.unit();
      boolean robust = requireNonNull(p.get(nom.tier())) >= options.robustAt();
      out.add(new UnitUncertainty(unit.id(), unit.name(), unit.category(), nom.total(), nom.tier(), nom.rank(),
          nom.categorySize(), Summary.of(tv), Summary.of(rv), p, robust));
    }

    List<UnitSensitivity> sens = List.of();
    List<SensitivityIndex> shift = List.of();
    if (options.sensitivity()) {
      List<String> names = model.names();
      int[][] resamples = Sobol.resamples(n, options.bootstrap(), seed);
      UnitSensitivity[] s = new UnitSensitivity[units];
      parallel(units, options.threads(), i -> {
        double[] yt = new double[evaluations];
        double[] yr = new double[evaluations];
        for (int k = 0; k < evaluations; k++) {
          yt[k] = totals[k * units + i];
          yr[k] = ranks[k * units + i];
        }
        s[i] = new UnitSensitivity(out.get(i).unitId(), Sobol.estimate(yt, n, names, resamples),
            Sobol.estimate(yr, n, names, resamples));
      });
      sens = List.of(s);
      double[] y = new double[evaluations];
      for (int k = 0; k < evaluations; k++) {
        double sum = 0;
        for (int i = 0; i < units; i++) {
          sum += Math.abs(ranks[k * units + i] - out.get(i).publishedRank());
        }
        y[k] = sum / units;
      }
      shift = Sobol.estimate(y, n, names, resamples);
    }
    return new UncertaintyResult(model.names(), n, evaluations, seed, options.robustAt(), out, sens, shift);
  }

  /** Runs {@code body(0..count−1)} on {@code threads} threads; the first failure is rethrown. */
  static void parallel(int count, int threads, IntConsumer body) {
    if (threads == 1 || count <= 1) {
      for (int c = 0; c < count; c++) {
        body.accept(c);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    int workers = Math.min(threads, count);
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "fivetype-uncertainty");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        fs.add(pool.submit(() -> {
          for (int c = next.getAndIncrement(); c < count; c = next.getAndIncrement()) {
            body.accept(c);
          }
        }));
      }
      for (Future<?> f : fs) {
        try {
          f.get();
        } catch (ExecutionException e) {
          next.set(count); // stop the others
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException re) {
            throw re;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          next.set(count);
          throw new IllegalStateException("interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
