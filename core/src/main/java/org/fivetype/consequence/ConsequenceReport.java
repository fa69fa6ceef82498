package org.fivetype.consequence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.fivetype.api.Surface;

/**
 * The consequences of one year's tiers for every unit, with the year's totals.
 *
 * @param year the assessment year
 * @param previousYear last year, if its result was available ({@code year − 1})
 * @param regulation the civil-servant regulation in force (A10)
 * @param bonusBase the year's bonus base (A7)
 * @param bonusPool the sum of every unit's bonus
 * @param units every unit's consequences, sorted by unit id
 */
@Surface(Surface.Kind.API)
public record ConsequenceReport(int year, OptionalInt previousYear, Regulation regulation, BigDecimal bonusBase,
    BigDecimal bonusPool, List<UnitConsequence> units) {
  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param year the assessment year
   * @param previousYear last year, if its result was available ({@code year − 1})
   * @param regulation the civil-servant regulation in force (A10)
   * @param bonusBase the year's bonus base (A7)
   * @param bonusPool the sum of every unit's bonus
   * @param units every unit's consequences, sorted by unit id
   * @throws NullPointerException if a component that must be given is null
   */
  public ConsequenceReport {
    Objects.requireNonNull(previousYear, "previousYear");
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(bonusBase, "bonusBase");
    Objects.requireNonNull(bonusPool, "bonusPool");
    units = List.copyOf(units);
  }

  /**
   * The consequences of the unit with this id.
   *
   * @param unitId the unit's id
   * @return its consequences, or empty if the year has no such unit
   */
  public Optional<UnitConsequence> unit(String unitId) {
    return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
  }

  /** {@return the cadre records of every unit (A8), sorted by unit id} */
  public List<CadreRecord> cadreRecords() {
    return units.stream().map(UnitConsequence::cadre).toList();
  }

  /** {@return how many people may be rated excellent across the units whose staff count was given} */
  public int excellentPeople() {
    return units.stream().mapToInt(u -> u.quota().people().orElse(0)).sum();
  }
}
