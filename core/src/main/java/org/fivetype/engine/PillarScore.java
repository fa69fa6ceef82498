package org.fivetype.engine;

import org.fivetype.api.Pillar;

/**
 * A unit's subtotal in one pillar.
 *
 * @param pillar the pillar
 * @param points the points earned
 * @param max the pillar's budget
 */
public record PillarScore(Pillar pillar, double points, double max) {
  /** {@return the share of the budget earned} */
  public double share() {
    return max > 0 ? points / max : 0;
  }
}
