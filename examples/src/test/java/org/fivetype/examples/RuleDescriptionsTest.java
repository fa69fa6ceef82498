package org.fivetype.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fivetype.api.Direction;
import org.fivetype.plugin.Plugins;
import org.fivetype.rule.Bonus;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.Rate;
import org.fivetype.rule.ScoringRule;
import org.fivetype.rule.Target;
import org.fivetype.rule.Veto;
import org.fivetype.rule.YesNo;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;

/** The English rule descriptions say "1 point" and "2 points", "0.5 points", never "1 points". */
class RuleDescriptionsTest {

  private static final Direction UP = Direction.HIGHER_IS_BETTER;

  @Test
  void exactlyOnePointIsSingular() {
    assertThat(new YesNo(UP).describe(1).en()).isEqualTo("yes earns 1 point, otherwise none");
    assertThat(new Rate(0.6, 1, UP).describe(1).en()).isEqualTo("rate ≥ 100% earns full 1 point, ≤ 60% none, linear in between");
    assertThat(new Deduction(0.5, 0).describe(1).en()).isEqualTo("1 point less 0.5 per occurrence, down to 0");
    assertThat(new Bonus(1, 3).describe(3).en()).isEqualTo("1 point per occurrence, at most 3");
    assertThat(new Checklist(2).describe(2).en()).isEqualTo("2 required items, 1 point each in place");
    assertThat(new Goalposts(3, 8, Direction.LOWER_IS_BETTER).describe(1).en())
        .isEqualTo("full 1 point at 3, none at 8, linear in between");
    assertThat(new Target(25, UP, false).describe(1).en()).isEqualTo("full 1 point at or above 25; short of it, no points");
    assertThat(new Veto(1).describe(1).en())
        .isEqualTo("1 or more events veto the unit and earn no points; otherwise 1 point");
  }

  @Test
  void otherNumbersArePlural() {
    assertThat(new YesNo(UP).describe(2).en()).isEqualTo("yes earns 2 points, otherwise none");
    assertThat(new YesNo(UP).describe(0.5).en()).isEqualTo("yes earns 0.5 points, otherwise none");
    assertThat(new Deduction(1, 0).describe(3).en()).isEqualTo("3 points less 1 per occurrence, down to 0");
    assertThat(new Bonus(0.25, 1).describe(1).en()).isEqualTo("0.25 points per occurrence, at most 1");
    // 1 / 12 = 0.0833 points per month
    assertThat(new Checklist(12).describe(1).en()).isEqualTo("12 required items, 0.0833 points each in place");
    assertThat(new Veto(1).describe(2).en()).endsWith("otherwise 2 points");
  }

  @Test
  void noDescriptionOfTheDefaultCatalogueSaysOnePoints() {
    List<IndicatorSpec> all = RuleFiles.builtIn("urumqi-2004", Plugins.discover()).indicators();
    for (IndicatorSpec i : all) {
      ScoringRule r = i.rule();
      assertThat(r.describe(i.points()).en()).as(i.id().value()).doesNotContainPattern("(^|[^0-9.])1 points");
    }
  }
}
