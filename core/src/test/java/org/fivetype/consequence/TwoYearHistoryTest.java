package org.fivetype.consequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.PillarRecord;
import org.fivetype.spi.UnitRecord;
import org.fivetype.spi.YearRecord;
import org.junit.jupiter.api.Test;

/**
 * {@link Consequences#compute} on a two-year history written out by hand as stored records (no
 * engine, no rule set), with every consequence worked out in the comments. The kernel's own check
 * of the consequences (A7–A10); the three-year city of the test kit checks them again end to end.
 *
 * <pre>
 * unit  2023            2024             staff  travel of the total            two-year
 * A     GOOD 80/100     GOOD 88/100      25     (0.88 − 0.80)·100 = +8 strongly  no
 * B     FAIL 50         FAIL 49.5        10     (0.495 − 0.50)·100 = −0.5 not     yes
 * C     —               EXCELLENT 95     40     none (no result last year)        no
 * D     PASS 60         FAIL 55          —      (0.55 − 0.60)·100 = −5 not        no (passed in 2023)
 * E     FAIL 58         PASS 61          7      (0.61 − 0.58)·100 = +3 well       no (passes in 2024)
 * F     PASS 70         —                —      not assessed in 2024
 * </pre>
 *
 * Defaults: 2024 falls under the 2007 rules (normal 15 %, ceiling 20 %); graded shares excellent
 * 15 %, good 12 %, pass 10 %, fail 8 %, rounded down; bonus base 10 000 + 2 000 × (2024 − 2004) =
 * 50 000, multipliers 1.5 / 1.2 / 1.0 / 0.
 */
class TwoYearHistoryTest {

  private static final String SHA = "0".repeat(64);
  private static final IndicatorId VETO = IndicatorId.of("I1.case");
  private static final IndicatorId HARD = IndicatorId.of("S1.hotline");
  private static final IndicatorId MISSING_1 = IndicatorId.of("L2.report");
  private static final IndicatorId MISSING_2 = IndicatorId.of("L3.plan");
  private static final Map<String, Integer> STAFF = Map.of("A", 25, "B", 10, "C", 40, "E", 7);

  private static Unit unit(String id) {
    return new Unit(id, Label.of("部门" + id, "Department " + id), UnitKind.DEPARTMENT, "dept");
  }

  private static Reason reason(String step, Tier tier, String en) {
    return new Reason(step, tier, Label.of(en + "(中文)", en));
  }

  private static UnitRecord record(String id, double total, Tier tier, List<Reason> reasons,
      List<PillarRecord> pillars, int rank, List<IndicatorId> vetoes, List<IndicatorId> hard,
      List<IndicatorId> missing) {
    return new UnitRecord(unit(id), total, 100, tier, reasons, pillars, rank, 5, vetoes, hard, missing);
  }

  private static UnitRecord plain(String id, double total, Tier tier, int rank) {
    return record(id, total, tier, List.of(reason("thresholds", tier, id + " " + total)), List.of(), rank, List.of(),
        List.of(), List.of());
  }

  static final List<Reason> B_2023 = List.of(reason("thresholds", Tier.FAIL, "B 2023 below the pass line"));
  static final List<Reason> B_2024 = List.of(reason("thresholds", Tier.PASS, "B 2024 reaches the pass line"),
      reason("veto", Tier.FAIL, "B 2024 vetoed"));

  static YearRecord y2023() {
    return new YearRecord(2023, "rs", SHA, SHA, List.of(
        record("A", 80, Tier.GOOD, List.of(), List.of(new PillarRecord(Pillar.LEARNING, 40, 50),
            new PillarRecord(Pillar.SERVICE, 40, 50)), 2, List.of(), List.of(), List.of()),
        record("B", 50, Tier.FAIL, B_2023, List.of(), 5, List.of(), List.of(), List.of()),
        plain("D", 60, Tier.PASS, 4),
        plain("E", 58, Tier.FAIL, 5),
        plain("F", 70, Tier.PASS, 3)));
  }

