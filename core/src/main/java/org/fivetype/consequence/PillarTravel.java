package org.fivetype.consequence;

import java.util.Objects;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;

/**
 * The direction of travel of one pillar of a unit.
 *
 * @param pillar the pillar
 * @param direction the change and its label
 */
@Surface(Surface.Kind.API)
public record PillarTravel(Pillar pillar, DirectionOfTravel direction) {
  /**
   * Checks the components.
   *
   * @param pillar the pillar
   * @param direction the change and its label
   * @throws NullPointerException if a component that must be given is null
   */
  public PillarTravel {
    Objects.requireNonNull(pillar, "pillar");
    Objects.requireNonNull(direction, "direction");
  }
}
