package org.fivetype.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.rule.ScoringRule;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;

/**
 * The demo city: Urumqi's seven districts and one county, and forty city departments in three
 * categories (economic, social, enforcement), with synthetic evidence for any rule set. The
 * evidence is deterministic (the same rule set and year always give the same values), valid for
 * each rule's domain, and — under the default rule set {@code urumqi-2004} — lands units in all
 * four tiers, with a veto, a pillar-floor cap, a quota cut and units with missing evidence, so
 * that every step of the tiering chain shows. The numbers are invented; the units are real names.
 *
 * <p>Each unit draws from its own random stream seeded by its id and the year, so adding a unit
 * never changes another unit's values. A few units follow a {@linkplain #PROFILES profile} that
 * makes one step of the chain show.
 */
@Surface(Surface.Kind.EXPERIMENTAL)
public final class DemoCity {
  private DemoCity() {}

  /** The year the demo is assessed for by default. */
  public static final int YEAR = 2024;

  /** What a profiled unit is made to show. */
  private enum Profile {
    /** Triggers the first veto indicator of the rule set (一票否决): capped at FAIL. */
    VETO,
    /** Full points everywhere except the learning pillar, about half of it: the pillar floor (O1). */
    PILLAR_FLOOR,
    /** Nearly full points: several of these in one category exceed the EXCELLENT quota. */
    STAR,
    /** Weak everywhere: FAIL by points. */
    WEAK,
    /** Five indicators without evidence. */
    GAPS
  }

  /** The profiled units; every other unit follows the common generator. */
  private static final Map<String, Profile> PROFILES = Map.of(
      "safety", Profile.VETO,
      "tourism", Profile.PILLAR_FLOOR,
      "transport", Profile.STAR,
      "water", Profile.STAR,
      "agriculture", Profile.STAR,
      "planning", Profile.STAR,
      "price", Profile.WEAK,
      "statistics", Profile.GAPS);

  /** The 48 units: 8 districts/county (category "districts") and 40 departments. */
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
        {"economy", "市经济委员会", "Economic Commission", "economic"},
        {"construction", "市建设委员会", "Construction Commission", "economic"},
        {"transport", "市交通局", "Transport Bureau", "economic"},
        {"agriculture", "市农业局", "Agriculture Bureau", "economic"},
        {"water", "市水务局", "Water Affairs Bureau", "economic"},
        {"tourism", "市旅游局", "Tourism Bureau", "economic"},
        {"statistics", "市统计局", "Statistics Bureau", "economic"},
        {"planning", "市规划局", "Urban Planning Bureau", "economic"},
        {"state-assets", "市国有资产监督管理委员会", "State-owned Assets Supervision Commission", "economic"},
        {"forestry", "市林业局", "Forestry Bureau", "economic"},
        {"education", "市教育局", "Education Bureau", "social"},
        {"health", "市卫生局", "Health Bureau", "social"},
        {"civil-affairs", "市民政局", "Civil Affairs Bureau", "social"},
        {"urban-management", "市城市管理局", "Urban Management Bureau", "social"},
        {"culture", "市文化局", "Culture Bureau", "social"},
        {"sports", "市体育局", "Sports Bureau", "social"},
        {"labour", "市劳动和社会保障局", "Labour and Social Security Bureau", "social"},
        {"personnel", "市人事局", "Personnel Bureau", "social"},
        {"population", "市人口和计划生育委员会", "Population and Family Planning Commission", "social"},
        {"ethnic-affairs", "市民族宗教事务委员会", "Ethnic and Religious Affairs Commission", "social"},
        {"science", "市科学技术局", "Science and Technology Bureau", "social"},
        {"environment", "市环境保护局", "Environmental Protection Bureau", "social"},
        {"housing", "市房产管理局", "Housing Administration Bureau", "social"},
        {"press", "市新闻出版局", "Press and Publication Bureau", "social"},
        {"public-security", "市公安局", "Public Security Bureau", "enforcement"},
        {"justice", "市司法局", "Justice Bureau", "enforcement"},
        {"industry-commerce", "市工商行政管理局", "Administration for Industry and Commerce", "enforcement"},
        {"quality", "市质量技术监督局", "Quality and Technical Supervision Bureau", "enforcement"},
        {"food-drug", "市食品药品监督管理局", "Food and Drug Administration", "enforcement"},
        {"audit", "市审计局", "Audit Bureau", "enforcement"},
        {"supervision", "市监察局", "Supervision Bureau", "enforcement"},
        {"safety", "市安全生产监督管理局", "Work Safety Administration", "enforcement"},
        {"price", "市物价局", "Price Bureau", "enforcement"},
        {"taxation", "市地方税务局", "Local Taxation Bureau", "enforcement"},
        {"legal-affairs", "市政府法制办公室", "Legislative Affairs Office", "enforcement"},
        {"petitions", "市信访局", "Letters and Calls Bureau", "enforcement"},
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

