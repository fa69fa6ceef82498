package org.fivetype.spi;

import java.util.Objects;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;

/**
 * A unit's stored subtotal in one pillar, as kept in the history.
 *
 * @param pillar the pillar (id and bilingual name)
 * @param points the points earned
 * @param max the pillar's budget in that year's rule set
 */
@Surface(Surface.Kind.SPI)
public record PillarRecord(Pillar pillar, double points, double max) {
  /**
   * Checks the components.
   *
   * @param pillar the pillar (id and bilingual name)
   * @param points the points earned
   * @param max the pillar's budget in that year's rule set
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public PillarRecord {
    Objects.requireNonNull(pillar, "pillar");
    if (!Double.isFinite(points) || !Double.isFinite(max) || max < 0) {
      throw new IllegalArgumentException("pillar " + pillar.id() + ": points " + points + " and max " + max
          + " must be finite, max ≥ 0");
    }
  }

  /** {@return the share of the budget earned, {@code points / max} (0 when the budget is 0)} */
  public double share() {
    return max > 0 ? points / max : 0;
  }
}
