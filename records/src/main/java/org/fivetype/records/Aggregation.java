package org.fivetype.records;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;

/**
 * The result of aggregating one kind of records for a year: observations for the configured
 * indicators, and one {@link UnitDiagnostics} per unit (assessed units first, in the order given,
 * then units that had records but are not assessed, by id).
 *
 * @param kind the kind of records
 * @param year the assessment year
 * @param indicators the indicators this aggregation feeds: for every unit of {@code units}, its
 *     value of these indicators comes from the records — the observation below, or none (missing
 *     evidence) where a flag says why
 * @param observations the observations produced, in unit order then indicator order
 * @param units the diagnostics per unit
 */
@Surface(Surface.Kind.API)
public record Aggregation(RecordKind kind, int year, List<IndicatorId> indicators, List<Observation> observations,
    List<UnitDiagnostics> units) {

  public Aggregation {
    Objects.requireNonNull(kind, "kind");
    indicators = List.copyOf(indicators);
    observations = List.copyOf(observations);
    units = List.copyOf(units);
  }

  /** The diagnostics of a unit, if it was assessed or had records. */
  public Optional<UnitDiagnostics> unit(String unitId) {
    return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
  }

  /** The observation of a unit for an indicator, if one was produced. */
  public Optional<Observation> observation(String unitId, String indicator) {
    return observations.stream()
        .filter(o -> o.unitId().equals(unitId) && o.indicator().value().equals(indicator)).findFirst();
  }
}
