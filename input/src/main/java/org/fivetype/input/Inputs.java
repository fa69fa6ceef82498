package org.fivetype.input;

import java.util.List;
import java.util.Map;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;

/**
 * A year's units and observations as read and checked by {@link InputFiles}.
 *
 * @param units the units, in file order
 * @param observations the observations, sorted by unit id and indicator id
 * @param staff the staff counts (在编人数) of the units whose {@code staff} cell was filled in, by unit id
 */
@Surface(Surface.Kind.API)
public record Inputs(List<Unit> units, List<Observation> observations, Map<String, Integer> staff) {
  /**
   * Copies the lists and the map, which cannot change afterwards.
   *
   * @param units the units, in file order
   * @param observations the observations, sorted by unit id and indicator id
   * @param staff the staff counts by unit id
   */
  public Inputs {
    units = List.copyOf(units);
    observations = List.copyOf(observations);
    staff = Map.copyOf(staff);
  }

  /**
   * Units and observations without staff counts.
   *
   * @param units the units, in file order
   * @param observations the observations, sorted by unit id and indicator id
   */
  public Inputs(List<Unit> units, List<Observation> observations) {
    this(units, observations, Map.of());
  }
}
