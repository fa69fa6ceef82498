package org.fivetype.rule;

import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.jspecify.annotations.Nullable;

/**
 * How an indicator's value becomes points. The kinds are the records nested here; their JSON
 * name is {@link #kind()}. Every rule maps a valid value to points in {@code [0, max]}, where
 * {@code max} is the indicator's points; a missing value (NaN) scores zero (the engine flags it).
 *
 * <p>Rules are values: two equal rules score identically. They are evaluated column-wise on
 * primitive arrays by {@link #scoreAll}, one virtual call per indicator, not per cell.
 */
public sealed interface ScoringRule
    permits Target, Goalposts, Bands, Deduction, Bonus, Checklist, YesNo, Rate, Veto, Relative {

  /** The JSON name of this rule's kind, e.g. {@code "target"}. */
  String kind();

  /** Whether a higher or a lower value is better under this rule. */
  Direction direction();

  /** The points a valid {@code value} earns out of {@code max}; NaN (missing) earns zero. */
  double points(double value, double max);

  /**
   * Scores {@code values[from..to)} into {@code out[from..to)}; the same as calling
   * {@link #points} on each, as one tight loop.
   */
  default void scoreAll(double[] values, int from, int to, double max, double[] out) {
    for (int i = from; i < to; i++) {
      out[i] = points(values[i], max);
    }
  }

  /**
   * Whether the points depend on the other units' values ({@link Relative}); such a rule scores a
   * whole column with {@link #scoreColumn} and cannot score one value alone.
   */
  default boolean isRelative() {
    return false;
  }

  /**
   * Scores a whole column. {@code scopeGroups} gives each unit's category as a small integer
   * (used by relative rules scoped to the category). Absolute rules score cell by cell.
   */
  default void scoreColumn(double[] values, int[] scopeGroups, double max, double[] out) {
    scoreAll(values, 0, values.length, max, out);
  }

  /**
   * Why {@code value} is not a valid value for this rule, or {@code null} if it is. For example,
   * counts must be whole and non-negative, and rates must lie in [0, 1].
   */
  @Nullable String invalidReason(double value);

  /** Whether {@code value} triggers a veto (一票否决); only {@link Veto} ever does. */
  default boolean vetoes(double value) {
    return false;
  }

  /**
   * A value that earns this rule's full points (used by {@code explain} and the demo city): the
   * target, the better goalpost, no occurrence for deductions and vetoes; NaN for rules whose
   * points depend on the other units (relative rules).
   */
  double fullPointsValue();

  /** A bilingual one-line description of the rule, e.g. "full points at 25 or more". */
  Label describe(double max);
}
