package org.fivetype.testkit;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.consequence.ConsequenceReport;
import org.fivetype.consequence.Flag;
import org.fivetype.consequence.PillarTravel;
import org.fivetype.consequence.Regulation;
import org.fivetype.consequence.Travel;
import org.fivetype.consequence.UnitConsequence;
import org.fivetype.engine.YearRecords;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.Veto;
import org.fivetype.rule.YesNo;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.YearRecord;

/**
 * A small city assessed over three years (2006, 2007, 2008 — across the change from the 1994 to
 * the 2007 civil-servant rules), with every consequence worked out by hand. Shared by the
 * in-memory consequence test and the history-store contract (H2, PostgreSQL).
 *
 * <p>Rule set {@code city3}, 100 points, tier settings = defaults without a quota (thresholds
 * 90 / 80 / 60 %, veto → FAIL, failed hard → PASS, pillar below 60 % → GOOD, missing → GOOD):
 *
 * <ul>
 *   <li>LEARNING 50: {@code L1.item-0 … L5.item-4}, yes/no, 10 each;
 *   <li>INTEGRITY 10: {@code I3.major-case}, veto at 1 case (10 points with none);
 *   <li>SERVICE 40: {@code S1.hotline} yes/no 10, <b>hard</b>; {@code S2.item}, {@code S3.item}
 *       yes/no 10 each; {@code S4.satisfaction} goalposts 0..1 → 10·s.
 * </ul>
 *
 * <p>Four departments of one category, staff A 40, B 25, C 12, D 7. Per year: L = yeses of L,
 * v = veto cases, h = S1, y = yeses of S2–S3, s = satisfaction.
 *
 * <pre>
 * year unit  L  v h y  s     total                       threshold tier → final tier
 * 2006 A     5  0 1 2 1.00  50+10+10+20+10   = 100      EXCELLENT
 *      B     4  0 1 1 0.50  40+10+10+10+5    = 75       PASS
 *      C     2  0 0 1 0.50  20+10+0+10+5     = 45       FAIL (hard cap PASS changes nothing)
 *      D     4  1 1 2 1.00  40+0+10+20+10    = 80       GOOD → veto → FAIL
 * 2007 A     5  0 1 2 0.75  50+10+10+20+7.5  = 97.5     EXCELLENT
 *      B     4  0 1 2 0.75  40+10+10+20+7.5  = 87.5     GOOD
 *      C     2  0 0 1 0.75  20+10+0+10+7.5   = 47.5     FAIL
 *      D     4* 0 1 2 1.00  40+10+10+20+10   = 90       EXCELLENT → missing (L5.item-4) → GOOD
 * 2008 A     5  0 1 2 1.00  100                         EXCELLENT
 *      B     4  0 1 2 0.75  87.5                        GOOD
 *      C     3  0 1 1 0.50  30+10+10+10+5    = 65       PASS
 *      D     3  1 0 1 0.50  30+0+0+10+5      = 45       FAIL (veto, hard failed)
 * </pre>
 * (* D 2007: four yeses and no observation for L5.item-4.)
 */
@Surface(Surface.Kind.API)
public final class ThreeYearCity {

  private ThreeYearCity() {}

  /** The years assessed. */
  public static final List<Integer> YEARS = List.of(2006, 2007, 2008);

  /** Staff counts (在编人数). */
  public static final Map<String, Integer> STAFF = Map.of("A", 40, "B", 25, "C", 12, "D", 7);

  static final IndicatorId VETO = IndicatorId.of("I3.major-case");
  static final IndicatorId HARD = IndicatorId.of("S1.hotline");
  static final IndicatorId MISSING = IndicatorId.of("L5.item-4");

