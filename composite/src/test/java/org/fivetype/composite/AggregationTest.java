package org.fivetype.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AggregationTest {
  private static final double NaN = Double.NaN;

  static Stream<Arguments> cases() {
    return Stream.of(
        // 1*2 + 3*4 = 14
        Arguments.of(Aggregation.sum(), new double[] {2, 4}, new double[] {1, 3}, 14),
        // a missing value adds nothing to a sum
        Arguments.of(Aggregation.sum(), new double[] {2, NaN, 4}, new double[] {1, 5, 3}, 14),
        // (1*2 + 3*4) / (1+3) = 3.5
        Arguments.of(Aggregation.arithmetic(), new double[] {2, 4}, new double[] {1, 3}, 3.5),
        // COINr: the missing value is dropped and the weights re-normalised -> still 3.5
        Arguments.of(Aggregation.arithmetic(), new double[] {2, NaN, 4}, new double[] {1, 5, 3},
            3.5),
        Arguments.of(Aggregation.arithmetic(), new double[] {-2, 4}, new double[] {1, 1}, 1),
        // sqrt(1*4) = 2
        Arguments.of(Aggregation.geometric(), new double[] {1, 4}, new double[] {1, 1}, 2),
        // exp((ln 2 + 3 ln 8)/4) = 2^((1 + 9)/4) = 2^2.5
        Arguments.of(Aggregation.geometric(), new double[] {2, 8}, new double[] {1, 3},
            Math.pow(2, 2.5)),
        // a zero with positive weight: nothing compensates it -> 0
        Arguments.of(Aggregation.geometric(), new double[] {0, 50}, new double[] {1, 1}, 0),
        // a zero with zero weight takes no part -> 4
        Arguments.of(Aggregation.geometric(), new double[] {0, 4}, new double[] {0, 1}, 4),
        // 2 / (1/1 + 1/4) = 1.6
        Arguments.of(Aggregation.harmonic(), new double[] {1, 4}, new double[] {1, 1}, 1.6),
        Arguments.of(Aggregation.harmonic(), new double[] {0, 4}, new double[] {1, 1}, 0),
        // sqrt((1 + 49)/2) = 5
        Arguments.of(Aggregation.generalised(2), new double[] {1, 7}, new double[] {1, 1}, 5),
        Arguments.of(Aggregation.generalised(1), new double[] {2, 4}, new double[] {1, 3}, 3.5),
        Arguments.of(Aggregation.generalised(0), new double[] {1, 4}, new double[] {1, 1}, 2),
        Arguments.of(Aggregation.generalised(-1), new double[] {1, 4}, new double[] {1, 1}, 1.6),
        Arguments.of(Aggregation.generalised(-2), new double[] {0, 4}, new double[] {1, 1}, 0),
        // a single value is its own mean
        Arguments.of(Aggregation.geometric(), new double[] {9}, new double[] {2}, 9),
        // a zero is only a value to the arithmetic mean and to a power mean with p > 0:
        // (0 + 4)/2 = 2; sqrt((0² + 4²)/2) = sqrt(8)
        Arguments.of(Aggregation.arithmetic(), new double[] {0, 4}, new double[] {1, 1}, 2),
        Arguments.of(Aggregation.generalised(2), new double[] {0, 4}, new double[] {1, 1}, Math.sqrt(8)),
        // the power is ignored by every method but the generalised mean (the record's Javadoc):
        // arithmetic (1 + 4)/2 = 2.5, geometric sqrt(1·4) = 2, harmonic 2/(1 + 1/4) = 1.6
        Arguments.of(new Aggregation(Aggregation.Method.ARITHMETIC, -1), new double[] {1, 4},
            new double[] {1, 1}, 2.5),
        Arguments.of(new Aggregation(Aggregation.Method.GEOMETRIC, 1), new double[] {1, 4},
            new double[] {1, 1}, 2),
        Arguments.of(new Aggregation(Aggregation.Method.HARMONIC, 0), new double[] {1, 4},
            new double[] {1, 1}, 1.6));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("cases")
  void byHand(Aggregation a, double[] v, double[] w, double want) {
    assertThat(a.apply(v, w)).isCloseTo(want, within(1e-12));
  }

  @Test
  void everyValueMissingGivesNaNForTheRecipeToReport() {
    assertThat(Aggregation.arithmetic().apply(new double[] {NaN, NaN}, new double[] {1, 1}))
        .isNaN();
  }

  @Test
  void negativesAndBadWeightsAreErrors() {
    assertThatThrownBy(() -> Aggregation.geometric().apply(new double[] {-1, 4},
        new double[] {1, 1})).hasMessageContaining("geometric needs values ≥ 0");
    assertThatThrownBy(() -> Aggregation.harmonic().apply(new double[] {-1, 4},
        new double[] {1, 1})).hasMessageContaining("≥ 0");
    assertThatThrownBy(() -> Aggregation.arithmetic().apply(new double[] {1, 4},
        new double[] {-1, 1})).hasMessageContaining("weights");
    assertThatThrownBy(() -> Aggregation.arithmetic().apply(new double[] {1, 4},
        new double[] {0, 0})).hasMessageContaining("sum to 0");
    assertThatThrownBy(() -> Aggregation.arithmetic().apply(new double[] {1},
        new double[] {1, 1})).hasMessageContaining("1 values but 2 weights");
  }
}
