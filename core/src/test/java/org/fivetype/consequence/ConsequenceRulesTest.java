package org.fivetype.consequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fivetype.api.Label;
import org.fivetype.api.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each consequence rule (A7–A10) on its own, with the arithmetic in the comments: the regulation
 * in force, the excellent quota and its rounding, direction of travel, the bonus, the checks of
 * the settings. (Moved from the test kit's {@code ConsequencesTest}, which keeps the three-year
 * city, so that the kernel's mutation testing sees them.)
 */
class ConsequenceRulesTest {

  @Test
  void regulationInForceIsTheLatestEffectiveByTheYearsEnd() {
    // 1994 rules from 8 March 1994, 2007 rules from 4 January 2007
    assertThat(Regulation.inForce(Regulation.STANDARD, 1993)).isEmpty();
    assertThat(Regulation.inForce(Regulation.STANDARD, 1994)).contains(Regulation.CS_1994);
    assertThat(Regulation.inForce(Regulation.STANDARD, 2006)).contains(Regulation.CS_1994);
    assertThat(Regulation.inForce(Regulation.STANDARD, 2007)).contains(Regulation.CS_2007);
    assertThat(Regulation.inForce(Regulation.STANDARD, 2025)).contains(Regulation.CS_2007);
    Regulation later = new Regulation("cs-later", Label.of("后来的规定", "a later regulation"), LocalDate.of(2021, 1, 1),
        0.2, 0.25);
    assertThat(Regulation.inForce(List.of(later, Regulation.CS_1994, Regulation.CS_2007), 2021)).contains(later);
  }

  @ParameterizedTest(name = "{0} under {1}: share {2}, {3} of {4} staff, capped {5}")
  @CsvSource({
      // REGULATION scheme: EXCELLENT gets the ceiling, the others the normal share
      "EXCELLENT, cs-1994, 0.15, 6, 40, false", // 40 × 15 % = 6
      "GOOD,      cs-1994, 0.10, 4, 40, false", // 40 × 10 % = 4
      "FAIL,      cs-1994, 0.10, 4, 40, false",
      "EXCELLENT, cs-2007, 0.20, 8, 40, false", // 40 × 20 % = 8
      "PASS,      cs-2007, 0.15, 6, 40, false", // 40 × 15 % = 6
      "EXCELLENT, cs-2007, 0.20, 2, 13, false", // 13 × 20 % = 2.6 → 2 (floor)
  })
  void regulationScheme(Tier tier, String reg, double share, int people, int staff, boolean capped) {
    Regulation r = reg.equals("cs-1994") ? Regulation.CS_1994 : Regulation.CS_2007;
    var q = new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.REGULATION, QuotaSettings.TAIXING_2014,
        QuotaSettings.Rounding.FLOOR);
    ExcellentQuota x = Consequences.quota(tier, r, q, Optional.of(staff));
    assertThat(x.share()).isEqualTo(share);
    assertThat(x.people()).hasValue(people);
    assertThat(x.capped()).isEqualTo(capped);
  }

  @Test
  void gradedShareAboveTheCeilingIsCut() {
    // graded EXCELLENT 18 % under the 1994 rules (ceiling 15 %) → 15 %: 40 × 15 % = 6, not 7.2 → 7;
    // under the 2007 rules (ceiling 20 %) 18 % stands: 40 × 18 % = 7.2 → 7
    var q = new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.GRADED,
        Map.of(Tier.EXCELLENT, 0.18, Tier.GOOD, 0.12, Tier.PASS, 0.10, Tier.FAIL, 0.08), QuotaSettings.Rounding.FLOOR);
    ExcellentQuota in1994 = Consequences.quota(Tier.EXCELLENT, Regulation.CS_1994, q, Optional.of(40));
    assertThat(in1994.share()).isEqualTo(0.15);
    assertThat(in1994.capped()).isTrue();
    assertThat(in1994.people()).hasValue(6);
    assertThat(in1994.text().en()).contains("graded by the unit's tier (excellent): 18%, cut to the ceiling 15%");
    assertThat(in1994.text().zh()).contains("以最高比例15%为限");
    ExcellentQuota in2007 = Consequences.quota(Tier.EXCELLENT, Regulation.CS_2007, q, Optional.of(40));
    assertThat(in2007.share()).isEqualTo(0.18);
    assertThat(in2007.capped()).isFalse();
    assertThat(in2007.people()).hasValue(7);
  }

  @ParameterizedTest(name = "{0} staff at {1}: floor {2}, half up {3}")
  @CsvSource({
      "25, 0.10, 2, 3", // 2.5 → 2 down, 3 half up
      "7,  0.08, 0, 1", // 0.56 → 0 / 1
      "12, 0.15, 1, 2", // 1.8 → 1 / 2
      "0,  0.15, 0, 0",
  })
  void rounding(int staff, double share, int floor, int halfUp) {
    var graded = Map.of(Tier.EXCELLENT, share, Tier.GOOD, share, Tier.PASS, share, Tier.FAIL, share);
    // under the 2007 rules (ceiling 20 %) so that the ceiling never binds here:
    // 25 × 20 % = 5, 7 × 20 % = 1.4 → 1, 12 × 20 % = 2.4 → 2
    var down = new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.GRADED, graded,
        QuotaSettings.Rounding.FLOOR);
    var up = new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.GRADED, graded,
        QuotaSettings.Rounding.HALF_UP);
    assertThat(Consequences.quota(Tier.PASS, Regulation.CS_2007, down, Optional.of(staff)).people()).hasValue(floor);
    assertThat(Consequences.quota(Tier.PASS, Regulation.CS_2007, up, Optional.of(staff)).people()).hasValue(halfUp);
  }

  @Test
  void halfUpNeverExceedsTheCeiling() {
    // 1994 rules, EXCELLENT at 15 % with 3 staff: 0.45 → half up 0; with 10 staff 1.5 → 2 but
    // floor(10 × 15 %) = 1 is the ceiling's number: 1
    var up = new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.REGULATION, QuotaSettings.TAIXING_2014,
        QuotaSettings.Rounding.HALF_UP);
    assertThat(Consequences.quota(Tier.EXCELLENT, Regulation.CS_1994, up, Optional.of(3)).people()).hasValue(0);
    assertThat(Consequences.quota(Tier.EXCELLENT, Regulation.CS_1994, up, Optional.of(10)).people()).hasValue(1);
  }

  @ParameterizedTest(name = "{0} pp → {1}")
  @CsvSource({
      "7.0,   IMPROVING_STRONGLY",
      "5.0,   IMPROVING_STRONGLY",
      "4.999, IMPROVING_WELL",
      "2.0,   IMPROVING_WELL",
      "1.99,  IMPROVING_ADEQUATELY",
      "0.0,   IMPROVING_ADEQUATELY",
      "-0.01, NOT_IMPROVING_ADEQUATELY",
  })
  void travelDefaults(double pp, Travel expected) {
    assertThat(TravelThresholds.DEFAULTS.classify(pp)).isEqualTo(expected);
  }

  @Test
  void travelChangeIsRoundedSoThatBoundariesHold() {
    // 0.82 − 0.80 = 0.019999999999999907 in doubles; ×100 rounded to 6 decimals = 2 → improving well
    DirectionOfTravel d = Consequences.direction(0.80, 0.82, TravelThresholds.DEFAULTS);
    assertThat(d.change()).isEqualTo(2.0);
    assertThat(d.travel()).isEqualTo(Travel.IMPROVING_WELL);
    assertThat(d.text()).isEqualTo(Label.of("进步良好(+2个百分点)", "improving well (+2 percentage points)"));
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> new TravelThresholds(2, 5, 0)).hasMessageContaining("must decrease");
    assertThatThrownBy(() -> new BonusScheme(1, 2004, 0, Map.of(Tier.EXCELLENT, 1.0, Tier.GOOD, 1.2, Tier.PASS, 1.0,
        Tier.FAIL, 0.0))).hasMessageContaining("must not increase");
    assertThatThrownBy(() -> new QuotaSettings(Regulation.STANDARD, QuotaSettings.Scheme.GRADED,
        Map.of(Tier.EXCELLENT, 0.15), QuotaSettings.Rounding.FLOOR)).hasMessageContaining("graded share of GOOD");
    assertThatThrownBy(() -> new Regulation("x", Label.of("x", "x"), LocalDate.of(2000, 1, 1), 0.2, 0.1))
        .hasMessageContaining("normal share");
  }

  @Test
  void bonusBaseGrowsAndGapsWiden() {
    BonusScheme b = BonusScheme.DEFAULTS;
    // 2003 (before the base year): 10 000; 2004: 10 000; 2010: 10 000 + 6 × 2 000 = 22 000
    assertThat(b.baseOf(2003)).isEqualByComparingTo("10000");
    assertThat(b.baseOf(2004)).isEqualByComparingTo("10000");
    assertThat(b.baseOf(2010)).isEqualByComparingTo("22000");
    // gap EXCELLENT − GOOD = base × 0.3: 3 000 in 2004, 6 600 in 2010
    assertThat(b.amount(2004, Tier.EXCELLENT).subtract(b.amount(2004, Tier.GOOD))).isEqualByComparingTo("3000");
    assertThat(b.amount(2010, Tier.EXCELLENT).subtract(b.amount(2010, Tier.GOOD))).isEqualByComparingTo("6600");
    // rounding to 0.01 half up: base 333.335 × 1 → 333.34
    BonusScheme odd = new BonusScheme(333.335, 2004, 0, Map.of(Tier.EXCELLENT, 1.0, Tier.GOOD, 1.0, Tier.PASS, 1.0,
        Tier.FAIL, 1.0));
    assertThat(odd.amount(2004, Tier.PASS)).isEqualTo(new BigDecimal("333.34"));
  }
}