  /** {@return the rule set described above} */
  public static RuleSet ruleSet() {
    RuleSet.Builder b = RuleSet.builder("city3", Label.of("三年城市", "three-year city"))
        .tiers(TierSettings.DEFAULTS.withQuota(Map.of()));
    for (int k = 0; k < 5; k++) {
      b.indicator(yesNo("L" + (k + 1) + ".item-" + k, Pillar.LEARNING, "L" + (k + 1), false));
    }
    b.indicator(IndicatorSpec.builder(VETO.value()).pillar(Pillar.INTEGRITY).name("重大案件", "major cases")
        .points(10).measures("I3").evidence("案件数", "cases", "件", "cases", Supplier.RECORDS).rule(new Veto(1)).build());
    b.indicator(yesNo(HARD.value(), Pillar.SERVICE, "S1", true));
    b.indicator(yesNo("S2.item", Pillar.SERVICE, "S2", false));
    b.indicator(yesNo("S3.item", Pillar.SERVICE, "S3", false));
    b.indicator(IndicatorSpec.builder("S4.satisfaction").pillar(Pillar.SERVICE).name("满意度", "satisfaction")
        .points(10).measures("S4").evidence("满意率", "share satisfied", "比率", "ratio", Supplier.SURVEY)
        .rule(new Goalposts(0, 1, Direction.HIGHER_IS_BETTER)).build());
    return b.build();
  }

  private static IndicatorSpec yesNo(String id, Pillar p, String measure, boolean hard) {
    return IndicatorSpec.builder(id).pillar(p).name("事项" + id, "item " + id).points(10).hard(hard)
        .measures(measure).evidence("是否落实", "in place or not", "是/否", "yes/no", Supplier.INSPECTION)
        .rule(new YesNo(Direction.HIGHER_IS_BETTER)).build();
  }

  /** {@return the four departments} */
  public static List<Unit> units() {
    List<Unit> out = new ArrayList<>();
    for (String id : List.of("A", "B", "C", "D")) {
      out.add(new Unit(id, Label.of("部门" + id, "Department " + id), UnitKind.DEPARTMENT, "dept"));
    }
    return out;
  }

  /** One unit-year of the table above. */
  private record Row(String unit, int learning, int vetoCases, int hotline, int serviceYes, double satisfaction,
      boolean missingL5) {}

  private static List<Row> rows(int year) {
    return switch (year) {
      case 2006 -> List.of(new Row("A", 5, 0, 1, 2, 1.0, false), new Row("B", 4, 0, 1, 1, 0.5, false),
          new Row("C", 2, 0, 0, 1, 0.5, false), new Row("D", 4, 1, 1, 2, 1.0, false));
      case 2007 -> List.of(new Row("A", 5, 0, 1, 2, 0.75, false), new Row("B", 4, 0, 1, 2, 0.75, false),
          new Row("C", 2, 0, 0, 1, 0.75, false), new Row("D", 4, 0, 1, 2, 1.0, true));
      case 2008 -> List.of(new Row("A", 5, 0, 1, 2, 1.0, false), new Row("B", 4, 0, 1, 2, 0.75, false),
          new Row("C", 3, 0, 1, 1, 0.5, false), new Row("D", 3, 1, 0, 1, 0.5, false));
      default -> throw new IllegalArgumentException("no data for " + year);
    };
  }

  /**
   * The observations of a year.
   *
   * @param year 2006, 2007 or 2008
   * @return the year's observations
   */
  public static List<Observation> observations(int year) {
    List<Observation> out = new ArrayList<>();
    for (Row r : rows(year)) {
      for (int k = 0; k < 5; k++) {
        if (k == 4 && r.missingL5) {
          continue;
        }
        out.add(obs(r.unit, year, "L" + (k + 1) + ".item-" + k, k < r.learning ? 1 : 0));
      }
      out.add(obs(r.unit, year, VETO.value(), r.vetoCases));
      out.add(obs(r.unit, year, HARD.value(), r.hotline));
      out.add(obs(r.unit, year, "S2.item", r.serviceYes >= 1 ? 1 : 0));
      out.add(obs(r.unit, year, "S3.item", r.serviceYes >= 2 ? 1 : 0));
      out.add(obs(r.unit, year, "S4.satisfaction", r.satisfaction));
    }
    return out;
  }

