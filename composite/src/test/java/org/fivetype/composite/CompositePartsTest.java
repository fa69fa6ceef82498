package org.fivetype.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value types of the composite engine — tables, classes, transformations, normalisers as
 * values, treatment logs, principal-component weights — on both sides of their documented limits,
 * with values worked out by hand in the comments. Written for issue 18 (mutation testing).
 */
class CompositePartsTest {
  private static final double NaN = Double.NaN;

  // ------------------------------------------------------------------ Table

  @Test
  void aTableLooksUpCellsByUnitAndColumnAndHandsOutCopies() {
    double[] x = {1, 2, 3};
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("x", x);
    cols.put("y", new double[] {4, NaN, 6});
    Table t = Table.of(List.of("a", "b", "c"), cols);
    x[0] = 99; // the table took a copy
    assertThat(t.value("a", "x")).isEqualTo(1);
    assertThat(t.value(2, "y")).isEqualTo(6);
    assertThat(t.value("b", "y")).isNaN();
    assertThat(t.indexOf("c")).isEqualTo(2);
    assertThat(t.indexOf("z")).isEqualTo(-1);
    assertThat(t.size()).isEqualTo(3);
    assertThat(t.units()).containsExactly("a", "b", "c");
    assertThat(t.columns()).containsExactly("x", "y");
    assertThat(t.hasColumn("y")).isTrue();
    assertThat(t.hasColumn("z")).isFalse();
    double[] copy = t.column("x");
    copy[1] = 99;
    assertThat(t.column("x")).containsExactly(1, 2, 3);
    assertThat(t).hasToString("Table[3 units × 2 columns]");
    assertThatThrownBy(() -> t.value("z", "x")).hasMessage("no unit z");
    assertThatThrownBy(() -> t.column("z")).hasMessage("no column z");
  }

