package org.fivetype.composite;

import org.fivetype.api.Surface;
import org.fivetype.scale.Scopes;
import org.fivetype.scale.Normalisation;
import java.util.Objects;

/**
 * How a node of the indicator tree combines its children's values for one unit: a weighted sum
 * or mean (JRC/OECD Handbook, section 6; COINr {@code aggregate()} types {@code arith_mean},
 * {@code geom_mean}, {@code harm_mean}).
 *
 * <p>With values {@code v_i} and weights {@code w_i ≥ 0} of the children that have a value:
 *
 * <ul>
 *   <li>{@link Method#SUM}: {@code Σ w_i v_i} (sum of points; weights 1 for a plain sum);
 *   <li>{@link Method#ARITHMETIC}: {@code Σ w_i v_i / Σ w_i};
 *   <li>{@link Method#GEOMETRIC}: {@code exp(Σ w_i ln v_i / Σ w_i)};
 *   <li>{@link Method#HARMONIC}: {@code Σ w_i / Σ (w_i / v_i)};
 *   <li>{@link Method#GENERALISED}: {@code (Σ w_i v_i^p / Σ w_i)^(1/p)}, the power mean (p = 1
 *       arithmetic, p → 0 geometric, p = −1 harmonic); p = 0 is computed as the geometric mean.
 * </ul>
 *
 * <p>Missing values: as COINr ({@code matrixStats::weightedMean(na.rm = TRUE)}, {@code geoMean},
 * {@code harMean}), a missing child is left out and the weights of the others are re-normalised
 * (for {@code SUM} it contributes nothing). When every child is missing the result is NaN, which
 * {@link Recipe} reports as an error, never passes on.
 *
 * <p>Zeros and negatives: the arithmetic mean and the sum take any value. Under the geometric
 * mean, the harmonic mean and a generalised mean with p ≤ 0, a zero value with a positive weight
 * gives 0 (the limit of the mean as that value falls to 0: nothing compensates a zero — the
 * non-compensatory reading of "none may be neglected"); COINr stops with an error instead.
 * Negative values are an error under every mean except the arithmetic (and a generalised mean
 * with p = 1).
 *
 * <p>{@link Method#COPELAND} (COINr 1.x {@code a_copeland}, {@code R/aggregate.R}) is not a
 * per-unit formula: it compares every pair of units over the children (see {@link
 * #copeland}), so it only runs over whole columns ({@link Recipe} does so); {@link #apply} refuses
 * it.
 *
 * @param method the kind of combination
 * @param power the exponent of {@link Method#GENERALISED} (ignored otherwise, 1 by convention)
 */
@Surface(Surface.Kind.API)
public record Aggregation(Method method, double power) {

  /** The kinds of combination. */
  public enum Method {
    /** Weighted sum. */
    SUM,
    /** Weighted arithmetic mean. */
    ARITHMETIC,
    /** Weighted geometric mean. */
    GEOMETRIC,
    /** Weighted harmonic mean. */
    HARMONIC,
    /** Weighted power mean of exponent {@code power}. */
    GENERALISED,
    /** Copeland score over the units (COINr 1.x {@code a_copeland}). */
    COPELAND
  }

  public Aggregation {
    Objects.requireNonNull(method, "method");
    Scopes.finite("power", power);
  }

  /** Weighted sum. */
  public static Aggregation sum() {
    return new Aggregation(Method.SUM, 1);
  }

  /** Weighted arithmetic mean. */
  public static Aggregation arithmetic() {
    return new Aggregation(Method.ARITHMETIC, 1);
  }

  /** Weighted geometric mean. */
  public static Aggregation geometric() {
    return new Aggregation(Method.GEOMETRIC, 1);
  }

  /** Weighted harmonic mean. */
  public static Aggregation harmonic() {
    return new Aggregation(Method.HARMONIC, 1);
  }

  /** Copeland scores (COINr 1.x {@code a_copeland}); whole columns only. */
  public static Aggregation copeland() {
    return new Aggregation(Method.COPELAND, 1);
  }

  /** Weighted generalised (power) mean of exponent {@code p}. */
  public static Aggregation generalised(double p) {
    return new Aggregation(Method.GENERALISED, p);
  }