  static YearRecord y2024() {
    return new YearRecord(2024, "rs", SHA, SHA, List.of(
        // A's pillars: learning 40/50 both years (0 points of change), service 40/50 → 48/50
        // ((0.96 − 0.80)·100 = +16), efficiency only this year (no travel)
        record("A", 88, Tier.GOOD, List.of(), List.of(new PillarRecord(Pillar.LEARNING, 40, 50),
            new PillarRecord(Pillar.SERVICE, 48, 50), new PillarRecord(Pillar.EFFICIENCY, 0, 10)), 2, List.of(),
            List.of(), List.of()),
        record("B", 49.5, Tier.FAIL, B_2024, List.of(), 5, List.of(VETO), List.of(HARD),
            List.of(MISSING_1, MISSING_2)),
        plain("C", 95, Tier.EXCELLENT, 1),
        plain("D", 55, Tier.FAIL, 4),
        plain("E", 61, Tier.PASS, 3)));
  }

  @Test
  void everyConsequenceOfTheSecondYear() {
    ConsequenceReport r = Consequences.compute(y2024(), Optional.of(y2023()), STAFF, ConsequenceSettings.DEFAULTS);
    assertThat(r.year()).isEqualTo(2024);
    assertThat(r.previousYear()).isEqualTo(OptionalInt.of(2023));
    assertThat(r.regulation()).isEqualTo(Regulation.CS_2007);
    // 10 000 + 2 000 × 20 = 50 000
    assertThat(r.bonusBase()).isEqualByComparingTo("50000");
    // A 50 000 × 1.2 = 60 000, B 0, C × 1.5 = 75 000, D 0, E × 1.0 = 50 000: 185 000.00 (scale 2)
    assertThat(r.bonusPool()).isEqualTo(new BigDecimal("185000.00"));
    assertThat(r.units()).extracting(UnitConsequence::unitId).containsExactly("A", "B", "C", "D", "E");
    assertThat(r.units()).extracting(UnitConsequence::bonus).containsExactly(new BigDecimal("60000.00"),
        new BigDecimal("0.00"), new BigDecimal("75000.00"), new BigDecimal("0.00"), new BigDecimal("50000.00"));
    // A (good) 25 × 12 % = 3, B (fail) 10 × 8 % = 0.8 → 0, C (excellent) 40 × 15 % = 6, D (fail) 8 % but no staff
    // count, E (pass) 7 × 10 % = 0.7 → 0
    assertThat(r.units()).extracting(u -> u.quota().people()).containsExactly(OptionalInt.of(3), OptionalInt.of(0),
        OptionalInt.of(6), OptionalInt.empty(), OptionalInt.of(0));
    assertThat(r.units()).extracting(u -> u.quota().share()).containsExactly(0.12, 0.08, 0.15, 0.08, 0.10);
    assertThat(r.excellentPeople()).isEqualTo(9); // 3 + 0 + 6 + 0
    assertThat(r.cadreRecords()).extracting(CadreRecord::unitId).containsExactly("A", "B", "C", "D", "E");
  }

  @Test
  void directionOfTravelOfTheTotalAndOfEachPillarInBothYears() {
    ConsequenceReport r = Consequences.compute(y2024(), Optional.of(y2023()), STAFF, ConsequenceSettings.DEFAULTS);
    UnitConsequence a = r.unit("A").orElseThrow();
    DirectionOfTravel total = a.travel().orElseThrow();
    assertThat(total.previousShare()).isEqualTo(0.80);
    assertThat(total.share()).isEqualTo(0.88);
    assertThat(total.change()).isEqualTo(8.0); // (0.88 − 0.80)·100, rounded to 6 decimals
    assertThat(total.travel()).isEqualTo(Travel.IMPROVING_STRONGLY);
    assertThat(total.text()).isEqualTo(Label.of("显著进步(+8个百分点)", "improving strongly (+8 percentage points)"));
    // this year's pillar order; efficiency has no result last year and so no travel
    assertThat(a.pillarTravel()).extracting(PillarTravel::pillar).containsExactly(Pillar.LEARNING, Pillar.SERVICE);
    DirectionOfTravel learning = a.pillarTravel().get(0).direction();
    assertThat(learning.change()).isEqualTo(0.0);
    assertThat(learning.travel()).isEqualTo(Travel.IMPROVING_ADEQUATELY); // holding the score is adequate
    // no sign for no change
    assertThat(learning.text()).isEqualTo(Label.of("进步尚可(0个百分点)", "improving adequately (0 percentage points)"));
    DirectionOfTravel service = a.pillarTravel().get(1).direction();
    assertThat(service.change()).isEqualTo(16.0); // (0.96 − 0.80)·100
    assertThat(service.travel()).isEqualTo(Travel.IMPROVING_STRONGLY);
    assertThat(a.twoYearFailure()).isEmpty();
    assertThat(a.cadre().flags()).isEmpty();

    DirectionOfTravel b = r.unit("B").orElseThrow().travel().orElseThrow();
    assertThat(b.change()).isEqualTo(-0.5); // (0.495 − 0.50)·100
    assertThat(b.travel()).isEqualTo(Travel.NOT_IMPROVING_ADEQUATELY);
    assertThat(b.text()).isEqualTo(Label.of("进步不足(-0.5个百分点)", "not improving adequately (-0.5 percentage points)"));
    assertThat(r.unit("B").orElseThrow().pillarTravel()).isEmpty(); // no pillars stored

    UnitConsequence c = r.unit("C").orElseThrow();
    assertThat(c.travel()).isEmpty();
    assertThat(c.pillarTravel()).isEmpty();
    assertThat(c.twoYearFailure()).isEmpty();
    assertThat(c.cadre().flags()).isEmpty();

    assertThat(r.unit("D").orElseThrow().travel().orElseThrow().change()).isEqualTo(-5.0); // (0.55 − 0.60)·100
    DirectionOfTravel e = r.unit("E").orElseThrow().travel().orElseThrow();
    assertThat(e.change()).isEqualTo(3.0); // (0.61 − 0.58)·100
    assertThat(e.travel()).isEqualTo(Travel.IMPROVING_WELL);
  }

