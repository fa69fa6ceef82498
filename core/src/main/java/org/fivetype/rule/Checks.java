package org.fivetype.rule;

import org.fivetype.api.Direction;
import org.fivetype.api.Numbers;
import org.jspecify.annotations.Nullable;

/** Shared argument and domain checks of the rule kinds. */
final class Checks {
  private Checks() {}

  static @Nullable String count(double v) {
    if (!Double.isFinite(v) || v < 0 || v != Math.rint(v)) {
      return "a whole number of occurrences ≥ 0, got " + fmt(v);
    }
    return null;
  }

  static void finite(String what, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(what + " must be a finite number, was " + v);
    }
  }

  static void nonNegative(String what, double v) {
    finite(what, v);
    if (v < 0) {
      throw new IllegalArgumentException(what + " must be ≥ 0, was " + v);
    }
  }

  /**
   * {@code x} clamped to [0, 1]: 0 for {@code x <= 0} (also −0), 1 for {@code x >= 1}, else
   * {@code x}; NaN stays NaN. Written with {@link Math#max}/{@link Math#min}, which the JIT
   * compiles without branches (a rate's values fall on both sides of its bounds unpredictably); the
   * same result, bit for bit, as {@code x <= 0 ? 0 : (x >= 1 ? 1 : x)}.
   */
  static double clamp01(double x) {
    return Math.min(Math.max(x, 0.0), 1.0);
  }

  static String fmt(double v) {
    return Numbers.format(v);
  }

  /**
   * A number of points in English: "1 point" when the number reads exactly 1, else "2 points",
   * "0.5 points" (for the English rule descriptions).
   */
  static String points(double v) {
    String n = fmt(v);
    return n + ("1".equals(n) ? " point" : " points");
  }

  /** The optional {@code "direction"} of a rule: higher is better when absent. */
  static Direction direction(ParamReader p) {
    return p.enumValue("direction", Direction.class, Direction.HIGHER_IS_BETTER);
  }
}
