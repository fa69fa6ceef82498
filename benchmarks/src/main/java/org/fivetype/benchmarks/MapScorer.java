package org.fivetype.benchmarks;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.rule.Bands;
import org.fivetype.rule.Bonus;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.Rate;
import org.fivetype.rule.Relative;
import org.fivetype.rule.ScoringRule;
import org.fivetype.rule.Target;
import org.fivetype.rule.Veto;
import org.fivetype.rule.YesNo;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;

/**
 * The peer "without fivetype": what a team would write over its observations held as maps, unit
 * id → (indicator id → value). It reads the indicator list (id, pillar, points, rule parameters)
 * of the same rule set, as such a team would read its own configuration, and does its own
 * arithmetic — a switch on the rule kind per value, the formulas of the rule kinds' Javadoc —
 * never calling fivetype's scoring. Relative rules get a first pass per indicator over the units
 * (min and max per scope; the sorted values per scope for places).
 *
 * <p>It computes points per indicator, pillar subtotals and totals (no flags, no tiers: less work
 * than {@code ScoringPlan.assess}). Missing values score 0.
 */
public final class MapScorer {

  /**
   * The peer's output.
   *
   * @param points unit id → (indicator id → points)
   * @param totals unit id → total
   */
  public record Result(Map<String, Map<String, Double>> points, Map<String, Double> totals) {}

  private final List<IndicatorSpec> indicators;
  private final List<String> pillars;

  /** A scorer for the indicators of {@code rules}. */
  public MapScorer(RuleSet rules) {
    this.indicators = rules.indicators();
    this.pillars = new ArrayList<>();
    rules.pillars().forEach(p -> pillars.add(p.id()));
  }

