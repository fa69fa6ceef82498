package org.fivetype.rule;

import java.util.function.DoubleSupplier;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * How an indicator's value becomes points. Each rule belongs to a {@link RuleKind} (its JSON name
 * and codec), found by {@link java.util.ServiceLoader}; the built-in kinds are the records of this
 * package, and a district adds its own from a plugin jar. Every rule maps a valid value to points in {@code [0, max]}, where
 * {@code max} is the indicator's points; a missing value (NaN) scores zero (the engine flags it).
 *
 * <p>Rules are values: two equal rules score identically. They are evaluated column-wise on
 * primitive arrays by {@link #scoreAll}, one virtual call per indicator, not per cell.
 */
@Surface(Surface.Kind.SPI)
public interface ScoringRule {

  /** {@return this rule's kind: its JSON name and the codec that reads and writes its parameters} */
  RuleKind<?> ruleKind();

  /** {@return the JSON name of this rule's kind, e.g. {@code "target"}} */
  default String kind() {
    return ruleKind().name();
  }

  /** {@return whether a higher or a lower value is better under this rule} */
  Direction direction();

  /**
   * The points a value earns.
   *
   * @param value a valid value ({@link #invalidReason} gives null), or NaN for a missing one
   * @param max the indicator's points, {@code > 0}
   * @return the points, in {@code [0, max]}; zero for NaN
   */
  double points(double value, double max);

  /**
   * Scores {@code values[from..to)} into {@code out[from..to)}; the same as calling
   * {@link #points} on each, as one tight loop.
   *
   * @param values the unit's values of one indicator, NaN for missing
   * @param from the first index to score
   * @param to one past the last index to score
   * @param max the indicator's points, {@code > 0}
   * @param out where the points go, at the same indexes; may be {@code values} itself
   */
  default void scoreAll(double[] values, int from, int to, double max, double[] out) {
    for (int i = from; i < to; i++) {
      out[i] = points(values[i], max);
    }
  }

  /**
   * Whether the points depend on the other units' values ({@link Relative}); such a rule scores a
   * whole column with {@link #scoreColumn} and cannot score one value alone.
   *
   * @return true for a relative rule; false (the default) for one that scores each value alone
   */
  default boolean isRelative() {
    return false;
  }

  /**
   * Scores a whole column. {@code scopeGroups} gives each unit's category as a small integer
   * (used by relative rules scoped to the category). Absolute rules score cell by cell.
   *
   * @param values every unit's value of the indicator, NaN for missing
   * @param scopeGroups each unit's category as a small integer, as long as {@code values}
   * @param max the indicator's points, {@code > 0}
   * @param out where the points go, as long as {@code values}
   */
  default void scoreColumn(double[] values, int[] scopeGroups, double max, double[] out) {
    scoreAll(values, 0, values.length, max, out);
  }

  /**
   * Why {@code value} is not a valid value for this rule, or {@code null} if it is. For example,
   * counts must be whole and non-negative, and rates must lie in [0, 1].
   *
   * @param value a unit's value, not NaN
   * @return a short English reason for the problem list, or null for a valid value
   */
  @Nullable String invalidReason(double value);

  /**
   * Whether a rule of this kind can veto a unit at all (一票否决; among the built-in kinds only
   * {@link Veto}). The engine asks {@link #vetoes} only of rules that can.
   *
   * @return true for a rule that can veto; false (the default) otherwise
   */
  default boolean canVeto() {
    return false;
  }

  /**
   * Whether a value triggers a veto.
   *
   * @param value a valid value
   * @return true if it vetoes the unit; always false (the default) for a rule that cannot veto
   */
  default boolean vetoes(double value) {
    return false;
  }

  /**
   * The smallest valid value that triggers a veto (used by the demo city's vetoed unit); NaN for
   * a rule that cannot veto.
   *
   * @return the value, or NaN (the default)
   */
  default double vetoingValue() {
    return Double.NaN;
  }

  /**
   * A synthetic valid value for this rule (the demo city's generator): {@code good} in [0, 1]
   * says how good it should be, {@code uniform} gives uniform random numbers in [0, 1) when the
   * kind needs chance. The same {@code good} and stream give the same value.
   *
   * @param good how good the value should be, 0 (worst) to 1 (best)
   * @param uniform a source of uniform random numbers in [0, 1)
   * @return a valid value
   */
  double sampleValue(double good, DoubleSupplier uniform);

  /**
   * A value that earns this rule's full points (used by {@code explain} and the demo city): the
   * target, the better goalpost, no occurrence for deductions and vetoes; NaN for rules whose
   * points depend on the other units (relative rules).
   *
   * @return the value, or NaN for a relative rule
   */
  double fullPointsValue();

  /**
   * A bilingual one-line description of the rule, for reports and {@code explain}.
   *
   * @param max the indicator's points, named in the text
   * @return the description, e.g. "full points at 25 or more"
   */
  Label describe(double max);
}
