package org.fivetype.consequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fivetype.spi.YearRecord;
import org.fivetype.testkit.ThreeYearCity;
import org.junit.jupiter.api.Test;

/**
 * The consequences (A7–A10), in memory, on the three-year city of {@link ThreeYearCity} (every
 * value worked out by hand there). Each rule on its own is checked in core, by {@code
 * ConsequenceRulesTest} and {@code TwoYearHistoryTest} (core/src/test/java/org/fivetype/consequence),
 * where the kernel's mutation testing sees them.
 */
class ConsequencesTest {

  @Test
  void threeYearCityInMemory() {
    YearRecord y2006 = ThreeYearCity.assess(2006);
    YearRecord y2007 = ThreeYearCity.assess(2007);
    YearRecord y2008 = ThreeYearCity.assess(2008);
    ThreeYearCity.checkYear(y2006);
    ThreeYearCity.checkYear(y2007);
    ThreeYearCity.checkYear(y2008);
    var s = ConsequenceSettings.DEFAULTS;
    ThreeYearCity.checkConsequences(Consequences.compute(y2006, Optional.empty(), ThreeYearCity.STAFF, s));
    ThreeYearCity.checkConsequences(Consequences.compute(y2007, Optional.of(y2006), ThreeYearCity.STAFF, s));
    ThreeYearCity.checkConsequences(Consequences.compute(y2008, Optional.of(y2007), ThreeYearCity.STAFF, s));
  }

  @Test
  void lastYearMustBeTheYearBefore() {
    YearRecord y2006 = ThreeYearCity.assess(2006);
    YearRecord y2008 = ThreeYearCity.assess(2008);
    assertThatThrownBy(() -> Consequences.compute(y2008, Optional.of(y2006), Map.of(), ConsequenceSettings.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("last year's result must be of 2007, was of 2006");
  }

  @Test
  void withoutAStaffCountAUnitGetsAShareButNoNumber() {
    var r = Consequences.compute(ThreeYearCity.assess(2006), Optional.empty(), Map.of("A", 40),
        ConsequenceSettings.DEFAULTS);
    var b = r.unit("B").orElseThrow().quota();
    assertThat(b.share()).isEqualTo(0.10);
    assertThat(b.staff()).isEmpty();
    assertThat(b.people()).isEmpty();
    assertThat(b.text().en()).endsWith("; no staff count given, so no number of people");
    assertThat(r.excellentPeople()).isEqualTo(6); // only A: 15 % of 40
  }

  @Test
  void yearBeforeEveryRegulationIsAnError() {
    YearRecord y = ThreeYearCity.assess(2006);
    var only2007 = ConsequenceSettings.DEFAULTS.withQuota(new QuotaSettings(List.of(Regulation.CS_2007),
        QuotaSettings.Scheme.GRADED, QuotaSettings.TAIXING_2014, QuotaSettings.Rounding.FLOOR));
    assertThatThrownBy(() -> Consequences.compute(y, Optional.empty(), Map.of(), only2007))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no regulation of the table was in force at the end of 2006");
  }
}
