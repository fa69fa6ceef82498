package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.YesNo;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.ruleset.TotalMethod;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TieringContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each tiering step on a case built so that the step, and only it, decides the outcome: without
 * the step the asserted tier would differ. The golden test covers thresholds, veto, hard,
 * pillar floor and quota together; here are missing evidence, the tie rules, the rounding, the
 * weighted total, a Java tier step of one's own and strict mode.
 */
class TieringStepsTest {

  static final int YEAR = 2025;

  /** One pillar (SERVICE) of ten yes/no indicators of 10 points each: total = 10 · yeses. */
  static RuleSet tenYesNo(TierSettings tiers) {
    RuleSet.Builder b = RuleSet.builder("ten", Label.of("十项", "ten items")).tiers(tiers);
    for (int k = 0; k < 10; k++) {
      b.indicator(IndicatorSpec.builder("S" + (1 + k % 7) + ".item-" + k).pillar(Pillar.SERVICE)
          .name("事项" + k, "item " + k).points(10).measures("S" + (1 + k % 7))
          .evidence("是否落实", "in place or not", "是/否", "yes/no", Supplier.INSPECTION)
          .rule(new YesNo(Direction.HIGHER_IS_BETTER)).build());
    }
    return b.build();
  }

  static Unit unit(String id, String category) {
    return new Unit(id, Label.of("单位" + id, "Unit " + id), UnitKind.DEPARTMENT, category);
  }

  /** Observations giving {@code yes} yeses, the rest no, leaving out the last {@code missing}. */
  static List<Observation> answers(String unit, int yes, int missing) {
    List<Observation> out = new ArrayList<>();
    for (int k = 0; k < 10 - missing; k++) {
      out.add(new Observation(unit, YEAR, IndicatorId.of("S" + (1 + k % 7) + ".item-" + k), k < yes ? 1 : 0, ""));
    }
    return out;
  }

  @Test
  void missingEvidenceCapsAnOtherwiseExcellentUnit() {
    // U: 9 yes + 1 missing = 90 of 100 → EXCELLENT by threshold; service 90 % ≥ 60 %, no hard, no veto;
    // quota switched off. Only the missing-evidence step caps it at GOOD.
    RuleSet rs = tenYesNo(TierSettings.DEFAULTS.withQuota(Map.of()));
    AssessmentResult r = ScoringPlan.compile(rs).assess(YEAR, List.of(unit("U", "c")), answers("U", 9, 1));
    UnitResult u = r.units().get(0);
    assertThat(u.total()).isEqualTo(90.0);
    assertThat(u.tier()).isEqualTo(Tier.GOOD);
    assertThat(u.reasons()).extracting(Reason::step).containsExactly("thresholds", "missing");
    assertThat(u.reasons().get(1).text().en())
        .isEqualTo("no evidence for 1 indicator (S3.item-9), scored 0: capped at good");
    assertThat(u.missing()).containsExactly(IndicatorId.of("S3.item-9"));
  }

