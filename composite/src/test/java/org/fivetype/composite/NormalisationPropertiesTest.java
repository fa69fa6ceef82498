package org.fivetype.composite;

import org.fivetype.scale.Normalisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fivetype.api.Direction.HIGHER_IS_BETTER;
import static org.fivetype.api.Direction.LOWER_IS_BETTER;

import java.util.Arrays;
import java.util.Random;
import org.fivetype.testkit.Seeded;
import org.junit.jupiter.api.Test;

/**
 * Properties of the normalisations over random columns: 1–30 values each, drawn from seeded cases
 * ({@link Seeded}: a failure prints its seed and column), 1000 columns per property.
 */
class NormalisationPropertiesTest {

  /** A column of 1–30 doubles in [lo, hi]; one value in eight is an edge (lo, hi or 0). */
  static double[] column(Random r, double lo, double hi) {
    double[] x = new double[1 + r.nextInt(30)];
    for (int k = 0; k < x.length; k++) {
      x[k] = switch (r.nextInt(8) == 0 ? r.nextInt(3) : 3) {
        case 0 -> lo;
        case 1 -> hi;
        case 2 -> 0.0;
        default -> lo + (hi - lo) * r.nextDouble();
      };
    }
    return x;
  }

  /** A column printed in full when a case fails. */
  record Column(double[] x) {
    @Override
    public String toString() {
      return Arrays.toString(x);
    }
  }

  @Test
  void minMaxStaysInRangeAndNeverNaN() {
    Seeded.check("min-max stays in range and is never NaN", 1000, r -> new Column(column(r, -1e6, 1e6)), c -> {
      double[] out = new double[c.x().length];
      Normalisation.minMax(c.x(), null, LOWER_IS_BETTER, 1, 100, out);
      for (double v : out) {
        assertThat(v).isBetween(1.0, 100.0);
      }
    });
  }

  @Test
  void ranksSumToTriangularNumber() {
    // rounding to integers makes ties frequent; average ranks still sum to n(n+1)/2
    Seeded.check("ranks sum to n(n+1)/2", 1000, r -> new Column(Arrays.stream(column(r, -5, 5)).map(Math::rint)
        .toArray()), c -> {
      double[] out = new double[c.x().length];
      Normalisation.rank(c.x(), null, HIGHER_IS_BETTER, out);
      double sum = 0;
      for (double v : out) {
        sum += v;
      }
      int n = c.x().length;
      assertThat(sum).isCloseTo(n * (n + 1) / 2.0, within(1e-9));
    });
  }
}
