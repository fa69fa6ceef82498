package org.fivetype.uncertainty;

import java.util.List;
import java.util.Objects;
import org.fivetype.api.Surface;

/**
 * One unit's variance-based sensitivity indices: of its total and of its rank in its category,
 * with respect to each uncertain input (in the order of {@link UncertaintyResult#inputs()}).
 *
 * @param unitId the unit's id
 * @param total the indices of the total
 * @param rank the indices of the rank
 */
@Surface(Surface.Kind.API)
public record UnitSensitivity(String unitId, List<SensitivityIndex> total, List<SensitivityIndex> rank) {
  public UnitSensitivity {
    Objects.requireNonNull(unitId, "unitId");
    total = List.copyOf(total);
    rank = List.copyOf(rank);
  }
}
