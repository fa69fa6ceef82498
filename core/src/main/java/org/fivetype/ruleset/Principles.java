package org.fivetype.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.jspecify.annotations.Nullable;

/**
 * The programme's principles a rule file is checked against (measure ids of
 * {@code docs/coverage.md}): a rule file that departs from one is refused, naming the principle and
 * the JSON path, unless it lists the principle under {@code departures} with a reason, which is
 * then printed in every result and report.
 *
 * <ul>
 *   <li><b>O1</b> none of the five types may be neglected: every standard pillar of the base a
 *       rule file extends keeps at least one indicator;
 *   <li><b>A5</b> hard indicators, hard constraints: a veto or a failed hard indicator must cap the
 *       tier below EXCELLENT ({@code tiers.veto.cap}, {@code tiers.hard.cap});
 *   <li><b>A7</b> each rewarded or penalised by tier: the bonus multipliers may not be the same for
 *       every tier ({@code consequences.bonus.multipliers});
 *   <li><b>A10</b> the share of excellent civil servants follows the unit's tier: a lower tier may
 *       not get a larger share than a higher one ({@code consequences.excellentCivilServants.graded}).
 * </ul>
 */
@Surface(Surface.Kind.API)
public final class Principles {
  private Principles() {}

  /** The principles checked, in order. */
  public static final List<String> CHECKED = List.of("O1", "A5", "A7", "A10");

  /**
   * A departure found: the principle, the JSON path where it shows, and what is wrong.
   *
   * @param principle the measure id (O1, A5, A7, A10)
   * @param path the JSON path in the rule file
   * @param message what departs and why it matters
   */
  public record Finding(String principle, String path, String message) {}

  /**
   * The departures of a rule set from the programme (see {@link #check(RuleSet, RuleSet)}), without a base.
   *
   * @param rs the rule set
   * @return the departures found, in the order of {@link #CHECKED}; empty if none
   */
  public static List<Finding> check(RuleSet rs) {
    return check(rs, null);
  }

  /**
   * The departures of a rule set from the programme, whether or not the rule set lists them. O1 is
   * checked against the base the rule set extends (null: none): a standard pillar the base had
   * indicators in and the rule set has none in (a small stand-alone rule file of a few pillars is
   * not a departure).
   *
   * @param rs the rule set
   * @param base the rule set it extends, or null
   * @return the departures found, in the order of {@link #CHECKED}; empty if none
   */
  public static List<Finding> check(RuleSet rs, @Nullable RuleSet base) {
    List<Finding> out = new ArrayList<>();
    if (base != null) {
      for (Pillar p : Pillar.STANDARD) {
        boolean hadSome = base.indicators().stream().anyMatch(i -> i.pillar().id().equals(p.id()));
        if (hadSome && rs.indicators().stream().noneMatch(i -> i.pillar().id().equals(p.id()))) {
          out.add(new Finding("O1", "$.indicators", "the pillar " + p.id() + " (" + p.name().zh() + " " + p.name().en()
              + ") has no indicator left: none of the five types may be neglected 五型不可偏废"));
        }
      }
    }
    TierSettings t = rs.tiers();
    if (t.vetoCap() == Tier.EXCELLENT) {
      out.add(new Finding("A5", "$.tiers.veto.cap", "a veto caps at EXCELLENT, so it changes nothing: a veto "
          + "indicator must cap the tier (hard constraint 硬约束)"));
    }
    if (t.hardCap() == Tier.EXCELLENT) {
      out.add(new Finding("A5", "$.tiers.hard.cap", "a failed hard indicator caps at EXCELLENT, so it changes "
          + "nothing: a hard indicator must cap the tier (硬指标、硬约束)"));
    }
    Map<Tier, Double> m = rs.consequences().bonus().multipliers();
    if (m.values().stream().distinct().count() <= 1) {
      out.add(new Finding("A7", "$.consequences.bonus.multipliers", "every tier gets the same bonus multiplier "
          + m.values().stream().findFirst().orElse(0.0) + ": the tiers must be rewarded or penalised differently "
          + "(奖惩分明)"));
    }
    Map<Tier, Double> g = rs.consequences().quota().graded();
    Tier[] order = Tier.values();
    for (int hi = 0; hi < order.length; hi++) {
      for (int lo = hi + 1; lo < order.length; lo++) {
        Double a = g.get(order[hi]);
        Double b = g.get(order[lo]);
        if (a != null && b != null && b > a + 1e-12) {
          out.add(new Finding("A10", "$.consequences.excellentCivilServants.graded." + order[lo].name(),
              order[lo].name() + " units get a larger share of excellent civil servants (" + b + ") than "
                  + order[hi].name() + " units (" + a + "): the share must follow the unit's tier"));
        }
      }
    }
    return out;
  }
}
