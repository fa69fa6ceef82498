package org.fivetype.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.fivetype.composite.OutlierTreatment.Flag.NONE;
import static org.fivetype.composite.OutlierTreatment.Flag.TRANSFORMED;
import static org.fivetype.composite.OutlierTreatment.Flag.WINSORISED_HIGH;
import static org.fivetype.composite.OutlierTreatment.Flag.WINSORISED_LOW;

import org.junit.jupiter.api.Test;

class OutlierTreatmentTest {
  private static final double NaN = Double.NaN;

  /** 1, 2, …, to, followed by the extra values. */
  private static double[] concat(int to, double[] extra) {
    double[] out = new double[to + extra.length];
    for (int i = 0; i < to; i++) {
      out[i] = i + 1;
    }
    System.arraycopy(extra, 0, out, to, extra.length);
    return out;
  }

  @Test
  void skewnessAndKurtosisAsExcel() {
    // x = 1,2,3,4,10: mean 4, d = -3,-2,-1,0,6, Σd² = 50, Σd³ = 180, Σd⁴ = 1394, n = 5, s² = 12.5
    // SKEW = n/((n-1)(n-2)) Σ(d/s)³ = 5/12 · 180/12.5^1.5 = 1.697056274847714
    // KURT = n(n+1)/((n-1)(n-2)(n-3)) Σ(d/s)⁴ − 3(n-1)²/((n-2)(n-3))
    //      = 30/24 · 1394/156.25 − 48/6 = 11.152 − 8 = 3.152
    double[] x = {1, 2, 3, NaN, 4, 10};
    assertThat(OutlierTreatment.skewness(x)).isCloseTo(1.697056274847714, within(1e-12));
    assertThat(OutlierTreatment.kurtosis(x)).isCloseTo(3.152, within(1e-12));
    assertThat(OutlierTreatment.skewness(new double[] {1, 2})).isNaN();
    assertThat(OutlierTreatment.kurtosis(new double[] {1, 2, 3})).isNaN();
    assertThat(OutlierTreatment.skewness(new double[] {2, 2, 2, 2})).isNaN();
  }

  @Test
  void oneHighOutlierIsWinsorisedInOneStep() {
    // 1..9, 100: skew 3.119 > 2 and kurt 9.799 > 3.5 -> fails; 100 -> 9 (the next lower value);
    // 1..9, 9: skew -0.151 -> passes after 1 step
    double[] x = concat(9, new double[] {100});
    double[] out = new double[10];
    OutlierTreatment.Flag[] f = new OutlierTreatment.Flag[10];
    TreatmentLog log = OutlierTreatment.column("X", x, OutlierTreatment.Spec.winsorise(5), out, f);
    assertThat(out[9]).isEqualTo(9);
    assertThat(f[9]).isEqualTo(WINSORISED_HIGH);
    assertThat(f[0]).isEqualTo(NONE);
    assertThat(log.steps()).isEqualTo(1);
    assertThat(log.pointsHigh()).isEqualTo(1);
    assertThat(log.pointsLow()).isZero();
    assertThat(log.passed()).isTrue();
    assertThat(log.treatment()).isEqualTo("Winsorised 1 points");
    assertThat(log.skewness()).isCloseTo(-0.15146310708295857, within(1e-12));
  }

  @Test
  void tiedMaximaMoveTogetherInOneStepAndCountAsTwoPoints() {
    // 1..20, 200, 200: skew 3.002, kurt 7.861 -> fails; both 200s -> 20 in one step; passes
    double[] x = concat(20, new double[] {200, 200});
    double[] out = new double[22];
    TreatmentLog log = OutlierTreatment.column("X", x, OutlierTreatment.Spec.winsorise(5), out,
        null);
    assertThat(out[20]).isEqualTo(20);
    assertThat(out[21]).isEqualTo(20);
    assertThat(log.steps()).isEqualTo(1);
    assertThat(log.pointsHigh()).isEqualTo(2);
    assertThat(log.treatment()).as("COINr's text counts steps").isEqualTo("Winsorised 1 points");
  }

