package org.fivetype.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fivetype.api.Surface;

/**
 * The Monte Carlo design and the estimators of variance-based sensitivity analysis, as COINr's
 * {@code SA_sample} and {@code SA_estimate} (Saltelli et al., <i>Global Sensitivity Analysis: The
 * Primer</i>, 2008; Saltelli et al., "Variance based sensitivity analysis of model output",
 * <i>Comput. Phys. Commun.</i> 181, 2010).
 *
 * <p><b>Design.</b> With base size {@code N} and {@code d} inputs: two independent samples A and
 * B of {@code N} points of the unit cube {@code [0,1)^d}, and for every input {@code i} the
 * matrix {@code A_B^(i)}: A with its column {@code i} taken from B. The model runs {@code N(d +
 * 2)} times, in the order A, B, {@code A_B^(1)}, …, {@code A_B^(d)}; evaluation {@code k} is
 * {@link #point}. An uncertainty analysis alone uses the rows of A.
 *
 * <p><b>Sampling.</b> Pseudo-random, as COINr ({@code runif}): coordinate {@code c} of row
 * {@code j} is {@link #uniform}{@code (seed, j, c)}, a pure function of the seed and the place —
 * SplitMix64 (Steele, Lea &amp; Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014) applied to {@code seed + golden · (j · 2^20 + c)} — so any evaluation can be computed by
 * any thread in any order and the results are the same for any number of threads. Columns
 * {@code 0..d−1} of a row are A's, columns {@code d..2d−1} B's.
 *
 * <p><b>Estimators</b> (Saltelli 2010, table 2, formulas (b) and (f)), with {@code V} the sample
 * variance of the outputs of A and B together (as COINr):
 *
 * <ul>
 *   <li>first order {@code S_i = (1/N) Σ_j (f(B)_j − f₀) (f(A_B^(i))_j − f(A)_j) / V}, with
 *       {@code f₀} the mean output of A and B. Centring on {@code f₀} does not change what is
 *       estimated (the expectation of {@code f(A_B^(i)) − f(A)} is zero) but removes the
 *       estimator's dependence on the output's mean, which otherwise dominates its error: a total
 *       of 80 ± 2 points would make the uncentred estimator ({@code f(B)_j} alone, as COINr and
 *       SALib write it) some forty times noisier. This is the one departure from COINr;
 *   <li>total {@code S_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V} (Jansen 1999).
 * </ul>
 *
 * <p><b>Bootstrap</b>: {@code B} resamples of the {@code N} rows with replacement, the same
 * resample for every input, {@code V} kept fixed (as COINr); the interval is the 5th and 95th
 * percentiles of the resampled estimates (R's {@code quantile} type 7).
 */
@Surface(Surface.Kind.API)
public final class Sobol {
  private Sobol() {}

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** SplitMix64's output function. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A uniform number in [0, 1) for a place (row, column) of the sample drawn from {@code seed}. */
  public static double uniform(long seed, long row, int column) {
    long z = mix(seed + GOLDEN * ((row << 20) + column + 1));
    return (z >>> 11) * 0x1.0p-53;
  }

  /** How many model evaluations a sensitivity design has: {@code N(d + 2)}. */
  public static int evaluations(int n, int d) {
    long e = (long) n * (d + 2);
    if (e > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many evaluations: " + n + " × (" + d + " + 2)");
    }
    return (int) e;
  }

  /**
   * The input point of evaluation {@code k} of a sensitivity design (see the class comment):
   * rows {@code 0..N−1} are A, {@code N..2N−1} B, then {@code A_B^(i)} for each input in turn.
   *
   * @param out where the {@code d} coordinates are written
   */
  public static void point(long seed, int n, int d, int k, double[] out) {
    int block = k / n;
    int j = k % n;
    for (int c = 0; c < d; c++) {
      out[c] = uniform(seed, j, block == 1 || block == c + 2 ? d + c : c);
    }
  }

  /**
   * Estimates the first-order and total indices of every input from the outputs of a design.
   *
   * @param y the {@code N(d + 2)} outputs, in design order
   * @param names the inputs' names ({@code d} of them)
   * @param bootstrap the number of bootstrap resamples (0: intervals are NaN)
   * @param seed the seed of the resampling
   */
  public static List<SensitivityIndex> estimate(double[] y, int n, List<String> names, int bootstrap, long seed) {
    return estimate(y, n, names, resamples(n, bootstrap, seed));
  }

