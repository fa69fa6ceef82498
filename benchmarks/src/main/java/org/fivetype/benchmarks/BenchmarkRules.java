package org.fivetype.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Tier;
import org.fivetype.plugin.Plugins;
import org.fivetype.rule.Relative;
import org.fivetype.rule.ScoringRule;
import org.fivetype.rule.Veto;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.spi.IndicatorSpec;

/**
 * The rule sets of the benchmarks, all derived from the default catalogue {@code urumqi-2004}
 * (57 indicators, 100 points, from the five pillar modules).
 *
 * <ul>
 *   <li>{@link #absolute()}: the 57 default indicators plus 43 clones of them with new ids
 *       ({@code <id>-b}), 100 indicators. Clones rather than a synthetic catalogue, so that the
 *       mix of rule kinds and their parameters, the points, the hard indicators and the vetoes
 *       are the real ones (17 deductions, 15 rates, 13 checklists, 4 bonus, 4 yes/no, 2 vetoes,
 *       bands, goalposts), in the same proportions at 100 indicators: the kernel does per
 *       indicator the work it does on the real catalogue. The clones are spread over the
 *       catalogue (every 4th indicator is not cloned), so every pillar grows.
 *   <li>{@link #relative()}: the same with 20 indicators (every 5th; the next one where that is a veto) turned into
 *       {@link Relative} rules with the indicator's own direction: min–max and rank step
 *       (1 % of the points per place), each once per category and once over all units.
 * </ul>
 *
 * Both keep the default tier settings (quota: 20 % EXCELLENT per category, ties ALL_IN).
 */
public final class BenchmarkRules {
  private BenchmarkRules() {}

  /** Indicators per unit in the benchmark rule sets. */
  public static final int INDICATORS = 100;

  /** The default catalogue, 57 indicators. */
  public static RuleSet defaults() {
    return RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());
  }

  /** 100 indicators, absolute rules only: the 57 default ones and 43 clones. */
  public static RuleSet absolute() {
    RuleSet d = defaults();
    List<IndicatorSpec> base = d.indicators();
    RuleSet.Builder b = d.toBuilder().id("bench-absolute-100", Label.of("基准:绝对计分100项", "benchmark: 100 absolute"));
    int clones = INDICATORS - base.size();
    List<Integer> picked = new ArrayList<>();
    for (int k = 0; k < base.size() && picked.size() < clones; k++) {
      if (k % 4 != 3) {
        picked.add(k);
      }
    }
    for (int k = 0; picked.size() < clones; k++) {
      if (k % 4 == 3) {
        picked.add(k);
      }
    }
    for (int k : picked) {
      IndicatorSpec s = base.get(k);
      b.indicator(new IndicatorSpec(IndicatorId.of(s.id().value() + "-b"), s.pillar(), s.name(), s.description(),
          s.points(), s.hard(), s.measures(), s.evidence(), s.rule()));
    }
    RuleSet rs = b.build();
    if (rs.indicators().size() != INDICATORS) {
      throw new IllegalStateException("expected " + INDICATORS + " indicators, got " + rs.indicators().size());
    }
    return rs;
  }

  /** {@link #absolute()} with 20 indicators scored relatively (min–max and rank step). */
  public static RuleSet relative() {
    RuleSet a = absolute();
    RuleSet.Builder b = a.toBuilder().id("bench-relative-100", Label.of("基准:含相对计分100项", "benchmark: 100 with relative"));
    int k = 0;
    List<IndicatorSpec> inds = a.indicators();
    boolean pending = false; // a veto fell on a 5th place: take the next indicator instead
    for (int i = 0; i < inds.size() && k < 20; i++) {
      IndicatorSpec s = inds.get(i);
      if (i % 5 != 2 && !pending) {
        continue;
      }
      if (s.rule() instanceof Veto) {
        pending = true;
        continue;
      }
      pending = false;
      Relative.Scope scope = (k / 2) % 2 == 0 ? Relative.Scope.CATEGORY : Relative.Scope.ALL;
      ScoringRule r = k % 2 == 0
          ? new Relative(Relative.Method.MIN_MAX, scope, s.rule().direction(), 0)
          : Relative.rankStep(scope, s.rule().direction(), s.points() / 100);
      b.indicator(new IndicatorSpec(s.id(), s.pillar(), s.name(), s.description(), s.points(), s.hard(),
          s.measures(), s.evidence(), r));
      k++;
    }
    return b.build();
  }

  /** A rule set with the quota switched off (thresholds and caps only). */
  public static RuleSet withoutQuota(RuleSet rs) {
    return rs.toBuilder().tiers(rs.tiers().withQuota(Map.of())).build();
  }

  /** A rule set with two quotas (EXCELLENT 20 %, GOOD or better 50 %) and ties ALL_IN. */
  public static RuleSet withQuotas(RuleSet rs) {
    return rs.toBuilder()
        .tiers(rs.tiers().withQuota(Map.of(Tier.EXCELLENT, 0.2, Tier.GOOD, 0.5)).withTies(TierSettings.Ties.ALL_IN))
        .build();
  }

  /** The rule set of a benchmark parameter: {@code absolute}, {@code relative} or {@code default57}. */
  public static RuleSet named(String name) {
    return switch (name) {
      case "absolute" -> absolute();
      case "relative" -> relative();
      case "default57" -> defaults();
      default -> throw new IllegalArgumentException("unknown benchmark rule set " + name);
    };
  }
}
