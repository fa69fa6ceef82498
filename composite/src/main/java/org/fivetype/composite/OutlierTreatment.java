package org.fivetype.composite;

import org.fivetype.api.Surface;
import org.fivetype.scale.Normalisation;
import org.fivetype.scale.Scopes;
import java.util.Objects;

/**
 * Outlier treatment of one indicator as COINr's default {@code treat()} (v0.5, {@code
 * R/coin_treat.R}, functions {@code treat}, {@code coin_win} and {@code loggish}), after the
 * Handbook's advice (section 3.2) to treat indicators with high skewness and kurtosis.
 *
 * <p>Test: the column passes when {@code |skew| ≤ t_skew} or {@code kurt ≤ t_kurt} (COINr
 * continues while {@code |skew| > t_skew & kurt > t_kurt}); skewness and kurtosis are the
 * bias-corrected sample statistics of Excel's {@code SKEW} and {@code KURT} (e1071 {@code type =
 * 2}):
 *
 * <pre>
 *   G1 = n / ((n−1)(n−2)) · Σ((v−m)/s)³
 *   G2 = n(n+1) / ((n−1)(n−2)(n−3)) · Σ((v−m)/s)⁴ − 3(n−1)² / ((n−2)(n−3))      (s: n−1)
 * </pre>
 *
 * <p>Winsorisation, one step at a time while the column fails and fewer than {@code winMax}
 * steps were taken: if skewness ≥ 0 every value tied at the maximum is set to the largest other
 * value, otherwise (mirror) every value tied at the minimum is set to the smallest other value;
 * then test again. The limit counts <b>steps</b>, not cells: a step moves every tied extreme
 * value, so the cells changed can exceed the steps. If after {@code winMax} steps the column still
 * fails, Winsorisation is abandoned and the fallback transformation is applied to the
 * <b>original</b> column ({@link Fallback#CT_LOG} by default, as COINr). A step that would leave
 * fewer than two distinct values is an error (COINr stops too).
 */
@Surface(Surface.Kind.API)
public final class OutlierTreatment {
  private OutlierTreatment() {}

  /** What to do when Winsorisation reached its limit and the column still fails the test. */
  public enum Fallback {
    /**
     * COIN Tool log, COINr's default {@code "CTlog"}: {@code ln(v − min + 0.01 · (max − min))}.
     */
    CT_LOG,
    /** Natural log {@code ln(v)}; if a value is ≤ 0 the column is returned untreated. */
    LOG,
    /** GII log: {@code ln((max − 1)(v − min) / (max − min) + 1)}. */
    GII_LOG,
    /** Keep the original column, untreated (the log says it failed). */
    NONE
  }

  /** How a cell was treated. */
  public enum Flag {
    /** Not treated. */
    NONE,
    /** Raised to the next value up by Winsorisation at the low end ({@code WLow}). */
    WINSORISED_LOW,
    /** Lowered to the next value down by Winsorisation at the high end ({@code WHigh}). */
    WINSORISED_HIGH,
    /** Replaced by the fallback transformation of the whole column. */
    TRANSFORMED
  }

  /** Whose definition of the treatment is followed. */
  public enum Rules {
    /**
     * COINr 0.5 {@code treat()} (the ASEM demo): a column passes when {@code |skew| ≤ t_skew} or
     * {@code kurt ≤ t_kurt}; {@code winMax} counts Winsorisation <b>steps</b>.
     */
    COINR_0_5,
    /**
     * COINr 1.x {@code Treat()} ({@code R/treat.R}, functions {@code Treat.numeric}, {@code
     * winsorise}, {@code check_SkewKurt}, {@code log_CT}): a column passes when {@code |skew| <
     * t_skew} or {@code kurt < t_kurt} (strict, {@code check_SkewKurt}: {@code ans <- (abs(sk) <
     * skew_thresh) | (kt < kurt_thresh)}); Winsorisation goes on while the column fails and
     * {@code nwin < winmax}, where {@code nwin} is the number of <b>points</b> at the extreme(s)
     * just moved ({@code nwin <- sum(length(imax) + length(imin))}: the points already Winsorised
     * at an end are tied with the next extreme, so this counts every treated point); the end is
     * chosen afresh at every step by the sign of the skewness ({@code skew(x) >= 0}: the high end);
     * if the column still fails, {@code log_CT} ({@code log(x − min + 0.01·(max − min))}) is
     * applied to the <b>original</b> column ({@code combine_treat = FALSE}). Fewer than 4 values
     * is an error (COINr's {@code skew}/{@code kurt} stop); a constant column is returned as it is
     * (COINr: "f_pass has returned NA").
     */
    COINR_1
  }

