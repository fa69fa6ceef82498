package org.fivetype.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImputationTest {
  private static final double NaN = Double.NaN;

  @Test
  void meanOfAllUnitsWithFlags() {
    // present 1 and 3 -> mean 2 fills the gap
    double[] x = {1, NaN, 3};
    double[] out = new double[3];
    boolean[] flags = new boolean[3];
    assertThat(Imputation.column(x, null, Imputation.Method.MEAN, out, flags)).isEqualTo(1);
    assertThat(out).containsExactly(1, 2, 3);
    assertThat(flags).containsExactly(false, true, false);
    assertThat(x[1]).as("input untouched").isNaN();
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    // present 1, 2, 10, 100 -> middle values 2 and 10 -> 6 (R's median); the mean would be 28.25
    double[] x = {100, 2, NaN, 1, 10};
    Imputation.column(x, null, Imputation.Method.MEDIAN, x, null);
    assertThat(x).containsExactly(100, 2, 6, 1, 10);
  }

  @Test
  void medianWithinGroups() {
    // group 0: {1, 3} -> median 2; group 1: {10, 20, 30} -> median 20
    double[] x = {1, 3, NaN, 10, 20, 30, NaN};
    int[] g = {0, 0, 0, 7, 7, 7, 7};
    double[] out = new double[7];
    boolean[] flags = new boolean[7];
    assertThat(Imputation.column(x, g, Imputation.Method.MEDIAN, out, flags)).isEqualTo(2);
    assertThat(out).containsExactly(1, 3, 2, 10, 20, 30, 20);
    assertThat(flags).containsExactly(false, false, true, false, false, false, true);
  }

  @Test
  void singleUnitAndNothingMissing() {
    double[] out = new double[1];
    assertThat(Imputation.column(new double[] {4}, null, Imputation.Method.MEAN, out, null))
        .isZero();
    assertThat(out).containsExactly(4);
  }

  @Test
  void nothingToImputeFromIsAnError() {
    double[] out = new double[2];
    assertThatThrownBy(() -> Imputation.column(new double[] {NaN, NaN}, null,
        Imputation.Method.MEAN, out, null)).hasMessageContaining("none to impute from");
    // group 1 has only a missing value even though group 0 has values
    assertThatThrownBy(() -> Imputation.column(new double[] {1, NaN}, new int[] {0, 1},
        Imputation.Method.MEDIAN, out, null)).hasMessageContaining("group 1");
  }
}
