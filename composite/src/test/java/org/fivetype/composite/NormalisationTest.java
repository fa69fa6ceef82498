package org.fivetype.composite;

import org.fivetype.scale.Normalisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.fivetype.api.Direction.HIGHER_IS_BETTER;
import static org.fivetype.api.Direction.LOWER_IS_BETTER;

import java.util.List;
import java.util.stream.Stream;
import org.fivetype.api.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each normalisation on small columns worked out by hand (the arithmetic is in the comments). */
class NormalisationTest {
  private static final double NaN = Double.NaN;

  private static double[] run(Normaliser n, double[] x, int[] group, Direction d) {
    double[] out = new double[x.length];
    n.apply(x, group, d, List.of("A", "B", "C", "D", "E").subList(0, Math.min(5, x.length)), out);
    return out;
  }

  static Stream<Arguments> cases() {
    double t = 1.0 / 3;
    return Stream.of(
        // min-max [0,100] of 2,4,6: (v-2)/(6-2)*100 -> 0, 50, 100; the missing value stays missing
        Arguments.of("min-max", Normaliser.minMax(0, 100), new double[] {2, 4, 6, NaN}, null,
            HIGHER_IS_BETTER, new double[] {0, 50, 100, NaN}),
        // [1,100] (the ASEM range): (v-2)/4*99+1 -> 1, 50.5, 100
        Arguments.of("min-max 1..100", Normaliser.minMax(1, 100), new double[] {2, 4, 6}, null,
            HIGHER_IS_BETTER, new double[] {1, 50.5, 100}),
        // lower is better: -2,-4,-6 -> min -6, max -2: (-2+6)/4=1 -> 100, 50, 0
        Arguments.of("min-max lower", Normaliser.minMax(0, 100), new double[] {2, 4, 6}, null,
            LOWER_IS_BETTER, new double[] {100, 50, 0}),
        // per group: group 0 = {1,3} -> 0,100; group 1 = {10,20} -> 0,100
        Arguments.of("min-max per group", Normaliser.minMax(0, 100), new double[] {1, 3, 10, 20},
            new int[] {0, 0, 1, 1}, HIGHER_IS_BETTER, new double[] {0, 100, 0, 100}),
        // constant column: every unit is the best -> hi
        Arguments.of("min-max constant", Normaliser.minMax(0, 10), new double[] {5, 5, 5}, null,
            HIGHER_IS_BETTER, new double[] {10, 10, 10}),
        Arguments.of("min-max single unit", Normaliser.minMax(0, 10), new double[] {7}, null,
            HIGHER_IS_BETTER, new double[] {10}),
        Arguments.of("min-max all missing", Normaliser.minMax(0, 10), new double[] {NaN, NaN},
            null, HIGHER_IS_BETTER, new double[] {NaN, NaN}),
        // z-score of 1,2,3: mean 2, sample sd sqrt((1+0+1)/2) = 1 -> -1, 0, 1
        Arguments.of("z-score", Normaliser.zScore(0, 1), new double[] {1, 2, 3}, null,
            HIGHER_IS_BETTER, new double[] {-1, 0, 1}),
        // mean 10, sd 2: 10 + 2z -> 8, 10, 12; lower is better flips the sign of z
        Arguments.of("z-score 10/2", Normaliser.zScore(10, 2), new double[] {1, 2, 3}, null,
            HIGHER_IS_BETTER, new double[] {8, 10, 12}),
        Arguments.of("z-score lower", Normaliser.zScore(0, 1), new double[] {1, 2, 3}, null,
            LOWER_IS_BETTER, new double[] {1, 0, -1}),
        // constant or single: sd 0 -> everyone at the mean
        Arguments.of("z-score constant", Normaliser.zScore(50, 10), new double[] {4, 4}, null,
            HIGHER_IS_BETTER, new double[] {50, 50}),
        Arguments.of("z-score single", Normaliser.zScore(50, 10), new double[] {4}, null,
            HIGHER_IS_BETTER, new double[] {50}),
        // ranks of 10,20,20,30: 10 -> 1; the 20s span ranks 2 and 3 -> average 2.5; 30 -> 4
        Arguments.of("rank ties", Normaliser.rank(), new double[] {10, 20, 20, 30}, null,
            HIGHER_IS_BETTER, new double[] {1, 2.5, 2.5, 4}),
        Arguments.of("rank lower", Normaliser.rank(), new double[] {10, 20, 20, 30}, null,
            LOWER_IS_BETTER, new double[] {4, 2.5, 2.5, 1}),
        // constant: all span 1..3 -> average 2
        Arguments.of("rank constant", Normaliser.rank(), new double[] {5, 5, 5}, null,
            HIGHER_IS_BETTER, new double[] {2, 2, 2}),
        // Borda = rank - 1
        Arguments.of("borda", Normaliser.borda(), new double[] {10, 20, 20, 30, NaN}, null,
            HIGHER_IS_BETTER, new double[] {0, 1.5, 1.5, 3, NaN}),
        // place: 30 first; the 20s share place 2; 10 is 4th
        Arguments.of("place", Normaliser.place(), new double[] {10, 20, 20, 30}, null,
            HIGHER_IS_BETTER, new double[] {4, 2, 2, 1}),
        Arguments.of("place lower", Normaliser.place(), new double[] {10, 20, 20, 30}, null,
            LOWER_IS_BETTER, new double[] {1, 2, 2, 4}),
        // percent rank: min ranks 1,2,2,4 -> (r-1)/(4-1) = 0, 1/3, 1/3, 1
        Arguments.of("percent rank", Normaliser.percentRank(), new double[] {10, 20, 20, 30}, null,
            HIGHER_IS_BETTER, new double[] {0, t, t, 1}),
        Arguments.of("percent rank constant", Normaliser.percentRank(), new double[] {3, 3}, null,
            HIGHER_IS_BETTER, new double[] {1, 1}),
        Arguments.of("percent rank single", Normaliser.percentRank(), new double[] {3}, null,
            HIGHER_IS_BETTER, new double[] {1}),
        // fraction of the best: 2/8, 4/8, 8/8
        Arguments.of("fraction of best", Normaliser.fractionOfBest(), new double[] {2, 4, 8}, null,
            HIGHER_IS_BETTER, new double[] {0.25, 0.5, 1}),
        // lower is better: best = 2 -> 2/2, 2/4, 2/8
        Arguments.of("fraction of best lower", Normaliser.fractionOfBest(),
            new double[] {2, 4, 8}, null, LOWER_IS_BETTER, new double[] {1, 0.5, 0.25}),
        Arguments.of("fraction of best all zero", Normaliser.fractionOfBest(),
            new double[] {0, 0}, null, HIGHER_IS_BETTER, new double[] {1, 1}),
        // lower is better with a zero: the zero is the best (1), 0/2 = 0 for the other
        Arguments.of("fraction of best lower zero", Normaliser.fractionOfBest(),
            new double[] {0, 2}, null, LOWER_IS_BETTER, new double[] {1, 0}),
        // distance to the best: 1 - (6 - v)/(6 - 2) -> 0, 0.5, 1
        Arguments.of("distance to best", Normaliser.distanceToBest(), new double[] {2, 4, 6}, null,
            HIGHER_IS_BETTER, new double[] {0, 0.5, 1}),
        Arguments.of("distance to best constant", Normaliser.distanceToBest(),
            new double[] {6, 6}, null, HIGHER_IS_BETTER, new double[] {1, 1}),
        // reference unit B (4): 1 - (4 - v)/4 -> 0.5, 1, 1.5
        Arguments.of("distance to reference", Normaliser.distanceToReference("B"),
            new double[] {2, 4, 6}, null, HIGHER_IS_BETTER, new double[] {0.5, 1, 1.5}),
        // target 5: 1 - (5 - v)/4 -> 0.25, 0.75, 1.25 capped at 1
        Arguments.of("distance to target", Normaliser.distanceToTarget(5), new double[] {2, 4, 6},
            null, HIGHER_IS_BETTER, new double[] {0.25, 0.75, 1}),
        // lower is better, target 3: v' = -2,-4,-6, t' = -3: 1 - (-3 - v')/4 -> 1.25->1, .75, .25
        Arguments.of("distance to target lower", Normaliser.distanceToTarget(3),
            new double[] {2, 4, 6}, null, LOWER_IS_BETTER, new double[] {1, 0.75, 0.25}),
        // constant scope: at/above the target 1, below 0
        Arguments.of("distance to target constant", Normaliser.distanceToTarget(5),
            new double[] {4, 4}, null, HIGHER_IS_BETTER, new double[] {0, 0}),
        // goalposts 0..10 scaled to 100: -5 -> clamp(-0.5)=0, 5 -> 50, 15 -> clamp(1.5)=100
        Arguments.of("goalposts", Normaliser.goalposts(0, 10, 100), new double[] {-5, 5, 15, NaN},
            null, HIGHER_IS_BETTER, new double[] {0, 50, 100, NaN}),
        Arguments.of("goalposts lower", Normaliser.goalposts(0, 10, 100), new double[] {-5, 5, 15},
            null, LOWER_IS_BETTER, new double[] {100, 50, 0}),
        Arguments.of("none", Normaliser.none(), new double[] {3, NaN}, null, LOWER_IS_BETTER,
            new double[] {3, NaN}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void byHand(String name, Normaliser n, double[] x, int[] group, Direction d, double[] want) {
    double[] got = run(n, x, group, d);
    assertThat(got.length).isEqualTo(want.length);
    for (int i = 0; i < want.length; i++) {
      if (Double.isNaN(want[i])) {
        assertThat(got[i]).as(name + " [" + i + "]").isNaN();
      } else {
        assertThat(got[i]).as(name + " [" + i + "]").isCloseTo(want[i], within(1e-12));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void inPlaceGivesTheSameAsIntoAnotherArray(String name, Normaliser n, double[] x, int[] group,
      Direction d, double[] want) {
    double[] copy = x.clone();
    n.apply(copy, group, d, List.of("A", "B", "C", "D", "E").subList(0, Math.min(5, x.length)),
        copy);
    assertThat(copy).containsExactly(run(n, x, group, d));
  }

  @Test
  void percentRankPerGroupUsesEachGroupsCount() {
    // group 0 = {1, 2, 3}: (r-1)/2 -> 0, 0.5, 1; group 1 = {5, 9}: 0, 1
    double[] out = new double[5];
    Normalisation.percentRank(new double[] {1, 5, 2, 9, 3}, new int[] {0, 1, 0, 1, 0},
        HIGHER_IS_BETTER, out);
    assertThat(out).containsExactly(0, 0, 0.5, 1, 1);
  }

  @Test
  void errorsAreClear() {
    double[] out = new double[2];
    assertThatThrownBy(() -> Normalisation.fractionOfBest(new double[] {-1, 2}, null,
        HIGHER_IS_BETTER, out)).hasMessageContaining("≥ 0");
    assertThatThrownBy(() -> Normalisation.distanceToReference(new double[] {NaN, 2}, null,
        HIGHER_IS_BETTER, 0, out)).hasMessageContaining("reference unit has no value");
    assertThatThrownBy(() -> Normalisation.minMax(new double[] {1, 2}, new int[] {0}, 
        HIGHER_IS_BETTER, 0, 1, out)).hasMessageContaining("group length");
    assertThatThrownBy(() -> Normaliser.goalposts(5, 5, 1)).hasMessageContaining("low < high");
    assertThatThrownBy(() -> Normaliser.distanceToReference("Z").apply(new double[] {1, 2}, null,
        HIGHER_IS_BETTER, List.of("A", "B"), out)).hasMessageContaining("no reference unit Z");
  }
}