  @Test
  void strictModeMakesMissingEvidenceAnErrorListingEveryCell() {
    RuleSet rs = tenYesNo(TierSettings.DEFAULTS);
    ScoringPlan plan = ScoringPlan.compile(rs);
    List<Observation> obs = new ArrayList<>(answers("U", 9, 2));
    obs.addAll(answers("V", 10, 1));
    EvidenceTable t = plan.table(YEAR, List.of(unit("U", "c"), unit("V", "c")), obs);
    assertThatThrownBy(() -> plan.assess(t, ScoringPlan.Options.STRICT))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.where())
            .containsExactly("unit U / S2.item-8", "unit U / S3.item-9", "unit V / S3.item-9"));
  }

  /** Five units of one category: totals 100, 90, 90, 80, 50; EXCELLENT quota 20 % → 1 unit. */
  static List<Observation> fiveUnits() {
    List<Observation> obs = new ArrayList<>();
    obs.addAll(answers("P", 10, 0));
    obs.addAll(answers("Q", 9, 0));
    obs.addAll(answers("R", 9, 0));
    obs.addAll(answers("S", 8, 0));
    obs.addAll(answers("T", 5, 0));
    return obs;
  }

  static List<Unit> fiveUnitList() {
    return List.of(unit("P", "c"), unit("Q", "c"), unit("R", "c"), unit("S", "c"), unit("T", "c"));
  }

  @ParameterizedTest(name = "quota {0} of 5 with {1} rounding and {2}: P Q R = {3} {4} {5}")
  @CsvSource({
      // share·5 = 0.2·5 = 1 → P only; no tie at the cut-off (P 100 vs Q 90)
      "0.2, FLOOR,   ALL_IN,  EXCELLENT, GOOD,      GOOD",
      // 0.4·5 = 2 → P, Q; R ties with Q (90) at the cut-off → ALL_IN keeps R too (3 > 2, documented)
      "0.4, FLOOR,   ALL_IN,  EXCELLENT, EXCELLENT, EXCELLENT",
      // same, ALL_OUT → Q and R both drop; only P stays (never above the quota)
      "0.4, FLOOR,   ALL_OUT, EXCELLENT, GOOD,      GOOD",
      // 0.3·5 = 1.5 → FLOOR 1 (P); HALF_UP 2 (P, Q + tie R under ALL_IN); CEILING 2 likewise
      "0.3, FLOOR,   ALL_IN,  EXCELLENT, GOOD,      GOOD",
      "0.3, HALF_UP, ALL_IN,  EXCELLENT, EXCELLENT, EXCELLENT",
      "0.3, CEILING, ALL_OUT, EXCELLENT, GOOD,      GOOD",
      // 0.1·5 = 0.5 → FLOOR 0: nobody is EXCELLENT
      "0.1, FLOOR,   ALL_IN,  GOOD,      GOOD,      GOOD",
      // issue 16: the default keeps at least one: 0.1·5 = 0.5 → 1, so P (100) is EXCELLENT, Q and R (90) are not
      "0.1, FLOOR_AT_LEAST_ONE, ALL_IN,  EXCELLENT, GOOD,      GOOD",
      // 0.4·5 = 2 → 2 as with FLOOR; Q and R tie for second: both kept (ALL_IN) or both dropped (ALL_OUT)
      "0.4, FLOOR_AT_LEAST_ONE, ALL_IN,  EXCELLENT, EXCELLENT, EXCELLENT",
      "0.4, FLOOR_AT_LEAST_ONE, ALL_OUT, EXCELLENT, GOOD,      GOOD",
  })
  void quotaRoundingAndTies(double share, TierSettings.Rounding rounding, TierSettings.Ties ties, Tier p, Tier q,
      Tier r) {
    TierSettings s = new TierSettings(0.9, 0.8, 0.6, Tier.FAIL, 1.0, Tier.PASS, 0.6, Tier.GOOD, Tier.GOOD,
        Map.of(Tier.EXCELLENT, share), rounding, ties);
    AssessmentResult res = ScoringPlan.compile(tenYesNo(s)).assess(YEAR, fiveUnitList(), fiveUnits());
    assertThat(res.unit("P").orElseThrow().tier()).isEqualTo(p);
    assertThat(res.unit("Q").orElseThrow().tier()).isEqualTo(q);
    assertThat(res.unit("R").orElseThrow().tier()).isEqualTo(r);
    // S (80) and T (50) are untouched by the EXCELLENT quota
    assertThat(res.unit("S").orElseThrow().tier()).isEqualTo(Tier.GOOD);
    assertThat(res.unit("T").orElseThrow().tier()).isEqualTo(Tier.FAIL);
    // Q and R tie: ranks 1, 2, 2, 4, 5
    assertThat(res.units()).extracting(UnitResult::rank).containsExactly(1, 2, 2, 4, 5);
  }

  /** Ten yes/no items (100 points) and one veto indicator (5 points: incidents counted, 1 vetoes). */
  static RuleSet withVeto(TierSettings tiers) {
    RuleSet ten = tenYesNo(tiers);
    RuleSet.Builder b = RuleSet.builder("ten-veto", Label.of("十项加否决", "ten items and a veto")).tiers(tiers);
    ten.indicators().forEach(b::indicator);
    b.indicator(IndicatorSpec.builder("I1.incidents").pillar(Pillar.INTEGRITY).name("违纪案件", "incidents")
        .points(5).measures("I1").evidence("案件数", "incidents", "件", "cases", Supplier.INSPECTION)
        .rule(new org.fivetype.rule.Veto(1)).build());
    return b.build();
  }

  @Test
  void aVetoIndicatorWithoutEvidenceVetoesByDefaultAndSaysWhy() {
    // issue 16, "missing data never helps": U answers all ten items yes (100 of 105 = 95 % → EXCELLENT by threshold)
    // but gives no incident count; V gives 0 incidents. By default U is capped at FAIL (the veto cap) with a
    // reason naming the missing evidence; V stays EXCELLENT. Before the fix U escaped the veto: GOOD (missing cap).
    List<Observation> obs = new ArrayList<>(answers("U", 10, 0));
    obs.addAll(answers("V", 10, 0));
    obs.add(new Observation("V", YEAR, IndicatorId.of("I1.incidents"), 0, ""));
    List<Unit> units = List.of(unit("U", "a"), unit("V", "b"));
    AssessmentResult strict = ScoringPlan.compile(withVeto(TierSettings.DEFAULTS)).assess(YEAR, units, obs);
    UnitResult u = strict.unit("U").orElseThrow();
    assertThat(u.tier()).isEqualTo(Tier.FAIL);
    assertThat(u.vetoes()).extracting(IndicatorId::value).containsExactly("I1.incidents");
    assertThat(u.reasons()).extracting(Reason::step).contains("veto");
    Reason veto = u.reasons().stream().filter(r -> r.step().equals("veto")).findFirst().orElseThrow();
    assertThat(veto.text().en()).isEqualTo("no evidence for the veto indicator I1.incidents, treated as vetoed "
        + "(missing evidence never helps): capped at fail");
    assertThat(veto.text().zh()).contains("缺少佐证,按否决处理");
    assertThat(strict.unit("V").orElseThrow().tier()).isEqualTo(Tier.EXCELLENT);
    // the rule set's choice MISSING: only the missing-evidence cap (GOOD) applies
    AssessmentResult lenient = ScoringPlan.compile(withVeto(TierSettings.DEFAULTS.withMissingVetoEvidence(
        TierSettings.MissingVeto.MISSING))).assess(YEAR, units, obs);
    assertThat(lenient.unit("U").orElseThrow().tier()).isEqualTo(Tier.GOOD);
    assertThat(lenient.unit("U").orElseThrow().vetoes()).isEmpty();
  }

  @Test
  void theDefaultQuotaLetsACategoryOfFewerThanFiveHaveAnExcellentUnit() {
    // issue 16: 20 % of 3 = 0.6; FLOOR gave 0 (no unit of a category under five could be EXCELLENT), the
    // default FLOOR_AT_LEAST_ONE gives 1: the best of the three (P, 100) is EXCELLENT, Q and R (90) drop to GOOD
    List<Unit> three = List.of(unit("P", "c"), unit("Q", "c"), unit("R", "c"));
    List<Observation> obs = new ArrayList<>(answers("P", 10, 0));
    obs.addAll(answers("Q", 9, 0));
    obs.addAll(answers("R", 9, 0));
    AssessmentResult res = ScoringPlan.compile(tenYesNo(TierSettings.DEFAULTS)).assess(YEAR, three, obs);
    assertThat(res.units()).extracting(UnitResult::tier).containsExactly(Tier.EXCELLENT, Tier.GOOD, Tier.GOOD);
    assertThat(TierSettings.DEFAULTS.quotaRounding()).isEqualTo(TierSettings.Rounding.FLOOR_AT_LEAST_ONE);
    assertThat(TierSettings.Rounding.FLOOR_AT_LEAST_ONE.apply(0.2 * 3)).isEqualTo(1);
    assertThat(TierSettings.Rounding.FLOOR_AT_LEAST_ONE.apply(0.2 * 12)).isEqualTo(2);
    assertThat(TierSettings.Rounding.FLOOR_AT_LEAST_ONE.apply(0)).isZero();
    assertThat(TierSettings.Rounding.FLOOR.apply(0.2 * 3)).isZero();
  }

  @Test
  void aTieKeptOverTheQuotaSaysSo() {
    TierSettings s = TierSettings.DEFAULTS.withQuota(Map.of(Tier.EXCELLENT, 0.4));
    AssessmentResult res = ScoringPlan.compile(tenYesNo(s)).assess(YEAR, fiveUnitList(), fiveUnits());
    // in-tier order P 100, Q 90, R 90 (ties listed by id): R is third, beyond k = 2, kept by the tie rule
    List<Reason> rr = res.unit("R").orElseThrow().reasons();
    assertThat(rr).extracting(Reason::step).containsExactly("thresholds", "quota");
    assertThat(rr.get(1).tier()).isEqualTo(Tier.EXCELLENT);
    assertThat(rr.get(1).text().en()).isEqualTo("category 'c' has 5 units; the quota for excellent or better is "
        + "40% × 5 = 2 (FLOOR_AT_LEAST_ONE); total 90 ties with the last unit within the quota: kept by the ALL_IN tie rule, "
        + "so the quota is exceeded");
  }

  @Test
  void quotasArePerCategory() {
    // two categories of 5: each gets floor(0.2·5) = 1 EXCELLENT, so 2 in all
    List<Unit> units = new ArrayList<>();
    List<Observation> obs = new ArrayList<>();
    for (String c : List.of("x", "y")) {
      for (int k = 0; k < 5; k++) {
        units.add(unit(c + k, c));
        obs.addAll(answers(c + k, 10 - k % 2, 0)); // totals 100, 90, 100, 90, 100
      }
    }
    AssessmentResult res = ScoringPlan.compile(tenYesNo(TierSettings.DEFAULTS.withTies(TierSettings.Ties.ALL_OUT)))
        .assess(YEAR, units, obs);
    // each category: three units tie at 100 for one place; ALL_OUT → none stays EXCELLENT
    assertThat(res.tierCounts().get(Tier.EXCELLENT)).isZero();
    AssessmentResult allIn = ScoringPlan.compile(tenYesNo(TierSettings.DEFAULTS)).assess(YEAR, units, obs);
    // ALL_IN → the three tied units of each category stay: 6
    assertThat(allIn.tierCounts().get(Tier.EXCELLENT)).isEqualTo(6);
  }

  @Test
  void weightedSharesTotal() {
    // LEARNING: one goalposts indicator 0..10 worth 40 points; SERVICE: one yes/no worth 10.
    // Weighted shares, scale 100, weights LEARNING 3, SERVICE 1:
    //   value 5 → learning 20/40 = 0.5; yes → service 10/10 = 1 → 100·(3·0.5 + 1·1)/4 = 62.5
    RuleSet rs = RuleSet.builder("w", Label.of("加权", "weighted"))
        .indicator(IndicatorSpec.builder("L1.hours").pillar(Pillar.LEARNING).name("学时", "hours").points(40)
            .measures("L1").evidence("学时", "hours", "小时", "hours", Supplier.UNIT)
            .rule(new Goalposts(0, 10, Direction.HIGHER_IS_BETTER)).build())
        .indicator(IndicatorSpec.builder("S3.spokesperson").pillar(Pillar.SERVICE).name("发言人", "spokesperson")
            .points(10).measures("S3").evidence("是否设立", "designated", "是/否", "yes/no", Supplier.UNIT)
            .rule(new YesNo(Direction.HIGHER_IS_BETTER)).build())
        .total(TotalMethod.weightedShares(100, Map.of("LEARNING", 3.0, "SERVICE", 1.0)))
        .build();
    AssessmentResult r = ScoringPlan.compile(rs).assess(YEAR, List.of(unit("U", "c")),
        List.of(Observation.of("U", YEAR, "L1.hours", 5), Observation.of("U", YEAR, "S3.spokesperson", 1)));
    assertThat(r.maxTotal()).isEqualTo(100.0);
    assertThat(r.units().get(0).total()).isCloseTo(62.5, within(1e-12));
    assertThat(r.units().get(0).tier()).isEqualTo(Tier.PASS);
  }

  @Test
  void aTierStepOfOnesOwnRunsAfterTheBuiltInChain() {
    // a district's own rule: units of category "probation" are at most PASS
    TierPolicy probation = new TierPolicy() {
      @Override
      public String id() {
        return "probation";
      }

      @Override
      public Label name() {
        return Label.of("整改期", "probation");
      }

      @Override
      public void apply(TieringContext ctx) {
        for (int u = 0; u < ctx.unitCount(); u++) {
          if (ctx.unit(u).category().equals("probation")) {
            ctx.cap(u, Tier.PASS, Label.of("整改期单位最高为合格", "units on probation are at most pass"));
          }
        }
      }
    };
    RuleSet rs = tenYesNo(TierSettings.DEFAULTS.withQuota(Map.of())).toBuilder().tierStep(probation).build();
    AssessmentResult r = ScoringPlan.compile(rs).assess(YEAR, List.of(unit("U", "probation"), unit("V", "c")),
        concat(answers("U", 10, 0), answers("V", 10, 0)));
    assertThat(r.unit("U").orElseThrow().tier()).isEqualTo(Tier.PASS);
    assertThat(r.unit("U").orElseThrow().reasons()).extracting(Reason::step).containsExactly("thresholds", "probation");
    assertThat(r.unit("V").orElseThrow().tier()).isEqualTo(Tier.EXCELLENT);
    // exported as a step of the rule file's "steps", by its id (it has no parameters)
    assertThat(rs.toJson()).contains("\"steps\" : [ {\n    \"use\" : \"probation\"\n  } ]");
  }

  @Test
  void everyProblemOfTheEvidenceIsReportedTogether() {
    ScoringPlan plan = ScoringPlan.compile(tenYesNo(TierSettings.DEFAULTS));
    List<Observation> obs = List.of(
        Observation.of("U", YEAR, "S1.item-0", 1),
        Observation.of("U", YEAR, "S1.item-0", 0),      // duplicate
        Observation.of("X", YEAR, "S1.item-0", 1),      // unknown unit
        Observation.of("U", YEAR, "S9.nothing", 1),     // unknown indicator
        Observation.of("U", YEAR, "S2.item-1", 2),      // yes/no must be 0 or 1
        Observation.of("U", YEAR - 1, "S9.nothing", 1)); // another year: not this year's input, ignored
    assertThatThrownBy(() -> plan.table(YEAR, List.of(unit("U", "c"), unit("U", "c")), obs))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Object::toString)
            .containsExactly(
                "unit U: the unit id appears more than once",
                "observation U / 2025 / S1.item-0: duplicate: this unit already has a value for this indicator and year",
                "observation X / 2025 / S1.item-0: unknown unit \"X\": it is not among the units",
                "observation U / 2025 / S9.nothing: unknown indicator \"S9.nothing\": not in rule set ten",
                "observation U / 2025 / S2.item-1: value 2.0 is out of range: expected 1 (yes) or 0 (no), got 2"));
  }

  @Test
  void nonFiniteValuesNeverEnter() {
    assertThatThrownBy(() -> Observation.of("U", YEAR, "S1.item-0", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    assertThatThrownBy(() -> Observation.of("U", YEAR, "S1.item-0", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
