package org.fivetype.examples;

import java.io.PrintStream;
import java.util.List;
import org.fivetype.api.Observation;
import org.fivetype.api.Reason;
import org.fivetype.api.Unit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.plugin.Plugins;
import org.fivetype.demo.DemoCity;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;

/**
 * The README's embedding example, verbatim between the tags: {@code EmbeddingExampleTest}
 * checks that the README shows exactly this code and runs it, so the README cannot go stale.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** Runs the example on the demo city and prints one line per unit. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}; returns the result. */
  public static AssessmentResult run(PrintStream out) {
    List<Unit> units = DemoCity.units();
    int year = 2024;
    // tag::embed[]
    Plugins plugins = Plugins.discover();                      // the pillar modules on the class path
    RuleSet rules = RuleFiles.resolve("urumqi-2004", plugins); // or the path of a district's rule file
    List<Observation> observations = DemoCity.observations(rules, year);
    ScoringPlan plan = ScoringPlan.compile(rules);             // immutable, thread-safe, reusable
    AssessmentResult result = plan.assess(year, units, observations);
    for (UnitResult u : result.units()) {
      Reason last = u.reasons().get(u.reasons().size() - 1);
      out.printf("%-16s %6.2f  %-9s  %s%n", u.unit().id(), u.total(), u.tier(), last.text().en());
    }
    // end::embed[]
    return result;
  }
}