  @Test
  void twoYearRuleNeedsAFailInBothYears() {
    ConsequenceReport r = Consequences.compute(y2024(), Optional.of(y2023()), STAFF, ConsequenceSettings.DEFAULTS);
    TwoYearFailure b = r.unit("B").orElseThrow().twoYearFailure().orElseThrow();
    assertThat(b.year()).isEqualTo(2024);
    assertThat(b.previousYear()).isEqualTo(2023);
    assertThat(b.reasons()).isEqualTo(B_2024);
    assertThat(b.previousReasons()).isEqualTo(B_2023);
    assertThat(b.text()).isEqualTo(Label.of("连续两年考核不合格(2023年、2024年),对主要领导从严处理",
        "failed two years running (2023 and 2024): strict handling of its main leaders"));
    // D failed only this year, E only last year
    assertThat(r.unit("D").orElseThrow().twoYearFailure()).isEmpty();
    assertThat(r.unit("E").orElseThrow().twoYearFailure()).isEmpty();
  }

  @Test
  void cadreRecordCarriesTheResultAndEveryFlagInOrder() {
    ConsequenceReport r = Consequences.compute(y2024(), Optional.of(y2023()), STAFF, ConsequenceSettings.DEFAULTS);
    CadreRecord b = r.unit("B").orElseThrow().cadre();
    assertThat(b.year()).isEqualTo(2024);
    assertThat(b.unitId()).isEqualTo("B");
    assertThat(b.unitName()).isEqualTo(Label.of("部门B", "Department B"));
    assertThat(b.category()).isEqualTo("dept");
    assertThat(b.tier()).isEqualTo(Tier.FAIL);
    assertThat(b.total()).isEqualTo(49.5);
    assertThat(b.maxTotal()).isEqualTo(100);
    assertThat(b.rank()).isEqualTo(5);
    assertThat(b.categorySize()).isEqualTo(5);
    assertThat(b.reasons()).isEqualTo(B_2024);
    // vetoes, failed hard, missing, the two-year rule, then not improving
    assertThat(b.flags()).containsExactly(
        new Flag("veto:I1.case", Label.of("触发一票否决:I1.case", "veto triggered: I1.case")),
        new Flag("hard:S1.hotline", Label.of("硬指标未达标:S1.hotline", "hard indicator not met: S1.hotline")),
        new Flag("missing:L2.report", Label.of("缺少佐证:L2.report", "no evidence: L2.report")),
        new Flag("missing:L3.plan", Label.of("缺少佐证:L3.plan", "no evidence: L3.plan")),
        new Flag("two-year-fail", Label.of("连续两年考核不合格(2023年、2024年),对主要领导从严处理",
            "failed two years running (2023 and 2024): strict handling of its main leaders")),
        new Flag("not-improving", Label.of("较2023年进步不足(-0.5个百分点)",
            "against 2023: not improving adequately (-0.5 percentage points)")));
    // D: only not improving (−5 points); E improves well: no flag
    assertThat(r.unit("D").orElseThrow().cadre().flags()).containsExactly(new Flag("not-improving",
        Label.of("较2023年进步不足(-5个百分点)", "against 2023: not improving adequately (-5 percentage points)")));
    assertThat(r.unit("E").orElseThrow().cadre().flags()).isEmpty();
  }

