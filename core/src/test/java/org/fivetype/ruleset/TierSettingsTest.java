package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.fivetype.api.Tier;
import org.fivetype.ruleset.TierSettings.Rounding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TierSettings} on its own: how a quota's {@code share · n} is rounded (each rounding at and
 * beside whole numbers, and within the 1e-9 that counts as whole), the threshold of each tier and
 * the checks of the settings.
 */
class TierSettingsTest {

  @ParameterizedTest(name = "{0}: FLOOR {1}, HALF_UP {2}, CEILING {3}, FLOOR_AT_LEAST_ONE {4}")
  @CsvSource({
      // x,             floor, half up, ceiling, floor ≥ 1
      "2.7,             2,     3,       3,       2",
      "2.5,             2,     3,       3,       2", // half up: 2.5 + 0.5 = 3
      "2.4,             2,     2,       3,       2",
      "2.0,             2,     2,       2,       2",
      "2.0000000005,    2,     2,       2,       2", // 5e-10 above 2: counts as 2 (ceiling not 3)
      "1.9999999995,    2,     2,       2,       2", // 5e-10 below 2: counts as 2 (floor not 1)
      "2.000000002,     2,     2,       3,       2", // 2e-9 above 2 is above 2: ceiling 3
      "1.999999998,     1,     2,       2,       1", // 2e-9 below 2 is below 2: floor 1
      "0.6,             0,     1,       1,       1", // at least one unit when x > 0
      "0.3,             0,     0,       1,       1",
      "0.0000000005,    0,     0,       0,       1", // within 1e-9 of 0 but above it: still one
      "0.0,             0,     0,       0,       0", // no unit when x is 0
      "-0.0000000005,   0,     0,       0,       0",
      "1.0,             1,     1,       1,       1",
  })
  void quotaRounding(double x, int floor, int halfUp, int ceiling, int atLeastOne) {
    assertThat(Rounding.FLOOR.apply(x)).isEqualTo(floor);
    assertThat(Rounding.HALF_UP.apply(x)).isEqualTo(halfUp);
    assertThat(Rounding.CEILING.apply(x)).isEqualTo(ceiling);
    assertThat(Rounding.FLOOR_AT_LEAST_ONE.apply(x)).isEqualTo(atLeastOne);
  }

  @Test
  void thresholdOfEachTier() {
    TierSettings s = TierSettings.DEFAULTS.withThresholds(0.85, 0.7, 0.5);
    assertThat(s.threshold(Tier.EXCELLENT)).isEqualTo(0.85);
    assertThat(s.threshold(Tier.GOOD)).isEqualTo(0.7);
    assertThat(s.threshold(Tier.PASS)).isEqualTo(0.5);
    assertThat(s.threshold(Tier.FAIL)).isEqualTo(0.0);
    // the other settings are kept
    assertThat(s.withThresholds(0.9, 0.8, 0.6)).isEqualTo(TierSettings.DEFAULTS);
  }

  @Test
  void withersChangeOneSettingEach() {
    TierSettings d = TierSettings.DEFAULTS;
    assertThat(d.withQuota(Map.of(Tier.GOOD, 0.5)).quota()).isEqualTo(Map.of(Tier.GOOD, 0.5));
    assertThat(d.withQuota(Map.of(Tier.GOOD, 0.5)).withQuota(d.quota())).isEqualTo(d);
    assertThat(d.withTies(TierSettings.Ties.ALL_OUT).ties()).isEqualTo(TierSettings.Ties.ALL_OUT);
    assertThat(d.withTies(TierSettings.Ties.ALL_OUT).withTies(TierSettings.Ties.ALL_IN)).isEqualTo(d);
    assertThat(d.withMissingVetoEvidence(TierSettings.MissingVeto.MISSING).missingVetoEvidence())
        .isEqualTo(TierSettings.MissingVeto.MISSING);
    assertThat(d.withMissingVetoEvidence(TierSettings.MissingVeto.MISSING)
        .withMissingVetoEvidence(TierSettings.MissingVeto.VETO)).isEqualTo(d);
    // the twelve-argument constructor takes the default VETO
    assertThat(new TierSettings(0.9, 0.8, 0.6, Tier.FAIL, 1.0, Tier.PASS, 0.6, Tier.GOOD, Tier.GOOD,
        Map.of(Tier.EXCELLENT, 0.2), Rounding.FLOOR_AT_LEAST_ONE, TierSettings.Ties.ALL_IN)).isEqualTo(d);
  }

  @Test
  void sharesMustLieInZeroToOneAndThresholdsDecrease() {
    TierSettings d = TierSettings.DEFAULTS;
    // the ends of [0, 1] are allowed
    assertThat(d.withThresholds(1, 0.5, 0).excellentAt()).isEqualTo(1);
    assertThat(d.withQuota(Map.of(Tier.EXCELLENT, 0.0, Tier.GOOD, 1.0)).quota())
        .isEqualTo(Map.of(Tier.EXCELLENT, 0.0, Tier.GOOD, 1.0));
    assertThatThrownBy(() -> d.withThresholds(1.01, 0.8, 0.6))
        .hasMessage("excellentAt must be a share from 0 to 1, was 1.01");
    assertThatThrownBy(() -> d.withThresholds(0.9, 0.8, -0.01))
        .hasMessage("passAt must be a share from 0 to 1, was -0.01");
    assertThatThrownBy(() -> d.withThresholds(0.9, Double.NaN, 0.6))
        .hasMessage("goodAt must be a share from 0 to 1, was NaN");
    assertThatThrownBy(() -> d.withThresholds(0.8, 0.8, 0.6))
        .hasMessage("thresholds must decrease: EXCELLENT 0.8 > GOOD 0.8 > PASS 0.6");
    assertThatThrownBy(() -> d.withThresholds(0.9, 0.6, 0.6))
        .hasMessage("thresholds must decrease: EXCELLENT 0.9 > GOOD 0.6 > PASS 0.6");
    assertThatThrownBy(() -> d.withQuota(Map.of(Tier.FAIL, 0.5)))
        .hasMessage("a quota for FAIL makes no sense: every unit is FAIL or better");
    assertThatThrownBy(() -> d.withQuota(Map.of(Tier.GOOD, 1.5)))
        .hasMessage("quota of GOOD must be a share from 0 to 1, was 1.5");
    assertThatThrownBy(() -> new TierSettings(0.9, 0.8, 0.6, Tier.FAIL, 1.2, Tier.PASS, 0.6, Tier.GOOD, Tier.GOOD,
        Map.of(), Rounding.FLOOR, TierSettings.Ties.ALL_IN))
        .hasMessage("hardPassShare must be a share from 0 to 1, was 1.2");
    assertThatThrownBy(() -> new TierSettings(0.9, 0.8, 0.6, Tier.FAIL, 1.0, Tier.PASS, -1, Tier.GOOD, Tier.GOOD,
        Map.of(), Rounding.FLOOR, TierSettings.Ties.ALL_IN))
        .hasMessage("pillarFloorShare must be a share from 0 to 1, was -1.0");
  }

  @Test
  void theQuotaMapIsACopyThatCannotBeChanged() {
    var given = new java.util.HashMap<Tier, Double>();
    given.put(Tier.EXCELLENT, 0.2);
    TierSettings s = TierSettings.DEFAULTS.withQuota(given);
    given.put(Tier.GOOD, 0.5);
    assertThat(s.quota()).isEqualTo(Map.of(Tier.EXCELLENT, 0.2));
    assertThatThrownBy(() -> s.quota().put(Tier.GOOD, 0.1)).isInstanceOf(UnsupportedOperationException.class);
  }
}
