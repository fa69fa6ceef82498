package org.fivetype.report;

import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.plugin.Plugins;
import org.fivetype.report.demo.DemoCity;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;

/** The demo city assessed under urumqi-2004, shared by the tests. */
final class Demo {
  private Demo() {}

  static final RuleSet RULES = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());

  static AssessmentResult result() {
    return ScoringPlan.compile(RULES).assess(DemoCity.YEAR, DemoCity.units(), DemoCity.observations(RULES, DemoCity.YEAR));
  }
}
