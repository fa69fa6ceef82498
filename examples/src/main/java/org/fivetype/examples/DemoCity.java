package org.fivetype.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
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
 * The demo city: Urumqi's seven districts and one county, and eight city departments, with
 * synthetic evidence for any rule set — deterministic (the same rule set and year always give the
 * same values), valid for each rule's domain, and with a few gaps and vetoes so that every part of
 * the tiering chain shows. The numbers are invented; the units are real names.
 */
public final class DemoCity {
  private DemoCity() {}

  /** The sixteen units: eight districts/county (category "districts") and eight departments. */
  public static List<Unit> units() {
    String[][] d = {
        {"tianshan", "天山区", "Tianshan District"},
        {"saybagh", "沙依巴克区", "Saybagh District"},
        {"xinshi", "新市区", "Xinshi District"},
        {"shuimogou", "水磨沟区", "Shuimogou District"},
        {"toutunhe", "头屯河区", "Toutunhe District"},
        {"dabancheng", "达坂城区", "Dabancheng District"},
        {"midong", "米东区", "Midong District"},
        {"urumqi-county", "乌鲁木齐县", "Urumqi County"},
    };
    String[][] dep = {
        {"development", "市发展和改革委员会", "Development and Reform Commission", "economic"},
        {"finance", "市财政局", "Finance Bureau", "economic"},
        {"commerce", "市商务局", "Commerce Bureau", "economic"},
        {"land", "市国土资源局", "Land Resources Bureau", "economic"},
        {"education", "市教育局", "Education Bureau", "social"},
        {"health", "市卫生局", "Health Bureau", "social"},
        {"civil-affairs", "市民政局", "Civil Affairs Bureau", "social"},
        {"urban-management", "市城市管理局", "Urban Management Bureau", "social"},
    };
    List<Unit> out = new ArrayList<>();
    for (String[] r : d) {
      out.add(new Unit(r[0], Label.of(r[1], r[2]), UnitKind.DISTRICT, "districts"));
    }
    for (String[] r : dep) {
      out.add(new Unit(r[0], Label.of(r[1], r[2]), UnitKind.DEPARTMENT, r[3]));
    }
    return List.copyOf(out);
  }

  /** Synthetic observations for every unit and indicator of the rule set in the given year. */
  public static List<Observation> observations(RuleSet rules, int year) {
    return observations(units(), rules, year);
  }

  /** Synthetic observations for the given units. */
  public static List<Observation> observations(List<Unit> units, RuleSet rules, int year) {
    List<Observation> out = new ArrayList<>();
    for (Unit u : units) {
      // one stream per unit and year: adding a unit never changes another unit's values
      SplittableRandom rnd = new SplittableRandom(((long) u.id().hashCode() << 20) ^ year);
      double quality = 0.55 + 0.45 * rnd.nextDouble(); // how well this unit does overall, 0.55..1
      for (IndicatorSpec i : rules.indicators()) {
        double draw = rnd.nextDouble();
        if (draw < 0.01) {
          continue; // about one cell in a hundred has no evidence
        }
        double good = Math.min(1, quality + 0.25 * (rnd.nextDouble() - 0.3));
        // hard targets (A5) are met in full by most units: a unit misses one with a chance of 1 in 12
        boolean meetsHard = i.hard() && rnd.nextDouble() < 11.0 / 12;
        double v = meetsHard ? best(i.rule()) : value(i.rule(), good, rnd);
        out.add(new Observation(u.id(), year, i.id(), v, "demo"));
      }
    }
    return List.copyOf(out);
  }

  /** A value that earns the rule's full points. */
  static double best(ScoringRule r) {
    boolean up = r.direction() == Direction.HIGHER_IS_BETTER;
    if (r instanceof Target t) {
      return t.target();
    } else if (r instanceof Goalposts g) {
      return up ? g.high() : g.low();
    } else if (r instanceof Bands b) {
      return up ? b.bands().get(b.bands().size() - 1).bound() : b.bands().get(0).bound();
    } else if (r instanceof Bonus bo) {
      return Math.ceil(bo.cap() / bo.perOccurrence());
    } else if (r instanceof Checklist c) {
      return c.required();
    } else if (r instanceof YesNo) {
      return up ? 1 : 0;
    } else if (r instanceof Rate rate) {
      return up ? rate.high() : rate.low();
    }
    return 0; // deduction, veto: no occurrences
  }

  /** A valid value for the rule: {@code good} in [0, 1] says how good it should be. */
  static double value(ScoringRule r, double good, SplittableRandom rnd) {
    boolean up = r.direction() == Direction.HIGHER_IS_BETTER;
    if (r instanceof Target t) {
      double v = t.target() * (up ? 0.6 + 0.5 * good : 1.6 - 0.7 * good);
      return Math.round(v * 10) / 10.0;
    } else if (r instanceof Goalposts g) {
      double f = up ? good : 1 - good;
      return g.low() + (g.high() - g.low()) * f;
    } else if (r instanceof Bands b) {
      double lo = b.bands().get(0).bound();
      double hi = b.bands().get(b.bands().size() - 1).bound();
      double span = Math.max(hi - lo, 1);
      double f = up ? good : 1 - good;
      return Math.round((lo - 0.2 * span + 1.4 * span * f) * 10) / 10.0;
    } else if (r instanceof Deduction) {
      return Math.max(0, Math.round(3 * (1 - good) + rnd.nextDouble() - 0.5));
    } else if (r instanceof Bonus bo) {
      return Math.round(good * (bo.cap() / bo.perOccurrence() + 1));
    } else if (r instanceof Checklist c) {
      return Math.round(c.required() * good);
    } else if (r instanceof YesNo) {
      boolean yes = rnd.nextDouble() < 0.3 + 0.7 * good;
      return yes == up ? 1 : 0;
    } else if (r instanceof Rate rate) {
      double f = up ? good : 1 - good;
      double v = rate.low() + (rate.high() - rate.low()) * (0.1 + f);
      return Math.min(1, Math.max(0, Math.round(v * 1000) / 1000.0));
    } else if (r instanceof Veto v) {
      return rnd.nextDouble() < 0.03 ? v.threshold() : 0;
    }
    throw new IllegalArgumentException("no demo values for rule kind " + r.kind());
  }
}