  @Test
  void aTableRefusesDuplicateUnitsAndColumnsOfTheWrongLength() {
    assertThatThrownBy(() -> Table.of(List.of("a", "b", "a"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate unit a");
    assertThatThrownBy(() -> Table.of(List.of("a", "b", "c"), Map.of("x", new double[] {1, 2})))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("column x has 2 values for 3 units");
    assertThat(Table.of(List.of(), Map.of()).size()).isZero();
  }

  // ------------------------------------------------------------------ Classes

  @Test
  void classesNeedDecimalsFromZeroTo15AndIncreasingFiniteBounds() {
    List<Classes.Band> two = List.of(new Classes.Band("low", NaN), new Classes.Band("high", 0.5));
    assertThatCode(() -> new Classes("I", 0, two)).doesNotThrowAnyException(); // the first bound is ignored
    assertThatCode(() -> new Classes("I", 15, two)).doesNotThrowAnyException();
    assertThatThrownBy(() -> new Classes("I", -1, two)).hasMessage("decimals must be 0–15, was -1");
    assertThatThrownBy(() -> new Classes("I", 16, two)).hasMessage("decimals must be 0–15, was 16");
    assertThatThrownBy(() -> new Classes("I", 2, List.of())).hasMessage("no classes given");
    assertThatThrownBy(() -> new Classes("I", 2, List.of(new Classes.Band("a", 0), new Classes.Band("b", NaN))))
        .hasMessage("class b: the lower bound must be a finite number");
    assertThatThrownBy(() -> new Classes("I", 2, List.of(new Classes.Band("a", 0), new Classes.Band("b", 0.5),
        new Classes.Band("c", 0.5)))).hasMessage("class c: lower bounds must increase, 0.5 follows 0.5");
    // the second bound need not exceed the first's (ignored) one
    assertThatCode(() -> new Classes("I", 2, List.of(new Classes.Band("a", 9), new Classes.Band("b", 0.5))))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} at {1} decimals → {2}")
  @CsvSource({"0.7995, 3, 0.8", "0.7994, 3, 0.799", "2.5, 0, 3", "-2.5, 0, -3", "0.125, 2, 0.13", "1.005, 2, 1.01"})
  void roundingIsHalfUpOnTheShortestDecimal(double v, int decimals, double want) {
    // BigDecimal.valueOf(1.005) is 1.005 (the shortest decimal that reads back), so it rounds up to
    // 1.01, where new BigDecimal(1.005) = 1.00499999… would give 1.00
    Classes c = new Classes("I", decimals, List.of(new Classes.Band("all", 0)));
    assertThat(c.rounded(v)).isEqualTo(want);
  }

  @Test
  void theClassOfAValueIsTheLastBandAtOrBelowIt() {
    Classes c = new Classes("I", 1, List.of(new Classes.Band("low", 0), new Classes.Band("mid", 0.5),
        new Classes.Band("top", 0.8)));
    assertThat(c.classify(-5)).isEqualTo("low");
    assertThat(c.classify(0.44)).isEqualTo("low");    // 0.4
    assertThat(c.classify(0.45)).isEqualTo("mid");    // rounds to 0.5: on the line
    assertThat(c.classify(0.79)).isEqualTo("top");    // 0.8
    assertThat(c.classify(0.7)).isEqualTo("mid");
    assertThat(c.classify(12)).isEqualTo("top");
    assertThat(c.classify(NaN)).isNull();
    assertThat(c.rounded(Double.POSITIVE_INFINITY)).isInfinite();
    assertThat(c.rounded(NaN)).isNaN();
  }

  // ------------------------------------------------------------------ Transformation

  @Test
  void transformationsOfAColumnByHand() {
    double[] out = new double[3];
    Transformation.ln(1).apply(new double[] {0, Math.E - 1, NaN}, out);
    assertThat(out[0]).isZero();
    assertThat(out[1]).isCloseTo(1, within(1e-15));
    assertThat(out[2]).isNaN();
    Transformation.log10(0).apply(new double[] {1, 1000, 100}, out); // log10 of 10^n is n exactly (Math.log10)
    assertThat(out).containsExactly(0, 3, 2);
    Transformation.sqrt(-1).apply(new double[] {1, 5, 10}, out); // √0 is defined
    assertThat(out).containsExactly(0, 2, 3);
    // Box–Cox λ = 2: ((v + 1)² − 1)/2 → 0, 4, 12; λ = 0 is ln
    Transformation.boxCox(2, 1).apply(new double[] {0, 2, 4}, out);
    assertThat(out).containsExactly(0, 4, 12);
    Transformation.boxCox(0, 0).apply(new double[] {1, Math.E, NaN}, out);
    assertThat(out[0]).isZero();
    assertThat(out[1]).isCloseTo(1, within(1e-15));
    // COINr's makepos: v − min + 1 → 1, 3, 5 for −2, 0, 2; λ = 0.5: (√a − 1)/0.5
    Transformation.boxCoxFromMin(0.5).apply(new double[] {-2, 0, 2}, out);
    assertThat(out[0]).isZero();
    assertThat(out[1]).isCloseTo((Math.sqrt(3) - 1) / 0.5, within(1e-14));
    assertThat(out[2]).isCloseTo((Math.sqrt(5) - 1) / 0.5, within(1e-14));
    // an all-missing column stays missing
    Transformation.boxCoxFromMin(1).apply(new double[] {NaN, NaN, NaN}, out);
    assertThat(out).containsOnly(NaN);
    assertThat(Transformation.Kind.BOX_COX.jsonName()).isEqualTo("box-cox");
  }

  @Test
  void valuesOutsideTheDomainNameTheirRow() {
    double[] out = new double[2];
    assertThatThrownBy(() -> Transformation.ln(0).apply(new double[] {1, 0}, out))
        .hasMessage("row 1: ln of 0.0 + 0.0 is undefined (the value plus the shift must be > 0)");
    assertThatThrownBy(() -> Transformation.sqrt(0).apply(new double[] {-0.5, 1}, out))
        .hasMessage("row 0: sqrt of -0.5 + 0.0 is undefined (the value plus the shift must be ≥ 0)");
    assertThatThrownBy(() -> Transformation.boxCox(1, -1).apply(new double[] {2, 1}, out))
        .hasMessage("row 1: box-cox of 1.0 + -1.0 is undefined (the value plus the shift must be > 0)");
    assertThatThrownBy(() -> Transformation.ln(NaN)).hasMessage("shift and lambda must be finite numbers");
    assertThatThrownBy(() -> Transformation.boxCox(Double.POSITIVE_INFINITY, 0))
        .hasMessage("shift and lambda must be finite numbers");
  }

  // ------------------------------------------------------------------ Normaliser as a value

  @Test
  void normalisersAreValuesWithReadableNames() {
    assertThat(Normaliser.minMax(0, 1)).isEqualTo(Normaliser.minMax(0, 1)).hasSameHashCodeAs(Normaliser.minMax(0, 1))
        .isNotEqualTo(Normaliser.minMax(0, 2)).isNotEqualTo(Normaliser.zScore(0, 1));
    assertThat(Normaliser.distanceToReference("a")).isNotEqualTo(Normaliser.distanceToReference("b"));
    assertThat(Normaliser.rank(Normaliser.Ties.MIN)).isNotEqualTo(Normaliser.rank(Normaliser.Ties.MAX))
        .isNotEqualTo(Normaliser.rank());
    assertThat(Normaliser.distanceToTarget1x(5, true)).isNotEqualTo(Normaliser.distanceToTarget1x(5, false));
    assertThat(Normaliser.minMax(0, 1)).hasToString("min-max[0.0, 1.0]");
    assertThat(Normaliser.distanceToReference("a")).hasToString("distance-to-reference[a]");
    assertThat(Normaliser.rank(Normaliser.Ties.MIN)).hasToString("rank-ties[ties min]");
    assertThat(Normaliser.distanceToTarget1x(5, true)).hasToString("distance-to-target-1x[5.0][capped]");
    assertThat(Normaliser.place()).hasToString("place");
    Normaliser g = Normaliser.goalposts(1, 3, 100);
    double[] p = g.parameters();
    p[0] = 99;
    assertThat(g.parameters()).containsExactly(1, 3, 100);
    assertThat(g.kind()).isEqualTo(Normaliser.Kind.GOALPOSTS);
    assertThat(g.reference()).isNull();
    assertThat(g.ties()).isNull();
    assertThat(g.capped()).isFalse();
    assertThat(Normaliser.distanceToReference1x("u", true).reference()).isEqualTo("u");
    assertThat(Normaliser.distanceToReference1x("u", true).capped()).isTrue();
    assertThat(Normaliser.borda(Normaliser.Ties.FIRST).ties()).isEqualTo(Normaliser.Ties.FIRST);
    assertThat(Normaliser.Kind.DISTANCE_TO_TARGET_1X.jsonName()).isEqualTo("distance-to-target-1x");
    assertThatThrownBy(() -> Normaliser.goalposts(3, 3, 1)).hasMessage("goalposts need low < high, got 3.0 and 3.0");
    assertThatThrownBy(() -> Normaliser.minMax(0, Double.POSITIVE_INFINITY))
        .hasMessage("min-max parameter must be a finite number, was Infinity");
  }

  @Test
  void aReferenceUnitMustBeAmongTheUnits() {
    double[] out = new double[2];
    assertThatThrownBy(() -> Normaliser.distanceToReference("z").apply(new double[] {1, 2}, null,
        Direction.HIGHER_IS_BETTER, List.of("a", "b"), out)).hasMessage("no reference unit z");
    assertThatThrownBy(() -> Normaliser.distanceToReference1x("z", false).apply(new double[] {1, 2}, null,
        Direction.HIGHER_IS_BETTER, List.of("a", "b"), out)).hasMessage("no reference unit z");
    // none copies the values, whatever the direction
    Normaliser.none().apply(new double[] {3, NaN}, null, Direction.LOWER_IS_BETTER, List.of("a", "b"), out);
    assertThat(out).containsExactly(3, NaN);
    // min-max within groups: {1, 3} and {10, 20} each onto [0, 1]; lower is better flips each group
    double[] four = new double[4];
    Normaliser.minMax(0, 1).apply(new double[] {1, 10, 3, 20}, new int[] {0, 1, 0, 1}, Direction.LOWER_IS_BETTER,
        List.of("a", "b", "c", "d"), four);
    assertThat(four).containsExactly(1, 1, 0, 0);
    // over all units, lower is better: (max − v)/(max − min)·(hi − lo) + lo onto [1, 3]: 3, 2, 1
    double[] three = new double[3];
    Normaliser.minMax(1, 3).apply(new double[] {0, 5, 10}, null, Direction.LOWER_IS_BETTER, List.of("a", "b", "c"),
        three);
    assertThat(three).containsExactly(3, 2, 1);
    // a constant column gets the top of the range; a missing value stays missing
    Normaliser.minMax(1, 3).apply(new double[] {4, NaN, 4}, null, Direction.HIGHER_IS_BETTER, List.of("a", "b", "c"),
        three);
    assertThat(three).containsExactly(3, NaN, 3);
  }

  // ------------------------------------------------------------------ TreatmentLog

  @Test
  void theShortTreatmentLogPassedBeforeOnlyWhenNothingWasDone() {
    TreatmentLog none = new TreatmentLog("x", 0, 0, 0, 0.1, 0.2, true, false, "None");
    assertThat(none.passedBefore()).isTrue();
    assertThat(none.skewnessBefore()).isNaN();
    assertThat(none.kurtosisBefore()).isNaN();
    assertThat(new TreatmentLog("x", 1, 2, 3, 0.1, 0.2, true, false, "Winsorised 1 points").passedBefore()).isFalse();
    assertThat(new TreatmentLog("x", 0, 0, 0, 0.1, 0.2, true, true, "CTLog").passedBefore()).isFalse();
    assertThat(new TreatmentLog("x", 1, 2, 3, 0.1, 0.2, true, false, "W").points()).isEqualTo(5);
  }

  // ------------------------------------------------------------------ Weights

  @Test
  void principalComponentWeightsOfTwoColumnsAndTheirErrors() {
    // two positively correlated columns: R = [[1, r], [r, 1]], first eigenvector (1, 1)/√2 whatever r > 0
    double[] w = Weights.firstComponent(new double[][] {{1, 2, 3, 4}, {2, 4, 5, 9}}, new String[] {"a", "b"});
    assertThat(w[0]).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(w[1]).isCloseTo(Math.sqrt(0.5), within(1e-12));
    // rows with a missing value are left out: the same weights from the complete rows
    double[] v = Weights.firstComponent(new double[][] {{1, 2, NaN, 3, 4}, {2, 4, 7, 5, 9}}, new String[] {"a", "b"});
    assertThat(v[0]).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(Weights.firstComponent(new double[][] {{1, 2}}, new String[] {"a"})).containsExactly(1);
    assertThatThrownBy(() -> Weights.firstComponent(new double[][] {{1, 2, NaN}, {1, 3, 4}}, new String[] {"a", "b"}))
        .hasMessage("principal-component weights need at least 3 units with every value present, found 2");
    assertThatThrownBy(() -> Weights.firstComponent(new double[][] {{1, 2, 3}, {5, 5, 5}}, new String[] {"a", "b"}))
        .hasMessage("b is constant: no correlation, no principal-component weight");
    // c falls as a and b rise: it loads negatively on the component the other two define
    assertThatThrownBy(() -> Weights.firstComponent(new double[][] {{1, 2, 3, 4}, {1, 2, 3, 5}, {4, 3, 2, 1}},
        new String[] {"a", "b", "c"})).hasMessageStartingWith("c loads negatively (");
  }

  @Test
  void principalComponentOfUncorrelatedColumnsIsOneOfThem() {
    // r = 0: R is the identity, nothing to rotate; the first column's axis is kept (λ ties, the first wins)
    double[] w = Weights.firstComponent(new double[][] {{1, 2, 3, 4}, {1, -1, -1, 1}}, new String[] {"a", "b"});
    assertThat(w).containsExactly(1, 0);
  }

  @Test
  void anOutputOfAnotherLengthIsRefusedByEveryMethod() {
    double[] x = {1, 2, 3};
    double[] two = new double[2];
    List<String> units = List.of("a", "b", "c");
    for (Normaliser n : List.of(Normaliser.minMax(0, 1), Normaliser.rank(Normaliser.Ties.MIN),
        Normaliser.distanceToTarget1x(5, false), Normaliser.distanceToReference1x("b", false), Normaliser.none())) {
      assertThatThrownBy(() -> n.apply(x, null, Direction.HIGHER_IS_BETTER, units, two)).as(n.toString())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("output length 2 differs from column length 3");
    }
    assertThatThrownBy(() -> Imputation.column(x, null, Imputation.Method.MEAN, two, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("output length 2 differs from column length 3");
    assertThatThrownBy(() -> Imputation.column(x, null, Imputation.Method.MEAN, new double[3], new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("flags length differs from column length");
  }

  @Test
  void theCoinrOneDistancesLeaveAMissingValueMissing() {
    // n_dist2targ (x − min)/(target − min) with min 2, target 5: 0, NaN, 4/3; n_dist2ref with the
    // reference 6: 1 − (6 − x)/(6 − 2): 0, NaN, 1
    double[] out = new double[3];
    List<String> units = List.of("a", "b", "c");
    Normaliser.distanceToTarget1x(5, false).apply(new double[] {2, NaN, 6}, null, Direction.HIGHER_IS_BETTER, units,
        out);
    assertThat(out[0]).isZero();
    assertThat(out[1]).isNaN();
    assertThat(out[2]).isCloseTo(4.0 / 3, within(1e-15));
    Normaliser.distanceToReference1x("c", false).apply(new double[] {2, NaN, 6}, null, Direction.HIGHER_IS_BETTER,
        units, out);
    assertThat(out).containsExactly(0, NaN, 1);
    // a reference without a value is an error
    assertThatThrownBy(() -> Normaliser.distanceToReference1x("b", false).apply(new double[] {2, NaN, 6}, null,
        Direction.HIGHER_IS_BETTER, units, out)).hasMessage("the reference unit has no value");
    assertThat(Normaliser.minMax(0, 1).hashCode()).isNotEqualTo(Normaliser.zScore(0, 1).hashCode());
  }
}
