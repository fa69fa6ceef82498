package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fivetype.engine.EngineFixture.YEAR;
import static org.fivetype.engine.EngineFixture.goal;
import static org.fivetype.engine.EngineFixture.spec;
import static org.fivetype.engine.EngineFixture.tiers;
import static org.fivetype.engine.EngineFixture.unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.rule.Veto;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TieringContext;
import org.junit.jupiter.api.Test;

/**
 * The tiering chain's exact reason texts (both languages), its edges (a total or a pillar exactly
 * on a line, a hard indicator earning exactly its required share) and what a step of one's own
 * sees through {@link TieringContext}: each value worked out by hand in the comments.
 */
class TieringChainTextsTest {

  static final double EPS = TieringChain.EPS;
  /** LEARNING's floor at 50 % of 64 points, as the pillar-floor step computes it: 32 − 1e-9. */
  static final double AT_FLOOR = 0.5 * 64 - EPS;

  /**
   * LEARNING: L1.a (64 points); LEGAL: R1.b (32, hard), R1.c (1, hard); INTEGRITY: I1.v and I1.w
   * (veto at 1 event, 16 each). Max total 64 + 33 + 32 = 129. Every goalposts indicator's points
   * equal its value. Thresholds 30 / 20 / 10 %; caps: veto GOOD, hard PASS (100 % required),
   * pillar floor 50 % → FAIL, missing GOOD; no quota.
   */
  static RuleSet rich(TierPolicy... extra) {
    RuleSet.Builder b = RuleSet.builder("rich", Label.of("综合", "rich"))
        .tiers(tiers(0.3, 0.2, 0.1, Tier.GOOD, 1.0, Tier.PASS, 0.5, Tier.FAIL, Tier.GOOD))
        .indicator(goal("L1.a", Pillar.LEARNING, 64, false))
        .indicator(goal("R1.b", Pillar.LEGAL, 32, true))
        .indicator(goal("R1.c", Pillar.LEGAL, 1, true))
        .indicator(spec("I1.v", Pillar.INTEGRITY, 16, new Veto(1), false))
        .indicator(spec("I1.w", Pillar.INTEGRITY, 16, new Veto(1), false));
    for (TierPolicy p : extra) {
      b.tierStep(p);
    }
    return b.build();
  }

  static List<Unit> units() {
    return List.of(unit("A", "c"), unit("B", "c"), unit("C", "c"), unit("D", "c"), unit("E", "c"));
  }

  /** NaN leaves the value out (missing evidence). Order: L1.a, R1.b, R1.c, I1.v, I1.w. */
  static void put(List<Observation> out, String u, double... v) {
    String[] ids = {"L1.a", "R1.b", "R1.c", "I1.v", "I1.w"};
    for (int i = 0; i < ids.length; i++) {
      if (!Double.isNaN(v[i])) {
        out.add(new Observation(u, YEAR, IndicatorId.of(ids[i]), v[i], ""));
      }
    }
  }

  static List<Observation> observations() {
    List<Observation> o = new ArrayList<>();
    double nan = Double.NaN;
    // A: 1 veto event on I1.v, no evidence for I1.w, both hard indicators short, LEARNING exactly on its floor
    put(o, "A", AT_FLOOR, 10, 0, 1, nan);
    // B: no evidence for either veto indicator; everything else full
    put(o, "B", 64, 32, 1, nan, nan);
    // C: LEARNING exactly on its floor (32 − 1e-9), all else full
    put(o, "C", AT_FLOOR, 32, 1, 0, 0);
    // D: LEARNING exactly half of 64 (32), all else full
    put(o, "D", 32, 32, 1, 0, 0);
    // E: R1.b exactly at its hard line (100 % of 32, less the tolerance: 32 − 1e-9)
    put(o, "E", 64, 32 - EPS, 1, 0, 0);
    return o;
  }

  static AssessmentResult assess(TierPolicy... extra) {
    return ScoringPlan.compile(rich(extra)).assess(YEAR, units(), observations());
  }