  private static Observation obs(String unit, int year, String id, double v) {
    return new Observation(unit, year, IndicatorId.of(id), v, "");
  }

  /**
   * The assessment of a year, as the history keeps it.
   *
   * @param year 2006, 2007 or 2008
   * @return the year's record
   */
  public static YearRecord assess(int year) {
    return YearRecords.of(ScoringPlan.compile(ruleSet()).assess(year, units(), observations(year)));
  }

  /**
   * Checks the stored results of a year (totals, tiers, reasons' steps, ranks, flags).
   *
   * @param y the year as a store gave it back
   */
  public static void checkYear(YearRecord y) {
    assertThat(y.ruleSetId()).isEqualTo("city3");
    assertThat(y.ruleSetFingerprint()).isEqualTo(ruleSet().fingerprint());
    assertThat(y.units()).extracting(u -> u.unitId()).containsExactly("A", "B", "C", "D");
    double[] totals;
    Tier[] tiers;
    List<List<String>> steps;
    int[] ranks;
    switch (y.year()) {
      case 2006 -> {
        totals = new double[] {100, 75, 45, 80};
        tiers = new Tier[] {Tier.EXCELLENT, Tier.PASS, Tier.FAIL, Tier.FAIL};
        steps = List.of(List.of("thresholds"), List.of("thresholds"), List.of("thresholds"),
            List.of("thresholds", "veto"));
        ranks = new int[] {1, 3, 4, 2}; // 100 > 80 (D) > 75 (B) > 45 (C)
      }
      case 2007 -> {
        totals = new double[] {97.5, 87.5, 47.5, 90};
        tiers = new Tier[] {Tier.EXCELLENT, Tier.GOOD, Tier.FAIL, Tier.GOOD};
        steps = List.of(List.of("thresholds"), List.of("thresholds"), List.of("thresholds"),
            List.of("thresholds", "missing"));
        ranks = new int[] {1, 3, 4, 2}; // 97.5 > 90 (D) > 87.5 (B) > 47.5 (C)
      }
      case 2008 -> {
        totals = new double[] {100, 87.5, 65, 45};
        tiers = new Tier[] {Tier.EXCELLENT, Tier.GOOD, Tier.PASS, Tier.FAIL};
        steps = List.of(List.of("thresholds"), List.of("thresholds"), List.of("thresholds"), List.of("thresholds"));
        ranks = new int[] {1, 2, 3, 4};
      }
      default -> throw new IllegalArgumentException("no expectations for " + y.year());
    }
    for (int u = 0; u < 4; u++) {
      var r = y.units().get(u);
      assertThat(r.total()).as("%s %d total", r.unitId(), y.year()).isCloseTo(totals[u], within(1e-9));
      assertThat(r.maxTotal()).isEqualTo(100.0);
      assertThat(r.tier()).as("%s %d tier", r.unitId(), y.year()).isEqualTo(tiers[u]);
      assertThat(r.reasons()).extracting(Reason::step).as("%s %d reasons", r.unitId(), y.year())
          .isEqualTo(steps.get(u));
      assertThat(r.rank()).as("%s %d rank", r.unitId(), y.year()).isEqualTo(ranks[u]);
      assertThat(r.categorySize()).isEqualTo(4);
      assertThat(r.pillars()).extracting(p -> p.pillar().id()).containsExactly("LEARNING", "INTEGRITY", "SERVICE");
      assertThat(r.pillars()).extracting(p -> p.max()).containsExactly(50.0, 10.0, 40.0);
    }
    var d = y.unit("D").orElseThrow();
    switch (y.year()) {
      case 2006 -> {
        assertThat(d.vetoes()).containsExactly(VETO);
        assertThat(d.failedHard()).isEmpty();
        assertThat(y.unit("C").orElseThrow().failedHard()).containsExactly(HARD);
      }
      case 2007 -> {
        assertThat(d.missing()).containsExactly(MISSING);
        assertThat(d.vetoes()).isEmpty();
        assertThat(y.unit("C").orElseThrow().failedHard()).containsExactly(HARD);
      }
      default -> {
        assertThat(d.vetoes()).containsExactly(VETO);
        assertThat(d.failedHard()).containsExactly(HARD);
        assertThat(d.missing()).isEmpty();
      }
    }
  }

