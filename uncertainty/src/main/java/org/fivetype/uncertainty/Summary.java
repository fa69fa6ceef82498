package org.fivetype.uncertainty;

import java.util.Arrays;
import org.fivetype.api.Surface;

/**
 * The distribution of one number over the Monte Carlo replications: mean, standard deviation
 * (denominator {@code n − 1}), extremes, and the 5th, 50th and 95th percentiles (R's {@code
 * quantile} type 7, as COINr's rank statistics).
 *
 * @param mean the mean
 * @param sd the standard deviation
 * @param min the smallest value
 * @param p05 the 5th percentile
 * @param median the median
 * @param p95 the 95th percentile
 * @param max the largest value
 */
@Surface(Surface.Kind.API)
public record Summary(double mean, double sd, double min, double p05, double median, double p95, double max) {

  /** The summary of the values (sorted in place). */
  static Summary of(double[] values) {
    Arrays.sort(values);
    int m = values.length;
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= m;
    double s = 0;
    for (double v : values) {
      s += (v - mean) * (v - mean);
    }
    double sd = m > 1 ? Math.sqrt(s / (m - 1)) : 0;
    return new Summary(mean, sd, values[0], Sobol.quantileSorted(values, 0.05), Sobol.quantileSorted(values, 0.5),
        Sobol.quantileSorted(values, 0.95), values[m - 1]);
  }
}
