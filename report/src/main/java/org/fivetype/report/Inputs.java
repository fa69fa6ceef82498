package org.fivetype.report;

import java.util.List;
import org.fivetype.api.Observation;
import org.fivetype.api.Unit;

/**
 * A year's units and observations as read and checked by {@link InputFiles}.
 *
 * @param units the units, in file order
 * @param observations the observations, sorted by unit id and indicator id
 */
public record Inputs(List<Unit> units, List<Observation> observations) {
  public Inputs {
    units = List.copyOf(units);
    observations = List.copyOf(observations);
  }
}