  /**
   * The parameters of the treatment.
   *
   * @param winMax the most Winsorisation steps per indicator (COINr's argument winmax; its default is
   *     10% of the units rounded up, see {@link #coinrDefault(int)}), ≥ 0
   * @param skewThreshold the absolute skewness threshold (COINr {@code t_skew}, default 2)
   * @param kurtosisThreshold the kurtosis threshold (COINr {@code t_kurt}, default 3.5)
   * @param winChange whether each step picks its end afresh from the current skewness (COINr's
   *     default {@code winchange = TRUE}); if false, the end is chosen once from the first test
   * @param fallback the transformation applied when the limit is reached and the test still fails
   * @param rules COINr 0.5's or COINr 1.x's definitions of the test and of {@code winMax}
   */
  public record Spec(int winMax, double skewThreshold, double kurtosisThreshold, boolean winChange,
      Fallback fallback, Rules rules) {
    /** COINr 0.5's rules (the ASEM demo). */
    public Spec(int winMax, double skewThreshold, double kurtosisThreshold, boolean winChange,
        Fallback fallback) {
      this(winMax, skewThreshold, kurtosisThreshold, winChange, fallback, Rules.COINR_0_5);
    }

    public Spec {
      Objects.requireNonNull(rules, "rules");
      if (winMax < 0) {
        throw new IllegalArgumentException("winMax must be ≥ 0, was " + winMax);
      }
      Scopes.finite("skewThreshold", skewThreshold);
      Scopes.finite("kurtosisThreshold", kurtosisThreshold);
      Objects.requireNonNull(fallback, "fallback");
    }

    /** COINr's defaults with the given limit: thresholds 2 and 3.5, winchange, CT log. */
    public static Spec winsorise(int winMax) {
      return new Spec(winMax, 2, 3.5, true, Fallback.CT_LOG);
    }

    /** COINr's defaults for {@code units} units: {@code winMax = ceil(0.1 · units)}. */
    public static Spec coinrDefault(int units) {
      return winsorise((int) Math.ceil(units * 0.1));
    }

    /** The same with another fallback. */
    public Spec withFallback(Fallback f) {
      return new Spec(winMax, skewThreshold, kurtosisThreshold, winChange, f, rules);
    }

    /**
     * COINr 1.x's default treatment ({@code Treat} with {@code f1 = "winsorise"}, {@code f2 =
     * "log_CT"}, thresholds 2 and 3.5) with the given {@code winMax} (COINr 1.x's winmax, whose default is 5).
     */
    public static Spec coinr1(int winMax) {
      return new Spec(winMax, 2, 3.5, true, Fallback.CT_LOG, Rules.COINR_1);
    }
  }

