package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Tier;
import org.fivetype.consequence.BonusScheme;
import org.fivetype.consequence.ConsequenceSettings;
import org.fivetype.consequence.QuotaSettings;
import org.fivetype.consequence.Regulation;
import org.fivetype.consequence.Travel;
import org.fivetype.consequence.TravelThresholds;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;

/**
 * The programme's principles ({@link Principles}: O1, A5, A7, A10) on small rule sets made here,
 * and the checks of the settings records at the ends of their ranges. Each expected finding is
 * the text the check writes for the values given.
 */
class PrinciplesAndSettingsTest {

  private static IndicatorSpec yesNo(String id, Pillar pillar, String measure) {
    return IndicatorSpec.builder(id).pillar(pillar).name("指标" + id, "indicator " + id).points(10)
        .measures(measure).evidence("材料", "records", "件", "items", Supplier.UNIT)
        .rule(new YesNo(org.fivetype.api.Direction.HIGHER_IS_BETTER)).build();
  }

  private static RuleSet.Builder twoPillars() {
    return RuleSet.builder("two", Label.of("两项", "two")).indicator(yesNo("L1.a", Pillar.LEARNING, "L1"))
        .indicator(yesNo("S1.b", Pillar.SERVICE, "S1"));
  }

  private static Map<Tier, Double> tiers(double excellent, double good, double pass, double fail) {
    return Map.of(Tier.EXCELLENT, excellent, Tier.GOOD, good, Tier.PASS, pass, Tier.FAIL, fail);
  }

  @Test
  void theDefaultsDepartFromNothing() {
    assertThat(Principles.check(twoPillars().build())).isEmpty();
    assertThat(Principles.check(twoPillars().build(), twoPillars().build())).isEmpty();
  }

  @Test
  void o1AStandardPillarOfTheBaseLeftWithoutIndicators() {
    RuleSet base = twoPillars().build();
    RuleSet learningOnly = RuleSet.builder("one", Label.of("一项", "one"))
        .indicator(yesNo("L1.a", Pillar.LEARNING, "L1")).build();
    assertThat(Principles.check(learningOnly, base)).containsExactly(new Principles.Finding("O1", "$.indicators",
        "the pillar SERVICE (服务型 service) has no indicator left: none of the five types may be neglected 五型不可偏废"));
    // without a base, a small rule set of one pillar is no departure
    assertThat(Principles.check(learningOnly)).isEmpty();
    // the base had no legal indicator, so having none is no departure either
    assertThat(Principles.check(base, learningOnly)).isEmpty();
  }

  @Test
  void a5AVetoOrAHardIndicatorMustCapBelowExcellent() {
    TierSettings d = TierSettings.DEFAULTS;
    TierSettings noCaps = new TierSettings(0.9, 0.8, 0.6, Tier.EXCELLENT, 1.0, Tier.EXCELLENT, 0.6, Tier.GOOD,
        Tier.GOOD, Map.of(), d.quotaRounding(), d.ties());
    assertThat(Principles.check(twoPillars().tiers(noCaps).build())).containsExactly(
        new Principles.Finding("A5", "$.tiers.veto.cap", "a veto caps at EXCELLENT, so it changes nothing: a veto "
            + "indicator must cap the tier (hard constraint 硬约束)"),
        new Principles.Finding("A5", "$.tiers.hard.cap", "a failed hard indicator caps at EXCELLENT, so it changes "
            + "nothing: a hard indicator must cap the tier (硬指标、硬约束)"));
    // GOOD is below EXCELLENT: a cap
    TierSettings good = new TierSettings(0.9, 0.8, 0.6, Tier.GOOD, 1.0, Tier.GOOD, 0.6, Tier.GOOD, Tier.GOOD,
        Map.of(), d.quotaRounding(), d.ties());
    assertThat(Principles.check(twoPillars().tiers(good).build())).isEmpty();
  }

