package org.fivetype.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Aggregation#columns}, the column-by-column path a {@link Recipe} takes, gives for every
 * unit exactly (bit for bit) what {@link Aggregation#apply} gives for that unit's values, as its
 * comment promises; and the data threshold, failures and weights checks of that path. The values
 * of {@link Aggregation#apply} are checked by hand in {@code AggregationTest}. Written for issue 18.
 */
class AggregationColumnsTest {
  private static final double NaN = Double.NaN;

  // three children over six units: present and missing values, a zero, a one, a large value
  static final double[][] COLS = {
      {2, NaN, 0, 1, 9, 4},
      {8, 3, 5, NaN, 1, 4},
      {4, 6, 2, 1, NaN, 0.5}};

  static Stream<Arguments> methods() {
    return Stream.of(
        Arguments.of(Aggregation.sum(), new double[] {1, 2, 3}),
        Arguments.of(Aggregation.arithmetic(), new double[] {1, 2, 3}),
        Arguments.of(Aggregation.geometric(), new double[] {1, 2, 3}),
        Arguments.of(Aggregation.harmonic(), new double[] {1, 2, 3}),
        Arguments.of(Aggregation.generalised(2), new double[] {1, 2, 3}),
        Arguments.of(Aggregation.generalised(1), new double[] {1, 2, 3}),
        Arguments.of(Aggregation.generalised(0), new double[] {1, 2, 3}),
        Arguments.of(Aggregation.generalised(-1), new double[] {1, 2, 3}),
        Arguments.of(Aggregation.generalised(-2), new double[] {1, 2, 3}),
        Arguments.of(Aggregation.generalised(0.5), new double[] {1, 2, 3}),
        // a zero weight: the child takes no part (not even its zero under the geometric mean)
        Arguments.of(Aggregation.geometric(), new double[] {1, 2, 0}),
        Arguments.of(Aggregation.sum(), new double[] {0, 2, 1}),
        Arguments.of(Aggregation.arithmetic(), new double[] {0.5, 0, 2}),
        // a zero weight on the child with a zero (unit 2): 0 · ln 0 and 0/0 must not enter
        Arguments.of(Aggregation.geometric(), new double[] {0, 2, 1}),
        Arguments.of(Aggregation.harmonic(), new double[] {0, 2, 1}),
        // the power is ignored by every method but the generalised mean
        Arguments.of(new Aggregation(Aggregation.Method.ARITHMETIC, -1), new double[] {1, 2, 3}),
        Arguments.of(new Aggregation(Aggregation.Method.GEOMETRIC, 1), new double[] {1, 2, 3}),
        Arguments.of(new Aggregation(Aggregation.Method.HARMONIC, 0), new double[] {1, 2, 3}));
  }

  /**
   * A recipe hands the same scratch buffers to every aggregate: what an earlier call left in them
   * changes nothing. With a data threshold of 1 (every child present) unit 0 (three values) is
   * aggregated and units 1, 3 and 4 (two values each) are NaN, in the second call as in the first.
   */
  @Test
  void buffersLeftByAnEarlierCallChangeNothing() {
    int n = COLS[0].length;
    double[] scratch = new double[n + 2];
    int[] count = new int[n + 2];
    List<String> failures = new ArrayList<>();
    double[] first = new double[n];
    double[] second = new double[n];
    Aggregation.arithmetic().columns(COLS, new double[] {1, 1, 1}, 1, first, scratch, count,
        (i, message) -> failures.add(i + ": " + message));
    Aggregation.arithmetic().columns(COLS, new double[] {1, 1, 1}, 1, second, scratch, count,
        (i, message) -> failures.add(i + ": " + message));
    // unit 0: (2 + 8 + 4)/3 = 14/3; unit 2: (0 + 5 + 2)/3 = 7/3; unit 5: (4 + 4 + 0.5)/3 = 8.5/3
    assertThat(first).containsExactly(14.0 / 3, NaN, 7.0 / 3, NaN, NaN, 8.5 / 3);
    assertThat(second).containsExactly(first);
    assertThat(failures).isEmpty();
  }

  static double[] columns(Aggregation a, double[][] cols, double[] w, double threshold, List<String> failures) {
    int n = cols[0].length;
    double[] out = new double[n];
    a.columns(cols, w, threshold, out, new double[n + 2], new int[n + 2],
        (i, message) -> failures.add(i + ": " + message));
    return out;
  }

  @ParameterizedTest(name = "{0} with weights {1}")
  @MethodSource("methods")
  void columnsGiveWhatApplyGivesPerUnit(Aggregation a, double[] w) {
    List<String> failures = new ArrayList<>();
    double[] out = columns(a, COLS, w, 0, failures);
    assertThat(failures).isEmpty();
    for (int i = 0; i < 6; i++) {
      double[] v = {COLS[0][i], COLS[1][i], COLS[2][i]};
      double want = a.apply(v, w);
      assertThat(Double.doubleToLongBits(out[i])).as("unit %d: %s vs %s", i, out[i], want)
          .isEqualTo(Double.doubleToLongBits(want));
    }
  }

  @Test
  void someValuesByHand() {
    List<String> failures = new ArrayList<>();
    // unit 0: (1·2 + 2·8 + 3·4) / 6 = 30/6 = 5; unit 1: (2·3 + 3·6) / 5 = 24/5; unit 3: (1 + 3) / 4 = 1
    double[] mean = columns(Aggregation.arithmetic(), COLS, new double[] {1, 2, 3}, 0, failures);
    assertThat(mean[0]).isEqualTo(5);
    assertThat(mean[1]).isCloseTo(4.8, within(1e-15));
    assertThat(mean[3]).isEqualTo(1);
    // sum: unit 1: 2·3 + 3·6 = 24 (the missing child adds nothing)
    assertThat(columns(Aggregation.sum(), COLS, new double[] {1, 2, 3}, 0, failures)[1]).isEqualTo(24);
    // geometric, unit 0 with equal weights: (2 · 8 · 4)^(1/3) = 64^(1/3) = 4; unit 2 has a 0 → 0
    double[] geo = columns(Aggregation.geometric(), COLS, new double[] {1, 1, 1}, 0, failures);
    assertThat(geo[0]).isCloseTo(4, within(1e-12));
    assertThat(geo[2]).isZero();
    // harmonic, unit 5: 3 / (1/4 + 1/4 + 1/0.5) = 3 / 2.5 = 1.2
    assertThat(columns(Aggregation.harmonic(), COLS, new double[] {1, 1, 1}, 0, failures)[5])
        .isCloseTo(1.2, within(1e-12));
    // power mean p = 2, unit 4: sqrt((81 + 1) / 2) = sqrt(41)
    assertThat(columns(Aggregation.generalised(2), COLS, new double[] {1, 1, 1}, 0, failures)[4])
        .isCloseTo(Math.sqrt(41), within(1e-12));
    assertThat(failures).isEmpty();
  }

  @Test
  void theDataThresholdLeavesUnitsWithTooFewChildrenMissing() {
    List<String> failures = new ArrayList<>();
    // units 1, 3 and 4 have 2 of 3 children (0.667); the others 3 of 3
    double[] at = columns(Aggregation.arithmetic(), COLS, new double[] {1, 1, 1}, 2.0 / 3, failures);
    assertThat(at[1]).isEqualTo(4.5); // exactly at the threshold: kept
    double[] above = columns(Aggregation.arithmetic(), COLS, new double[] {1, 1, 1}, 0.7, failures);
    assertThat(above[1]).isNaN();
    assertThat(above[3]).isNaN();
    assertThat(above[0]).isCloseTo(14.0 / 3, within(1e-15));
    // a unit with no child present is missing whatever the threshold, sum included
    double[][] empty = {{NaN, 1}, {NaN, 2}};
    assertThat(columns(Aggregation.sum(), empty, new double[] {1, 1}, 0, failures)).containsExactly(NaN, 3);
    assertThat(failures).isEmpty();
  }

  @Test
  void failuresNameTheUnitAndWeightsAreChecked() {
    List<String> failures = new ArrayList<>();
    double[][] cols = {{-1, 2, 3}, {4, 5, NaN}};
    columns(Aggregation.geometric(), cols, new double[] {1, 1}, 0, failures);
    assertThat(failures).containsExactly("0: geometric needs values ≥ 0, got -1.0");
    failures.clear();
    // negatives are fine under the arithmetic mean and the sum
    assertThat(columns(Aggregation.arithmetic(), cols, new double[] {1, 1}, 0, failures)[0]).isEqualTo(1.5);
    assertThat(columns(Aggregation.sum(), cols, new double[] {1, 1}, 0, failures)[0]).isEqualTo(3);
    assertThat(columns(Aggregation.generalised(1), cols, new double[] {1, 1}, 0, failures)[0]).isEqualTo(1.5);
    assertThat(failures).isEmpty();
    // unit 2's only present child has weight 0: nothing to divide by
    double[] out = columns(Aggregation.arithmetic(), cols, new double[] {0, 1}, 0, failures);
    assertThat(failures).containsExactly("2: the weights of the present values sum to 0");
    assertThat(out[2]).isNaN();
    assertThat(out[1]).isEqualTo(5);
    for (double bad : new double[] {-1, NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> columns(Aggregation.arithmetic(), cols, new double[] {1, bad}, 0, new ArrayList<>()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("weights must be finite and ≥ 0, got " + bad);
      assertThatThrownBy(() -> Aggregation.arithmetic().apply(new double[] {1, 2}, new double[] {1, bad}))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("weights must be finite and ≥ 0, got " + bad);
    }
  }

  @Test
  void copelandRunsOnlyOverColumns() {
    assertThatThrownBy(() -> Aggregation.copeland().apply(new double[] {1}, new double[] {1}))
        .hasMessage("copeland compares units: it aggregates whole columns");
    // COINr 1.x a_copeland with two children of equal weight (each 1/2 after w/sum(w)):
    // (0,1): unit 0 is higher on both → o01 = 1 > 0.5: +1 for 0, −1 for 1;
    // (0,2): higher on both (3 > 2, 3 > 2) → +1 for 0, −1 for 2;
    // (1,2): lower on the first, tied on the second → o12 = 0 + 0.5/2 = 0.25 < 0.5: −1 for 1, +1 for 2.
    // Scores: 0 → 2, 1 → −2, 2 → 0
    double[][] cols = {{3, 1, 2}, {3, 2, 2}};
    List<String> failures = new ArrayList<>();
    double[] out = columns(Aggregation.copeland(), cols, new double[] {1, 1}, 0, failures);
    assertThat(out).containsExactly(2, -2, 0);
    // unequal weights 1 and 3 (1/4 and 3/4): (0,1): higher on the first only → o01 = 1/4 → −1/+1;
    // (0,2): equal on both → o02 = 1/2 → 0; (1,2): higher on the second only → o12 = 3/4 → +1/−1
    double[] unequal = columns(Aggregation.copeland(), new double[][] {{3, 1, 3}, {1, 2, 1}}, new double[] {1, 3}, 0,
        failures);
    assertThat(unequal).containsExactly(-1, 2, -1);
    // a comparison with a missing value counts for neither: o01 = 1/2 (the second child) → 0 and 0
    assertThat(columns(Aggregation.copeland(), new double[][] {{1, NaN}, {2, 1}}, new double[] {1, 1}, 0, failures))
        .containsExactly(0, 0);
    assertThat(failures).isEmpty();
    assertThat(Aggregation.copeland().name()).isEqualTo("copeland");
    assertThat(Aggregation.generalised(3)).isEqualTo(new Aggregation(Aggregation.Method.GENERALISED, 3));
    assertThatThrownBy(() -> Aggregation.generalised(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBuffersNeedNotBeCleanOnEntry() {
    // out, scratch and count come from the caller and may hold anything: the result is the same
    double[] w = {1, 2, 3};
    for (Aggregation a : List.of(Aggregation.arithmetic(), Aggregation.sum(), Aggregation.geometric())) {
      double[] out = {7, 7, 7, 7, 7, 7};
      double[] scratch = {7, 7, 7, 7, 7, 7};
      int[] count = {7, 7, 7, 7, 7, 7};
      a.columns(COLS, w, 0, out, scratch, count, (i, m) -> {
        throw new AssertionError(m);
      });
      for (int i = 0; i < 6; i++) {
        assertThat(out[i]).as("%s unit %d", a, i).isEqualTo(a.apply(new double[] {COLS[0][i], COLS[1][i],
            COLS[2][i]}, w));
      }
    }
    double[] copeland = {7, 7};
    Aggregation.copeland(new double[][] {{2, 1}}, new double[] {1}, copeland);
    assertThat(copeland).containsExactly(1, -1);
  }
}
