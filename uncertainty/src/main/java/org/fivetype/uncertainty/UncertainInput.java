package org.fivetype.uncertainty;

import java.util.Objects;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;

/**
 * One uncertain input of an {@link UncertaintySpec}: a parameter of the assessment that someone
 * chose and that could reasonably have been chosen otherwise. Each input is one dimension of the
 * Monte Carlo design and gets its own sensitivity indices; an input naming {@code "*"} stands for
 * one such input per indicator (or pillar), varied independently.
 *
 * <p>Every input is sampled uniformly: a continuous input over its {@link Range}, a choice over
 * its alternatives with equal probability (as COINr's {@code sample_2_para}: {@code
 * "continuous"} and {@code "discrete"} distributions).
 */
@Surface(Surface.Kind.API)
public sealed interface UncertainInput
    permits UncertainInput.Points, UncertainInput.PillarWeight, UncertainInput.Threshold,
    UncertainInput.Imputation {

  /**
   * A range of values: either absolute ({@code between(low, high)}) or relative to the nominal
   * value ({@code plusMinus(share)}: from {@code nominal · (1 − share)} to {@code nominal · (1 +
   * share)}, as COINr's {@code get_noisy_weights} noise factor).
   *
   * @param low the lower end (absolute), or {@code −share} (relative)
   * @param high the upper end (absolute), or {@code +share} (relative)
   * @param relative whether the range is relative to the nominal value
   */
  record Range(double low, double high, boolean relative) {
    public Range {
      if (!(Double.isFinite(low) && Double.isFinite(high) && low <= high)) {
        throw new IllegalArgumentException("a range needs finite ends with low ≤ high, was [" + low + ", " + high
            + "]");
      }
      if (relative && !(high >= 0 && high < 1 && low == -high)) {
        throw new IllegalArgumentException("a relative range is ± a share in [0, 1), was ±" + high);
      }
    }

    /** Uniform between {@code low} and {@code high}. */
    public static Range between(double low, double high) {
      return new Range(low, high, false);
    }

    /** Uniform from {@code nominal · (1 − share)} to {@code nominal · (1 + share)}. */
    public static Range plusMinus(double share) {
      return new Range(-share, share, true);
    }

    /** The lower end for a nominal value. */
    public double lowFor(double nominal) {
      return relative ? nominal * (1 + low) : low;
    }

    /** The upper end for a nominal value. */
    public double highFor(double nominal) {
      return relative ? nominal * (1 + high) : high;
    }

    @Override
    public String toString() {
      return relative ? "±" + high * 100 + "%" : "[" + low + ", " + high + "]";
    }
  }

  /**
   * An indicator's points (分值) within a range. Pillar budgets and, under a summed total, the
   * largest total follow the points; thresholds stay shares of the largest total.
   *
   * @param indicator the indicator id, or {@code "*"} for every indicator (one input each)
   * @param range where the points lie
   */
  record Points(String indicator, Range range) implements UncertainInput {
    public Points {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(range, "range");
    }
  }

  /**
   * A pillar's weight within a range (only for rule sets whose total is a weighted mean of pillar
   * shares).
   *
   * @param pillar the pillar id, or {@code "*"} for every pillar (one input each)
   * @param range where the weight lies
   */
  record PillarWeight(String pillar, Range range) implements UncertainInput {
    public PillarWeight {
      Objects.requireNonNull(pillar, "pillar");
      Objects.requireNonNull(range, "range");
    }
  }

  /**
   * A tier threshold (share of the largest total) within a range. The ranges of the thresholds
   * must not overlap, so that EXCELLENT &gt; GOOD &gt; PASS in every replication.
   *
   * @param tier EXCELLENT, GOOD or PASS
   * @param range where the threshold lies, shares from 0 to 1
   */
  record Threshold(Tier tier, Range range) implements UncertainInput {
    public Threshold {
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(range, "range");
      if (tier == Tier.FAIL) {
        throw new IllegalArgumentException("FAIL has no threshold: every unit is FAIL or better");
      }
    }
  }

  /**
   * Imputation of missing evidence on or off, each with probability ½: off, missing evidence
   * scores zero (the rule set's way); on, it is scored as the mean of the unit's category (COINr
   * {@code indgroup_mean}). The missing-evidence cap applies either way.
   */
  record Imputation() implements UncertainInput {}
}
