package org.fivetype.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.fivetype.api.Direction.HIGHER_IS_BETTER;
import static org.fivetype.api.Direction.LOWER_IS_BETTER;

import java.util.function.DoubleSupplier;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.rule.Relative.Method;
import org.fivetype.rule.Relative.Scope;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The rule kinds at the edges of their checks and formulas, with values worked out by hand from
 * each kind's documented rule: the relative methods over small columns, the default methods of
 * {@link ScoringRule}, the finite checks of the constructors (whose messages differ from those of
 * the range checks after them), and the yes/no threshold of 0.5.
 */
class RuleEdgesTest {

  private static double[] score(Relative r, double[] values, int[] groups, double max) {
    double[] out = new double[values.length];
    r.scoreColumn(values, groups, max, out);
    return out;
  }

  @Test
  void relativeKeepsItsParameterOnlyForRankStepAndDistanceToTarget() {
    // the parameter means nothing to the other three methods, and is set to 0 (so that equal rules are equal)
    assertThat(new Relative(Method.FRACTION_OF_BEST, Scope.ALL, HIGHER_IS_BETTER, 5).param()).isEqualTo(0.0);
    assertThat(new Relative(Method.MIN_MAX, Scope.ALL, HIGHER_IS_BETTER, 5).param()).isEqualTo(0.0);
    assertThat(new Relative(Method.PERCENT_RANK, Scope.ALL, HIGHER_IS_BETTER, 5).param()).isEqualTo(0.0);
    assertThat(new Relative(Method.RANK_STEP, Scope.ALL, HIGHER_IS_BETTER, 2).param()).isEqualTo(2.0);
    assertThat(new Relative(Method.DISTANCE_TO_TARGET, Scope.ALL, HIGHER_IS_BETTER, 7).param()).isEqualTo(7.0);
    // a parameter that is not finite is refused even where it would be dropped
    assertThatThrownBy(() -> new Relative(Method.FRACTION_OF_BEST, Scope.ALL, HIGHER_IS_BETTER, Double.NaN))
        .hasMessage("param must be a finite number, was NaN");
  }

  @Test
  void onlyAFractionOfTheBestRefusesNegativeValues() {
    Relative fob = Relative.fractionOfBest(Scope.ALL, HIGHER_IS_BETTER);
    assertThat(fob.invalidReason(0)).isNull(); // 0 is allowed: ≥ 0
    assertThat(fob.invalidReason(-0.5))
        .isEqualTo("a value ≥ 0 (a fraction of the best needs non-negative values), got -0.5");
    assertThat(new Relative(Method.MIN_MAX, Scope.ALL, HIGHER_IS_BETTER, 0).invalidReason(-0.5)).isNull();
  }

  @Test
  void minMaxOverAllUnits() {
    // values 2, 4, 6 and a missing one, 10 points: (v − 2) / (6 − 2) → 0, 0.5, 1; missing → 0 points
    Relative r = new Relative(Method.MIN_MAX, Scope.ALL, HIGHER_IS_BETTER, 0);
    assertThat(score(r, new double[] {2, 4, 6, Double.NaN}, new int[] {0, 0, 0, 0}, 10))
        .containsExactly(0, 5, 10, 0);
    // lower is better: (6 − v) / 4 → 1, 0.5, 0
    Relative down = new Relative(Method.MIN_MAX, Scope.ALL, LOWER_IS_BETTER, 0);
    assertThat(score(down, new double[] {2, 4, 6}, new int[] {0, 0, 0}, 10)).containsExactly(10, 5, 0);
  }

  @Test
  void percentRankWithinEachCategory() {
    // category 0: 1, 3, 3, 7 → ranks (ties at their lowest) 1, 2, 2, 4 → (r − 1) / 3 = 0, 1/3, 1/3, 1;
    // category 1: 5, 9 → 0, 1. Out of 6 points.
    Relative r = new Relative(Method.PERCENT_RANK, Scope.CATEGORY, HIGHER_IS_BETTER, 0);
    double[] out = score(r, new double[] {1, 5, 3, 3, 9, 7}, new int[] {0, 1, 0, 0, 1, 0}, 6);
    assertThat(out).containsExactly(new double[] {0, 0, 2, 2, 6, 6}, within(1e-12));
    // over all units instead: 1, 3, 3, 5, 7, 9 → ranks 1, 2, 2, 4, 5, 6 → (r − 1) / 5 × 6
    Relative all = new Relative(Method.PERCENT_RANK, Scope.ALL, HIGHER_IS_BETTER, 0);
    double[] outAll = score(all, new double[] {1, 5, 3, 3, 9, 7}, new int[] {0, 1, 0, 0, 1, 0}, 6);
    assertThat(outAll).containsExactly(new double[] {0, 3.6, 1.2, 1.2, 6, 4.8}, within(1e-12));
  }

