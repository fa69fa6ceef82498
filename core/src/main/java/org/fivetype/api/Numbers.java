package org.fivetype.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How fivetype writes numbers in explanations and reasons: the same number, the same text. */
public final class Numbers {
  private Numbers() {}

  /** A number with at most 4 decimals (half-even), no trailing zeros, no exponent. */
  public static String format(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /** A share as a percentage with at most 2 decimals, e.g. {@code 0.875 → "87.5%"}. */
  public static String percent(double share) {
    if (!Double.isFinite(share)) {
      return Double.toString(share);
    }
    return new BigDecimal(share * 100).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
  }
}
