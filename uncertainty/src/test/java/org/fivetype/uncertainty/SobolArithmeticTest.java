package org.fivetype.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of {@link Sobol} and {@link Summary} on inputs small enough to follow by hand:
 * where {@link SobolTest} checks the estimators against analytic indices within their Monte Carlo
 * error, these check every term exactly. Written for issue 18 (mutation testing).
 */
class SobolArithmeticTest {

  /** k · golden, wrapping as SplitMix64's state does (a method, so that no constant overflows). */
  static long golden(long k) {
    return k * 0x9E3779B97F4A7C15L;
  }

  @Test
  void splitMix64GivesThePublishedSequence() {
    // Vigna's reference splitmix64.c seeded with 0 returns 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4,
    // 0x06c45d188009454f, 0xf88bb8a8724c81ec: its k-th output is mix(k · golden)
    assertThat(Sobol.mix(0x9E3779B97F4A7C15L)).isEqualTo(0xe220a8397b1dcdafL);
    assertThat(Sobol.mix(golden(2))).isEqualTo(0x6e789e6aa1b965f4L);
    assertThat(Sobol.mix(golden(3))).isEqualTo(0x06c45d188009454fL);
    assertThat(Sobol.mix(golden(4))).isEqualTo(0xf88bb8a8724c81ecL);
    // place (row 0, column c) of seed 0 is output c + 1; its top 53 bits over 2^53
    assertThat(Sobol.uniform(0, 0, 0)).isEqualTo((0xe220a8397b1dcdafL >>> 11) * 0x1.0p-53);
    assertThat(Sobol.uniform(0, 0, 0)).isEqualTo(0.8833108082136426);
    assertThat(Sobol.uniform(0, 0, 1)).isEqualTo(0.43152799704850997);
    assertThat(Sobol.uniform(0, 0, 2)).isEqualTo(0.026433771592597743);
    // row 1 starts 2^20 places further on
    assertThat(Sobol.uniform(0, 1, 0)).isEqualTo((Sobol.mix(golden((1L << 20) + 1)) >>> 11) * 0x1.0p-53);
    assertThat(Sobol.uniform(5, 0, 0)).isEqualTo((Sobol.mix(5 + 0x9E3779B97F4A7C15L) >>> 11) * 0x1.0p-53);
  }

