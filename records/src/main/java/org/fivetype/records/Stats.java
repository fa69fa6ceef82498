package org.fivetype.records;

/** Small statistics the aggregators share: the normal quantile and the Wilson score interval. */
final class Stats {
  private Stats() {}

  /**
   * The two-sided normal quantile for a confidence level, e.g. 0.95 → 1.959964: the inverse of
   * the standard normal distribution at {@code (1 + level) / 2}, by Acklam's rational
   * approximation (relative error below 1.2e-9).
   */
  static double z(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("a confidence level must lie strictly between 0 and 1, was " + level);
    }
    return inverseNormal((1 + level) / 2);
  }

  private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
      1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
  private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
      6.680131188771972e+01, -1.328068155288572e+01};
  private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
      -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
  private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
      3.754408661907416e+00};

  static double inverseNormal(double p) {
    double low = 0.02425;
    if (p < low) {
      double q = Math.sqrt(-2 * Math.log(p));
      return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    } else if (p <= 1 - low) {
      double q = p - 0.5;
      double r = q * q;
      return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
          / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    } else {
      return -inverseNormal(1 - p);
    }
  }

  /**
   * The Wilson score interval for a share {@code p} observed on {@code n} trials (n may be an
   * effective sample size, not a whole number): centre {@code (p + z²/2n) / (1 + z²/n)}, half-width
   * {@code z / (1 + z²/n) · sqrt(p(1−p)/n + z²/4n²)}. Wilson, E. B. (1927), "Probable inference,
   * the law of succession, and statistical inference", JASA 22(158): 209–212.
   */
  static double[] wilson(double p, double n, double z) {
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denom;
    double half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }
}
