package org.fivetype.records;

import java.util.Objects;
import org.fivetype.api.Surface;

/**
 * A confidence interval for a share.
 *
 * @param low the lower bound, in [0, 1]
 * @param high the upper bound, in [low, 1]
 * @param level the confidence level, e.g. 0.95
 * @param method how it was computed, e.g. {@code wilson} or {@code wilson-kish}
 */
@Surface(Surface.Kind.API)
public record Interval(double low, double high, double level, String method) {
  public Interval {
    Objects.requireNonNull(method, "method");
    if (!(0 <= low && low <= high && high <= 1)) {
      throw new IllegalArgumentException("an interval needs 0 ≤ low ≤ high ≤ 1, got " + low + ", " + high);
    }
  }
}
