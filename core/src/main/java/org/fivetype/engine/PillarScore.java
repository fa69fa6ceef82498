package org.fivetype.engine;

import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;

/**
 * A unit's subtotal in one pillar.
 *
 * @param pillar the pillar
 * @param points the points earned
 * @param max the pillar's budget
 */
@Surface(Surface.Kind.API)
public record PillarScore(Pillar pillar, double points, double max) {
  /** {@return the share of the budget earned} */
  public double share() {
    return max > 0 ? points / max : 0;
  }
}
