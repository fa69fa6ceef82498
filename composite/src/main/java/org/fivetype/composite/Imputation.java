package org.fivetype.composite;

import org.fivetype.api.Surface;
import org.fivetype.scale.Scopes;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Imputation of missing values by the mean or the median of the other units in scope (all units,
 * or the unit's group): COINr {@code impute()} types {@code ind_mean}, {@code ind_median}, {@code
 * indgroup_mean} and {@code indgroup_median} (Handbook section 3, "single imputation").
 *
 * <p>The median of an even count is the mean of the two middle values (R's {@code median}).
 * Every imputed cell is flagged. A scope that has missing values but no value at all to impute
 * from is an error, never a silent NaN.
 */
@Surface(Surface.Kind.API)
public final class Imputation {
  private Imputation() {}

  /** The statistic that replaces a missing value. */
  public enum Method {
    /** The arithmetic mean of the present values in scope. */
    MEAN,
    /** The median of the present values in scope (even count: mean of the two middle ones). */
    MEDIAN
  }

  /**
   * Imputes one column.
   *
   * @param x the values, NaN = missing
   * @param group the scope per unit (null = all units)
   * @param method mean or median
   * @param out where the imputed column is written (may be {@code x})
   * @param imputed set to {@code true} where a value was imputed, {@code false} elsewhere (may be
   *     null)
   * @return the number of imputed cells
   * @throws IllegalArgumentException if a scope has missing values and no present value
   */
  public static int column(double[] x, int @Nullable [] group, Method method, double[] out,
      boolean[] imputed) {
    Objects.requireNonNull(method, "method");
    Scopes.check(x, group, out);
    if (imputed != null && imputed.length != x.length) {
      throw new IllegalArgumentException("flags length differs from column length");
    }
    double[] fill = new double[x.length];
    Arrays.fill(fill, Double.NaN);
    Scopes.forEach(x, group, (idx, len) -> {
      if (len == 0) {
        return; // left NaN: the scope has no value; checked below
      }
      double[] v = new double[len];
      for (int k = 0; k < len; k++) {
        v[k] = x[idx[k]];
      }
      double stat = method == Method.MEAN ? mean(v) : median(v);
      // the scope's missing units: those of the same group (or all) with NaN
      int any = idx[0];
      for (int i = 0; i < x.length; i++) {
        if (Double.isNaN(x[i]) && (group == null || group[i] == group[any])) {
          fill[i] = stat;
        }
      }
    });
    int count = 0;
    for (int i = 0; i < x.length; i++) {
      boolean missing = Double.isNaN(x[i]);
      if (missing && Double.isNaN(fill[i])) {
        throw new IllegalArgumentException("unit " + i
            + (group == null ? "" : " (group " + group[i] + ")")
            + " has no value and its scope has none to impute from");
      }
      if (imputed != null) {
        imputed[i] = missing;
      }
      if (missing) {
        out[i] = fill[i];
        count++;
      } else {
        out[i] = x[i];
      }
    }
    return count;
  }

  /** The mean of the values (no NaN). */
  static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  /** The median of the values (no NaN); sorts {@code v}. */
  static double median(double[] v) {
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