  @Test
  void a7TheSameBonusForEveryTier() {
    var same = ConsequenceSettings.DEFAULTS.withBonus(new BonusScheme(100, 2004, 0, tiers(1, 1, 1, 1)));
    assertThat(Principles.check(twoPillars().consequences(same).build())).containsExactly(new Principles.Finding(
        "A7", "$.consequences.bonus.multipliers", "every tier gets the same bonus multiplier 1.0: the tiers must be "
            + "rewarded or penalised differently (奖惩分明)"));
    // two different multipliers are enough
    var two = ConsequenceSettings.DEFAULTS.withBonus(new BonusScheme(100, 2004, 0, tiers(2, 1, 1, 1)));
    assertThat(Principles.check(twoPillars().consequences(two).build())).isEmpty();
  }

  @Test
  void a10ALowerTierWithALargerShareOfExcellentCivilServants() {
    // GOOD 0.2 and PASS 0.2 above EXCELLENT 0.15; GOOD = PASS is no departure, nor FAIL 0.15 = EXCELLENT
    var q = new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.GRADED, tiers(0.15, 0.2, 0.2, 0.15),
        QuotaSettings.Rounding.FLOOR);
    assertThat(Principles.check(twoPillars().consequences(ConsequenceSettings.DEFAULTS.withQuota(q)).build()))
        .containsExactly(
            new Principles.Finding("A10", "$.consequences.excellentCivilServants.graded.GOOD", "GOOD units get a "
                + "larger share of excellent civil servants (0.2) than EXCELLENT units (0.15): the share must follow "
                + "the unit's tier"),
            new Principles.Finding("A10", "$.consequences.excellentCivilServants.graded.PASS", "PASS units get a "
                + "larger share of excellent civil servants (0.2) than EXCELLENT units (0.15): the share must follow "
                + "the unit's tier"));
    // equal shares everywhere are no departure (only a larger share is)
    var equal = new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.GRADED, tiers(0.1, 0.1, 0.1, 0.1),
        QuotaSettings.Rounding.FLOOR);
    assertThat(Principles.check(twoPillars().consequences(ConsequenceSettings.DEFAULTS.withQuota(equal)).build()))
        .isEmpty();
  }

  @Test
  void travelThresholdsAreFiniteAndDecreaseAndAllowForRounding() {
    assertThatThrownBy(() -> new TravelThresholds(Double.NaN, 2, 0))
        .hasMessage("direction-of-travel thresholds must be finite");
    assertThatThrownBy(() -> new TravelThresholds(5, Double.POSITIVE_INFINITY, 0))
        .hasMessage("direction-of-travel thresholds must be finite");
    assertThatThrownBy(() -> new TravelThresholds(5, 2, Double.NEGATIVE_INFINITY))
        .hasMessage("direction-of-travel thresholds must be finite");
    assertThatThrownBy(() -> new TravelThresholds(2, 2, 0))
        .hasMessage("direction-of-travel thresholds must decrease: strongly 2.0 > well 2.0 > adequately 0.0");
    assertThatThrownBy(() -> new TravelThresholds(5, 2, 2))
        .hasMessage("direction-of-travel thresholds must decrease: strongly 5.0 > well 2.0 > adequately 2.0");
    // each label starts 1e-9 below its threshold (rounding of the change), not further
    TravelThresholds t = TravelThresholds.DEFAULTS;
    assertThat(t.classify(5 - 1e-9)).isEqualTo(Travel.IMPROVING_STRONGLY);
    assertThat(t.classify(5 - 2e-9)).isEqualTo(Travel.IMPROVING_WELL);
    assertThat(t.classify(2 - 1e-9)).isEqualTo(Travel.IMPROVING_WELL);
    assertThat(t.classify(2 - 2e-9)).isEqualTo(Travel.IMPROVING_ADEQUATELY);
    assertThat(t.classify(0 - 1e-9)).isEqualTo(Travel.IMPROVING_ADEQUATELY);
    assertThat(t.classify(0 - 2e-9)).isEqualTo(Travel.NOT_IMPROVING_ADEQUATELY);
  }

  @Test
  void bonusRegulationQuotaAndTotalAtTheEndsOfTheirRanges() {
    // bonus: a base and a step of 0 are allowed, below 0 not; every multiplier must be given
    assertThat(new BonusScheme(0, 2004, 0, tiers(1, 1, 1, 0)).baseOf(2010)).isEqualByComparingTo("0");
    assertThatThrownBy(() -> new BonusScheme(-0.01, 2004, 0, tiers(1, 1, 1, 0)))
        .hasMessage("bonus base -0.01 and step 0.0 must be finite and ≥ 0");
    Map<Tier, Double> noFail = new HashMap<>(tiers(1, 1, 1, 0));
    noFail.remove(Tier.FAIL);
    assertThatThrownBy(() -> new BonusScheme(1, 2004, 0, noFail)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bonus multiplier of FAIL must be given, finite and ≥ 0, was null");
    // regulation: ceiling within (0, 1], normal share within [0, ceiling]
    LocalDate day = LocalDate.of(2020, 1, 1);
    Label title = Label.of("规定", "rules");
    assertThat(new Regulation("r", title, day, 0, 1).ceiling()).isEqualTo(1);
    assertThat(new Regulation("r", title, day, 0.3, 0.3).normalShare()).isEqualTo(0.3);
    assertThatThrownBy(() -> new Regulation("r", title, day, 0, 0))
        .hasMessage("regulation r: the ceiling 0.0 must be within (0, 1]");
    assertThatThrownBy(() -> new Regulation("r", title, day, 0, 1.01))
        .hasMessage("regulation r: the ceiling 1.01 must be within (0, 1]");
    assertThatThrownBy(() -> new Regulation("r", title, day, -0.01, 0.2))
        .hasMessage("regulation r: the normal share -0.01 must be within [0, ceiling 0.2]");
    assertThatThrownBy(() -> new Regulation("r", title, day, 0.21, 0.2))
        .hasMessage("regulation r: the normal share 0.21 must be within [0, ceiling 0.2]");
    // quota: a table of at least one regulation; graded shares within [0, 1]
    assertThat(new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.GRADED, tiers(1, 0.5, 0.2, 0),
        QuotaSettings.Rounding.FLOOR).graded()).isEqualTo(tiers(1, 0.5, 0.2, 0));
    assertThatThrownBy(() -> new QuotaSettings(List.of(), QuotaSettings.Scheme.GRADED, tiers(1, 0.5, 0.2, 0),
        QuotaSettings.Rounding.FLOOR)).hasMessage("the regulation table is empty");
    assertThatThrownBy(() -> new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.GRADED,
        tiers(1.01, 0.5, 0.2, 0), QuotaSettings.Rounding.FLOOR))
        .hasMessage("graded share of EXCELLENT must be given, within [0, 1], was 1.01");
    assertThatThrownBy(() -> new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.GRADED,
        tiers(0.2, 0.1, 0.1, -0.01), QuotaSettings.Rounding.FLOOR))
        .hasMessage("graded share of FAIL must be given, within [0, 1], was -0.01");
    // weighted total: scale and weights > 0
    assertThat(TotalMethod.weightedShares(1e-9, Map.of("LEARNING", 1e-9)).weight("LEARNING")).isEqualTo(1e-9);
    assertThat(TotalMethod.weightedShares(100, Map.of()).weight("SERVICE")).isEqualTo(1.0); // not listed: 1
    assertThatThrownBy(() -> TotalMethod.weightedShares(0, Map.of()))
        .hasMessage("the scale of a weighted total must be > 0, was 0.0");
    assertThatThrownBy(() -> TotalMethod.weightedShares(100, Map.of("LEARNING", 0.0)))
        .hasMessage("the weight of pillar LEARNING must be > 0, was 0.0");
    // SUM ignores a scale and weights
    assertThat(new TotalMethod(TotalMethod.Kind.SUM, 7, Map.of("LEARNING", 2.0))).isEqualTo(TotalMethod.SUM);
  }
}