  @Test
  void distanceToTarget() {
    // values 2, 4, 10, target 7, range 10 − 2 = 8: 1 − (7 − v) / 8 → 0.375, 0.625, 1.375 capped at 1;
    // out of 10 points: 3.75, 6.25, 10
    Relative r = new Relative(Method.DISTANCE_TO_TARGET, Scope.ALL, HIGHER_IS_BETTER, 7);
    assertThat(score(r, new double[] {2, 4, 10}, new int[] {0, 0, 0}, 10))
        .containsExactly(new double[] {3.75, 6.25, 10}, within(1e-12));
    // target 16 far beyond: 1 − (16 − v) / 8 → −0.75, −0.5, 0.25; below 0 → 0 points
    Relative far = new Relative(Method.DISTANCE_TO_TARGET, Scope.ALL, HIGHER_IS_BETTER, 16);
    assertThat(score(far, new double[] {2, 4, 10}, new int[] {0, 0, 0}, 10))
        .containsExactly(new double[] {0, 0, 2.5}, within(1e-12));
  }

  /** An absolute rule of the tests' own: the value itself as points, capped at max. */
  private record Identity() implements ScoringRule {
    @Override
    public RuleKind<?> ruleKind() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Direction direction() {
      return HIGHER_IS_BETTER;
    }

    @Override
    public double points(double value, double max) {
      return Double.isNaN(value) ? 0 : Math.min(value, max);
    }

    @Override
    public @Nullable String invalidReason(double value) {
      return null;
    }

    @Override
    public double sampleValue(double good, DoubleSupplier uniform) {
      return good;
    }

    @Override
    public double fullPointsValue() {
      return 1;
    }

    @Override
    public Label describe(double max) {
      return Label.of("值", "the value");
    }
  }

  @Test
  void theDefaultMethodsScoreCellByCell() {
    ScoringRule r = new Identity();
    assertThat(r.isRelative()).isFalse();
    assertThat(new YesNo(HIGHER_IS_BETTER).isRelative()).isFalse(); // the built-in absolute kinds too
    // scoreAll over [1, 3) only: cells 0 and 3 keep their −1
    double[] out = {-1, -1, -1, -1};
    r.scoreAll(new double[] {1, 2, 7, 4}, 1, 3, 5, out);
    assertThat(out).containsExactly(-1, 2, 5, -1); // min(2, 5), min(7, 5)
    // scoreColumn over the whole column, the groups ignored; NaN → 0
    double[] col = new double[3];
    r.scoreColumn(new double[] {1, Double.NaN, 9}, new int[] {0, 1, 2}, 5, col);
    assertThat(col).containsExactly(1, 0, 5);
    // the scoring loop stops at 'to': from = to scores nothing
    double[] none = {-1, -1};
    r.scoreAll(new double[] {1, 2}, 1, 1, 5, none);
    assertThat(none).containsExactly(-1, -1);
  }

  @Test
  void rateAndGoalpostsCheckFinitenessFirst() {
    // NaN would also fail the range checks, but with the other message: the finite check names the bound
    assertThatThrownBy(() -> new Rate(Double.NaN, 1, HIGHER_IS_BETTER)).hasMessage("low must be a finite number, was NaN");
    assertThatThrownBy(() -> new Rate(0, Double.NaN, HIGHER_IS_BETTER)).hasMessage("high must be a finite number, was NaN");
    assertThatThrownBy(() -> new Rate(0.5, 0.5, HIGHER_IS_BETTER))
        .hasMessage("a rate needs 0 ≤ low < high ≤ 1, got low=0.5 high=0.5");
    // −∞ < 1 would pass the goalposts' own check (high > low)
    assertThatThrownBy(() -> new Goalposts(Double.NEGATIVE_INFINITY, 1, HIGHER_IS_BETTER))
        .hasMessage("low must be a finite number, was -Infinity");
  }

  @Test
  void goalpostsSampleAtTheShareOfTheWay() {
    // low 10, high 30: a share 0.25 of "good" is 10 + 20 × 0.25 = 15 when higher is better,
    // 10 + 20 × 0.75 = 25 when lower is better
    DoubleSupplier unused = () -> 0.0;
    assertThat(new Goalposts(10, 30, HIGHER_IS_BETTER).sampleValue(0.25, unused)).isEqualTo(15.0);
    assertThat(new Goalposts(10, 30, LOWER_IS_BETTER).sampleValue(0.25, unused)).isEqualTo(25.0);
  }

  @Test
  void yesIsAValueOfAtLeastOneHalf() {
    // 0.5 is yes (v ≥ 0.5): full points when higher is better, none when lower is better
    assertThat(new YesNo(HIGHER_IS_BETTER).points(0.5, 4)).isEqualTo(4.0);
    assertThat(new YesNo(HIGHER_IS_BETTER).points(0.4999, 4)).isEqualTo(0.0);
    assertThat(new YesNo(LOWER_IS_BETTER).points(0.5, 4)).isEqualTo(0.0);
  }
}
