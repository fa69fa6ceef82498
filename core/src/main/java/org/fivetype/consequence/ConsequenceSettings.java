package org.fivetype.consequence;

import java.util.Objects;
import org.fivetype.api.Surface;

/**
 * The parameters of the consequences of a year's tiers (A7–A10): direction-of-travel thresholds,
 * the bonus scheme and the excellent-civil-servant quota. Each part documents its defaults and
 * their source; {@link #DEFAULTS} puts them together.
 *
 * @param travel where the direction-of-travel labels start
 * @param bonus the bonus scheme (A7)
 * @param quota the excellent-civil-servant quota (A10)
 */
@Surface(Surface.Kind.API)
public record ConsequenceSettings(TravelThresholds travel, BonusScheme bonus, QuotaSettings quota) {

  /** Every part's defaults. */
  public static final ConsequenceSettings DEFAULTS =
      new ConsequenceSettings(TravelThresholds.DEFAULTS, BonusScheme.DEFAULTS, QuotaSettings.DEFAULTS);

  /**
   * Checks the components.
   *
   * @param travel where the direction-of-travel labels start
   * @param bonus the bonus scheme (A7)
   * @param quota the excellent-civil-servant quota (A10)
   * @throws NullPointerException if a component that must be given is null
   */
  public ConsequenceSettings {
    Objects.requireNonNull(travel, "travel");
    Objects.requireNonNull(bonus, "bonus");
    Objects.requireNonNull(quota, "quota");
  }

  /**
   * These settings with other direction-of-travel thresholds.
   *
   * @param t the thresholds
   * @return a copy with every other setting the same
   */
  public ConsequenceSettings withTravel(TravelThresholds t) {
    return new ConsequenceSettings(t, bonus, quota);
  }

  /**
   * These settings with another bonus scheme.
   *
   * @param b the bonus scheme
   * @return a copy with every other setting the same
   */
  public ConsequenceSettings withBonus(BonusScheme b) {
    return new ConsequenceSettings(travel, b, quota);
  }

  /**
   * These settings with other quota settings.
   *
   * @param q the quota settings
   * @return a copy with every other setting the same
   */
  public ConsequenceSettings withQuota(QuotaSettings q) {
    return new ConsequenceSettings(travel, bonus, q);
  }
}
