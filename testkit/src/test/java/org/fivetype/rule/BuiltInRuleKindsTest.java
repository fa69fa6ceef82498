package org.fivetype.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fivetype.api.Direction;
import org.fivetype.plugin.Plugins;
import org.fivetype.testkit.RuleKindContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The ten built-in rule kinds keep the rule-kind contract ({@link RuleKindContract}), as a
 * district's kind must: each is registered for ServiceLoader like a plugin's and found by
 * {@link Plugins#discover()}.
 */
class BuiltInRuleKindsTest {

  private static final Direction UP = Direction.HIGHER_IS_BETTER;
  private static final Direction DOWN = Direction.LOWER_IS_BETTER;

  @Test
  void discoveryFindsTheTenBuiltInKindsByServiceLoader() {
    assertThat(Plugins.discover().ruleKinds().keySet()).containsExactly("bands", "bonus", "checklist", "deduction",
        "goalposts", "rate", "relative", "target", "veto", "yesNo");
  }

  @Nested
  class TargetKind extends RuleKindContract {
    @Override
    protected RuleKind<?> kind() {
      return new Target.Kind();
    }

    @Override
    protected List<? extends ScoringRule> rules() {
      return List.of(new Target(25, UP, true), new Target(25, UP, false), new Target(3, DOWN, true),
          new Target(-2, DOWN, false));
    }
  }

  @Nested
  class GoalpostsKind extends RuleKindContract {
    @Override
    protected RuleKind<?> kind() {
      return new Goalposts.Kind();
    }

    @Override
    protected List<? extends ScoringRule> rules() {
      return List.of(new Goalposts(0, 1, UP), new Goalposts(2, 30, DOWN));
    }
  }

  @Nested
  class BandsKind extends RuleKindContract {
    @Override
    protected RuleKind<?> kind() {
      return new Bands.Kind();
    }

    @Override
    protected List<? extends ScoringRule> rules() {
      return List.of(new Bands(List.of(new Bands.Band(60, 0.5), new Bands.Band(80, 0.8), new Bands.Band(95, 1)), UP),
          new Bands(List.of(new Bands.Band(1, 1), new Bands.Band(3, 0.4)), DOWN),
          new Bands(List.of(new Bands.Band(10, 0.6)), UP));
    }
  }

  @Nested
  class DeductionKind extends RuleKindContract {
    @Override
    protected RuleKind<?> kind() {
      return new Deduction.Kind();
    }

    @Override
    protected List<? extends ScoringRule> rules() {
      return List.of(new Deduction(0.5, 0), new Deduction(1, 0.4));
    }
  }

  @Nested
  class BonusKind extends RuleKindContract {
    @Override
    protected RuleKind<?> kind() {
      return new Bonus.Kind();
    }

    @Override
    protected List<? extends ScoringRule> rules() {
      return List.of(new Bonus(0.5, 2), new Bonus(0.3, 1));
    }
  }

  @Nested
  class ChecklistKind extends RuleKindContract {
    @Override
    protected RuleKind<?> kind() {
      return new Checklist.Kind();
    }

    @Override
    protected List<? extends ScoringRule> rules() {
      return List.of(new Checklist(1), new Checklist(6));
    }
  }

  @Nested
  class YesNoKind extends RuleKindContract {
    @Override
    protected RuleKind<?> kind() {
      return new YesNo.Kind();
    }

    @Override
    protected List<? extends ScoringRule> rules() {
      return List.of(new YesNo(UP), new YesNo(DOWN));
    }
  }

  @Nested
  class RateKind extends RuleKindContract {
    @Override
    protected RuleKind<?> kind() {
      return new Rate.Kind();
    }

    @Override
    protected List<? extends ScoringRule> rules() {
      return List.of(new Rate(0, 1, UP), new Rate(0.7, 1, UP), new Rate(0.05, 0.3, DOWN));
    }
  }

  @Nested
  class VetoKind extends RuleKindContract {
    @Override
    protected RuleKind<?> kind() {
      return new Veto.Kind();
    }

    @Override
    protected List<? extends ScoringRule> rules() {
      return List.of(new Veto(1), new Veto(3));
    }
  }

  @Nested
  class RelativeKind extends RuleKindContract {
    @Override
    protected RuleKind<?> kind() {
      return new Relative.Kind();
    }

    @Override
    protected List<? extends ScoringRule> rules() {
      return List.of(Relative.fractionOfBest(Relative.Scope.ALL, UP),
          new Relative(Relative.Method.MIN_MAX, Relative.Scope.CATEGORY, DOWN, 0),
          new Relative(Relative.Method.PERCENT_RANK, Relative.Scope.ALL, UP, 0),
          Relative.rankStep(Relative.Scope.CATEGORY, UP, 0.5),
          new Relative(Relative.Method.DISTANCE_TO_TARGET, Relative.Scope.ALL, UP, 80));
    }
  }
}
