package org.fivetype.engine;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.api.Unit;

/**
 * One year's evidence, checked and laid out for a {@link ScoringPlan}: units (sorted by id, so
 * the order of input rows never matters) × the plan's indicators, as one {@code double[]} column
 * per indicator, NaN where evidence is missing. Immutable.
 */
public final class EvidenceTable {

  private final ScoringPlan plan;
  private final int year;
  private final List<Unit> units;
  private final double[][] columns;
  private final String inputFingerprint;
  private final int[] categoryGroups;

  private EvidenceTable(ScoringPlan plan, int year, List<Unit> units, double[][] columns, String fingerprint) {
    this.plan = plan;
    this.year = year;
    this.units = units;
    this.columns = columns;
    this.inputFingerprint = fingerprint;
    java.util.TreeMap<String, Integer> cats = new java.util.TreeMap<>();
    units.forEach(u -> cats.put(u.category(), 0));
    int k = 0;
    for (var e : cats.entrySet()) {
      e.setValue(k++);
    }
    this.categoryGroups = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      categoryGroups[u] = cats.get(units.get(u).category());
    }
  }

  /** Each unit's category as a small integer (categories numbered in sorted order). */
  int[] categoryGroups() {
    return categoryGroups;
  }

  /**
   * Checks units and observations against the plan and lays them out. Observations of other
   * years are not part of this year's input and are left out (also of the fingerprint).
   *
   * @throws InvalidInputException with every problem found: no units, duplicate unit ids,
   *     observations for unknown units or indicators, duplicate (unit, year, indicator), values
   *     outside a rule's domain
   */
  static EvidenceTable build(ScoringPlan plan, int year, Collection<Unit> units, Collection<Observation> observations) {
    List<Problem> problems = new ArrayList<>();
    List<Unit> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparing(Unit::id));
    Map<String, Integer> unitIndex = new HashMap<>(sorted.size() * 2);
    for (int u = 0; u < sorted.size(); u++) {
      if (unitIndex.putIfAbsent(sorted.get(u).id(), u) != null) {
        problems.add(new Problem("unit " + sorted.get(u).id(), "the unit id appears more than once"));
      }
    }
    if (sorted.isEmpty()) {
      problems.add(new Problem("units", "there are no units to assess"));
    }
    int n = sorted.size();
    int m = plan.indicatorCount();
    double[][] cols = new double[m][n];
    for (double[] c : cols) {
      Arrays.fill(c, Double.NaN);
    }
    List<Observation> used = new ArrayList<>();
    for (Observation o : observations) {
      if (o.year() != year) {
        continue;
      }
      Integer u = unitIndex.get(o.unitId());
      int i = plan.indexOf(o.indicator());
      String where = "observation " + o.unitId() + " / " + year + " / " + o.indicator();
      if (u == null) {
        problems.add(new Problem(where, "unknown unit \"" + o.unitId() + "\": it is not among the units"));
        continue;
      }
      if (i < 0) {
        problems.add(new Problem(where, "unknown indicator \"" + o.indicator() + "\": not in rule set "
            + plan.ruleSet().id()));
        continue;
      }
      if (!Double.isNaN(cols[i][u])) {
        problems.add(new Problem(where, "duplicate: this unit already has a value for this indicator and year"));
        continue;
      }
      String bad = plan.rule(i).invalidReason(o.value());
      if (bad != null) {
        problems.add(new Problem(where, "value " + o.value() + " is out of range: expected " + bad));
        continue;
      }
      cols[i][u] = o.value();
      used.add(o);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("the evidence for " + year + " is not valid", problems);
    }
    return new EvidenceTable(plan, year, List.copyOf(sorted), cols, fingerprint(year, sorted, used));
  }

  private static String fingerprint(int year, List<Unit> units, List<Observation> used) {
    Hasher h = Hashing.sha256().newHasher();
    h.putString("fivetype-input/1\nyear " + year + "\n", StandardCharsets.UTF_8);
    for (Unit u : units) {
      h.putString("unit\t" + u.id() + "\t" + u.name().zh() + "\t" + u.name().en() + "\t" + u.kind() + "\t"
          + u.category() + "\n", StandardCharsets.UTF_8);
    }
    List<Observation> obs = new ArrayList<>(used);
    obs.sort(Comparator.comparing(Observation::unitId).thenComparing(Observation::indicator));
    for (Observation o : obs) {
      h.putString("obs\t" + o.unitId() + "\t" + o.indicator() + "\t" + Double.toString(o.value()) + "\t"
          + o.source() + "\n", StandardCharsets.UTF_8);
    }
    return h.hash().toString();
  }

  /** The plan this table was laid out for. */
  public ScoringPlan plan() {
    return plan;
  }

  /** The assessment year. */
  public int year() {
    return year;
  }

  /** The units, sorted by id. */
  public List<Unit> units() {
    return units;
  }

  /** The value of unit {@code u} (index in {@link #units()}) for indicator {@code i}, NaN if missing. */
  public double value(int u, int i) {
    return columns[i][u];
  }

  /** The value for a unit and indicator id, NaN if missing. */
  public double value(String unitId, IndicatorId indicator) {
    int u = indexOfUnit(unitId);
    int i = plan.indexOf(indicator);
    if (u < 0 || i < 0) {
      throw new IllegalArgumentException("no such unit or indicator: " + unitId + ", " + indicator);
    }
    return columns[i][u];
  }

  int indexOfUnit(String unitId) {
    int lo = 0;
    int hi = units.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = units.get(mid).id().compareTo(unitId);
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  double[][] columns() {
    return columns;
  }

  private volatile double[][] imputed;

  /**
   * The columns with each missing value replaced by the mean of the present values of the same
   * category (COINr {@code indgroup_mean}); a category without any value stays missing. Worked
   * out once, on first use, for plans evaluated with {@code imputeMissing}.
   */
  double[][] imputedColumns() {
    double[][] c = imputed;
    if (c == null) {
      c = new double[columns.length][];
      int groups = 0;
      for (int g : categoryGroups) {
        groups = Math.max(groups, g + 1);
      }
      for (int i = 0; i < columns.length; i++) {
        double[] v = columns[i];
        double[] sum = new double[groups];
        int[] count = new int[groups];
        for (int u = 0; u < v.length; u++) {
          if (!Double.isNaN(v[u])) {
            sum[categoryGroups[u]] += v[u];
            count[categoryGroups[u]]++;
          }
        }
        double[] out = v.clone();
        for (int u = 0; u < v.length; u++) {
          int g = categoryGroups[u];
          if (Double.isNaN(out[u]) && count[g] > 0) {
            out[u] = sum[g] / count[g];
          }
        }
        c[i] = out;
      }
      imputed = c;
    }
    return c;
  }

  /** The SHA-256 of the year, the units and this year's observations, in a canonical order. */
  public String inputFingerprint() {
    return inputFingerprint;
  }
}
