package org.fivetype.scale;

import java.util.Objects;
import org.fivetype.api.Direction;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * Relative scoring of one column over the units in scope: the normalisation methods of the
 * JRC/OECD <i>Handbook on Constructing Composite Indicators</i> (2008, section 5), with the
 * formulas of COINr's {@code normalise()} (v0.5, {@code R/coin_normalise.R}, and its v1 {@code
 * n_*} functions).
 *
 * <p>Every method takes a column {@code x} (NaN = missing), an optional {@code group} (null = one
 * scope of all units; otherwise statistics are computed among the units with the same group id),
 * a {@link Direction} and an output array {@code out} of the same length (it may be {@code x}
 * itself). Missing values stay missing. For {@link Direction#LOWER_IS_BETTER} the values are
 * negated first, as COINr multiplies by the indicator's direction (−1), so that a higher result
 * is always better (the exceptions, {@link #fractionOfBest} and {@link #goalposts}, say how they
 * flip).
 *
 * <p>Degenerate scopes never produce NaN: a scope whose present values are all equal (which
 * includes a scope of a single unit) is documented per method — as a rule every unit in it is
 * "the best" and gets the top of the scale; a scope whose values are all missing stays missing.
 */
@Surface(Surface.Kind.API)
public final class Normalisation {
  private Normalisation() {}

  /**
   * Min–max to {@code [lo, hi]}: {@code lo + (v − min) / (max − min) · (hi − lo)} (Handbook eq.
   * "min-max"; COINr {@code minmax}). A constant scope gets {@code hi} for every unit.
   *
   * @param x the column, one value per unit; NaN is a missing value
   * @param group each unit's group id (statistics are taken within a group), or null for one scope
   *     of all units
   * @param direction whether higher or lower values are better
   * @param lo the bottom of the scale, finite
   * @param hi the top of the scale, finite
   * @param out where the results go, as long as {@code x} (may be {@code x} itself); missing values
   *     stay NaN
   * @throws IllegalArgumentException if a length differs or {@code lo} or {@code hi} is not finite
   */
  public static void minMax(double[] x, int @Nullable [] group, Direction direction, double lo, double hi,
      double[] out) {
    finite("lo", lo);
    finite("hi", hi);
    boolean down = lower(direction);
    Scopes.check(x, group, out);
    Scopes.forEach(x, group, (idx, len) -> {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < len; k++) {
        double v = Scopes.oriented(x[idx[k]], down);
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      for (int k = 0; k < len; k++) {
        int i = idx[k];
        double v = Scopes.oriented(x[i], down);
        // the same order of operations as COINr: (x - min) / (max - min) * (hi - lo) + lo
        out[i] = max == min ? hi : (v - min) / (max - min) * (hi - lo) + lo;
      }
    });
    Scopes.keepMissing(x, out);
  }

  /**
   * Z-score to any mean and standard deviation: {@code mean + sd · (v − m) / s}, where {@code m}
   * is the scope's mean and {@code s} its sample standard deviation (n − 1, as R's {@code sd} used
   * by COINr {@code zscore}). A constant scope (s = 0, or a single unit) gets {@code mean}: every
   * unit is at the average.
   *
   * @param x the column, one value per unit; NaN is a missing value
   * @param group each unit's group id (statistics are taken within a group), or null for one scope
   *     of all units
   * @param direction whether higher or lower values are better
   * @param mean the mean of the results, finite
   * @param sd the standard deviation of the results, finite
   * @param out where the results go, as long as {@code x} (may be {@code x} itself); missing values
   *     stay NaN
   * @throws IllegalArgumentException if a length differs or {@code mean} or {@code sd} is not finite
   */
  public static void zScore(double[] x, int @Nullable [] group, Direction direction, double mean, double sd,
      double[] out) {
    finite("mean", mean);
    finite("sd", sd);
    boolean down = lower(direction);
    Scopes.check(x, group, out);
    Scopes.forEach(x, group, (idx, len) -> {
      double sum = 0;
      for (int k = 0; k < len; k++) {
        sum += Scopes.oriented(x[idx[k]], down);
      }
      double m = sum / len;
      double ss = 0;
      for (int k = 0; k < len; k++) {
        double d = Scopes.oriented(x[idx[k]], down) - m;
        ss += d * d;
      }
      double s = len > 1 ? Math.sqrt(ss / (len - 1)) : 0;
      for (int k = 0; k < len; k++) {
        int i = idx[k];
        out[i] = s == 0 ? mean : (Scopes.oriented(x[i], down) - m) / s * sd + mean;
      }
    });
    Scopes.keepMissing(x, out);
  }

  /**
   * Rank in ascending order of goodness: the worst unit gets 1, the best gets n (the number of
   * present values in scope); ties get the <b>average</b> of the ranks they span (R's {@code
   * rank(ties.method = "average")}, COINr {@code rank}). A constant scope gets (n + 1) / 2.
   *
   * @param x the column, one value per unit; NaN is a missing value
   * @param group each unit's group id (statistics are taken within a group), or null for one scope
   *     of all units
   * @param direction whether higher or lower values are better
   * @param out where the results go, as long as {@code x} (may be {@code x} itself); missing values
   *     stay NaN
   * @throws IllegalArgumentException if {@code out} or {@code group} is not as long as {@code x}
   */
  public static void rank(double[] x, int @Nullable [] group, Direction direction, double[] out) {
    ranks(x, group, direction, out, Ties.AVERAGE, 0);
  }

  /**
   * Borda score: {@link #rank} minus one, so the worst unit scores 0 and the best n − 1 (COINr
   * {@code borda}; average ranks for ties).
   *
   * @param x the column, one value per unit; NaN is a missing value
   * @param group each unit's group id (statistics are taken within a group), or null for one scope
   *     of all units
   * @param direction whether higher or lower values are better
   * @param out where the results go, as long as {@code x} (may be {@code x} itself); missing values
   *     stay NaN
   * @throws IllegalArgumentException if {@code out} or {@code group} is not as long as {@code x}
   */
  public static void borda(double[] x, int @Nullable [] group, Direction direction, double[] out) {
    ranks(x, group, direction, out, Ties.AVERAGE, -1);
  }

  /**
   * Place in a ranking, 1 = best, ties sharing the best place they span ("sport" or competition
   * ranking, R's {@code rank(-x, ties.method = "min")}, COINr {@code rankDF} and its results
   * tables). For rules such as "ranked first gets full points, each place lower loses 0.5".
   *
   * @param x the column, one value per unit; NaN is a missing value
   * @param group each unit's group id (statistics are taken within a group), or null for one scope
   *     of all units
   * @param direction whether higher or lower values are better
   * @param out where the results go, as long as {@code x} (may be {@code x} itself); missing values
   *     stay NaN
   * @throws IllegalArgumentException if {@code out} or {@code group} is not as long as {@code x}
   */
  public static void place(double[] x, int @Nullable [] group, Direction direction, double[] out) {
    ranks(x, group, direction == Direction.HIGHER_IS_BETTER ? Direction.LOWER_IS_BETTER
        : Direction.HIGHER_IS_BETTER, out, Ties.MIN, 0);
  }

  /**
   * Percentile rank in [0, 1]: {@code (r − 1) / (n − 1)}, where r is the rank with ties at their
   * <b>lowest</b> rank (dplyr's {@code percent_rank}, COINr {@code prank}). A constant scope
   * (including a single unit) gets 1 for every unit — all are the best — where dplyr would give 0
   * (or NaN for one unit).
   *
   * @param x the column, one value per unit; NaN is a missing value
   * @param group each unit's group id (statistics are taken within a group), or null for one scope
   *     of all units
   * @param direction whether higher or lower values are better
   * @param out where the results go, as long as {@code x} (may be {@code x} itself); missing values
   *     stay NaN
   * @throws IllegalArgumentException if {@code out} or {@code group} is not as long as {@code x}
   */
  public static void percentRank(double[] x, int @Nullable [] group, Direction direction, double[] out) {
    boolean down = lower(direction);
    Scopes.check(x, group, out);
    Scopes.forEach(x, group, (idx, len) -> {
      if (constant(x, idx, len)) {
        for (int k = 0; k < len; k++) {
          out[idx[k]] = 1;
        }
        return;
      }
      assignRanks(x, idx, len, down, out, Ties.MIN);
      for (int k = 0; k < len; k++) {
        out[idx[k]] = (out[idx[k]] - 1) / (len - 1);
      }
    });
    Scopes.keepMissing(x, out);
  }

  /**
   * Fraction of the best: {@code v / max} when higher is better, {@code min / v} when lower is
   * better, so the best unit gets 1 and the others in proportion (COINr {@code fracmax} for
   * higher is better; the lower-is-better form is the Handbook's ratio to the best, since COINr's
   * negation would divide by a negative maximum). Values must be ≥ 0. When the best value is 0:
   * higher is better means every value is 0 and all get 1; lower is better gives 1 to the units
   * at 0 and 0 to the others.
   *
   * @param x the column, one value per unit; NaN is a missing value
   * @param group each unit's group id (statistics are taken within a group), or null for one scope
   *     of all units
   * @param direction whether higher or lower values are better
   * @param out where the results go, as long as {@code x} (may be {@code x} itself); missing values
   *     stay NaN
   * @throws IllegalArgumentException if a present value is negative
   */
  public static void fractionOfBest(double[] x, int @Nullable [] group, Direction direction, double[] out) {
    boolean down = lower(direction);
    Scopes.check(x, group, out);
    for (double v : x) {
      if (v < 0) {
        throw new IllegalArgumentException("fraction of the best needs values ≥ 0, got " + v);
      }
    }
    Scopes.forEach(x, group, (idx, len) -> {
      double best = down ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      for (int k = 0; k < len; k++) {
        best = down ? Math.min(best, x[idx[k]]) : Math.max(best, x[idx[k]]);
      }
      for (int k = 0; k < len; k++) {
        int i = idx[k];
        double v = x[i];
        if (down) {
          out[i] = v == best ? 1 : best / v;
        } else {
          out[i] = best == 0 ? 1 : v / best;
        }
      }
    });
    Scopes.keepMissing(x, out);
  }

  /**
   * Distance to the best: {@code 1 − (best − v) / (max − min)}, in [0, 1] (COINr {@code
   * dist2max}; equal to min–max onto [0, 1]). A constant scope gets 1.
   *
   * @param x the column, one value per unit; NaN is a missing value
   * @param group each unit's group id (statistics are taken within a group), or null for one scope
   *     of all units
   * @param direction whether higher or lower values are better
   * @param out where the results go, as long as {@code x} (may be {@code x} itself); missing values
   *     stay NaN
   * @throws IllegalArgumentException if {@code out} or {@code group} is not as long as {@code x}
   */
  public static void distanceToBest(double[] x, int @Nullable [] group, Direction direction, double[] out) {
    distance(x, group, direction, out, Ref.BEST, 0, -1);
  }

  /**
   * Distance to a reference unit: {@code 1 − (v_ref − v) / (max − min)}, 1 for the reference unit,
   * above 1 for units better than it (COINr {@code dist2ref}). The range is the scope's; the
   * reference value is the reference unit's, whatever its group. A constant scope gets 1.
   *
   * @param x the column, one value per unit; NaN is a missing value
   * @param group each unit's group id (statistics are taken within a group), or null for one scope
   *     of all units
   * @param direction whether higher or lower values are better
   * @param reference index of the reference unit in {@code x}; its value must be present
   * @param out where the results go, as long as {@code x} (may be {@code x} itself); missing values
   *     stay NaN
   * @throws IllegalArgumentException if a length differs, {@code reference} is out of range or the
   *     reference unit has no value
   */
  public static void distanceToReference(double[] x, int @Nullable [] group, Direction direction,
      int reference, double[] out) {
    Scopes.check(x, group, out);
    if (reference < 0 || reference >= x.length) {
      throw new IllegalArgumentException("reference unit index " + reference + " out of range");
    }
    if (Double.isNaN(x[reference])) {
      throw new IllegalArgumentException("the reference unit has no value");
    }
    distance(x, group, direction, out, Ref.UNIT, 0, reference);
  }

  /**
   * Distance to a target: {@code min(1, 1 − (target − v) / (max − min))}, so units at or beyond
   * the target get 1 (COINr {@code dist2targ}, capped at 1). For lower is better both the values
   * and the target are negated. A constant scope gets 1 at or beyond the target, 0 short of it.
   *
   * @param x the column, one value per unit; NaN is a missing value
   * @param group each unit's group id (statistics are taken within a group), or null for one scope
   *     of all units
   * @param direction whether higher or lower values are better
   * @param target the target value, finite, in the units of {@code x}
   * @param out where the results go, as long as {@code x} (may be {@code x} itself); missing values
   *     stay NaN
   * @throws IllegalArgumentException if a length differs or {@code target} is not finite
   */
  public static void distanceToTarget(double[] x, int @Nullable [] group, Direction direction, double target,
      double[] out) {
    finite("target", target);
    distance(x, group, direction, out, Ref.TARGET, target, -1);
  }

  /**
   * Goalposts: {@code scale · clamp((v − low) / (high − low))} when higher is better, {@code scale
   * · clamp((high − v) / (high − low))} when lower is better, clamp limiting to [0, 1] (Handbook
   * "distance to a reference / goalposts", COINr v1 {@code n_goalposts}). Absolute: does not
   * depend on the other units, so there is no scope.
   *
   * @param x the column, one value per unit; NaN is a missing value
   * @param direction whether higher or lower values are better
   * @param low the value that scores 0 (higher is better) or full (lower is better), finite
   * @param high the value that scores full (higher is better) or 0 (lower is better), finite, above
   *     {@code low}
   * @param scale the result for a value at or beyond the good goalpost, finite
   * @param out where the results go, as long as {@code x} (may be {@code x} itself); missing values
   *     stay NaN
   * @throws IllegalArgumentException if {@code out} is not as long as {@code x}, a parameter is not
   *     finite or {@code high <= low}
   */
  public static void goalposts(double[] x, Direction direction, double low, double high,
      double scale, double[] out) {
    finite("low", low);
    finite("high", high);
    finite("scale", scale);
    if (!(high > low)) {
      throw new IllegalArgumentException("goalposts need low < high, got " + low + " and " + high);
    }
    boolean down = lower(direction);
    Scopes.check(x, null, out);
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (Double.isNaN(v)) {
        out[i] = Double.NaN;
        continue;
      }
      double f = down ? (high - v) / (high - low) : (v - low) / (high - low);
      out[i] = scale * (f <= 0 ? 0 : (f >= 1 ? 1 : f));
    }
  }

  // ---------------------------------------------------------------- implementation

  enum Ties { AVERAGE, MIN }

  private enum Ref { BEST, UNIT, TARGET }

  private static void ranks(double[] x, int @Nullable [] group, Direction direction, double[] out, Ties ties,
      double shift) {
    boolean down = lower(direction);
    Scopes.check(x, group, out);
    Scopes.forEach(x, group, (idx, len) -> {
      assignRanks(x, idx, len, down, out, ties);
      if (shift != 0) {
        for (int k = 0; k < len; k++) {
          out[idx[k]] += shift;
        }
      }
    });
    Scopes.keepMissing(x, out);
  }

  /** Ranks (1 = lowest oriented value) written into out; reads every value before writing. */
  static void assignRanks(double[] x, int[] idx, int len, boolean down, double[] out, Ties ties) {
    double[] v = new double[len];
    int[] order = new int[len];
    for (int k = 0; k < len; k++) {
      v[k] = Scopes.oriented(x[idx[k]], down);
      order[k] = k;
    }
    Scopes.sortByValue(order, len, v);
    int s = 0;
    while (s < len) {
      int e = s + 1;
      while (e < len && v[order[e]] == v[order[s]]) {
        e++;
      }
      // positions s..e-1 (0-based) hold ranks s+1..e
      double r = ties == Ties.AVERAGE ? (s + 1 + e) / 2.0 : s + 1;
      for (int k = s; k < e; k++) {
        out[idx[order[k]]] = r;
      }
      s = e;
    }
  }

  private static void distance(double[] x, int @Nullable [] group, Direction direction, double[] out,
      Ref ref, double target, int reference) {
    boolean down = lower(direction);
    Scopes.check(x, group, out);
    double refValue = reference >= 0 ? Scopes.oriented(x[reference], down) : Double.NaN;
    double targ = Scopes.oriented(target, down);
    Scopes.forEach(x, group, (idx, len) -> {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < len; k++) {
        double v = Scopes.oriented(x[idx[k]], down);
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      double goal = switch (ref) {
        case BEST -> max;
        case UNIT -> refValue;
        case TARGET -> targ;
      };
      for (int k = 0; k < len; k++) {
        int i = idx[k];
        double v = Scopes.oriented(x[i], down);
        double d;
        if (max == min) {
          d = ref == Ref.TARGET && v < goal ? 0 : 1;
        } else {
          d = 1 - (goal - v) / (max - min);
        }
        out[i] = ref == Ref.TARGET ? Math.min(1, d) : d;
      }
    });
    Scopes.keepMissing(x, out);
  }

  private static boolean constant(double[] x, int[] idx, int len) {
    for (int k = 1; k < len; k++) {
      if (x[idx[k]] != x[idx[0]]) {
        return false;
      }
    }
    return true;
  }

  static boolean lower(Direction direction) {
    return Objects.requireNonNull(direction, "direction") == Direction.LOWER_IS_BETTER;
  }

  private static void finite(String what, double v) {
    Scopes.finite(what, v);
  }
}
