package org.fivetype.uncertainty;

import java.util.Objects;
import org.fivetype.api.Surface;

/**
 * The variance-based sensitivity of one output to one uncertain input: the first-order index
 * (the share of the output's variance the input explains alone) and the total index (alone and
 * through its interactions with the other inputs), each with a bootstrap interval (5th and 95th
 * percentiles, as COINr). NaN when the output does not vary at all (nothing to explain).
 *
 * @param input the input's name, e.g. {@code points L1.theory-study}
 * @param first the first-order index S_i (Saltelli et al. 2010 estimator)
 * @param firstLow the 5th percentile of its bootstrap distribution
 * @param firstHigh the 95th percentile
 * @param total the total index S_Ti (Jansen 1999 estimator)
 * @param totalLow the 5th percentile of its bootstrap distribution
 * @param totalHigh the 95th percentile
 */
@Surface(Surface.Kind.API)
public record SensitivityIndex(String input, double first, double firstLow, double firstHigh, double total,
    double totalLow, double totalHigh) {
  public SensitivityIndex {
    Objects.requireNonNull(input, "input");
  }
}