  /** Scores every unit of {@code observations}; {@code categories} gives each unit's category. */
  public Result score(Map<String, Map<String, Double>> observations, Map<String, String> categories) {
    // first pass for relative rules: per indicator, the statistics of each scope
    Map<String, Map<String, double[]>> minMax = new HashMap<>();
    Map<String, Map<String, double[]>> sorted = new HashMap<>();
    for (IndicatorSpec ind : indicators) {
      if (ind.rule() instanceof Relative r) {
        String id = ind.id().value();
        boolean down = r.direction() == Direction.LOWER_IS_BETTER;
        Map<String, List<Double>> scopes = new HashMap<>();
        for (var e : observations.entrySet()) {
          Double v = e.getValue().get(id);
          if (v != null) {
            String scope = r.scope() == Relative.Scope.ALL ? "*" : categories.get(e.getKey());
            scopes.computeIfAbsent(scope, k -> new ArrayList<>()).add(down ? -v : v);
          }
        }
        if (r.method() == Relative.Method.MIN_MAX) {
          Map<String, double[]> m = new HashMap<>();
          scopes.forEach((scope, vs) -> {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : vs) {
              min = Math.min(min, v);
              max = Math.max(max, v);
            }
            m.put(scope, new double[] {min, max});
          });
          minMax.put(id, m);
        } else if (r.method() == Relative.Method.RANK_STEP) {
          Map<String, double[]> m = new HashMap<>();
          scopes.forEach((scope, vs) -> {
            double[] a = vs.stream().mapToDouble(Double::doubleValue).toArray();
            java.util.Arrays.sort(a); // ascending: the best at the end
            m.put(scope, a);
          });
          sorted.put(id, m);
        } else {
          throw new UnsupportedOperationException("the map peer implements min-max and rank step only");
        }
      }
    }
    // second pass: every unit, every indicator
    Map<String, Map<String, Double>> points = new HashMap<>(observations.size() * 2);
    Map<String, Double> totals = new HashMap<>(observations.size() * 2);
    for (var e : observations.entrySet()) {
      String unit = e.getKey();
      Map<String, Double> values = e.getValue();
      Map<String, Double> unitPoints = new LinkedHashMap<>();
      Map<String, Double> pillarSums = new LinkedHashMap<>();
      for (IndicatorSpec ind : indicators) {
        String id = ind.id().value();
        Double v = values.get(id);
        double max = ind.points();
        double pts;
        if (v == null) {
          pts = 0;
        } else if (ind.rule() instanceof Relative r) {
          double x = r.direction() == Direction.LOWER_IS_BETTER ? -v : v;
          String scope = r.scope() == Relative.Scope.ALL ? "*" : categories.get(unit);
          double f;
          if (r.method() == Relative.Method.MIN_MAX) {
            double[] mm = requireNonNull(requireNonNull(minMax.get(id)).get(scope));
            f = mm[1] == mm[0] ? 1 : (x - mm[0]) / (mm[1] - mm[0]) * (1 - 0) + 0;
          } else {
            double[] a = requireNonNull(requireNonNull(sorted.get(id)).get(scope));
            int better = a.length - upperBound(a, x); // how many values are strictly better
            f = Math.max(0, max - r.param() * (better + 1 - 1)) / max;
          }
          pts = max * Math.max(0, Math.min(1, f));
        } else {
          pts = absolute(ind.rule(), v, max);
        }
        unitPoints.put(id, pts);
        pillarSums.merge(ind.pillar().id(), pts, Double::sum);
      }
      double total = 0;
      for (String p : pillars) {
        total += pillarSums.getOrDefault(p, 0.0);
      }
      points.put(unit, unitPoints);
      totals.put(unit, total);
    }
    return new Result(points, totals);
  }

  /** The first index in ascending {@code a} whose value is greater than {@code x}. */
  private static int upperBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static double clamp01(double x) {
    return x <= 0 ? 0 : (x >= 1 ? 1 : x);
  }

  static double absolute(ScoringRule rule, double v, double max) {
    if (rule instanceof Rate r) {
      double f = r.direction() == Direction.HIGHER_IS_BETTER ? (v - r.low()) / (r.high() - r.low())
          : (r.high() - v) / (r.high() - r.low());
      return max * clamp01(f);
    } else if (rule instanceof Checklist c) {
      return max * (Math.min(Math.max(v, 0), c.required()) / (double) c.required());
    } else if (rule instanceof Deduction d) {
      return Math.max(Math.min(d.floor(), max), max - d.perOccurrence() * v);
    } else if (rule instanceof Bonus b) {
      return Math.min(Math.min(b.cap(), max), b.perOccurrence() * v);
    } else if (rule instanceof YesNo y) {
      boolean yes = v >= 0.5;
      return yes == (y.direction() == Direction.HIGHER_IS_BETTER) ? max : 0;
    } else if (rule instanceof Veto t) {
      return v >= t.threshold() ? 0 : max;
    } else if (rule instanceof Goalposts g) {
      double f = g.direction() == Direction.HIGHER_IS_BETTER ? (v - g.low()) / (g.high() - g.low())
          : (g.high() - v) / (g.high() - g.low());
      return max * clamp01(f);
    } else if (rule instanceof Bands b) {
      List<Bands.Band> bands = b.bands();
      if (b.direction() == Direction.HIGHER_IS_BETTER) {
        for (int k = bands.size() - 1; k >= 0; k--) {
          if (v >= bands.get(k).bound()) {
            return max * bands.get(k).share();
          }
        }
        return 0;
      }
      for (Bands.Band band : bands) {
        if (v <= band.bound()) {
          return max * band.share();
        }
      }
      return 0;
    } else if (rule instanceof Target t) {
      if (t.direction() == Direction.HIGHER_IS_BETTER) {
        return v >= t.target() ? max : t.proportional() ? max * Math.max(v, 0) / t.target() : 0;
      }
      return v <= t.target() ? max : t.proportional() ? max * t.target() / v : 0;
    }
    throw new UnsupportedOperationException("the map peer does not implement rule kind " + rule.kind());
  }
}