  /**
   * Treats one column.
   *
   * @param indicator a label for the log
   * @param x the values, NaN = missing (missing values stay missing and are not counted)
   * @param spec the parameters
   * @param out where the treated column is written (may be {@code x})
   * @param flags how each cell was treated (may be null)
   * @return what was done
   * @throws IllegalStateException if a Winsorisation step would leave fewer than two distinct
   *     values
   */
  public static TreatmentLog column(String indicator, double[] x, Spec spec, double[] out,
      Flag[] flags) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(spec, "spec");
    Scopes.check(x, null, out);
    if (flags != null && flags.length != x.length) {
      throw new IllegalArgumentException("flags length differs from column length");
    }
    if (spec.rules() == Rules.COINR_1) {
      return coinr1(indicator, x, spec, out, flags);
    }
    int n = x.length;
    double[] w = x.clone();
    Flag[] f = new Flag[n];
    java.util.Arrays.fill(f, Flag.NONE);
    double sk = skewness(w);
    double kt = kurtosis(w);
    if (Double.isNaN(kt) || Double.isNaN(sk)) {
      // too few values or a constant column: nothing to test (COINr's comparisons with NA fail,
      // so its loop does not run either)
      finish(x, out, flags, f);
      return new TreatmentLog(indicator, 0, 0, 0, sk, kt, true, false, "None");
    }
    int dir = spec.winChange() ? 0 : (sk > 0 ? 1 : -1);
    int steps = 0;
    while (fails(sk, kt, spec) && steps < spec.winMax()) {
      boolean high = (dir == 0 && sk >= 0) || dir == 1;
      winsoriseStep(indicator, w, high, f);
      steps++;
      sk = skewness(w);
      kt = kurtosis(w);
    }
    if (steps >= spec.winMax() && fails(sk, kt, spec)) {
      return fallback(indicator, x, spec, out, flags);
    }
    int low = 0;
    int hi = 0;
    for (Flag g : f) {
      low += g == Flag.WINSORISED_LOW ? 1 : 0;
      hi += g == Flag.WINSORISED_HIGH ? 1 : 0;
    }
    finish(w, out, flags, f);
    return new TreatmentLog(indicator, steps, low, hi, sk, kt, true, false,
        steps > 0 ? "Winsorised " + steps + " points" : "None");
  }

  private static int presentCount(double[] x) {
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** The sum of the present values, in order (the same additions as before, so the same mean). */
  private static double presentSum(double[] x) {
    double sum = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        sum += v;
      }
    }
    return sum;
  }

  /**
   * Bias-corrected sample skewness, Excel {@code SKEW} (e1071 {@code skewness(type = 2)}) of the
   * present values; NaN with fewer than 3 values or when all are equal.
   */
  public static double skewness(double[] x) {
    int n = presentCount(x);
    if (n < 3) {
      return Double.NaN;
    }
    double m = presentSum(x) / n;
    double m2 = 0;
    double m3 = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        double d = v - m;
        m2 += d * d;
        m3 += d * d * d;
      }
    }
    if (m2 == 0) {
      return Double.NaN;
    }
    // e1071: g1 = sqrt(n) * Σd³ / (Σd²)^(3/2); G1 = g1 * sqrt(n(n-1)) / (n-2)
    double g1 = Math.sqrt(n) * m3 / Math.pow(m2, 1.5);
    return g1 * Math.sqrt((double) n * (n - 1)) / (n - 2);
  }

  /**
   * Bias-corrected sample excess kurtosis, Excel {@code KURT} (e1071 {@code kurtosis(type = 2)})
   * of the present values; NaN with fewer than 4 values or when all are equal.
   */
  public static double kurtosis(double[] x) {
    int n = presentCount(x);
    if (n < 4) {
      return Double.NaN;
    }
    double m = presentSum(x) / n;
    double m2 = 0;
    double m4 = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        double d = v - m;
        double d2 = d * d;
        m2 += d2;
        m4 += d2 * d2;
      }
    }
    if (m2 == 0) {
      return Double.NaN;
    }
    // e1071: r = n Σd⁴ / (Σd²)²; G2 = ((n+1)(r-3) + 6)(n-1) / ((n-2)(n-3))
    double r = n * m4 / (m2 * m2);
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
  }

  // ---------------------------------------------------------------- implementation

  private static boolean passes1(double sk, double kt, Spec spec) {
    return Math.abs(sk) < spec.skewThreshold() || kt < spec.kurtosisThreshold();
  }

  private static TreatmentLog coinr1(String indicator, double[] x, Spec spec, double[] out,
      Flag[] flags) {
    int n = x.length;
    if (presentCount(x) < 4) {
      throw new IllegalStateException(indicator + ": fewer than 4 values, so no skewness and"
          + " kurtosis to test (COINr stops too)");
    }
    double sk0 = skewness(x);
    double kt0 = kurtosis(x);
    Flag[] f = new Flag[n];
    java.util.Arrays.fill(f, Flag.NONE);
    if (Double.isNaN(sk0) || Double.isNaN(kt0)) {
      finish(x, out, flags, f);
      return new TreatmentLog(indicator, 0, 0, 0, sk0, kt0, true, false,
          "None (constant column, not tested)", sk0, kt0, true);
    }
    if (passes1(sk0, kt0, spec)) {
      finish(x, out, flags, f);
      return new TreatmentLog(indicator, 0, 0, 0, sk0, kt0, true, false, "None", sk0, kt0, true);
    }
    double[] w = x.clone();
    int[] imax = new int[0];
    int[] imin = new int[0];
    int nwin = 0;
    int steps = 0;
    boolean pass = false;
    double sk = sk0;
    double kt = kt0;
    while (!pass && nwin < spec.winMax()) {
      boolean high = skewness(w) >= 0;
      int[] moved = extremes(w, high);
      double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      double extreme = w[moved[0]];
      for (double v : w) {
        if (!Double.isNaN(v) && v != extreme) {
          next = high ? Math.max(next, v) : Math.min(next, v);
        }
      }
      if (Double.isInfinite(next)) {
        throw new IllegalStateException(indicator + ": cannot Winsorise further, every value"
            + " would be equal; lower winMax or use a transformation");
      }
      for (int i : moved) {
        w[i] = next;
      }
      if (high) {
        imax = moved;
      } else {
        imin = moved;
      }
      nwin = imax.length + imin.length;
      steps++;
      sk = skewness(w);
      kt = kurtosis(w);
      if (Double.isNaN(sk) || Double.isNaN(kt)) {
        throw new IllegalStateException(indicator + ": cannot Winsorise further, every value"
            + " would be equal; lower winMax or use a transformation");
      }
      pass = passes1(sk, kt, spec);
    }
    if (pass) {
      for (int i : imax) {
        f[i] = Flag.WINSORISED_HIGH;
      }
      for (int i : imin) {
        f[i] = Flag.WINSORISED_LOW; // COINr writes "winlo" after "winhi"
      }
      int low = 0;
      int hi = 0;
      for (Flag g : f) {
        low += g == Flag.WINSORISED_LOW ? 1 : 0;
        hi += g == Flag.WINSORISED_HIGH ? 1 : 0;
      }
      finish(w, out, flags, f);
      return new TreatmentLog(indicator, steps, low, hi, sk, kt, true, false,
          "Winsorised " + nwin + " points", sk0, kt0, false);
    }
    // f2 = log_CT on the original column (combine_treat = FALSE)
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      double v = x[i];
      t[i] = Double.isNaN(v) ? Double.NaN : Math.log(v - min + 0.01 * (max - min));
      f[i] = Double.isNaN(v) ? Flag.NONE : Flag.TRANSFORMED;
    }
    double sk2 = skewness(t);
    double kt2 = kurtosis(t);
    finish(t, out, flags, f);
    return new TreatmentLog(indicator, steps, 0, 0, sk2, kt2, passes1(sk2, kt2, spec), true,
        "log_CT (Winsorising " + nwin + " points did not pass)", sk0, kt0, false);
  }

  /** The rows holding the present maximum (or minimum), in row order ({@code which(x == max)}). */
  private static int[] extremes(double[] w, boolean high) {
    double e = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : w) {
      if (!Double.isNaN(v)) {
        e = high ? Math.max(e, v) : Math.min(e, v);
      }
    }
    int c = 0;
    for (double v : w) {
      c += v == e ? 1 : 0;
    }
    int[] idx = new int[c];
    c = 0;
    for (int i = 0; i < w.length; i++) {
      if (w[i] == e) {
        idx[c++] = i;
      }
    }
    return idx;
  }

  private static boolean fails(double sk, double kt, Spec spec) {
    return Math.abs(sk) > spec.skewThreshold() && kt > spec.kurtosisThreshold();
  }

  private static void winsoriseStep(String indicator, double[] w, boolean high, Flag[] f) {
    double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : w) {
      if (!Double.isNaN(v)) {
        extreme = high ? Math.max(extreme, v) : Math.min(extreme, v);
      }
    }
    double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : w) {
      if (!Double.isNaN(v) && v != extreme) {
        next = high ? Math.max(next, v) : Math.min(next, v);
      }
    }
    if (Double.isInfinite(next)) {
      throw new IllegalStateException(indicator + ": cannot Winsorise further, the column would"
          + " have fewer than two distinct values; lower winMax or use a transformation");
    }
    for (int i = 0; i < w.length; i++) {
      if (w[i] == extreme) {
        w[i] = next;
        f[i] = high ? Flag.WINSORISED_HIGH : Flag.WINSORISED_LOW;
      }
    }
    // COINr stops when fewer than two distinct values remain after the step
    double first = Double.NaN;
    for (double v : w) {
      if (!Double.isNaN(v)) {
        if (Double.isNaN(first)) {
          first = v;
        } else if (v != first) {
          return;
        }
      }
    }
    throw new IllegalStateException(indicator + ": cannot Winsorise further, the column would"
        + " have fewer than two distinct values; lower winMax or use a transformation");
  }

  private static TreatmentLog fallback(String indicator, double[] x, Spec spec, double[] out,
      Flag[] flags) {
    int n = x.length;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    boolean nonPositive = false;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
        nonPositive |= v <= 0;
      }
    }
    Fallback fb = spec.fallback();
    if (fb == Fallback.NONE || (fb == Fallback.LOG && nonPositive)) {
      Flag[] none = new Flag[n];
      java.util.Arrays.fill(none, Flag.NONE);
      finish(x, out, flags, none);
      String text = fb == Fallback.NONE ? "None (exceeded winmax)"
          : "None: exceeded winmax but log error";
      return new TreatmentLog(indicator, spec.winMax(), 0, 0, skewness(x), kurtosis(x), false,
          false, text);
    }
    double[] t = new double[n];
    Flag[] f = new Flag[n];
    for (int i = 0; i < n; i++) {
      double v = x[i];
      if (Double.isNaN(v)) {
        t[i] = Double.NaN;
        f[i] = Flag.NONE;
        continue;
      }
      t[i] = switch (fb) {
        case CT_LOG -> Math.log(v - min + 0.01 * (max - min));
        case LOG -> Math.log(v);
        case GII_LOG -> Math.log((max - 1) * (v - min) / (max - min) + 1);
        case NONE -> throw new AssertionError();
      };
      f[i] = Flag.TRANSFORMED;
    }
    String text = switch (fb) {
      case CT_LOG -> "CTLog (exceeded winmax)";
      case LOG -> "Log (exceeded winmax)";
      case GII_LOG -> "GIILog (exceeded winmax)";
      case NONE -> throw new AssertionError();
    };
    double sk = skewness(t);
    double kt = kurtosis(t);
    finish(t, out, flags, f);
    return new TreatmentLog(indicator, spec.winMax(), 0, 0, sk, kt, !fails(sk, kt, spec), true,
        text);
  }

  private static void finish(double[] values, double[] out, Flag[] flags, Flag[] f) {
    System.arraycopy(values, 0, out, 0, values.length);
    if (flags != null) {
      System.arraycopy(f, 0, flags, 0, f.length);
    }
  }
}