  private static BigDecimal money(String s) {
    return new BigDecimal(s);
  }

  /**
   * Checks every consequence of a year, computed with the default settings and {@link #STAFF}.
   *
   * @param r the consequences of the year
   */
  public static void checkConsequences(ConsequenceReport r) {
    UnitConsequence a = r.unit("A").orElseThrow();
    UnitConsequence b = r.unit("B").orElseThrow();
    UnitConsequence c = r.unit("C").orElseThrow();
    UnitConsequence d = r.unit("D").orElseThrow();
    switch (r.year()) {
      case 2006 -> {
        assertThat(r.previousYear()).isEmpty();
        // no last year: no direction of travel, no two-year rule
        assertThat(r.units()).allSatisfy(u -> {
          assertThat(u.travel()).isEmpty();
          assertThat(u.pillarTravel()).isEmpty();
          assertThat(u.twoYearFailure()).isEmpty();
        });
        // the 1994 provisional rules are in force at the end of 2006 (the 2007 rules: 4 Jan 2007)
        assertThat(r.regulation()).isEqualTo(Regulation.CS_1994);
        // base = 10 000 + 2 000 × (2006 − 2004) = 14 000
        assertThat(r.bonusBase()).isEqualByComparingTo("14000");
        // A EXCELLENT 14 000 × 1.5 = 21 000; B PASS × 1.0 = 14 000; C, D FAIL × 0 = 0
        assertThat(List.of(a.bonus(), b.bonus(), c.bonus(), d.bonus()))
            .containsExactly(money("21000.00"), money("14000.00"), money("0.00"), money("0.00"));
        assertThat(r.bonusPool()).isEqualTo(money("35000.00"));
        // graded (Taixing): A 15 % of 40 = 6; B PASS 10 % of 25 = 2.5 → 2; C FAIL 8 % of 12 = 0.96 → 0;
        // D FAIL 8 % of 7 = 0.56 → 0 (rounded down); no share above the 1994 ceiling of 15 %
        quota(a, 0.15, 6);
        quota(b, 0.10, 2);
        quota(c, 0.08, 0);
        quota(d, 0.08, 0);
        assertThat(r.excellentPeople()).isEqualTo(8);
        assertThat(a.quota().text().en()).isEqualTo("under the Provisional Regulations on the Assessment of State "
            + "Civil Servants (1994) (normally 10%, at most 15%): graded by the unit's tier (excellent): 15%; "
            + "share 15%; 40 × 15% = 6: 6 people (rounded down)");
        assertThat(b.quota().text().zh()).isEqualTo("依据国家公务员考核暂行规定(1994)(一般10%,最多15%):"
            + "按单位等次(合格)分级比例10%,优秀比例10%;25 × 10% = 2.5,优秀名额2人(向下取整)");
        assertThat(d.cadre().flags()).extracting(Flag::code).containsExactly("veto:I3.major-case");
        assertThat(c.cadre().flags()).extracting(Flag::code).containsExactly("hard:S1.hotline");
        assertThat(a.cadre().flags()).isEmpty();
      }
      case 2007 -> {
        assertThat(r.previousYear()).hasValue(2006);
        assertThat(r.regulation()).isEqualTo(Regulation.CS_2007);
        // direction of travel on the total, in percentage points of the 100-point maximum:
        // A 100 → 97.5: −2.5 → not improving adequately; B 75 → 87.5: +12.5 → strongly;
        // C 45 → 47.5: +2.5 → well (2 ≤ 2.5 < 5); D 80 → 90: +10 → strongly
        travel(a, -2.5, Travel.NOT_IMPROVING_ADEQUATELY);
        travel(b, 12.5, Travel.IMPROVING_STRONGLY);
        travel(c, 2.5, Travel.IMPROVING_WELL);
        travel(d, 10, Travel.IMPROVING_STRONGLY);
        // per pillar (LEARNING, INTEGRITY, SERVICE), change of the share:
        // A: L 50/50 → 50/50: 0 adequately; I 10/10 → 10/10: 0; S 40/40 → 37.5/40: −6.25 not improving
        pillars(a, new double[] {0, 0, -6.25}, Travel.IMPROVING_ADEQUATELY, Travel.IMPROVING_ADEQUATELY,
            Travel.NOT_IMPROVING_ADEQUATELY);
        // B: L 40 → 40: 0; I 0; S 25/40 = 62.5 % → 37.5/40 = 93.75 %: +31.25 strongly
        pillars(b, new double[] {0, 0, 31.25}, Travel.IMPROVING_ADEQUATELY, Travel.IMPROVING_ADEQUATELY,
            Travel.IMPROVING_STRONGLY);
        // C: L 20 → 20: 0; I 0; S 15/40 = 37.5 % → 17.5/40 = 43.75 %: +6.25 strongly
        pillars(c, new double[] {0, 0, 6.25}, Travel.IMPROVING_ADEQUATELY, Travel.IMPROVING_ADEQUATELY,
            Travel.IMPROVING_STRONGLY);
        // D: L 40 → 40: 0; I 0/10 → 10/10: +100 strongly; S 40 → 40: 0
        pillars(d, new double[] {0, 100, 0}, Travel.IMPROVING_ADEQUATELY, Travel.IMPROVING_STRONGLY,
            Travel.IMPROVING_ADEQUATELY);
        // two-year rule: only C failed in 2006 and 2007 (D failed 2006 but is GOOD in 2007)
        assertThat(c.twoYearFailure()).hasValueSatisfying(t -> {
          assertThat(t.year()).isEqualTo(2007);
          assertThat(t.previousYear()).isEqualTo(2006);
          assertThat(t.reasons()).extracting(Reason::tier).containsExactly(Tier.FAIL);
          assertThat(t.previousReasons()).extracting(Reason::tier).containsExactly(Tier.FAIL);
          assertThat(t.text()).isEqualTo(Label.of("连续两年考核不合格(2006年、2007年),对主要领导从严处理",
              "failed two years running (2006 and 2007): strict handling of its main leaders"));
        });
        assertThat(List.of(a, b, d)).allSatisfy(u -> assertThat(u.twoYearFailure()).isEmpty());
        // base 10 000 + 2 000 × 3 = 16 000: A 24 000; B GOOD 19 200; C 0; D GOOD 19 200; pool 62 400
        assertThat(r.bonusBase()).isEqualByComparingTo("16000");
        assertThat(List.of(a.bonus(), b.bonus(), c.bonus(), d.bonus()))
            .containsExactly(money("24000.00"), money("19200.00"), money("0.00"), money("19200.00"));
        assertThat(r.bonusPool()).isEqualTo(money("62400.00"));
        // 2007 rules (ceiling 20 %): A 15 % of 40 = 6; B GOOD 12 % of 25 = 3; C 8 % of 12 = 0.96 → 0;
        // D GOOD 12 % of 7 = 0.84 → 0
        quota(a, 0.15, 6);
        quota(b, 0.12, 3);
        quota(c, 0.08, 0);
        quota(d, 0.12, 0);
        assertThat(r.excellentPeople()).isEqualTo(9);
        // cadre record: C has the failed hard indicator and the two-year flag; A is not improving;
        // D has missing evidence
        assertThat(c.cadre().flags()).extracting(Flag::code).containsExactly("hard:S1.hotline", "two-year-fail");
        assertThat(a.cadre().flags()).extracting(Flag::code).containsExactly("not-improving");
        assertThat(a.cadre().flags().get(0).text()).isEqualTo(Label.of("较2006年进步不足(-2.5个百分点)",
            "against 2006: not improving adequately (-2.5 percentage points)"));
        assertThat(d.cadre().flags()).extracting(Flag::code).containsExactly("missing:L5.item-4");
        assertThat(b.cadre().flags()).isEmpty();
        assertThat(d.cadre().reasons()).extracting(Reason::step).containsExactly("thresholds", "missing");
      }
      case 2008 -> {
        assertThat(r.previousYear()).hasValue(2007);
        // A 97.5 → 100: +2.5 well; B 87.5 → 87.5: 0 adequately; C 47.5 → 65: +17.5 strongly;
        // D 90 → 45: −45 not improving
        travel(a, 2.5, Travel.IMPROVING_WELL);
        travel(b, 0, Travel.IMPROVING_ADEQUATELY);
        travel(c, 17.5, Travel.IMPROVING_STRONGLY);
        travel(d, -45, Travel.NOT_IMPROVING_ADEQUATELY);
        // D: L 40 → 30: −20; I 10 → 0: −100; S 40/40 → 15/40: −62.5
        pillars(d, new double[] {-20, -100, -62.5}, Travel.NOT_IMPROVING_ADEQUATELY,
            Travel.NOT_IMPROVING_ADEQUATELY, Travel.NOT_IMPROVING_ADEQUATELY);
        // C passed in 2008: no two-year flag; D failed in 2008 but was GOOD in 2007: none either
        assertThat(r.units()).allSatisfy(u -> assertThat(u.twoYearFailure()).isEmpty());
        // base 18 000: A 27 000; B 21 600; C PASS 18 000; D 0; pool 66 600
        assertThat(r.bonusBase()).isEqualByComparingTo("18000");
        assertThat(List.of(a.bonus(), b.bonus(), c.bonus(), d.bonus()))
            .containsExactly(money("27000.00"), money("21600.00"), money("18000.00"), money("0.00"));
        assertThat(r.bonusPool()).isEqualTo(money("66600.00"));
        // A 6; B 3; C PASS 10 % of 12 = 1.2 → 1; D FAIL 8 % of 7 = 0.56 → 0
        quota(a, 0.15, 6);
        quota(b, 0.12, 3);
        quota(c, 0.10, 1);
        quota(d, 0.08, 0);
        assertThat(r.excellentPeople()).isEqualTo(10);
        assertThat(d.cadre().flags()).extracting(Flag::code)
            .containsExactly("veto:I3.major-case", "hard:S1.hotline", "not-improving");
        assertThat(c.cadre().flags()).isEmpty();
      }
      default -> throw new IllegalArgumentException("no expectations for " + r.year());
    }
    assertThat(r.cadreRecords()).extracting(cr -> cr.year()).containsOnly(r.year());
    assertThat(r.cadreRecords()).extracting(cr -> cr.unitId()).containsExactly("A", "B", "C", "D");
  }

