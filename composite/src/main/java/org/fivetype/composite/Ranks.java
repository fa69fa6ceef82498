package org.fivetype.composite;

import org.fivetype.scale.Scopes;
import org.jspecify.annotations.Nullable;

/**
 * The normalisations that the composite engine adds to {@code org.fivetype.scale.Normalisation}
 * (which the kernel's rules use and which therefore stays as it is): ranks with a choice of ties,
 * COINr 1.x's distance to a target and to a reference unit, and a one-pass min–max over all units
 * that gives the same bits as {@code Normalisation.minMax}.
 */
final class Ranks {
  private Ranks() {}

  /**
   * Min–max over all units: {@code (v − min)/(max − min)·(hi − lo) + lo}, the order of operations
   * of {@code Normalisation.minMax} and COINr {@code n_minmax}; a constant column gets {@code hi}.
   */
  static void minMax(double[] x, boolean down, double lo, double hi, double[] out) {
    Scopes.finite("lo", lo);
    Scopes.finite("hi", hi);
    Scopes.check(x, null, out);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int n = x.length;
    if (down) {
      for (int i = 0; i < n; i++) {
        double v = -x[i];
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        double v = x[i];
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    double range = max - min;
    double span = hi - lo;
    if (max == min) {
      for (int i = 0; i < n; i++) {
        out[i] = !Double.isNaN(x[i]) ? hi : Double.NaN;
      }
      return;
    }
    if (down) {
      for (int i = 0; i < n; i++) {
        out[i] = (-x[i] - min) / range * span + lo; // NaN stays NaN
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[i] = (x[i] - min) / range * span + lo;
      }
    }
  }

  /**
   * Ranks, worst 1 and best n among the present values of each scope, ties as R's {@code
   * rank(ties.method = …)}, plus {@code shift} (−1 for Borda). Missing values stay missing.
   */
  static void rank(double[] x, int @Nullable [] group, boolean down, Normaliser.Ties ties, double shift,
      double[] out) {
    Scopes.check(x, group, out);
    double[] result = new double[x.length];
    java.util.Arrays.fill(result, Double.NaN);
    Scopes.forEach(x, group, (idx, len) -> {
      double[] v = new double[x.length];
      int[] order = new int[len];
      for (int k = 0; k < len; k++) {
        v[k] = Scopes.oriented(x[idx[k]], down);
        order[k] = k;
      }
      Scopes.sortByValue(order, len, v); // stable: ties keep the row order ("first")
      int s = 0;
      while (s < len) {
        int e = s + 1;
        while (e < len && v[order[e]] == v[order[s]]) {
          e++;
        }
        for (int k = s; k < e; k++) {
          double r = switch (ties) {
            case AVERAGE -> (s + 1 + e) / 2.0;
            case MIN -> s + 1;
            case MAX -> e;
            case FIRST -> k + 1;
          };
          result[idx[order[k]]] = r + shift;
        }
        s = e;
      }
    });
    System.arraycopy(result, 0, out, 0, x.length);
  }

  /**
   * COINr 1.x {@code n_dist2targ} after {@code Normalise} has multiplied values and target by the
   * direction: {@code (v' − min')/(t' − min')}, capped at 1 if asked.
   *
   * @throws IllegalArgumentException if the target equals the scope's minimum (division by 0)
   */
  static void distanceToTarget1x(double[] x, int @Nullable [] group, boolean down, double target,
      boolean cap, double[] out) {
    Scopes.finite("target", target);
    Scopes.check(x, group, out);
    double t = Scopes.oriented(target, down);
    double[] result = new double[x.length];
    java.util.Arrays.fill(result, Double.NaN);
    Scopes.forEach(x, group, (idx, len) -> {
      double min = Double.POSITIVE_INFINITY;
      for (int k = 0; k < len; k++) {
        min = Math.min(min, Scopes.oriented(x[idx[k]], down));
      }
      if (len > 0 && t == min) {
        throw new IllegalArgumentException("the target " + target + " equals the "
            + (down ? "largest" : "smallest") + " value: distance to target divides by 0");
      }
      for (int k = 0; k < len; k++) {
        double y = (Scopes.oriented(x[idx[k]], down) - min) / (t - min);
        result[idx[k]] = cap && y > 1 ? 1 : y;
      }
    });
    System.arraycopy(result, 0, out, 0, x.length);
  }

  /**
   * COINr 1.x {@code n_dist2ref}: {@code 1 − (v'_ref − v')/(v'_ref − min')}, capped at 1 if asked.
   *
   * @throws IllegalArgumentException if the reference has no value or is the minimum
   */
  static void distanceToReference1x(double[] x, int @Nullable [] group, boolean down, int reference,
      boolean cap, double[] out) {
    Scopes.check(x, group, out);
    if (Double.isNaN(x[reference])) {
      throw new IllegalArgumentException("the reference unit has no value");
    }
    double ref = Scopes.oriented(x[reference], down);
    double[] result = new double[x.length];
    java.util.Arrays.fill(result, Double.NaN);
    Scopes.forEach(x, group, (idx, len) -> {
      double min = Double.POSITIVE_INFINITY;
      for (int k = 0; k < len; k++) {
        min = Math.min(min, Scopes.oriented(x[idx[k]], down));
      }
      if (len > 0 && ref == min) {
        throw new IllegalArgumentException(
            "the reference unit has the worst value: distance to reference divides by 0");
      }
      for (int k = 0; k < len; k++) {
        double y = 1 - (ref - Scopes.oriented(x[idx[k]], down)) / (ref - min);
        result[idx[k]] = cap && y > 1 ? 1 : y;
      }
    });
    System.arraycopy(result, 0, out, 0, x.length);
  }
}
