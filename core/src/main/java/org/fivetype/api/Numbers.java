package org.fivetype.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How fivetype writes numbers in explanations and reasons: the same number, the same text. */
@Surface(Surface.Kind.API)
public final class Numbers {
  private Numbers() {}

  /**
   * Writes a number with at most 4 decimals (half-even), no trailing zeros, no exponent, e.g.
   * {@code 2.0 → "2"}, {@code 0.123456 → "0.1235"}.
   *
   * @param v any number; NaN and infinities are written as {@link Double#toString(double)} does
   * @return the text
   */
  public static String format(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /**
   * Writes a share as a percentage with at most 2 decimals (half-even), e.g.
   * {@code 0.875 → "87.5%"}.
   *
   * @param share a share, 1 meaning 100 %; NaN and infinities are written as
   *     {@link Double#toString(double)} does, without a percent sign
   * @return the text
   */
  public static String percent(double share) {
    if (!Double.isFinite(share)) {
      return Double.toString(share);
    }
    return new BigDecimal(share * 100).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
  }
}
