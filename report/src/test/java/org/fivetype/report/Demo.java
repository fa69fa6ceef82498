package org.fivetype.report;

import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.plugin.Plugins;
import org.fivetype.report.demo.DemoCity;
import org.fivetype.report.demo.DemoRobustness;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.uncertainty.Progress;
import org.fivetype.uncertainty.UncertaintyResult;

/** The demo city assessed under urumqi-2004, shared by the tests. */
final class Demo {
  private Demo() {}

  static final RuleSet RULES = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());

  /**
   * The demo's robustness section as {@code fivetype demo} writes it: the built-in spec, {@link
   * DemoRobustness#RUNS} runs, seed {@link DemoRobustness#SEED}, on the given number of threads.
   */
  static RobustnessSection robustness(int threads) {
    UncertaintyResult u = DemoRobustness.analyse(ScoringPlan.compile(RULES), DemoCity.YEAR, DemoCity.units(),
        DemoCity.observations(RULES, DemoCity.YEAR), DemoRobustness.RUNS, threads, Progress.NONE);
    return RobustnessSection.of(u, DemoRobustness.SPEC);
  }

  static AssessmentResult result() {
    return ScoringPlan.compile(RULES).assess(DemoCity.YEAR, DemoCity.units(), DemoCity.observations(RULES, DemoCity.YEAR));
  }
}
