package org.fivetype.consequence;

import java.util.Objects;
import java.util.OptionalInt;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * A unit's quota of civil servants who may be rated excellent (A10).
 *
 * @param regulation the regulation in force for the year
 * @param share the share of the unit's staff, after the ceiling
 * @param capped whether the scheme's share was cut to the regulation's ceiling
 * @param staff the unit's staff count, if given
 * @param people how many people may be rated excellent, if the staff count was given
 * @param text the bilingual explanation: regulation, share, staff, people and rounding
 */
@Surface(Surface.Kind.API)
public record ExcellentQuota(Regulation regulation, double share, boolean capped, OptionalInt staff,
    OptionalInt people, Label text) {
  /**
   * Checks the components.
   *
   * @param regulation the regulation in force for the year
   * @param share the share of the unit's staff, after the ceiling
   * @param capped whether the scheme's share was cut to the regulation's ceiling
   * @param staff the unit's staff count, if given
   * @param people how many people may be rated excellent, if the staff count was given
   * @param text the bilingual explanation: regulation, share, staff, people and rounding
   * @throws NullPointerException if a component that must be given is null
   */
  public ExcellentQuota {
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(text, "text");
  }
}