  /**
   * The bilingual labels of the demo's four categories (the {@code category_zh}/{@code category_en}
   * columns of its units file), in category-id order.
   */
  public static Map<String, Label> categories() {
    Map<String, Label> c = new java.util.LinkedHashMap<>();
    c.put("districts", Label.of("区(县)", "districts and county"));
    c.put("economic", Label.of("经济管理部门", "economic departments"));
    c.put("enforcement", Label.of("执法监管部门", "enforcement departments"));
    c.put("social", Label.of("社会管理与公共服务部门", "social and public-service departments"));
    return java.util.Collections.unmodifiableMap(c);
  }

  /**
   * The units' staff counts (在编人数), for the excellent-civil-servant quota (A10): invented and
   * deterministic, 150–399 for a district or county, 20–149 for a department.
   */
  public static Map<String, Integer> staff(List<Unit> units) {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (Unit u : units) {
      SplittableRandom r = new SplittableRandom(u.id().hashCode() * 31L + 7);
      out.put(u.id(), u.kind() == UnitKind.DISTRICT ? 150 + r.nextInt(250) : 20 + r.nextInt(130));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Synthetic observations for every unit and indicator of the rule set in the given year. */
  public static List<Observation> observations(RuleSet rules, int year) {
    return observations(units(), rules, year);
  }

  /** Synthetic observations for the given units (units of other ids follow the common generator). */
  public static List<Observation> observations(List<Unit> units, RuleSet rules, int year) {
    List<Observation> out = new ArrayList<>();
    for (Unit u : units) {
      Profile profile = PROFILES.get(u.id());
      // one stream per unit and year: adding a unit never changes another unit's values
      SplittableRandom rnd = new SplittableRandom(((long) u.id().hashCode() << 20) ^ year);
      double quality = 0.55 + 0.45 * rnd.nextDouble(); // how well this unit does overall, 0.55..1
      if (profile == Profile.WEAK) {
        quality = 0.2;
      }
      boolean vetoDone = false;
      int gaps = 0;
      for (IndicatorSpec i : rules.indicators()) {
        double draw = rnd.nextDouble();
        boolean common = profile == null || profile == Profile.WEAK;
        if (common && draw < 0.01) {
          continue; // about one cell in a hundred has no evidence
        }
        if (profile == Profile.GAPS && gaps < 5 && !i.hard() && !i.rule().canVeto() && draw < 0.3) {
          gaps++;
          continue;
        }
        double good = Math.min(1, quality + 0.25 * (rnd.nextDouble() - 0.3));
        // hard targets (A5) are met in full by most units: a unit misses one with a chance of 1 in 12
        boolean meetsHard = i.hard() && rnd.nextDouble() < 11.0 / 12;
        double v;
        if (common || profile == Profile.GAPS) {
          v = meetsHard ? best(i.rule()) : value(i.rule(), good, rnd);
        } else if (profile == Profile.VETO && i.rule().canVeto() && !vetoDone) {
          vetoDone = true;
          v = i.rule().vetoingValue();
        } else if (profile == Profile.PILLAR_FLOOR && i.pillar().equals(Pillar.LEARNING)) {
          v = i.hard() ? best(i.rule()) : value(i.rule(), 0.3, rnd);
        } else if (profile == Profile.STAR && draw < 0.2 && !i.hard()) {
          v = value(i.rule(), 0.85, rnd); // a few indicators short of full points: totals differ
        } else {
          v = best(i.rule());
        }
        out.add(new Observation(u.id(), year, i.id(), v, "demo"));
      }
    }
    return List.copyOf(out);
  }

  /** A value that earns the rule's full points (0, no occurrence, where there is none to name). */
  static double best(ScoringRule r) {
    double v = r.fullPointsValue();
    return Double.isNaN(v) ? 0 : v;
  }


  /**
   * A valid value for the rule: {@code good} in [0, 1] says how good it should be; the rule's kind
   * makes it ({@link ScoringRule#sampleValue}), drawing from {@code rnd} when it needs chance.
   */
  static double value(ScoringRule r, double good, SplittableRandom rnd) {
    return r.sampleValue(good, rnd::nextDouble);
  }
}
