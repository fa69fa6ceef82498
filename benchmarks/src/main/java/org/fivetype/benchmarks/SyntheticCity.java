package org.fivetype.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fivetype.api.Label;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.rule.Bands;
import org.fivetype.rule.Bonus;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.Rate;
import org.fivetype.rule.ScoringRule;
import org.fivetype.rule.Target;
import org.fivetype.rule.Veto;
import org.fivetype.rule.YesNo;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;

/**
 * A deterministic synthetic city: {@code n} units in 8 categories × the 100 indicators of
 * {@link BenchmarkRules#absolute()}. Every value is a plain function of (unit, indicator) — a
 * {@link SplittableRandom} seeded per unit — so the same city comes out in any order, one unit at
 * a time, without holding 10⁸ objects: the {@link EvidenceTable} is filled with
 * {@link EvidenceTable#builder}, and the peers' inputs ({@link #observationMap()}, the Drools
 * facts) are built from the same {@link #row}s.
 *
 * <p>Each unit has a quality {@code q} in [0.5, 1) that its values follow with noise, so totals
 * spread over every tier; about 0.1 % of values are missing (caps for missing evidence); about
 * 0.1 % of units trigger each veto indicator; hard indicators are met in full by 97 % of units; and every tenth unit (from the ninth on) repeats the values of
 * the unit 8 places before it, in the same category, so exact ties are common at every quota's
 * cut-off. Values respect each rule's domain (whole counts, rates in [0, 1], …).
 */
public final class SyntheticCity {

  /** The assessment year. */
  public static final int YEAR = 2024;
  /** The categories (分类考核); units are dealt to them in turn. */
  public static final List<String> CATEGORIES = List.of("districts", "economy", "enforcement", "social",
      "planning", "services", "oversight", "culture");

  private static final long SEED = 20040501L;

  private final int size;
  private final RuleSet rules;
  private final ScoringRule[] kinds;
  private final boolean[] hard;
  private final List<Unit> units;

  /** A city of {@code size} units over the indicators of {@link BenchmarkRules#absolute()}. */
  public SyntheticCity(int size) {
    this(size, BenchmarkRules.absolute());
  }

  SyntheticCity(int size, RuleSet absoluteRules) {
    if (size < 1) {
      throw new IllegalArgumentException("a city needs at least one unit");
    }
    this.size = size;
    this.rules = absoluteRules;
    List<IndicatorSpec> inds = absoluteRules.indicators();
    kinds = new ScoringRule[inds.size()];
    hard = new boolean[inds.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = inds.get(i).rule();
      hard[i] = inds.get(i).hard();
    }
    List<Unit> us = new ArrayList<>(size);
    for (int u = 0; u < size; u++) {
      String cat = category(u);
      us.add(new Unit(id(u), Label.of("单位" + u, "unit " + u),
          cat.equals("districts") ? UnitKind.DISTRICT : UnitKind.DEPARTMENT, cat));
    }
    units = List.copyOf(us);
  }

  /** The id of unit {@code u}: {@code u0000042}; ids sort in the order of {@code u}. */
  public static String id(int u) {
    return String.format("u%07d", u);
  }

  static String category(int u) {
    return CATEGORIES.get(u % CATEGORIES.size());
  }

  /** How many units. */
  public int size() {
    return size;
  }

  /** The units, sorted by id (unit {@code u} at index {@code u}). */
  public List<Unit> units() {
    return units;
  }

  /** The indicators the values are for (ids and order of {@link BenchmarkRules#absolute()}). */
  public RuleSet rules() {
    return rules;
  }

  /** How many indicators. */
  public int indicators() {
    return kinds.length;
  }

  /** Fills {@code out} with unit {@code u}'s values, in the order of {@link #rules()}; NaN = missing. */
  public void row(int u, double[] out) {
    int src = u >= CATEGORIES.size() && u % 10 == 8 ? u - CATEGORIES.size() : u; // a tie with src
    SplittableRandom rnd = new SplittableRandom(SEED * 1_000_003L + src);
    double q = 0.5 + 0.5 * rnd.nextDouble();
    for (int i = 0; i < kinds.length; i++) {
      double v = value(kinds[i], q, rnd);
      if (hard[i] && rnd.nextInt(100) < 97) {
        v = full(kinds[i], v); // hard indicators are mostly met in full
      }
      out[i] = rnd.nextInt(1000) == 0 ? Double.NaN : v;
    }
  }

