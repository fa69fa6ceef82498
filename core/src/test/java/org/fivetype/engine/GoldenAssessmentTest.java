package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.plugin.Plugins;
import org.fivetype.rule.Bonus;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Rate;
import org.fivetype.rule.Target;
import org.fivetype.rule.Veto;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seven units on a small rule set written once in JSON ({@code golden/rules.json}) and once in
 * Java ({@link #javaRuleSet()}): every total, subtotal, tier and reason below was worked out by
 * hand, and the two rule sets give identical results and fingerprints.
 *
 * <p>The rule set (100 points; default tier settings: 90/80/60 %, veto → FAIL, a hard indicator
 * below full points → PASS, any pillar below 60 % → at most GOOD, missing evidence → at most GOOD,
 * EXCELLENT quota 20 % per category rounded down, ties all in):
 * <pre>
 *   LEARNING   L7.research-days       10  hard  target 25, proportional: 10·min(v,25)/25
 *              L2.study-plan          10        checklist of 3: 10·n/3
 *   INTEGRITY  I3.major-cases         20        veto at 1 case: 20 if 0, else 0 and veto
 *   SERVICE    S3.press-conferences   20        bonus 5 each, cap 20: min(20, 5n)
 *   EFFICIENCY E6.verified-complaints 20        deduction 4 each, floor 0: max(0, 20−4n)
 *              E8.satisfaction        20        rate 0.6→0 .. 1.0→20: 20·clamp((v−0.6)/0.4)
 * </pre>
 */
class GoldenAssessmentTest {

  static final int YEAR = 2024;

  // unit: L7, L2, I3, S3, E6, E8 (null = no evidence)
  static final Object[][] DATA = {
      // A: 10 + 10 | 20 | 20 | 16 + 17.5 (20·0.35/0.4) = 93.5
      {"A", "district", 25, 3, 0, 4, 1, 0.95},
      // B: 8 (10·20/25) + 10 | 20 | 20 | 20 + 20 = 98; L7 hard not met (8 < 10)
      {"B", "district", 20, 3, 0, 4, 0, 1.0},
      // C: 10 + 6.6667 (10·2/3) | 0 (veto) | 15 | 20 + 10 (20·0.2/0.4) = 61.6667
      {"C", "district", 30, 2, 1, 3, 0, 0.8},
      // D: 10 + 10 | 20 | 10 (service 10/20 = 50 % < 60 %) | 20 + 20 = 90
      {"D", "district", 25, 3, 0, 2, 0, 1.0},
      // F: 10 + 10 | 20 | 20 (min(20, 25)) | 20 + 15 (20·0.3/0.4) = 95
      {"F", "district", 26, 3, 0, 5, 0, 0.9},
      // E: 10 + 0 (L2 missing) | 20 | 20 | 20 + 20 = 90; learning 10/20 = 50 % < 60 %
      {"E", "department", 25, null, 0, 4, 0, 1.0},
      // G: 10 + 3.3333 (10·1/3) | 20 | 5 | 0 (max(0, 20−20)) + 0 (0.6 → 0) = 38.3333
      {"G", "department", 25, 1, 0, 1, 5, 0.6},
  };

  static final String[] IDS = {"L7.research-days", "L2.study-plan", "I3.major-cases", "S3.press-conferences",
      "E6.verified-complaints", "E8.satisfaction"};

  static List<Unit> units() {
    List<Unit> out = new ArrayList<>();
    for (Object[] row : DATA) {
      String id = (String) row[0];
      String cat = (String) row[1];
      out.add(new Unit(id, Label.of("单位" + id, "Unit " + id),
          cat.equals("district") ? UnitKind.DISTRICT : UnitKind.DEPARTMENT, cat));
    }
    return out;
  }

  static List<Observation> observations() {
    List<Observation> out = new ArrayList<>();
    for (Object[] row : DATA) {
      for (int k = 0; k < IDS.length; k++) {
        Object v = row[2 + k];
        if (v != null) {
          out.add(new Observation((String) row[0], YEAR, IndicatorId.of(IDS[k]), ((Number) v).doubleValue(), "test"));
        }
      }
    }
    return out;
  }

  static RuleSet jsonRuleSet() {
    try {
      Path p = Path.of(GoldenAssessmentTest.class.getResource("/golden/rules.json").toURI());
      return RuleFiles.load(p, Plugins.none());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static RuleSet javaRuleSet() {
    return RuleSet.builder("golden-test", Label.of("金标准测试细则", "Golden test rules"))
        .indicator(IndicatorSpec.builder("L7.research-days").pillar(Pillar.LEARNING)
            .name("领导班子调研天数", "Leadership research days").points(10).hard(true).measures("L7")
            .evidence("班子成员中调研最少者的天数", "research days of the least active team member", "天", "days",
                Supplier.UNIT)
            .rule(new Target(25, Direction.HIGHER_IS_BETTER, true)).build())
        .indicator(IndicatorSpec.builder("L2.study-plan").pillar(Pillar.LEARNING)
            .name("年有计划、月有安排、周有活动", "Yearly plan, monthly arrangements, weekly activities").points(10)
            .measures("L2")
            .evidence("落实的学习制度项数", "study institutions in place", "项", "items", Supplier.INSPECTION)
            .rule(new Checklist(3)).build())
        .indicator(IndicatorSpec.builder("I3.major-cases").pillar(Pillar.INTEGRITY)
            .name("重大违纪违法案件", "Major violation cases").points(20).measures("I3", "I5")
            .evidence("查实的重大案件数", "verified major cases", "件", "cases", Supplier.RECORDS)
            .rule(new Veto(1)).build())
        .indicator(IndicatorSpec.builder("S3.press-conferences").pillar(Pillar.SERVICE)
            .name("新闻发布会", "Press conferences").points(20).measures("S3")
            .evidence("全年举行新闻发布会次数", "press conferences held in the year", "次", "conferences", Supplier.UNIT)
            .rule(new Bonus(5, 20)).build())
        .indicator(IndicatorSpec.builder("E6.verified-complaints").pillar(Pillar.EFFICIENCY)
            .name("查实的效能投诉", "Verified efficiency complaints").points(20).measures("E6")
            .evidence("效能投诉中心查实的投诉件数", "complaints verified by the complaint centre", "件", "complaints",
                Supplier.COMPLAINT_CENTRE)
            .rule(new Deduction(4, 0)).build())
        .indicator(IndicatorSpec.builder("E8.satisfaction").pillar(Pillar.EFFICIENCY)
            .name("万人评议满意率", "Ten-thousand-person appraisal satisfaction").points(20).measures("E8")
            .evidence("满意、比较满意、基本满意所占比率", "share of positive answers", "比率", "ratio", Supplier.SURVEY)
            .rule(new Rate(0.6, 1.0, Direction.HIGHER_IS_BETTER)).build())
        .build();
  }

  static AssessmentResult assess(RuleSet rs) {
    return ScoringPlan.compile(rs).assess(YEAR, units(), observations());
  }

  static Stream<Arguments> bothRuleSets() {
    return Stream.of(Arguments.of("json", jsonRuleSet()), Arguments.of("java", javaRuleSet()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothRuleSets")
  void totalsAndSubtotalsAsWorkedOutByHand(String how, RuleSet rs) {
    AssessmentResult r = assess(rs);
    assertThat(r.maxTotal()).isEqualTo(100.0);
    // expected: learning, integrity, service, efficiency, total (see DATA comments)
    Map<String, double[]> expected = Map.of(
        "A", new double[] {20, 20, 20, 33.5, 93.5},
        "B", new double[] {18, 20, 20, 40, 98},
        "C", new double[] {16.666666666666668, 0, 15, 30, 61.666666666666664},
        "D", new double[] {20, 20, 10, 40, 90},
        "E", new double[] {10, 20, 20, 40, 90},
        "F", new double[] {20, 20, 20, 35, 95},
        "G", new double[] {13.333333333333334, 20, 5, 0, 38.333333333333336});
    assertThat(r.units()).extracting(u -> u.unit().id()).containsExactly("A", "B", "C", "D", "E", "F", "G");
    for (UnitResult u : r.units()) {
      double[] e = expected.get(u.unit().id());
      List<PillarScore> ps = u.pillars();
      assertThat(ps).extracting(PillarScore::pillar)
          .containsExactly(Pillar.LEARNING, Pillar.INTEGRITY, Pillar.SERVICE, Pillar.EFFICIENCY);
      for (int p = 0; p < 4; p++) {
        assertThat(ps.get(p).points()).as("%s pillar %d", u.unit().id(), p).isCloseTo(e[p], within(1e-9));
      }
      assertThat(u.total()).as("%s total", u.unit().id()).isCloseTo(e[4], within(1e-9));
    }
    // a few cells, with their explanations
    UnitResult b = r.unit("B").orElseThrow();
    IndicatorScore l7 = b.indicator(IndicatorId.of("L7.research-days"));
    assertThat(l7.points()).isEqualTo(8.0); // 10 · 20 / 25
    assertThat(l7.hardFailed()).isTrue();
    assertThat(l7.explanation().en())
        .isEqualTo("value 20; full 10 points at or above 25; short of it, points in proportion; earns 8 of 10; "
            + "hard indicator not met");
    IndicatorScore eL2 = r.unit("E").orElseThrow().indicator(IndicatorId.of("L2.study-plan"));
    assertThat(eL2.missing()).isTrue();
    assertThat(eL2.points()).isZero();
    assertThat(eL2.explanation().en()).startsWith("no evidence: 0 points (flagged)");
    assertThat(r.unit("E").orElseThrow().missing()).containsExactly(IndicatorId.of("L2.study-plan"));
    assertThat(r.unit("C").orElseThrow().vetoes()).containsExactly(IndicatorId.of("I3.major-cases"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothRuleSets")
  void tiersReasonsAndRanksAsWorkedOutByHand(String how, RuleSet rs) {
    AssessmentResult r = assess(rs);
    // A: 93.5 ≥ 90 → EXCELLENT; district EXCELLENT quota floor(0.2·5) = 1 held by F (95) → GOOD
    assertTier(r, "A", Tier.GOOD, 3,
        "thresholds", "total 93.5 of 100 (93.5%) reaches the excellent line of 90% → excellent",
        "quota", "category 'district' has 5 units; the quota for excellent or better is 20% × 5 = 1 (FLOOR_AT_LEAST_ONE); "
            + "ranked 2 by total, over the quota → good");
    // B: 98 → EXCELLENT; hard L7 earns 8 < 10 → capped at PASS
    assertTier(r, "B", Tier.PASS, 1,
        "thresholds", "total 98 of 100 (98%) reaches the excellent line of 90% → excellent",
        "hard", "hard indicator not met: L7.research-days (8 of 10 points); 100% of its points is required (A5): "
            + "capped at pass");
    // C: 61.6667 ≥ 60 → PASS; veto I3 → FAIL (pillar floor then has nothing to cap)
    assertTier(r, "C", Tier.FAIL, 5,
        "thresholds", "total 61.6667 of 100 (61.67%) reaches the pass line of 60% (the good line is 80%) → pass",
        "veto", "veto triggered by I3.major-cases: capped at fail");
    // D: exactly 90 → EXCELLENT (the line is inclusive); service 10 of 20 < 60 % → GOOD
    assertTier(r, "D", Tier.GOOD, 4,
        "thresholds", "total 90 of 100 (90%) reaches the excellent line of 90% → excellent",
        "pillar-floor", "pillar below 60% of its points: service 10 of 20 (none may be neglected, O1): capped at good");
    // E: 90 → EXCELLENT; learning 10 of 20 → GOOD; the missing-evidence cap (GOOD) then changes nothing
    assertTier(r, "E", Tier.GOOD, 1,
        "thresholds", "total 90 of 100 (90%) reaches the excellent line of 90% → excellent",
        "pillar-floor", "pillar below 60% of its points: learning 10 of 20 (none may be neglected, O1): "
            + "capped at good");
    // F: 95 → EXCELLENT, first of the district's EXCELLENT units, inside the quota
    assertTier(r, "F", Tier.EXCELLENT, 2,
        "thresholds", "total 95 of 100 (95%) reaches the excellent line of 90% → excellent");
    // G: 38.3333 < 60 → FAIL
    assertTier(r, "G", Tier.FAIL, 2,
        "thresholds", "total 38.3333 of 100 (38.33%) is below the pass line of 60% → fail");
    assertThat(r.tierCounts()).containsExactlyInAnyOrderEntriesOf(
        Map.of(Tier.EXCELLENT, 1, Tier.GOOD, 3, Tier.PASS, 1, Tier.FAIL, 2));
    // Chinese texts are there too
    assertThat(r.unit("C").orElseThrow().reasons().get(1).text().zh())
        .isEqualTo("触发一票否决指标I3.major-cases,等次最高为不合格");
  }

  private static void assertTier(AssessmentResult r, String unit, Tier tier, int rank, String... stepAndText) {
    UnitResult u = r.unit(unit).orElseThrow();
    assertThat(u.tier()).as("tier of %s", unit).isEqualTo(tier);
    assertThat(u.rank()).as("rank of %s in its category", unit).isEqualTo(rank);
    List<Reason> reasons = u.reasons();
    assertThat(reasons).as("reasons of %s", unit).hasSize(stepAndText.length / 2);
    for (int k = 0; k < reasons.size(); k++) {
      assertThat(reasons.get(k).step()).as("step %d of %s", k, unit).isEqualTo(stepAndText[2 * k]);
      assertThat(reasons.get(k).text().en()).as("reason %d of %s", k, unit).isEqualTo(stepAndText[2 * k + 1]);
    }
    assertThat(reasons.get(reasons.size() - 1).tier()).isEqualTo(tier);
  }

  @Test
  void jsonAndJavaGiveIdenticalResultsAndFingerprints() {
    RuleSet json = jsonRuleSet();
    RuleSet java = javaRuleSet();
    assertThat(json.fingerprint()).isEqualTo(java.fingerprint()).hasSize(64);
    assertThat(json.toJson()).isEqualTo(java.toJson());
    AssessmentResult a = assess(json);
    AssessmentResult b = assess(java);
    assertThat(a.ruleSetFingerprint()).isEqualTo(b.ruleSetFingerprint());
    assertThat(a.inputFingerprint()).isEqualTo(b.inputFingerprint()).hasSize(64);
    for (int u = 0; u < a.units().size(); u++) {
      UnitResult x = a.units().get(u);
      UnitResult y = b.units().get(u);
      assertThat(x.total()).isEqualTo(y.total());
      assertThat(x.tier()).isEqualTo(y.tier());
      assertThat(x.reasons()).isEqualTo(y.reasons());
      assertThat(x.rank()).isEqualTo(y.rank());
      assertThat(x.pillars()).isEqualTo(y.pillars());
      assertThat(x.indicators()).isEqualTo(y.indicators());
    }
  }

  @Test
  void exportedJsonReimportsToTheSameFingerprint() {
    RuleSet rs = javaRuleSet();
    RuleSet back = RuleFiles.parse(rs.toJson(), "exported.json", Path.of("."), Plugins.none());
    assertThat(back.fingerprint()).isEqualTo(rs.fingerprint());
  }

  @Test
  void changingAnythingChangesTheFingerprint() {
    RuleSet rs = javaRuleSet();
    RuleSet other = rs.toBuilder().tiers(rs.tiers().withThresholds(0.91, 0.8, 0.6)).build();
    assertThat(other.fingerprint()).isNotEqualTo(rs.fingerprint());
    List<Observation> obs = new ArrayList<>(observations());
    obs.set(0, new Observation(obs.get(0).unitId(), YEAR, obs.get(0).indicator(), 24, "test"));
    AssessmentResult changed = ScoringPlan.compile(rs).assess(YEAR, units(), obs);
    assertThat(changed.inputFingerprint()).isNotEqualTo(assess(rs).inputFingerprint());
  }
}