  @Test
  void theNumberOfEvaluationsIsNTimesDPlusTwoAndMustFitAnInt() {
    assertThat(Sobol.evaluations(3, 2)).isEqualTo(12);
    assertThat(Sobol.evaluations(Integer.MAX_VALUE / 3, 1)).isEqualTo(Integer.MAX_VALUE / 3 * 3);
    assertThatThrownBy(() -> Sobol.evaluations(Integer.MAX_VALUE / 3 + 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("too many evaluations: " + (Integer.MAX_VALUE / 3 + 1) + " × (1 + 2)");
  }

  /**
   * N = 2, d = 1, outputs A = (1, 3), B = (2, 6), A_B = (2, 5). V = var(1, 3, 2, 6) = 14/3 (mean 3,
   * squares 4 + 0 + 1 + 9), f₀ = 3. First-order terms (B_j − f₀)(A_B,j − A_j) = (−1)(1), (3)(2) = −1, 6:
   * S = (5/2)/V = 15/28. Total terms (A_j − A_B,j)² = 1, 4: S_T = (5/4)/V = 15/56. Resamples (0, 0),
   * (1, 1), (0, 1): first-order estimates −3/14, 18/14, 7.5/14, total 1.5/14, 6/14, 3.75/14; their 5th
   * and 95th percentiles (type 7, h = 0.1 and 1.9): −0.1392857, 1.2107143 and 0.1232143, 0.4125.
   */
  @Test
  void theEstimatorsTermByTerm() {
    double[] y = {1, 3, 2, 6, 2, 5};
    List<SensitivityIndex> s = Sobol.estimate(y, 2, List.of("x"), new int[][] {{0, 0}, {1, 1}, {0, 1}});
    SensitivityIndex x = s.get(0);
    assertThat(x.input()).isEqualTo("x");
    assertThat(x.first()).isCloseTo(15.0 / 28, within(1e-12));
    assertThat(x.total()).isCloseTo(15.0 / 56, within(1e-12));
    assertThat(x.firstLow()).isCloseTo(-0.1392857142857143, within(1e-12));
    assertThat(x.firstHigh()).isCloseTo(1.21071428571428, within(1e-12));
    assertThat(x.totalLow()).isCloseTo(0.1232142857142857, within(1e-12));
    assertThat(x.totalHigh()).isCloseTo(0.4125, within(1e-12));

    // without resamples the intervals are NaN and the indices the same
    SensitivityIndex bare = Sobol.estimate(y, 2, List.of("x"), 0, 1).get(0);
    assertThat(bare.first()).isCloseTo(15.0 / 28, within(1e-12));
    assertThat(bare.firstLow()).isNaN();
    assertThat(bare.totalHigh()).isNaN();

    // the mean of the outputs does not matter: +100 everywhere gives the same indices
    double[] shifted = {101, 103, 102, 106, 102, 105};
    SensitivityIndex up = Sobol.estimate(shifted, 2, List.of("x"), 0, 1).get(0);
    assertThat(up.first()).isCloseTo(15.0 / 28, within(1e-12));
    assertThat(up.total()).isCloseTo(15.0 / 56, within(1e-12));
  }

  @Test
  void twoInputsReadTheirOwnBlocks() {
    // N = 2, d = 2: A = (1, 3), B = (2, 6), A_B^(1) = (2, 5), A_B^(2) = (1, 3) (input 2 changes nothing)
    double[] y = {1, 3, 2, 6, 2, 5, 1, 3};
    List<SensitivityIndex> s = Sobol.estimate(y, 2, List.of("x1", "x2"), 0, 1);
    assertThat(s.get(0).first()).isCloseTo(15.0 / 28, within(1e-12));
    assertThat(s.get(1).input()).isEqualTo("x2");
    assertThat(s.get(1).first()).isZero();
    assertThat(s.get(1).total()).isZero();
    assertThatThrownBy(() -> Sobol.estimate(new double[7], 2, List.of("x1", "x2"), 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected 2 × (2 + 2) outputs, got 7");
  }

  @Test
  void aNearlyConstantOutputHasNoIndicesButASmallVarianceHas() {
    // variance 1e-22 relative to values near 1 is rounding: nothing to explain
    double[] flat = {1, 1 + 1e-11, 1, 1, 1, 1};
    assertThat(Sobol.estimate(flat, 2, List.of("x"), 0, 1).get(0).total()).isNaN();
    // a real variance of values near 0 is kept: var(0, 1e-6, 0, 0) = 2.5e-13 > 1e-20 (the mean square,
    // 2.5e-13, is below 1, so the bar is 1e-20 itself); S_T = ((0 − 0)² + (1e-6 − 0)²)/4 / 2.5e-13 = 1
    double[] small = {0, 1e-6, 0, 0, 0, 0};
    assertThat(Sobol.estimate(small, 2, List.of("x"), 0, 1).get(0).total()).isCloseTo(1, within(1e-9));
  }

  @Test
  void sampleVarianceAndQuantiles() {
    // R: var(1:4) = 1.666667; var of one value is taken as 0
    assertThat(Sobol.variance(new double[] {9, 1, 2, 3, 4, 9}, 1, 5)).isCloseTo(5.0 / 3, within(1e-15));
    assertThat(Sobol.variance(new double[] {7}, 0, 1)).isZero();
    assertThat(Sobol.quantileSorted(new double[0], 0.5)).isNaN();
    assertThat(Sobol.quantileSorted(new double[] {4}, 0.95)).isEqualTo(4);
    assertThat(Sobol.quantileSorted(new double[] {1, 2, 4}, 1)).isEqualTo(4);
    assertThat(Sobol.quantileSorted(new double[] {1, 2, 4}, 0)).isEqualTo(1);
    // h = 2 · 0.75 = 1.5: halfway between 2 and 4
    assertThat(Sobol.quantileSorted(new double[] {1, 2, 4}, 0.75)).isEqualTo(3);
  }

  @Test
  void bootstrapResamplesAreRowsOfTheBaseSampleDrawnFromTheSeed() {
    int[][] r = Sobol.resamples(5, 3, 42);
    assertThat(r).hasDimensions(3, 5);
    for (int b = 0; b < 3; b++) {
      for (int j = 0; j < 5; j++) {
        assertThat(r[b][j]).isEqualTo((int) (Sobol.uniform(42 ^ 0x5DEECE66DL, b, j) * 5));
      }
    }
    assertThat(Sobol.resamples(5, 3, 42)).isDeepEqualTo(r);
    assertThat(Sobol.resamples(5, 0, 42)).isEmpty();
  }

  @Test
  void summaryOfOneToFiveAsR() {
    // R: mean 3, sd(1:5) = 1.581139, quantile(1:5, c(0.05, 0.5, 0.95)) = 1.2, 3, 4.8
    Summary s = Summary.of(new double[] {3, 1, 5, 2, 4});
    assertThat(s.mean()).isEqualTo(3);
    assertThat(s.sd()).isCloseTo(Math.sqrt(2.5), within(1e-15));
    assertThat(s.min()).isEqualTo(1);
    assertThat(s.p05()).isCloseTo(1.2, within(1e-15));
    assertThat(s.median()).isEqualTo(3);
    assertThat(s.p95()).isCloseTo(4.8, within(1e-15));
    assertThat(s.max()).isEqualTo(5);
    assertThat(Summary.of(new double[] {7})).isEqualTo(new Summary(7, 0, 7, 7, 7, 7, 7));
  }
}
