package org.fivetype.composite;

import java.util.Locale;
import java.util.Objects;
import org.fivetype.api.Surface;

/**
 * A transformation of an indicator's values before normalisation (JRC/OECD Handbook, section
 * 3.2: "transformations" of skewed indicators; the Human Development Index takes the logarithm of
 * income before its goalposts): goalposts and every other normalisation then apply to the
 * transformed value. Missing values stay missing.
 *
 * <ul>
 *   <li>{@link Kind#LN}: {@code ln(v + shift)};
 *   <li>{@link Kind#LOG10}: {@code log10(v + shift)};
 *   <li>{@link Kind#SQRT}: {@code √(v + shift)};
 *   <li>{@link Kind#BOX_COX}: {@code ((v + shift)^λ − 1)/λ}, and {@code ln(v + shift)} for λ = 0
 *       (Box and Cox 1964; COINr 1.x {@code boxcox(x, lambda, makepos = FALSE)}, {@code
 *       R/treat.R}; COINr's {@code makepos = TRUE} is the shift {@code 1 − min}, here {@link
 *       #boxCoxFromMin}).
 * </ul>
 *
 * <p>A value outside the domain (v + shift ≤ 0 for a logarithm or for Box–Cox, &lt; 0 for the
 * square root) is an error naming the row, never a NaN passed on.
 *
 * @param kind the function
 * @param shift added to every value first
 * @param lambda the Box–Cox exponent (0 otherwise)
 * @param fromMin whether the shift is {@code 1 − min} of the column (COINr's {@code makepos})
 *     instead of {@code shift}
 */
@Surface(Surface.Kind.API)
public record Transformation(Kind kind, double shift, double lambda, boolean fromMin) {

  /** The functions, with their JSON names. */
  public enum Kind {
    /** Natural logarithm, {@code "ln"}. */
    LN,
    /** Base-10 logarithm, {@code "log10"}. */
    LOG10,
    /** Square root, {@code "sqrt"}. */
    SQRT,
    /** Box–Cox with λ, {@code "box-cox"}. */
    BOX_COX;

    /** The JSON name. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public Transformation {
    Objects.requireNonNull(kind, "kind");
    if (!Double.isFinite(shift) || !Double.isFinite(lambda)) {
      throw new IllegalArgumentException("shift and lambda must be finite numbers");
    }
  }

  /** {@code ln(v + shift)}. */
  public static Transformation ln(double shift) {
    return new Transformation(Kind.LN, shift, 0, false);
  }

  /** {@code log10(v + shift)}. */
  public static Transformation log10(double shift) {
    return new Transformation(Kind.LOG10, shift, 0, false);
  }

  /** {@code √(v + shift)}. */
  public static Transformation sqrt(double shift) {
    return new Transformation(Kind.SQRT, shift, 0, false);
  }

  /** Box–Cox with λ of {@code v + shift}. */
  public static Transformation boxCox(double lambda, double shift) {
    return new Transformation(Kind.BOX_COX, shift, lambda, false);
  }

  /** Box–Cox with λ of {@code v − min + 1} (COINr 1.x {@code boxcox(makepos = TRUE)}). */
  public static Transformation boxCoxFromMin(double lambda) {
    return new Transformation(Kind.BOX_COX, 0, lambda, true);
  }

  /**
   * Transforms a column.
   *
   * @param out where the result goes (may be {@code x})
   * @throws IllegalArgumentException naming the first row outside the domain
   */
  public void apply(double[] x, double[] out) {
    double s = shift;
    if (fromMin) {
      double min = Double.POSITIVE_INFINITY;
      for (double v : x) {
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
        }
      }
      s = Double.isInfinite(min) ? 0 : 1 - min;
    }
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (Double.isNaN(v)) {
        out[i] = Double.NaN;
        continue;
      }
      // COINr's makepos computes x - min + 1; the same operations here
      double a = fromMin ? v - (1 - s) + 1 : v + s;
      boolean bad = kind == Kind.SQRT ? a < 0 : a <= 0;
      if (bad) {
        throw new IllegalArgumentException("row " + i + ": " + kind.jsonName() + " of " + v
            + (fromMin ? "" : " + " + shift) + " is undefined (the value plus the shift must be "
            + (kind == Kind.SQRT ? "≥ 0" : "> 0") + ")");
      }
      out[i] = switch (kind) {
        case LN -> Math.log(a);
        case LOG10 -> Math.log10(a);
        case SQRT -> Math.sqrt(a);
        case BOX_COX -> lambda == 0 ? Math.log(a) : (Math.pow(a, lambda) - 1) / lambda;
      };
    }
  }
}