  /** The bootstrap resamples: {@code bootstrap} rows of {@code n} row indices, drawn from {@code seed}. */
  static int[][] resamples(int n, int bootstrap, long seed) {
    int[][] idx = new int[bootstrap][n];
    for (int b = 0; b < bootstrap; b++) {
      for (int j = 0; j < n; j++) {
        idx[b][j] = (int) (uniform(seed ^ 0x5DEECE66DL, b, j) * n);
      }
    }
    return idx;
  }

  static List<SensitivityIndex> estimate(double[] y, int n, List<String> names, int[][] resamples) {
    int d = names.size();
    if (y.length != (long) n * (d + 2)) {
      throw new IllegalArgumentException("expected " + n + " × (" + d + " + 2) outputs, got " + y.length);
    }
    double var = variance(y, 0, 2 * n);
    if (var <= 1e-20 * Math.max(1, meanSquare(y, 0, 2 * n))) {
      var = 0; // constant up to rounding: nothing to explain
    }
    double f0 = 0;
    for (int k = 0; k < 2 * n; k++) {
      f0 += y[k];
    }
    f0 /= 2 * n;
    List<SensitivityIndex> out = new ArrayList<>(d);
    double[] firstTerms = new double[n];
    double[] totalTerms = new double[n];
    double[] fb = new double[resamples.length];
    double[] tb = new double[resamples.length];
    for (int i = 0; i < d; i++) {
      int off = (2 + i) * n;
      double sf = 0;
      double st = 0;
      for (int j = 0; j < n; j++) {
        double ya = y[j];
        double yab = y[off + j];
        firstTerms[j] = (y[n + j] - f0) * (yab - ya);
        double diff = ya - yab;
        totalTerms[j] = diff * diff;
        sf += firstTerms[j];
        st += totalTerms[j];
      }
      if (!(var > 0)) {
        out.add(new SensitivityIndex(names.get(i), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN));
        continue;
      }
      double first = sf / n / var;
      double total = st / (2.0 * n) / var;
      double fl = Double.NaN;
      double fh = Double.NaN;
      double tl = Double.NaN;
      double th = Double.NaN;
      if (resamples.length > 0) {
        for (int b = 0; b < resamples.length; b++) {
          int[] r = resamples[b];
          double a = 0;
          double c = 0;
          for (int j = 0; j < n; j++) {
            a += firstTerms[r[j]];
            c += totalTerms[r[j]];
          }
          fb[b] = a / n / var;
          tb[b] = c / (2.0 * n) / var;
        }
        Arrays.sort(fb);
        Arrays.sort(tb);
        fl = quantileSorted(fb, 0.05);
        fh = quantileSorted(fb, 0.95);
        tl = quantileSorted(tb, 0.05);
        th = quantileSorted(tb, 0.95);
      }
      out.add(new SensitivityIndex(names.get(i), first, fl, fh, total, tl, th));
    }
    return List.copyOf(out);
  }

  /** The sample variance (denominator {@code count − 1}, R's {@code var}) of {@code y[from..to)}. */
  static double variance(double[] y, int from, int to) {
    int m = to - from;
    if (m < 2) {
      return 0;
    }
    double mean = 0;
    for (int k = from; k < to; k++) {
      mean += y[k];
    }
    mean /= m;
    double s = 0;
    for (int k = from; k < to; k++) {
      double e = y[k] - mean;
      s += e * e;
    }
    return s / (m - 1);
  }

  private static double meanSquare(double[] y, int from, int to) {
    double s = 0;
    for (int k = from; k < to; k++) {
      s += y[k] * y[k];
    }
    return to > from ? s / (to - from) : 0;
  }

  /** The {@code p}-quantile of sorted values, R's default type 7 (linear between order statistics). */
  static double quantileSorted(double[] sorted, double p) {
    int m = sorted.length;
    if (m == 0) {
      return Double.NaN;
    }
    double h = (m - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, m - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