  /**
   * Combines values with weights (same length; NaN values are missing).
   *
   * @return the combination, or NaN if every value is missing
   * @throws IllegalArgumentException on a negative or non-finite weight, on weights summing to 0
   *     over the present values, or on a negative value under a mean that forbids it
   */
  public double apply(double[] values, double[] weights) {
    if (method == Method.COPELAND) {
      throw new IllegalArgumentException("copeland compares units: it aggregates whole columns");
    }
    if (values.length != weights.length) {
      throw new IllegalArgumentException(
          values.length + " values but " + weights.length + " weights");
    }
    double sw = 0;
    int present = 0;
    boolean zero = false;
    for (int i = 0; i < values.length; i++) {
      double w = weights[i];
      if (!Double.isFinite(w) || w < 0) {
        throw new IllegalArgumentException("weights must be finite and ≥ 0, got " + w);
      }
      double v = values[i];
      if (Double.isNaN(v)) {
        continue;
      }
      present++;
      sw += w;
      if (v < 0 && !allowsNegative()) {
        throw new IllegalArgumentException(
            name() + " needs values ≥ 0, got " + v);
      }
      zero |= v == 0 && w > 0;
    }
    if (present == 0) {
      return Double.NaN;
    }
    if (method == Method.SUM) {
      double s = 0;
      for (int i = 0; i < values.length; i++) {
        if (!Double.isNaN(values[i])) {
          s += weights[i] * values[i];
        }
      }
      return s;
    }
    if (sw == 0) {
      throw new IllegalArgumentException("the weights of the present values sum to 0");
    }
    Method m = method;
    if (m == Method.GENERALISED && power == 1) {
      m = Method.ARITHMETIC;
    } else if (m == Method.GENERALISED && power == 0) {
      m = Method.GEOMETRIC;
    } else if (m == Method.GENERALISED && power == -1) {
      m = Method.HARMONIC;
    }
    if (zero && (m == Method.GEOMETRIC || m == Method.HARMONIC
        || (m == Method.GENERALISED && power < 0))) {
      return 0;
    }
    double acc = 0;
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      double w = weights[i];
      if (Double.isNaN(v) || w == 0) {
        continue; // a zero weight takes no part (and 0 · ln 0 must not give NaN)
      }
      acc += switch (m) {
        case ARITHMETIC -> w * v;
        case GEOMETRIC -> w * Math.log(v);
        case HARMONIC -> w / v;
        case GENERALISED -> w * Math.pow(v, power);
        case SUM, COPELAND -> throw new AssertionError();
      };
    }
    return switch (m) {
      case ARITHMETIC -> acc / sw;
      case GEOMETRIC -> Math.exp(acc / sw);
      case HARMONIC -> sw / acc;
      case GENERALISED -> Math.pow(acc / sw, 1 / power);
      case SUM, COPELAND -> throw new AssertionError();
    };
  }

  /** Receives the units whose aggregate could not be computed, with the reason. */
  interface Failures {
    void fail(int unit, String message);
  }

  /**
   * Aggregates whole columns: {@code out[i]} combines {@code cols[k][i]} over the children k with
   * weights {@code w[k]}, exactly as {@link #apply} would for each unit (the same additions in the
   * same order, so the same bits), working column by column. A unit whose share of present
   * children is below {@code dataThreshold} gets NaN (COINr 1.x {@code Aggregate(dat_thresh)}:
   * {@code sum(!is.na(x_row))/length(x_row) < dat_thresh}, {@code R/aggregate.R},
   * {@code Aggregate.data.frame}); so does a unit with no present child. Problems per unit go to
   * {@code failures} and leave NaN.
   *
   * @param scratch a buffer of at least {@code out.length} doubles (the present weights' sums)
   * @param count a buffer of at least {@code out.length} ints (the present children)
   */
  void columns(double[][] cols, double[] w, double dataThreshold, double[] out, double[] scratch,
      int[] count, Failures failures) {
    int n = out.length;
    int kids = cols.length;
    for (double x : w) {
      if (!Double.isFinite(x) || x < 0) {
        throw new IllegalArgumentException("weights must be finite and ≥ 0, got " + x);
      }
    }
    if (method == Method.COPELAND) {
      copeland(cols, w, out);
      return;
    }
    Method m = method;
    if (m == Method.GENERALISED && power == 1) {
      m = Method.ARITHMETIC;
    } else if (m == Method.GENERALISED && power == 0) {
      m = Method.GEOMETRIC;
    } else if (m == Method.GENERALISED && power == -1) {
      m = Method.HARMONIC;
    }
    double[] sw = scratch;
    java.util.Arrays.fill(out, 0, n, 0.0);
    java.util.Arrays.fill(sw, 0, n, 0.0);
    java.util.Arrays.fill(count, 0, n, 0);
    boolean negativesAllowed = allowsNegative();
    for (int k = 0; k < kids; k++) {
      double[] c = cols[k];
      double wk = w[k];
      boolean skip = wk == 0 && m != Method.SUM;
      for (int i = 0; i < n; i++) {
        double v = c[i];
        if (Double.isNaN(v)) {
          continue;
        }
        count[i]++;
        sw[i] += wk;
        if (v < 0 && !negativesAllowed) {
          failures.fail(i, name() + " needs values ≥ 0, got " + v);
          continue;
        }
        if (skip) {
          continue; // a zero weight takes no part (and 0 · ln 0 must not give NaN)
        }
        switch (m) {
          case SUM, ARITHMETIC -> out[i] += wk * v;
          case GEOMETRIC -> out[i] += wk * Math.log(v);
          case HARMONIC -> out[i] += wk / v;
          case GENERALISED -> out[i] += wk * Math.pow(v, power);
          case COPELAND -> throw new AssertionError();
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (count[i] == 0 || (double) count[i] / kids < dataThreshold) {
        out[i] = Double.NaN;
        continue;
      }
      if (m == Method.SUM) {
        continue;
      }
      if (sw[i] == 0) {
        failures.fail(i, "the weights of the present values sum to 0");
        out[i] = Double.NaN;
        continue;
      }
      double acc = out[i];
      out[i] = switch (m) {
        case ARITHMETIC -> acc / sw[i];
        case GEOMETRIC -> Math.exp(acc / sw[i]);
        case HARMONIC -> sw[i] / acc;
        case GENERALISED -> Math.pow(acc / sw[i], 1 / power);
        case SUM, COPELAND -> throw new AssertionError();
      };
    }
  }

  /**
   * Copeland scores, as COINr 1.x {@code a_copeland} and {@code outrankMatrix} ({@code
   * R/aggregate.R}): weights are made to sum to 1 ({@code w/sum(w)}); for each pair of units
   * {@code i < j}, {@code o_ij = Σ w[x_i > x_j] + Σ w[x_i = x_j] / 2} (comparisons with a missing
   * value count for neither) and {@code o_ji = 1 − o_ij}; each entry becomes 1 above 0.5, −1 below
   * and 0 at 0.5; a unit's score is the sum of its row. R sums in extended precision, so each sum
   * of weights is computed exactly and rounded once, as R does.
   */
  static void copeland(double[][] cols, double[] w, double[] out) {
    int n = out.length;
    int kids = cols.length;
    double total = 0;
    for (double x : w) {
      total += x;
    }
    double[] wn = new double[kids];
    boolean equal = true;
    for (int k = 0; k < kids; k++) {
      wn[k] = w[k] / total;
      equal &= wn[k] == wn[0];
    }
    // equal weights: the sum of c weights is c·wn rounded once (R's long double is exact here)
    double[] sumOf = null;
    if (equal && kids > 0) {
      sumOf = new double[kids + 1];
      for (int c = 0; c <= kids; c++) {
        sumOf[c] = c * wn[0]; // one multiplication: the exact c·wn rounded once
      }
    }
    java.util.Arrays.fill(out, 0, n, 0.0);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double gt;
        double eq;
        if (sumOf != null) {
          int g = 0;
          int e = 0;
          for (int k = 0; k < kids; k++) {
            double a = cols[k][i];
            double b = cols[k][j];
            g += a > b ? 1 : 0;
            e += a == b ? 1 : 0;
          }
          gt = sumOf[g];
          eq = sumOf[e];
        } else {
          java.math.BigDecimal g = java.math.BigDecimal.ZERO;
          java.math.BigDecimal e = java.math.BigDecimal.ZERO;
          for (int k = 0; k < kids; k++) {
            double a = cols[k][i];
            double b = cols[k][j];
            if (a > b) {
              g = g.add(new java.math.BigDecimal(wn[k]));
            } else if (a == b) {
              e = e.add(new java.math.BigDecimal(wn[k]));
            }
          }
          gt = g.doubleValue();
          eq = e.doubleValue();
        }
        double oij = gt + eq / 2;
        double oji = 1 - oij;
        out[i] += Double.compare(oij, 0.5) > 0 ? 1 : (oij < 0.5 ? -1 : 0);
        out[j] += Double.compare(oji, 0.5) > 0 ? 1 : (oji < 0.5 ? -1 : 0);
      }
    }
  }

  /** The name used in JSON recipes: sum, arithmetic, geometric, harmonic, generalised. */
  public String name() {
    return method.name().toLowerCase(java.util.Locale.ROOT);
  }

  private boolean allowsNegative() {
    return method == Method.SUM || method == Method.ARITHMETIC
        || (method == Method.GENERALISED && power == 1);
  }
}
