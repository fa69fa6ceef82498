package org.fivetype.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;

/** Puts aggregated observations into an assessment's evidence. */
@Surface(Surface.Kind.API)
public final class RecordEvidence {
  private RecordEvidence() {}

  /**
   * The observations of {@code base}, with the records' values in: for every unit an aggregation
   * covers ({@link Aggregation#units()}) and every indicator it feeds ({@link
   * Aggregation#indicators()}), the base value of that year is replaced by the aggregated one, or
   * dropped where the aggregation produced none (e.g. too few ballots: the unit's value is then
   * missing, as its flag says, and the engine's missing-evidence rule applies). Records win over a
   * value typed in by hand. Base order is kept; aggregated observations that replace nothing come
   * last, in the aggregations' order.
   *
   * @throws IllegalArgumentException when two aggregations produce the same (unit, year,
   *     indicator): two kinds of records must not feed one indicator
   */
  public static List<Observation> overlay(Collection<Observation> base, Collection<Aggregation> aggregations) {
    Map<String, Observation> produced = new HashMap<>();
    Set<String> owned = new HashSet<>();
    List<Observation> order = new ArrayList<>();
    for (Aggregation a : aggregations) {
      for (UnitDiagnostics u : a.units()) {
        for (var i : a.indicators()) {
          owned.add(u.unitId() + '\u0000' + a.year() + '\u0000' + i.value());
        }
      }
      for (Observation o : a.observations()) {
        if (produced.put(key(o), o) != null) {
          throw new IllegalArgumentException("two aggregations produce " + o.unitId() + "/" + o.year() + "/"
              + o.indicator() + "; feed each indicator from one kind of records");
        }
        order.add(o);
      }
    }
    List<Observation> out = new ArrayList<>(base.size() + order.size());
    Set<String> used = new HashSet<>();
    for (Observation o : base) {
      String k = key(o);
      Observation replacement = produced.get(k);
      if (replacement == null) {
        if (!owned.contains(k)) {
          out.add(o);
        }
      } else if (used.add(k)) {
        out.add(replacement);
      }
    }
    for (Observation o : order) {
      if (used.add(key(o))) {
        out.add(o);
      }
    }
    return List.copyOf(out);
  }

  private static String key(Observation o) {
    return o.unitId() + '\u0000' + o.year() + '\u0000' + o.indicator().value();
  }
}
