package org.fivetype.composite;

import java.util.Objects;
import org.fivetype.api.Surface;

/**
 * What {@link OutlierTreatment} did to one indicator, as COINr's {@code TreatSummary} row plus
 * the final statistics.
 *
 * @param indicator the indicator code (or any label given by the caller)
 * @param steps Winsorisation steps taken; COINr's limit {@code winmax} counts these steps, and
 *     its text "Winsorised N points" reports N = steps
 * @param pointsLow cells raised at the low end (COINr's {@code Low} column)
 * @param pointsHigh cells lowered at the high end (COINr's {@code High} column); more than the
 *     steps when values were tied at the extreme
 * @param skewness the bias-corrected sample skewness of the returned column (Excel {@code SKEW});
 *     NaN when undefined (fewer than 3 values, or all equal)
 * @param kurtosis the bias-corrected sample excess kurtosis of the returned column (Excel {@code
 *     KURT}); NaN when undefined (fewer than 4 values, or all equal)
 * @param passed whether the returned column passes the test (|skew| ≤ threshold or kurtosis ≤
 *     threshold), or was too small or constant to test
 * @param transformed whether the fallback transformation replaced the column
 * @param treatment COINr's description: "None", "Winsorised N points", "CTLog (exceeded
 *     winmax)", …
 * @param skewnessBefore the skewness of the column as it came (COINr 1.x {@code
 *     check_SkewKurt0.Skew})
 * @param kurtosisBefore the kurtosis of the column as it came ({@code check_SkewKurt0.Kurt})
 * @param passedBefore whether the column passed the test as it came ({@code
 *     check_SkewKurt0.Pass})
 */
@Surface(Surface.Kind.API)
public record TreatmentLog(String indicator, int steps, int pointsLow, int pointsHigh,
    double skewness, double kurtosis, boolean passed, boolean transformed, String treatment,
    double skewnessBefore, double kurtosisBefore, boolean passedBefore) {

  /** A log without the statistics before treatment (NaN; "passed before" = no treatment). */
  public TreatmentLog(String indicator, int steps, int pointsLow, int pointsHigh,
      double skewness, double kurtosis, boolean passed, boolean transformed, String treatment) {
    this(indicator, steps, pointsLow, pointsHigh, skewness, kurtosis, passed, transformed,
        treatment, Double.NaN, Double.NaN, steps == 0 && !transformed);
  }

  public TreatmentLog {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(treatment, "treatment");
  }

  /** Cells changed by Winsorisation, both ends. */
  public int points() {
    return pointsLow + pointsHigh;
  }
}