  @Test
  void aUnitCappedByVetoHardAndPillarFloorGetsEachReasonWordForWord() {
    UnitResult a = assess().unit("A").orElseThrow();
    // total 31.999999999 + 10 + 0 + 0 + 0 (I1.v vetoed: 0 points; I1.w missing: 0) ≈ 42 of 129 = 32.56 % ≥ 30 %
    assertThat(a.tier()).isEqualTo(Tier.FAIL);
    List<Reason> rs = a.reasons();
    assertThat(rs).extracting(Reason::step).containsExactly("thresholds", "veto", "hard", "pillar-floor");
    assertThat(rs).extracting(Reason::tier).containsExactly(Tier.EXCELLENT, Tier.GOOD, Tier.PASS, Tier.FAIL);
    assertThat(rs.get(0).text().en()).isEqualTo("total 42 of 129 (32.56%) reaches the excellent line of 30% → excellent");
    // veto: I1.v triggered (1 ≥ 1), I1.w unproven (no evidence, MissingVeto.VETO): both parts, joined by ";"
    assertThat(rs.get(1).text().en()).isEqualTo("veto triggered by I1.v; no evidence for the veto indicator I1.w, "
        + "treated as vetoed (missing evidence never helps): capped at good");
    assertThat(rs.get(1).text().zh()).isEqualTo("触发一票否决指标I1.v;一票否决指标I1.w缺少佐证,按否决处理,等次最高为优良");
    // hard: R1.b earns 10 of 32 and R1.c 0 of 1 (a single point: "point", not "points"), 100 % required
    assertThat(rs.get(2).text().en()).isEqualTo("hard indicator not met: R1.b (10 of 32 points), R1.c (0 of 1 point); "
        + "100% of its points is required (A5): capped at pass");
    assertThat(rs.get(2).text().zh()).isEqualTo(
        "硬指标未达标:R1.b(得10分/满分32分)、R1.c(得0分/满分1分),需得到该项分值的100%(硬约束,A5),等次最高为合格");
    // pillar floor 50 %: LEGAL 10 of 33 and INTEGRITY 0 of 32 are below; LEARNING is exactly on its floor
    // (32 − 1e-9, not below it) and so is not named
    assertThat(rs.get(3).text().en()).isEqualTo("pillar below 50% of its points: rule of law 10 of 33, integrity 0 of 32"
        + " (none may be neglected, O1): capped at fail");
    assertThat(rs.get(3).text().zh()).isEqualTo(
        "单项低于该项分值的50%:法治型10/33、廉洁型0/32(五型切不可偏废,O1),等次最高为不合格");
  }

  @Test
  void twoVetoIndicatorsWithoutEvidenceAreNamedTogether() {
    UnitResult b = assess().unit("B").orElseThrow();
    // total 64 + 33 + 0 = 97 of 129 → EXCELLENT; veto (both unproven) → GOOD; INTEGRITY 0 of 32 → FAIL
    assertThat(b.total()).isEqualTo(97.0);
    assertThat(b.tier()).isEqualTo(Tier.FAIL);
    List<Reason> rs = b.reasons();
    assertThat(rs).extracting(Reason::step).containsExactly("thresholds", "veto", "pillar-floor");
    // nothing triggered: no leading separator; two unproven: "indicators" (plural)
    assertThat(rs.get(1).text().en()).isEqualTo("no evidence for the veto indicators I1.v, I1.w, treated as vetoed "
        + "(missing evidence never helps): capped at good");
    assertThat(rs.get(1).text().zh()).isEqualTo("一票否决指标I1.v, I1.w缺少佐证,按否决处理,等次最高为优良");
    // one pillar below: no separator
    assertThat(rs.get(2).text().en()).isEqualTo("pillar below 50% of its points: integrity 0 of 32"
        + " (none may be neglected, O1): capped at fail");
    assertThat(rs.get(2).text().zh()).isEqualTo("单项低于该项分值的50%:廉洁型0/32(五型切不可偏废,O1),等次最高为不合格");
    assertThat(b.missing()).extracting(IndicatorId::value).containsExactly("I1.v", "I1.w");
  }

  @Test
  void aPillarOrAHardIndicatorExactlyOnItsLineIsNotCapped() {
    AssessmentResult r = assess();
    // C: LEARNING 32 − 1e-9 = its floor (share · max − EPS); not below it → stays EXCELLENT (96.999999999 of 129)
    assertThat(r.unit("C").orElseThrow().tier()).isEqualTo(Tier.EXCELLENT);
    assertThat(r.unit("C").orElseThrow().reasons()).extracting(Reason::step).containsExactly("thresholds");
    // D: LEARNING exactly 50 % (32 of 64): above its floor by the tolerance → EXCELLENT
    assertThat(r.unit("D").orElseThrow().tier()).isEqualTo(Tier.EXCELLENT);
    // E: R1.b earns 32 − 1e-9 = 100 % of 32 less the tolerance: not failed → EXCELLENT, no hard indicator listed
    UnitResult e = r.unit("E").orElseThrow();
    assertThat(e.tier()).isEqualTo(Tier.EXCELLENT);
    assertThat(e.failedHard()).isEmpty();
    assertThat(e.indicator(IndicatorId.of("R1.b")).hardFailed()).isFalse();
    // C's R1.b earns the full 32: not failed either
    assertThat(r.unit("C").orElseThrow().indicator(IndicatorId.of("R1.b")).hardFailed()).isFalse();
    // A's R1.b (10 of 32) has failed
    assertThat(r.unit("A").orElseThrow().indicator(IndicatorId.of("R1.b")).hardFailed()).isTrue();
  }