  @Test
  void withoutLastYearThereIsNoTravelAndNoTwoYearRule() {
    ConsequenceReport r = Consequences.compute(y2024(), Optional.empty(), STAFF, ConsequenceSettings.DEFAULTS);
    assertThat(r.previousYear()).isEmpty();
    UnitConsequence b = r.unit("B").orElseThrow();
    assertThat(b.travel()).isEmpty();
    assertThat(b.twoYearFailure()).isEmpty();
    assertThat(r.unit("A").orElseThrow().pillarTravel()).isEmpty();
    assertThat(b.cadre().flags()).extracting(Flag::code)
        .containsExactly("veto:I1.case", "hard:S1.hotline", "missing:L2.report", "missing:L3.plan");
    // the bonus and the quota do not depend on last year
    assertThat(r.bonusPool()).isEqualTo(new BigDecimal("185000.00"));
    assertThat(r.excellentPeople()).isEqualTo(9);
  }

  @Test
  void quotaTextsOfTheDefaultGradedScheme() {
    ConsequenceReport r = Consequences.compute(y2024(), Optional.empty(), STAFF, ConsequenceSettings.DEFAULTS);
    ExcellentQuota a = r.unit("A").orElseThrow().quota();
    assertThat(a.regulation()).isEqualTo(Regulation.CS_2007);
    assertThat(a.capped()).isFalse(); // 12 % is below the ceiling 20 %
    assertThat(a.staff()).isEqualTo(OptionalInt.of(25));
    assertThat(a.text()).isEqualTo(Label.of(
        "依据公务员考核规定(试行)(2007)(一般15%,最多20%):按单位等次(优良)分级比例12%,优秀比例12%;25 × 12% = 3,优秀名额3人(向下取整)",
        "under the Provisions on the Assessment of Civil Servants (Trial) (2007) (normally 15%, at most 20%): "
            + "graded by the unit's tier (good): 12%; share 12%; 25 × 12% = 3: 3 people (rounded down)"));
    // B: 10 × 8 % = 0.8 → 0 people
    assertThat(r.unit("B").orElseThrow().quota().text().en()).endsWith("; 10 × 8% = 0.8: 0 people (rounded down)");
    // D (fail: 8 %) has no staff count: a share, no number
    ExcellentQuota d = r.unit("D").orElseThrow().quota();
    assertThat(d.staff()).isEmpty();
    assertThat(d.text()).isEqualTo(Label.of(
        "依据公务员考核规定(试行)(2007)(一般15%,最多20%):按单位等次(不合格)分级比例8%,优秀比例8%;未提供编制人数,未计算人数",
        "under the Provisions on the Assessment of Civil Servants (Trial) (2007) (normally 15%, at most 20%): "
            + "graded by the unit's tier (fail): 8%; share 8%; no staff count given, so no number of people"));
  }