  private static void quota(UnitConsequence u, double share, int people) {
    assertThat(u.quota().share()).as("%s share", u.unitId()).isEqualTo(share);
    assertThat(u.quota().capped()).isFalse();
    assertThat(u.quota().staff()).hasValue(requireNonNull(STAFF.get(u.unitId())));
    assertThat(u.quota().people()).as("%s people", u.unitId()).hasValue(people);
  }

  private static void travel(UnitConsequence u, double change, Travel t) {
    assertThat(u.travel()).as("%s travel", u.unitId()).hasValueSatisfying(d -> {
      assertThat(d.change()).isCloseTo(change, within(1e-9));
      assertThat(d.travel()).isEqualTo(t);
    });
  }

  private static void pillars(UnitConsequence u, double[] changes, Travel... travels) {
    List<PillarTravel> ps = u.pillarTravel();
    assertThat(ps).extracting(p -> p.pillar().id()).containsExactly("LEARNING", "INTEGRITY", "SERVICE");
    for (int i = 0; i < ps.size(); i++) {
      assertThat(ps.get(i).direction().change()).as("%s %s", u.unitId(), ps.get(i).pillar().id())
          .isCloseTo(changes[i], within(1e-9));
      assertThat(ps.get(i).direction().travel()).as("%s %s", u.unitId(), ps.get(i).pillar().id())
          .isEqualTo(travels[i]);
    }
  }
}