  @Test
  void aStepOfOnesOwnSeesTheNumbersOfTheContext() {
    Map<String, Object> seen = new LinkedHashMap<>();
    TierPolicy probe = new TierPolicy() {
      @Override
      public String id() {
        return "probe";
      }

      @Override
      public Label name() {
        return Label.of("探针", "probe");
      }

      @Override
      public void apply(TieringContext ctx) {
        // units sorted by id: A = 0, B = 1, C = 2, D = 3, E = 4
        seen.put("year", ctx.year());
        seen.put("A learning", ctx.pillarPoints(0, Pillar.LEARNING));
        seen.put("A legal", ctx.pillarPoints(0, Pillar.LEGAL));
        seen.put("A efficiency", ctx.pillarPoints(0, Pillar.EFFICIENCY));
        seen.put("max learning", ctx.pillarMax(Pillar.LEARNING));
        seen.put("max legal", ctx.pillarMax(Pillar.LEGAL));
        seen.put("max efficiency", ctx.pillarMax(Pillar.EFFICIENCY));
        seen.put("A vetoes", ctx.vetoes(0));
        seen.put("A failed hard", ctx.failedHard(0));
        seen.put("B missing", ctx.missing(1));
        seen.put("A L1.a", ctx.value(0, IndicatorId.of("L1.a")));
        seen.put("A R1.b", ctx.value(0, IndicatorId.of("R1.b")));
        seen.put("A E1.none", ctx.value(0, IndicatorId.of("E1.none")));
        seen.put("D before", ctx.tier(3));
        seen.put("D cap PASS", ctx.cap(3, Tier.PASS, Label.of("探针", "probe")));
        seen.put("D cap PASS again", ctx.cap(3, Tier.PASS, Label.of("探针", "probe")));
        seen.put("D cap GOOD", ctx.cap(3, Tier.GOOD, Label.of("探针", "probe")));
      }
    };
    AssessmentResult r = assess(probe);
    assertThat(seen.get("year")).isEqualTo(YEAR);
    assertThat(seen.get("A learning")).isEqualTo(AT_FLOOR);          // LEARNING is the first pillar (index 0)
    assertThat(seen.get("A legal")).isEqualTo(10.0);                 // 10 + 0
    assertThat(seen.get("A efficiency")).isEqualTo(0.0);             // not a pillar of the rule set
    assertThat(seen.get("max learning")).isEqualTo(64.0);
    assertThat(seen.get("max legal")).isEqualTo(33.0);
    assertThat(seen.get("max efficiency")).isEqualTo(0.0);
    assertThat(seen.get("A vetoes")).isEqualTo(List.of(IndicatorId.of("I1.v"), IndicatorId.of("I1.w")));
    assertThat(seen.get("A failed hard")).isEqualTo(List.of(IndicatorId.of("R1.b"), IndicatorId.of("R1.c")));
    assertThat(seen.get("B missing")).isEqualTo(List.of(IndicatorId.of("I1.v"), IndicatorId.of("I1.w")));
    assertThat(seen.get("A L1.a")).isEqualTo(AT_FLOOR);              // the first indicator (index 0)
    assertThat(seen.get("A R1.b")).isEqualTo(10.0);
    assertThat((Double) seen.get("A E1.none")).isNaN();              // not an indicator of the rule set
    assertThat(seen.get("D before")).isEqualTo(Tier.EXCELLENT);
    assertThat(seen.get("D cap PASS")).isEqualTo(true);              // EXCELLENT is better than PASS: capped
    assertThat(seen.get("D cap PASS again")).isEqualTo(false);       // PASS is not better than PASS
    assertThat(seen.get("D cap GOOD")).isEqualTo(false);             // nor than GOOD
    UnitResult d = r.unit("D").orElseThrow();
    assertThat(d.tier()).isEqualTo(Tier.PASS);
    assertThat(d.reasons()).extracting(Reason::step).containsExactly("thresholds", "probe");
  }

