package org.fivetype.records;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fivetype.api.Surface;

/**
 * What an aggregator found for one unit, beside the observations: counts and rates
 * ({@code figures}, in a fixed order per aggregator, names as in {@code docs/records.md}), flags,
 * and a confidence interval where the value is an estimate (the appraisal).
 *
 * @param unitId the unit
 * @param figures named numbers, e.g. {@code valid=120, satisfaction=0.85}; insertion-ordered
 * @param flags what the reader should know, e.g. why the unit was not scored
 * @param interval the confidence interval of the unit's value, if it is an estimate
 */
@Surface(Surface.Kind.API)
public record UnitDiagnostics(String unitId, Map<String, Double> figures, List<Flag> flags,
    Optional<Interval> interval) {

  public UnitDiagnostics {
    Objects.requireNonNull(unitId, "unitId");
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    flags = List.copyOf(flags);
    Objects.requireNonNull(interval, "interval");
  }

  /** The named figure, or NaN when this aggregator does not report it. */
  public double figure(String name) {
    Double v = figures.get(name);
    return v == null ? Double.NaN : v;
  }

  /** Whether the unit carries the flag with this code. */
  public boolean flagged(String code) {
    return flags.stream().anyMatch(f -> f.code().equals(code));
  }
}
