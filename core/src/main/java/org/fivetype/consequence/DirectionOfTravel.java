package org.fivetype.consequence;

import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Numbers;
import org.fivetype.api.Surface;

/**
 * The change of a unit's score (total or one pillar) against last year, and its label.
 *
 * @param travel the label
 * @param previousShare last year's share of the maximum
 * @param share this year's share of the maximum
 * @param change {@code (share − previousShare) × 100}, in percentage points, rounded to 6 decimals
 */
@Surface(Surface.Kind.API)
public record DirectionOfTravel(Travel travel, double previousShare, double share, double change) {
  /**
   * Checks the components.
   *
   * @param travel the label
   * @param previousShare last year's share of the maximum
   * @param share this year's share of the maximum
   * @param change {@code (share − previousShare) × 100}, in percentage points, rounded to 6
   *     decimals
   * @throws NullPointerException if a component that must be given is null
   */
  public DirectionOfTravel {
    Objects.requireNonNull(travel, "travel");
  }

  /** {@return the label with the change, e.g. "improving well (+3 percentage points)"} */
  public Label text() {
    String pp = (change > 0 ? "+" : "") + Numbers.format(change);
    return Label.of(travel.label().zh() + "(" + pp + "个百分点)", travel.label().en() + " (" + pp
        + " percentage points)");
  }
}
