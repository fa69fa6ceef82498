package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Tier;
import org.fivetype.consequence.BonusScheme;
import org.fivetype.consequence.ConsequenceSettings;
import org.fivetype.consequence.QuotaSettings;
import org.fivetype.consequence.Regulation;
import org.fivetype.rule.YesNo;
import org.fivetype.ruleset.TierSettings.Rounding;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;

/**
 * Settings at the exact edges of their tolerances: the quota rounding's 1e-9, the principle A10's
 * 1e-12, and the bonus scheme's finiteness. Each value is worked out by hand from the rule the
 * code documents.
 */
class SettingsEdgesTest {

  private static Map<Tier, Double> tiers(double excellent, double good, double pass, double fail) {
    return Map.of(Tier.EXCELLENT, excellent, Tier.GOOD, good, Tier.PASS, pass, Tier.FAIL, fail);
  }

  @Test
  void aQuotaWithin1e9OfAWholeNumberCountsAsIt() {
    // 1e-9 is exactly 1e-9 from 0: not within (the tolerance is "less than 1e-9"), so CEILING rounds it up
    assertThat(Rounding.CEILING.apply(1e-9)).isEqualTo(1);
    assertThat(Rounding.CEILING.apply(5e-10)).isEqualTo(0); // within: counts as 0
    assertThat(Rounding.FLOOR.apply(1e-9)).isEqualTo(0);
    assertThat(Rounding.HALF_UP.apply(1e-9)).isEqualTo(0);
    // FLOOR_AT_LEAST_ONE gives at least one unit only for x above 0 (a negative x, never a quota's
    // share · n, gives none)
    assertThat(Rounding.FLOOR_AT_LEAST_ONE.apply(1e-9)).isEqualTo(1);
    assertThat(Rounding.FLOOR_AT_LEAST_ONE.apply(-0.3)).isEqualTo(0);
  }

  private static RuleSet withGraded(Map<Tier, Double> graded) {
    var quota = new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.GRADED, graded,
        QuotaSettings.Rounding.FLOOR);
    return RuleSet.builder("q", Label.of("额度", "quota"))
        .indicator(IndicatorSpec.builder("L1.a").pillar(Pillar.LEARNING).name("学习", "learning").points(10)
            .measures("L1").evidence("材料", "records", "件", "items", Supplier.UNIT)
            .rule(new YesNo(Direction.HIGHER_IS_BETTER)).build())
        .consequences(ConsequenceSettings.DEFAULTS.withQuota(quota)).build();
  }

  @Test
  void a10AllowsALowerTierUpTo1e12More() {
    // GOOD 1e-12 against EXCELLENT 0: 0 + 1e-12 = 1e-12 exactly, not more, so no departure
    assertThat(Principles.check(withGraded(tiers(0, 1e-12, 0, 0)))).isEmpty();
    // 3e-12 is more
    assertThat(Principles.check(withGraded(tiers(0, 3e-12, 0, 0))))
        .extracting(Principles.Finding::path).containsExactly("$.consequences.excellentCivilServants.graded.GOOD");
  }

  @Test
  void aBonusBaseStepOrMultiplierMustBeFinite() {
    // +∞ is ≥ 0, so only the finite checks refuse it
    assertThatThrownBy(() -> new BonusScheme(Double.POSITIVE_INFINITY, 2004, 0, tiers(1, 1, 1, 0)))
        .hasMessage("bonus base Infinity and step 0.0 must be finite and ≥ 0");
    assertThatThrownBy(() -> new BonusScheme(1, 2004, Double.POSITIVE_INFINITY, tiers(1, 1, 1, 0)))
        .hasMessage("bonus base 1.0 and step Infinity must be finite and ≥ 0");
    assertThatThrownBy(() -> new BonusScheme(1, 2004, 0, tiers(Double.POSITIVE_INFINITY, 1, 1, 0)))
        .hasMessage("bonus multiplier of EXCELLENT must be given, finite and ≥ 0, was Infinity");
  }
}