  @Test
  void atTheThresholdsTheTierIsReached() {
    // one indicator of 128 points whose points equal its value; lines 75 / 50 / 25 %: a total of exactly
    // share · 128 − 1e-9 reaches the line (the step's tolerance), 31.99 (below 32 − 1e-9) does not
    RuleSet rs = RuleSet.builder("edge", Label.of("边界", "edge"))
        .tiers(tiers(0.75, 0.5, 0.25, Tier.FAIL, 1.0, Tier.PASS, 0, Tier.GOOD, Tier.GOOD))
        .indicator(goal("S1.x", Pillar.SERVICE, 128, false)).build();
    List<Observation> obs = List.of(
        Observation.of("E", YEAR, "S1.x", 0.75 * 128 - EPS),
        Observation.of("G", YEAR, "S1.x", 0.5 * 128 - EPS),
        Observation.of("P", YEAR, "S1.x", 0.25 * 128 - EPS),
        Observation.of("F", YEAR, "S1.x", 31.99));
    AssessmentResult r = ScoringPlan.compile(rs).assess(YEAR,
        List.of(unit("E", "c"), unit("G", "c"), unit("P", "c"), unit("F", "c")), obs);
    assertThat(r.unit("E").orElseThrow().tier()).isEqualTo(Tier.EXCELLENT);
    assertThat(r.unit("G").orElseThrow().tier()).isEqualTo(Tier.GOOD);
    assertThat(r.unit("P").orElseThrow().tier()).isEqualTo(Tier.PASS);
    assertThat(r.unit("F").orElseThrow().tier()).isEqualTo(Tier.FAIL);
    // the reasons' tiers (rebuilt from the total by UnitResult) agree, and so do their texts:
    // 95.999999999 → "96", 95.999999999 / 128 = 74.99999999922 % → "75%"
    Reason e = r.unit("E").orElseThrow().reasons().get(0);
    assertThat(e.tier()).isEqualTo(Tier.EXCELLENT);
    assertThat(e.text().en()).isEqualTo("total 96 of 128 (75%) reaches the excellent line of 75% → excellent");
    assertThat(r.unit("G").orElseThrow().reasons().get(0).tier()).isEqualTo(Tier.GOOD);
    assertThat(r.unit("P").orElseThrow().reasons().get(0).tier()).isEqualTo(Tier.PASS);
    Reason f = r.unit("F").orElseThrow().reasons().get(0);
    assertThat(f.tier()).isEqualTo(Tier.FAIL);
    // 31.99 / 128 = 24.9921875 % → "24.99%"
    assertThat(f.text().en()).isEqualTo("total 31.99 of 128 (24.99%) is below the pass line of 25% → fail");
  }

  @Test
  void theThresholdReasonOfAZeroMaximumSaysZeroPercent() {
    // maxTotal 0 cannot come from a rule set (points are > 0); the text guards the division: "0%", not "NaN"
    Reason r = TieringChain.thresholdReason(Tier.PASS, 0, 0, TierSettings.DEFAULTS);
    assertThat(r.text().en()).isEqualTo("total 0 of 0 (0%) reaches the pass line of 60% (the good line is 80%) → pass");
    Reason x = TieringChain.thresholdReason(Tier.EXCELLENT, 50, 100, TierSettings.DEFAULTS);
    assertThat(x.text().zh()).isEqualTo("总分50(满分100的50%),达到优秀线90%,定为优秀");
  }

  @Test
  void totalsWithinTheRelativeToleranceAreTheSame() {
    // |a − b| ≤ 1e-9 · max(1, |a|, |b|): inclusive at the edge
    assertThat(TieringChain.same(0, 1e-9)).isTrue();
    assertThat(TieringChain.same(0, 2e-9)).isFalse();
    // relative above 1: 1e-7 apart at 1000 is within 1e-9 · 1000 = 1e-6
    assertThat(TieringChain.same(1000, 1000 + 1e-7)).isTrue();
    assertThat(TieringChain.same(1000, 1000 + 1e-5)).isFalse();
  }

  @Test
  void theBuiltInStepsCarryTheDocumentedIds() {
    assertThat(TieringChain.builtIn(TierSettings.DEFAULTS)).extracting(TierPolicy::id)
        .isEqualTo(TierSettings.STEPS);
  }

