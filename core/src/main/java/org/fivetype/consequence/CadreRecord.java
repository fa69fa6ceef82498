package org.fivetype.consequence;

import java.util.List;
import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Reason;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;

/**
 * The record of one unit and year for the organisation department (A8: results are a main basis
 * for judging and promoting cadres): tier, reasons and flags.
 *
 * @param year the assessment year
 * @param unitId the unit's id
 * @param unitName the unit's bilingual name
 * @param category the unit's category
 * @param tier the tier
 * @param total the total
 * @param maxTotal the largest total
 * @param rank the rank within the category
 * @param categorySize how many units the category had
 * @param reasons why this tier, in chain order
 * @param flags vetoes, failed hard indicators, missing evidence, two-year failure, not improving
 */
@Surface(Surface.Kind.API)
public record CadreRecord(int year, String unitId, Label unitName, String category, Tier tier, double total,
    double maxTotal, int rank, int categorySize, List<Reason> reasons, List<Flag> flags) {
  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param year the assessment year
   * @param unitId the unit's id
   * @param unitName the unit's bilingual name
   * @param category the unit's category
   * @param tier the tier
   * @param total the total
   * @param maxTotal the largest total
   * @param rank the rank within the category
   * @param categorySize how many units the category had
   * @param reasons why this tier, in chain order
   * @param flags vetoes, failed hard indicators, missing evidence, two-year failure, not improving
   * @throws NullPointerException if a component that must be given is null
   */
  public CadreRecord {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(tier, "tier");
    reasons = List.copyOf(reasons);
    flags = List.copyOf(flags);
  }
}
