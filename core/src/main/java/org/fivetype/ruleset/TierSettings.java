package org.fivetype.ruleset;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;

/**
 * The parameters of the built-in tiering chain, run in this order:
 *
 * <ol>
 *   <li><b>thresholds</b> on the total, as shares of the largest possible total:
 *       EXCELLENT from {@code excellentAt}, GOOD from {@code goodAt}, PASS from {@code passAt},
 *       FAIL below. Defaults 90 %, 80 %, 60 %: the source document gives no cut-offs (A6 only
 *       names the four tiers), so fivetype takes the customary bands of the hundred-mark scale.
 *   <li><b>veto</b> (一票否决): a unit that triggered any veto indicator is capped at
 *       {@code vetoCap}, default FAIL — a veto means the year is failed whatever the points. A
 *       unit without evidence for a veto indicator is treated as vetoed by default
 *       ({@code missingVetoEvidence} {@link MissingVeto#VETO}: missing data never helps; the reason
 *       says the evidence is missing); {@link MissingVeto#MISSING} leaves it to the missing-evidence
 *       cap instead.
 *   <li><b>hard indicators</b> (硬指标、硬约束, A5): a hard indicator counts as failed when it earns
 *       less than {@code hardPassShare} of its points (default 1.0: the hard target is met in
 *       full or not at all); a failed one caps the tier at {@code hardCap}, default PASS.
 *   <li><b>pillar floor</b> (O1, "none may be neglected", 切不可偏废): a unit with any pillar
 *       below {@code pillarFloorShare} of that pillar's points (default 60 %, the pass line) is
 *       capped at {@code pillarFloorCap}, default GOOD (it cannot be EXCELLENT).
 *   <li><b>missing evidence</b>: a unit with any indicator lacking evidence is capped at
 *       {@code missingCap}, default GOOD (an incomplete file cannot be EXCELLENT; set EXCELLENT
 *       to switch the cap off).
 *   <li><b>quota</b> per category: at most {@code share · n} units of a category in a tier or
 *       better, {@code n} the number of units in the category, rounded by {@code quotaRounding}
 *       (default {@link Rounding#FLOOR_AT_LEAST_ONE}: rounded down, but at least one unit, so that
 *       a category of fewer than five units can still have an excellent unit); default EXCELLENT
 *       20 %. The source document sets no unit quota: the 20 % is the upper bound of the share of
 *       excellent civil servants in the 2007 civil-servant rules (A10), so that unit and staff
 *       quotas align, and the floor of one is fivetype's choice. Units over the quota drop one tier, lowest totals first; units tied with the last
 *       unit inside the quota are all kept ({@link Ties#ALL_IN}, the default) or all dropped
 *       ({@link Ties#ALL_OUT}) — never decided by input order.
 * </ol>
 *
 * @param excellentAt share of the maximum total from which a unit is EXCELLENT
 * @param goodAt share from which a unit is GOOD
 * @param passAt share from which a unit passes
 * @param vetoCap the tier a veto caps at
 * @param hardPassShare the share of its points a hard indicator must earn to count as passed
 * @param hardCap the tier a failed hard indicator caps at
 * @param pillarFloorShare the share of a pillar's points below which the pillar floor applies
 * @param pillarFloorCap the tier the pillar floor caps at
 * @param missingCap the tier missing evidence caps at
 * @param quota per tier, the largest share of a category's units in that tier or better
 * @param quotaRounding how {@code share · n} becomes a whole number
 * @param ties what happens to units tied at the quota's cut-off
 * @param missingVetoEvidence what a veto indicator without evidence does
 */