  @Test
  void negativeSkewWinsorisesAtTheMinimum() {
    // the mirror image of 1..9, 100
    double[] x = {-100, -1, -2, -3, -4, -5, -6, -7, -8, -9};
    OutlierTreatment.Flag[] f = new OutlierTreatment.Flag[10];
    TreatmentLog log = OutlierTreatment.column("X", x, OutlierTreatment.Spec.winsorise(5), x, f);
    assertThat(x[0]).isEqualTo(-9);
    assertThat(f[0]).isEqualTo(WINSORISED_LOW);
    assertThat(log.pointsLow()).isEqualTo(1);
    assertThat(log.pointsHigh()).isZero();
  }

  @Test
  void limitReachedFallsBackToTheCoinToolLogOfTheOriginalColumn() {
    // 1..20, 200, 300 with winMax 1: step 1 sets 300 -> 200; 1..20, 200, 200 still fails
    // (skew 3.002, kurt 7.861), the limit is reached -> ln(v - min + 0.01 (max - min)) of the
    // ORIGINAL values: min 1, max 300: ln(v - 1 + 2.99)
    double[] x = concat(20, new double[] {200, 300});
    double[] out = new double[22];
    OutlierTreatment.Flag[] f = new OutlierTreatment.Flag[22];
    TreatmentLog log = OutlierTreatment.column("X", x, OutlierTreatment.Spec.winsorise(1), out, f);
    assertThat(out[0]).isCloseTo(Math.log(2.99), within(1e-12));
    assertThat(out[21]).isCloseTo(Math.log(300 - 1 + 2.99), within(1e-12));
    assertThat(out[20]).isCloseTo(5.308218191225299, within(1e-12));
    assertThat(f).containsOnly(TRANSFORMED);
    assertThat(log.transformed()).isTrue();
    assertThat(log.treatment()).isEqualTo("CTLog (exceeded winmax)");
    assertThat(log.points()).isZero();
  }

  @Test
  void fallbackNoneKeepsTheOriginalAndSaysItFailed() {
    double[] x = concat(20, new double[] {200, 300});
    double[] out = new double[22];
    TreatmentLog log = OutlierTreatment.column("X", x,
        OutlierTreatment.Spec.winsorise(1).withFallback(OutlierTreatment.Fallback.NONE), out, null);
    assertThat(out).containsExactly(x);
    assertThat(log.passed()).isFalse();
  }

  @Test
  void plainLogOfNonPositiveValuesLeavesTheColumnUntreated() {
    double[] x = concat(20, new double[] {200, 300});
    x[0] = 0;
    double[] out = new double[22];
    TreatmentLog log = OutlierTreatment.column("X", x,
        OutlierTreatment.Spec.winsorise(0).withFallback(OutlierTreatment.Fallback.LOG), out, null);
    assertThat(out).containsExactly(x);
    assertThat(log.treatment()).isEqualTo("None: exceeded winmax but log error");
  }

  @Test
  void passingConstantSingleAndMissingColumnsAreLeftAlone() {
    for (double[] x : new double[][] {{5, 5, 5, 5, 5}, {7}, {NaN, NaN}, {1, 2, 3, 4, 5}}) {
      double[] out = new double[x.length];
      TreatmentLog log = OutlierTreatment.column("X", x, OutlierTreatment.Spec.winsorise(5), out,
          null);
      assertThat(out).containsExactly(x);
      assertThat(log.passed()).isTrue();
      assertThat(log.steps()).isZero();
    }
  }

  @Test
  void winsorisingDownToOneDistinctValueIsAnError() {
    // ten zeros and a one: skew 3.317, kurt 11 -> the only step would make the column constant
    double[] x = new double[11];
    x[10] = 1;
    assertThatThrownBy(() -> OutlierTreatment.column("X", x, OutlierTreatment.Spec.winsorise(5),
        new double[11], null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fewer than two distinct values");
  }

  @Test
  void coinrDefaultLimitIsTenPercentRoundedUp() {
    assertThat(OutlierTreatment.Spec.coinrDefault(51).winMax()).isEqualTo(6);
    assertThat(OutlierTreatment.Spec.coinrDefault(50).winMax()).isEqualTo(5);
  }
}
