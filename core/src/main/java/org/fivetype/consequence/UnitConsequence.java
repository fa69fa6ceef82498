package org.fivetype.consequence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fivetype.api.Surface;
import org.fivetype.spi.UnitRecord;

/**
 * What one unit's tier leads to in a year (A6–A10).
 *
 * @param result the unit's stored result this year
 * @param travel the direction of travel of the total against last year (empty: no result last year)
 * @param pillarTravel the direction of travel per pillar present in both years, in this year's order
 * @param twoYearFailure present if the unit failed this year and last year (A9)
 * @param bonus the assessment bonus (A7)
 * @param quota the excellent-civil-servant quota (A10)
 * @param cadre the cadre record (A8)
 */
@Surface(Surface.Kind.API)
public record UnitConsequence(UnitRecord result, Optional<DirectionOfTravel> travel, List<PillarTravel> pillarTravel,
    Optional<TwoYearFailure> twoYearFailure, BigDecimal bonus, ExcellentQuota quota, CadreRecord cadre) {
  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param result the unit's stored result this year
   * @param travel the direction of travel of the total against last year (empty: no result last
   *     year)
   * @param pillarTravel the direction of travel per pillar present in both years, in this year's
   *     order
   * @param twoYearFailure present if the unit failed this year and last year (A9)
   * @param bonus the assessment bonus (A7)
   * @param quota the excellent-civil-servant quota (A10)
   * @param cadre the cadre record (A8)
   * @throws NullPointerException if a component that must be given is null
   */
  public UnitConsequence {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(travel, "travel");
    pillarTravel = List.copyOf(pillarTravel);
    Objects.requireNonNull(twoYearFailure, "twoYearFailure");
    Objects.requireNonNull(bonus, "bonus");
    Objects.requireNonNull(quota, "quota");
    Objects.requireNonNull(cadre, "cadre");
  }

  /** {@return the unit's id} */
  public String unitId() {
    return result.unitId();
  }
}
