package org.fivetype.composite;

import org.fivetype.scale.Normalisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fivetype.api.Direction.HIGHER_IS_BETTER;
import static org.fivetype.api.Direction.LOWER_IS_BETTER;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** Properties of the normalisations over random columns. */
class NormalisationPropertiesTest {
  @Property
  void minMaxStaysInRangeAndNeverNaN(
      @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1e6, max = 1e6) Double> xs) {
    double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
    double[] out = new double[x.length];
    Normalisation.minMax(x, null, LOWER_IS_BETTER, 1, 100, out);
    for (double v : out) {
      assertThat(v).isBetween(1.0, 100.0);
    }
  }

  @Property
  void ranksSumToTriangularNumber(
      @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -5, max = 5) Double> xs) {
    // rounding to integers makes ties frequent; average ranks still sum to n(n+1)/2
    double[] x = xs.stream().mapToDouble(d -> Math.rint(d)).toArray();
    double[] out = new double[x.length];
    Normalisation.rank(x, null, HIGHER_IS_BETTER, out);
    double sum = 0;
    for (double v : out) {
      sum += v;
    }
    int n = x.length;
    assertThat(sum).isCloseTo(n * (n + 1) / 2.0, within(1e-9));
  }
}