  @Test
  void quotaDropTextsSayWhyUntiedAndTied() {
    // five units of one category, totals P 100, Q 90, R 90, S 80, T 50 (TieringStepsTest.fiveUnits)
    // 20 % · 5 = 1 (FLOOR), ALL_IN: Q and R are over the quota but not tied with the cut-off (P 100)
    TierSettings floor = new TierSettings(0.9, 0.8, 0.6, Tier.FAIL, 1.0, Tier.PASS, 0.6, Tier.GOOD, Tier.GOOD,
        Map.of(Tier.EXCELLENT, 0.2), TierSettings.Rounding.FLOOR, TierSettings.Ties.ALL_IN);
    AssessmentResult r = ScoringPlan.compile(TieringStepsTest.tenYesNo(floor))
        .assess(YEAR, TieringStepsTest.fiveUnitList(), TieringStepsTest.fiveUnits());
    Reason q = r.unit("Q").orElseThrow().reasons().get(1);
    assertThat(q.step()).isEqualTo("quota");
    assertThat(q.tier()).isEqualTo(Tier.GOOD);
    assertThat(q.text().en()).isEqualTo("category 'c' has 5 units; the quota for excellent or better is 20% × 5 = 1 "
        + "(FLOOR); ranked 2 by total, over the quota → good");
    assertThat(r.unit("R").orElseThrow().reasons().get(1).text().zh())
        .isEqualTo("类别“c”共5个单位,优秀及以上名额20%×5=1个(FLOOR);按总分排第3位,超出名额,调整为优良");
    // 40 % · 5 = 2, ALL_OUT: Q and R tie (90) at the cut-off → both dropped, for the tie
    TierSettings out = new TierSettings(0.9, 0.8, 0.6, Tier.FAIL, 1.0, Tier.PASS, 0.6, Tier.GOOD, Tier.GOOD,
        Map.of(Tier.EXCELLENT, 0.4), TierSettings.Rounding.FLOOR, TierSettings.Ties.ALL_OUT);
    AssessmentResult o = ScoringPlan.compile(TieringStepsTest.tenYesNo(out))
        .assess(YEAR, TieringStepsTest.fiveUnitList(), TieringStepsTest.fiveUnits());
    assertThat(o.unit("Q").orElseThrow().reasons().get(1).text().en()).isEqualTo("category 'c' has 5 units; the quota "
        + "for excellent or better is 40% × 5 = 2 (FLOOR); tied at the quota's cut-off: dropped by the ALL_OUT tie rule"
        + " → good");
    assertThat(o.unit("R").orElseThrow().reasons().get(1).text().zh())
        .isEqualTo("类别“c”共5个单位,优秀及以上名额40%×5=2个(FLOOR);与名额边界并列,按并列规则(ALL_OUT)一并调整,调整为优良");
  }

  /** The state of a chain over the rich units, made by the kernel without running any step. */
  static TieringChain.State freshState() {
    ScoringPlan plan = ScoringPlan.compile(rich());
    EvidenceTable t = plan.table(YEAR, units(), observations());
    Kernel k = new Kernel(plan, t, t.columns(), Kernel.BLOCK);
    k.run(1);
    return new TieringChain.State(new Scores(plan, t, k.scored, k.kept, k.pillarPoints, k.totals, k.missingCount,
        k.vetoed, k.hardFailed));
  }

  @Test
  void aFreshStateStartsEveryUnitAtFailAndWorksTheCategoriesOutOnce() {
    TieringChain.State st = freshState();
    // before any step every unit is FAIL (the worst tier: a chain without thresholds raises nobody)
    for (int u = 0; u < st.unitCount(); u++) {
      assertThat(st.tier(u)).isEqualTo(Tier.FAIL);
    }
    // one category, by total descending, equal totals in id order: B 97, D 97, C 96.999999999, A 42; E is
    // 128.999999999 → E, B, D, C, A = 4, 1, 3, 2, 0
    int[][] cats = st.byCategory();
    assertThat(cats).hasDimensions(1, 5);
    assertThat(cats[0]).containsExactly(4, 1, 3, 2, 0);
    assertThat(st.byCategory()).isSameAs(cats); // worked out once
  }

  @Test
  void aDeferredCapSaysWhetherItCapped() {
    TieringChain.State st = freshState();
    st.current = "test";
    st.tiers[2] = Tier.GOOD;
    assertThat(st.capDeferred(2, Tier.PASS, () -> Label.of("低", "low"))).isTrue();   // GOOD is better than PASS
    assertThat(st.capDeferred(2, Tier.PASS, () -> Label.of("低", "low"))).isFalse();  // PASS is not
    assertThat(st.tier(2)).isEqualTo(Tier.PASS);
    assertThat(st.reasons(2)).extracting(Reason::step).containsExactly("test");
  }
}
