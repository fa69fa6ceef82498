package org.fivetype.report;

import java.util.List;
import java.util.Optional;
import org.fivetype.consequence.ConsequenceReport;
import org.fivetype.consequence.Consequences;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.YearRecords;
import org.fivetype.plugin.Plugins;
import org.fivetype.records.Aggregation;
import org.fivetype.demo.DemoCity;
import org.fivetype.demo.DemoRecords;
import org.fivetype.demo.DemoRobustness;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.uncertainty.Progress;
import org.fivetype.uncertainty.UncertaintyResult;

/** The demo city assessed under urumqi-2004, shared by the tests. */
final class Demo {
  private Demo() {}

  static final RuleSet RULES = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());

  /**
   * The demo's robustness section as {@code fivetype demo} writes it, on the evidence with raw records: the built-in spec, {@link
   * DemoRobustness#RUNS} runs, seed {@link DemoRobustness#SEED}, on the given number of threads.
   */
  static RobustnessSection robustness(int threads) {
    UncertaintyResult u = DemoRobustness.analyse(ScoringPlan.compile(RULES), DemoCity.YEAR, DemoCity.units(),
        DemoRecords.observations(RULES, DemoCity.units(), DemoCity.YEAR, records()), DemoRobustness.RUNS, threads, Progress.NONE);
    return RobustnessSection.of(u, DemoRobustness.SPEC);
  }

  /** The demo city on its typed-in evidence alone. */
  static AssessmentResult result() {
    return ScoringPlan.compile(RULES).assess(DemoCity.YEAR, DemoCity.units(), DemoCity.observations(RULES, DemoCity.YEAR));
  }

  /** The demo city's raw records, aggregated. */
  static List<Aggregation> records() {
    return DemoRecords.aggregate(DemoCity.units(), DemoCity.YEAR);
  }

  /** The demo city as {@code fivetype demo} assesses it: typed-in evidence with the raw records' values in. */
  static AssessmentResult resultWithRecords() {
    return ScoringPlan.compile(RULES).assess(DemoCity.YEAR, DemoCity.units(),
        DemoRecords.observations(RULES, DemoCity.units(), DemoCity.YEAR, records()));
  }

  /** The consequences of a year of the demo city on its own (no history), with its staff counts. */
  static ConsequenceReport consequences(AssessmentResult result) {
    return Consequences.compute(YearRecords.of(result), Optional.empty(), DemoCity.staff(DemoCity.units()),
        RULES.consequences());
  }

  /** The writers of {@code fivetype demo}: consequences and satisfaction. */
  static Writers writers(AssessmentResult result) {
    Aggregation ballots = records().get(0);
    return Writers.standard().withCategories(DemoCity.categories()).with(ConsequencesSection.of(consequences(result)))
        .with(SatisfactionSection.of(ballots));
  }
}
