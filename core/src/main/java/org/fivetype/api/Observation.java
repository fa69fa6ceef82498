package org.fivetype.api;

import java.util.Objects;

/**
 * A unit's value for an indicator in a year (考核数据 / 佐证), with where it came from.
 *
 * @param unitId the unit
 * @param year the assessment year
 * @param indicator the indicator
 * @param value a finite number; NaN and infinities are rejected (missing evidence is an absent
 *     observation, never a NaN)
 * @param source who supplied it (the unit, the inspection, the complaint centre, a survey …);
 *     may be empty
 */
@Surface(Surface.Kind.API)
public record Observation(String unitId, int year, IndicatorId indicator, double value, String source) {

  /**
   * Checks the components.
   *
   * @param unitId the unit
   * @param year the assessment year
   * @param indicator the indicator
   * @param value a finite number; NaN and infinities are rejected (missing evidence is an absent
   *     observation, never a NaN)
   * @param source who supplied it (the unit, the inspection, the complaint centre, a survey …); may
   *     be empty
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Observation {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(source, "source");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("observation " + unitId + "/" + year + "/" + indicator
          + ": value must be a finite number, was " + value + " (leave missing evidence out instead)");
    }
    if (year < 1900 || year > 9999) {
      throw new IllegalArgumentException("observation " + unitId + "/" + indicator + ": year " + year
          + " is out of range 1900-9999");
    }
  }

  /**
   * An observation without a stated source.
   *
   * @param unitId the unit's id
   * @param year the assessment year, 1900–9999
   * @param indicator the indicator's id, parsed by {@link IndicatorId#of}
   * @param value a finite number
   * @return the observation, with an empty source
   * @throws IllegalArgumentException if the id is malformed, the value not finite or the year out of range
   */
  public static Observation of(String unitId, int year, String indicator, double value) {
    return new Observation(unitId, year, IndicatorId.of(indicator), value, "");
  }
}
