package org.fivetype.rule;

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

  static double clamp01(double x) {
    return x <= 0 ? 0 : (x >= 1 ? 1 : x);
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
}