  @Test
  void quotaTextsOfTheRegulationSchemeAndOfRoundingHalfUp() {
    var floor = new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.REGULATION, QuotaSettings.TAIXING_2014,
        QuotaSettings.Rounding.FLOOR);
    // an excellent unit under the 1994 rules gets the ceiling 15 %: 40 × 15 % = 6
    assertThat(Consequences.quota(Tier.EXCELLENT, Regulation.CS_1994, floor, Optional.of(40)).text()).isEqualTo(
        Label.of("依据国家公务员考核暂行规定(1994)(一般10%,最多15%):优秀单位按最高比例,优秀比例15%;40 × 15% = 6,优秀名额6人(向下取整)",
            "under the Provisional Regulations on the Assessment of State Civil Servants (1994) (normally 10%, at "
                + "most 15%): an excellent unit gets the ceiling; share 15%; 40 × 15% = 6: 6 people (rounded down)"));
    // any other tier gets the normal share 10 %: 10 × 10 % = 1 person
    assertThat(Consequences.quota(Tier.GOOD, Regulation.CS_1994, floor, Optional.of(10)).text()).isEqualTo(
        Label.of("依据国家公务员考核暂行规定(1994)(一般10%,最多15%):按一般比例,优秀比例10%;10 × 10% = 1,优秀名额1人(向下取整)",
            "under the Provisional Regulations on the Assessment of State Civil Servants (1994) (normally 10%, at "
                + "most 15%): the normal share; share 10%; 10 × 10% = 1: 1 person (rounded down)"));
    var halfUp = new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.REGULATION, QuotaSettings.TAIXING_2014,
        QuotaSettings.Rounding.HALF_UP);
    // 25 × 10 % = 2.5 → 3 half up (the ceiling allows floor(25 × 15 %) = 3)
    ExcellentQuota q = Consequences.quota(Tier.PASS, Regulation.CS_1994, halfUp, Optional.of(25));
    assertThat(q.people()).hasValue(3);
    assertThat(q.text().zh()).endsWith(";25 × 10% = 2.5,优秀名额3人(四舍五入,不超过最高比例)");
    assertThat(q.text().en()).endsWith("; 25 × 10% = 2.5: 3 people (rounded half up, never above the ceiling)");
  }

  @Test
  void fromAHistoryStoreLastYearIsTakenFromTheStore() {
    MapStore store = new MapStore();
    store.put(y2023());
    store.put(y2024());
    ConsequenceReport withLast = Consequences.compute(store, 2024, STAFF, ConsequenceSettings.DEFAULTS);
    assertThat(withLast).isEqualTo(
        Consequences.compute(y2024(), Optional.of(y2023()), STAFF, ConsequenceSettings.DEFAULTS));
    // 2023 has no 2022 in the store
    ConsequenceReport first = Consequences.compute(store, 2023, STAFF, ConsequenceSettings.DEFAULTS);
    assertThat(first.previousYear()).isEmpty();
    assertThat(first.unit("A").orElseThrow().travel()).isEmpty();
    assertThatThrownBy(() -> Consequences.compute(store, 2025, STAFF, ConsequenceSettings.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the history has no result for 2025");
  }

  @Test
  void badArgumentsAreNamed() {
    YearRecord y2022 = new YearRecord(2022, "rs", SHA, SHA, List.of(plain("A", 1, Tier.FAIL, 1)));
    assertThatThrownBy(() -> Consequences.compute(y2024(), Optional.of(y2022), STAFF, ConsequenceSettings.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("last year's result must be of 2023, was of 2022");
    assertThatThrownBy(() -> Consequences.compute(y2024(), Optional.empty(), Map.of("A", -1),
        ConsequenceSettings.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unit A: the staff count must be ≥ 0, was -1");
    Map<String, Integer> withNull = new HashMap<>();
    withNull.put("C", null);
    assertThatThrownBy(() -> Consequences.compute(y2024(), Optional.empty(), withNull, ConsequenceSettings.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unit C: the staff count must be ≥ 0, was null");
    // a staff count of 0 is allowed: 0 people
    assertThat(Consequences.compute(y2024(), Optional.empty(), Map.of("C", 0), ConsequenceSettings.DEFAULTS)
        .unit("C").orElseThrow().quota().people()).hasValue(0);
    YearRecord y1990 = new YearRecord(1990, "rs", SHA, SHA, List.of(plain("A", 1, Tier.FAIL, 1)));
    assertThatThrownBy(() -> Consequences.compute(y1990, Optional.empty(), Map.of(), ConsequenceSettings.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no regulation of the table was in force at the end "
            + "of 1990 (the earliest took effect on 1994-03-08)");
  }

  /** The smallest history store: years in a map. */
  private static final class MapStore implements HistoryStore {
    private final Map<Integer, YearRecord> years = new TreeMap<>();

    @Override
    public void put(YearRecord year) {
      years.put(year.year(), year);
    }

    @Override
    public Optional<YearRecord> get(int year) {
      return Optional.ofNullable(years.get(year));
    }

    @Override
    public List<Integer> years() {
      return List.copyOf(years.keySet());
    }

    @Override
    public boolean delete(int year) {
      return years.remove(year) != null;
    }

    @Override
    public void close() {}
  }
}
