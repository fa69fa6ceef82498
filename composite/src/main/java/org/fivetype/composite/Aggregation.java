package org.fivetype.composite;

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
 * @param method the kind of combination
 * @param power the exponent of {@link Method#GENERALISED} (ignored otherwise, 1 by convention)
 */
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
    GENERALISED
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
        case SUM -> throw new AssertionError();
      };
    }
    return switch (m) {
      case ARITHMETIC -> acc / sw;
      case GEOMETRIC -> Math.exp(acc / sw);
      case HARMONIC -> sw / acc;
      case GENERALISED -> Math.pow(acc / sw, 1 / power);
      case SUM -> throw new AssertionError();
    };
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