  /** A value earning full points (for the kinds hard indicators have), else {@code v}. */
  static double full(ScoringRule r, double v) {
    if (r instanceof Rate x) {
      return x.direction() == org.fivetype.api.Direction.HIGHER_IS_BETTER ? x.high() : x.low();
    } else if (r instanceof Deduction) {
      return 0;
    } else if (r instanceof Checklist x) {
      return x.required();
    }
    return v;
  }

  static double value(ScoringRule r, double q, SplittableRandom rnd) {
    double g = q + 0.4 * (rnd.nextDouble() - 0.6); // the unit's quality with noise, mostly below q
    if (r instanceof Rate x) {
      double v = x.low() + (x.high() - x.low()) * (x.direction() == org.fivetype.api.Direction.HIGHER_IS_BETTER
          ? g : 1 - g) + 0.1;
      return Math.rint(Math.min(1, Math.max(0, v)) * 1000) / 1000;
    } else if (r instanceof Checklist x) {
      return Math.min(x.required(), Math.max(0, Math.rint(x.required() * (g + 0.1))));
    } else if (r instanceof Deduction) {
      return rnd.nextDouble() < 1 - q ? 1 + rnd.nextInt(3) : 0;
    } else if (r instanceof Bonus x) {
      double most = Math.ceil(Math.min(x.cap(), 10) / x.perOccurrence());
      return Math.max(0, Math.rint(most * (g + 0.1)));
    } else if (r instanceof YesNo x) {
      boolean compliant = rnd.nextDouble() < g + 0.2;
      return compliant == (x.direction() == org.fivetype.api.Direction.HIGHER_IS_BETTER) ? 1 : 0;
    } else if (r instanceof Veto x) {
      return rnd.nextInt(1000) == 0 ? x.threshold() : 0;
    } else if (r instanceof Bands x) {
      double lo = x.bands().get(0).bound();
      double hi = x.bands().get(x.bands().size() - 1).bound();
      return Math.rint(lo - 2 + (hi - lo + 4) * rnd.nextDouble());
    } else if (r instanceof Goalposts x) {
      return Math.rint((x.low() + (x.high() - x.low()) * (1.4 * rnd.nextDouble() - 0.2)) * 10) / 10;
    } else if (r instanceof Target x) {
      return Math.max(0, Math.rint(x.target() * (g + 0.2)));
    }
    throw new IllegalArgumentException("no generator for rule kind " + r.kind());
  }

  /**
   * The city as an {@link EvidenceTable} for {@code plan}, whose indicators must have the ids of
   * {@link #rules()} (any rules): filled unit by unit, one row buffer, no object per value.
   */
  public EvidenceTable table(ScoringPlan plan) {
    int[] at = planIndex(plan);
    EvidenceTable.Builder b = EvidenceTable.builder(plan, YEAR, units);
    double[] row = new double[kinds.length];
    for (int u = 0; u < size; u++) {
      row(u, row);
      for (int i = 0; i < row.length; i++) {
        if (!Double.isNaN(row[i])) {
          b.set(u, at[i], row[i]);
        }
      }
    }
    return b.build();
  }

  int[] planIndex(ScoringPlan plan) {
    if (plan.indicatorCount() != kinds.length) {
      throw new IllegalArgumentException("the plan has " + plan.indicatorCount() + " indicators, the city "
          + kinds.length);
    }
    int[] at = new int[kinds.length];
    for (int i = 0; i < at.length; i++) {
      at[i] = plan.indexOf(rules.indicators().get(i).id());
      if (at[i] < 0) {
        throw new IllegalArgumentException("the plan lacks " + rules.indicators().get(i).id());
      }
    }
    return at;
  }

  /**
   * The observations as a team without fivetype would hold them: unit id → (indicator id →
   * value), missing values left out.
   */
  public Map<String, Map<String, Double>> observationMap() {
    Map<String, Map<String, Double>> m = new HashMap<>(size * 2);
    double[] row = new double[kinds.length];
    String[] ids = new String[kinds.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = rules.indicators().get(i).id().value();
    }
    for (int u = 0; u < size; u++) {
      row(u, row);
      Map<String, Double> r = new HashMap<>(kinds.length * 2);
      for (int i = 0; i < row.length; i++) {
        if (!Double.isNaN(row[i])) {
          r.put(ids[i], row[i]);
        }
      }
      m.put(id(u), r);
    }
    return m;
  }

  /** Unit id → category, for the peers. */
  public Map<String, String> categoryMap() {
    Map<String, String> m = new HashMap<>(size * 2);
    for (Unit u : units) {
      m.put(u.id(), u.category());
    }
    return m;
  }
}
