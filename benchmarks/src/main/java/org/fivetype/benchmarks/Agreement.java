package org.fivetype.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fivetype.api.IndicatorId;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.UnitResult;

/**
 * Checks that a peer's scores equal fivetype's exactly: every unit's total and every indicator's
 * points, to the last bit ({@code ==} on doubles). A peer may leave out the points of a missing
 * value (fivetype scores it 0). Used before timing, in the peers' {@code @Setup}, and by the
 * tests.
 */
public final class Agreement {
  private Agreement() {}

  /**
   * Throws {@link IllegalStateException} listing the first differences, if any.
   *
   * @param peer the peer's name, for the message
   * @param table the evidence fivetype assessed
   * @param fivetype fivetype's result
   * @param points the peer's points: unit id → (indicator id → points)
   * @param totals the peer's totals: unit id → total
   * @return how many values were compared (totals and points)
   */
  public static long check(String peer, EvidenceTable table, AssessmentResult fivetype,
      Map<String, Map<String, Double>> points, Map<String, Double> totals) {
    List<String> diffs = new ArrayList<>();
    int bad = 0;
    long compared = 0;
    List<IndicatorId> ids = fivetype.ruleSet().indicators().stream().map(s -> s.id()).toList();
    if (totals.size() != table.units().size()) {
      diffs.add(peer + " has totals for " + totals.size() + " units, fivetype for " + table.units().size());
      bad++;
    }
    for (int u = 0; u < table.units().size(); u++) {
      String unit = table.units().get(u).id();
      Double t = totals.get(unit);
      compared++;
      if (t == null || t != fivetype.total(u)) {
        bad++;
        if (diffs.size() < 10) {
          diffs.add(unit + ": total " + t + " ≠ fivetype's " + fivetype.total(u));
        }
      }
      UnitResult r = fivetype.units().get(u);
      Map<String, Double> pts = points.getOrDefault(unit, Map.of());
      for (int i = 0; i < ids.size(); i++) {
        double expected = r.points(ids.get(i));
        Double got = pts.get(ids.get(i).value());
        compared++;
        boolean ok = got == null ? Double.isNaN(table.value(u, i)) && expected == 0 : got == expected;
        if (!ok) {
          bad++;
          if (diffs.size() < 10) {
            diffs.add(unit + " / " + ids.get(i) + ": points " + got + " ≠ fivetype's " + expected + " (value "
                + table.value(u, i) + ")");
          }
        }
      }
    }
    if (bad > 0) {
      throw new IllegalStateException(peer + " disagrees with fivetype on " + bad + " of " + compared
          + " values:\n  " + String.join("\n  ", diffs));
    }
    return compared;
  }
}