@Surface(Surface.Kind.API)
public record TierSettings(
    double excellentAt,
    double goodAt,
    double passAt,
    Tier vetoCap,
    double hardPassShare,
    Tier hardCap,
    double pillarFloorShare,
    Tier pillarFloorCap,
    Tier missingCap,
    Map<Tier, Double> quota,
    Rounding quotaRounding,
    Ties ties,
    MissingVeto missingVetoEvidence) {

  /** What a veto indicator without evidence does to a unit. */
  public enum MissingVeto {
    /** The unit is treated as vetoed, with a reason saying the evidence is missing (default). */
    VETO,
    /** The indicator only counts as missing evidence (the missing-evidence cap applies). */
    MISSING
  }

  /**
   * The settings with the default {@link MissingVeto#VETO}.
   *
   * @param excellentAt share of the maximum total from which a unit is EXCELLENT
   * @param goodAt share from which a unit is GOOD
   * @param passAt share from which a unit passes
   * @param vetoCap the tier a veto caps at
   * @param hardPassShare the share of its points a hard indicator must earn to count as passed
   * @param hardCap the tier a failed hard indicator caps at
   * @param pillarFloorShare the share of a pillar's points below which the pillar floor applies
   * @param pillarFloorCap the tier the pillar floor caps at
   * @param missingCap the tier missing evidence caps at
   * @param quota per tier, the largest share of a category's units in that tier or better
   * @param quotaRounding how {@code share · n} becomes a whole number
   * @param ties what happens to units tied at the quota's cut-off
   * @throws IllegalArgumentException as the canonical constructor throws
   */
  public TierSettings(double excellentAt, double goodAt, double passAt, Tier vetoCap, double hardPassShare,
      Tier hardCap, double pillarFloorShare, Tier pillarFloorCap, Tier missingCap, Map<Tier, Double> quota,
      Rounding quotaRounding, Ties ties) {
    this(excellentAt, goodAt, passAt, vetoCap, hardPassShare, hardCap, pillarFloorShare, pillarFloorCap, missingCap,
        quota, quotaRounding, ties, MissingVeto.VETO);
  }

  /** How a quota's {@code share · n} is rounded to a number of units. */
  public enum Rounding {
    /** Round down: the quota is never exceeded (default). */
    FLOOR,
    /** Round half up: 0.5 and more rounds up. */
    HALF_UP,
    /** Round up. */
    CEILING,
    /** Round down, but at least one unit when {@code x} is above 0 (default). */
    FLOOR_AT_LEAST_ONE;

    /**
     * Rounds {@code x}; values within 1e-9 of a whole number count as that number.
     *
     * @param x a quota's {@code share · n}, ≥ 0
     * @return the number of units
     */
    public int apply(double x) {
      double r = Math.rint(x);
      if (Math.abs(x - r) < 1e-9) {
        return this == FLOOR_AT_LEAST_ONE && r == 0 && x > 0 ? 1 : (int) r;
      }
      return switch (this) {
        case FLOOR -> (int) Math.floor(x);
        case FLOOR_AT_LEAST_ONE -> x > 0 ? Math.max(1, (int) Math.floor(x)) : 0;
        case HALF_UP -> (int) Math.floor(x + 0.5);
        case CEILING -> (int) Math.ceil(x);
      };
    }
  }

  /** What happens to units whose totals tie at a quota's cut-off. */
  public enum Ties {
    /** All tied units keep the tier; the quota may then be exceeded, and the reason says so. */
    ALL_IN,
    /** All tied units drop; the quota is never exceeded. */
    ALL_OUT
  }

  /** The ids of the built-in steps, in chain order; every reason they give names one of these. */
  public static final java.util.List<String> STEPS =
      java.util.List.of("thresholds", "veto", "hard", "pillar-floor", "missing", "quota");

  /** The defaults described above. */
  public static final TierSettings DEFAULTS = new TierSettings(0.9, 0.8, 0.6, Tier.FAIL, 1.0, Tier.PASS, 0.6,
      Tier.GOOD, Tier.GOOD, Map.of(Tier.EXCELLENT, 0.2), Rounding.FLOOR_AT_LEAST_ONE, Ties.ALL_IN, MissingVeto.VETO);

  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param excellentAt share of the maximum total from which a unit is EXCELLENT
   * @param goodAt share from which a unit is GOOD
   * @param passAt share from which a unit passes
   * @param vetoCap the tier a veto caps at
   * @param hardPassShare the share of its points a hard indicator must earn to count as passed
   * @param hardCap the tier a failed hard indicator caps at
   * @param pillarFloorShare the share of a pillar's points below which the pillar floor applies
   * @param pillarFloorCap the tier the pillar floor caps at
   * @param missingCap the tier missing evidence caps at
   * @param quota per tier, the largest share of a category's units in that tier or better
   * @param quotaRounding how {@code share · n} becomes a whole number
   * @param ties what happens to units tied at the quota's cut-off
   * @param missingVetoEvidence what a veto indicator without evidence does
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public TierSettings {
    Objects.requireNonNull(vetoCap, "vetoCap");
    Objects.requireNonNull(hardCap, "hardCap");
    Objects.requireNonNull(pillarFloorCap, "pillarFloorCap");
    Objects.requireNonNull(missingCap, "missingCap");
    Objects.requireNonNull(quotaRounding, "quotaRounding");
    Objects.requireNonNull(ties, "ties");
    Objects.requireNonNull(missingVetoEvidence, "missingVetoEvidence");
    share("excellentAt", excellentAt);
    share("goodAt", goodAt);
    share("passAt", passAt);
    share("hardPassShare", hardPassShare);
    share("pillarFloorShare", pillarFloorShare);
    if (!(excellentAt > goodAt && goodAt > passAt)) {
      throw new IllegalArgumentException("thresholds must decrease: EXCELLENT " + excellentAt + " > GOOD " + goodAt
          + " > PASS " + passAt);
    }
    EnumMap<Tier, Double> q = new EnumMap<>(Tier.class);
    for (var e : quota.entrySet()) {
      if (e.getKey() == Tier.FAIL) {
        throw new IllegalArgumentException("a quota for FAIL makes no sense: every unit is FAIL or better");
      }
      share("quota of " + e.getKey(), e.getValue());
      q.put(e.getKey(), e.getValue());
    }
    quota = Collections.unmodifiableMap(q);
  }

  private static void share(String what, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(what + " must be a share from 0 to 1, was " + v);
    }
  }

  /**
   * The threshold share of a tier (FAIL: 0).
   *
   * @param t the tier
   * @return the share of the maximum total from which a unit reaches it
   */
  public double threshold(Tier t) {
    return switch (t) {
      case EXCELLENT -> excellentAt;
      case GOOD -> goodAt;
      case PASS -> passAt;
      case FAIL -> 0;
    };
  }

  /**
   * These settings with other thresholds.
   *
   * @param excellent share from which a unit is EXCELLENT
   * @param good share from which a unit is GOOD
   * @param pass share from which a unit passes
   * @return a copy with every other setting the same
   * @throws IllegalArgumentException unless {@code 1 ≥ excellent > good > pass ≥ 0}
   */
  public TierSettings withThresholds(double excellent, double good, double pass) {
    return new TierSettings(excellent, good, pass, vetoCap, hardPassShare, hardCap, pillarFloorShare, pillarFloorCap,
        missingCap, quota, quotaRounding, ties, missingVetoEvidence);
  }

  /**
   * These settings with another quota map.
   *
   * @param newQuota per tier, the largest share of a category's units in that tier or better; no FAIL
   * @return a copy with every other setting the same
   * @throws IllegalArgumentException if a share is outside [0, 1] or FAIL has a quota
   */
  public TierSettings withQuota(Map<Tier, Double> newQuota) {
    return new TierSettings(excellentAt, goodAt, passAt, vetoCap, hardPassShare, hardCap, pillarFloorShare,
        pillarFloorCap, missingCap, newQuota, quotaRounding, ties, missingVetoEvidence);
  }

  /**
   * These settings with another tie rule.
   *
   * @param newTies what happens to units tied at the quota's cut-off
   * @return a copy with every other setting the same
   */
  public TierSettings withTies(Ties newTies) {
    return new TierSettings(excellentAt, goodAt, passAt, vetoCap, hardPassShare, hardCap, pillarFloorShare,
        pillarFloorCap, missingCap, quota, quotaRounding, newTies, missingVetoEvidence);
  }

  /**
   * These settings with another rule for veto indicators without evidence.
   *
   * @param rule what a veto indicator without evidence does
   * @return a copy with every other setting the same
   */
  public TierSettings withMissingVetoEvidence(MissingVeto rule) {
    return new TierSettings(excellentAt, goodAt, passAt, vetoCap, hardPassShare, hardCap, pillarFloorShare,
        pillarFloorCap, missingCap, quota, quotaRounding, ties, rule);
  }
}
