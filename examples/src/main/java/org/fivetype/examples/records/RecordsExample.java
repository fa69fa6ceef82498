package org.fivetype.examples.records;

import java.io.PrintStream;
import java.util.List;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Unit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.demo.DemoCity;
import org.fivetype.demo.DemoRecords;
import org.fivetype.plugin.Plugins;
import org.fivetype.records.Aggregation;
import org.fivetype.records.BallotAggregator;
import org.fivetype.records.RecordKind;
import org.fivetype.records.UnitDiagnostics;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;

/**
 * The demo city assessed with evidence from its raw records: one line per unit with its
 * appraisal satisfaction and 95 % interval, its E8 points, total and tier. Run with
 * {@code mvn -B -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.fivetype.examples.records.RecordsExample}.
 */
public final class RecordsExample {
  private RecordsExample() {}

  /** Prints the table. */
  public static void main(String[] args) {
    run(System.out, 2024);
  }

  /** Assesses the demo city with its records and prints one line per unit to {@code out}. */
  public static AssessmentResult run(PrintStream out, int year) {
    List<Unit> units = DemoCity.units();
    RuleSet rules = RuleFiles.resolve("urumqi-2004", Plugins.discover());
    List<Aggregation> aggregations = DemoRecords.aggregate(units, year);
    AssessmentResult result = ScoringPlan.compile(rules)
        .assess(year, units, DemoRecords.observations(rules, units, year, aggregations));
    Aggregation ballots = aggregations.stream().filter(a -> a.kind() == RecordKind.BALLOTS).findFirst().orElseThrow();
    IndicatorId e8 = IndicatorId.of("E8.appraisal-satisfaction");
    for (UnitResult u : result.units()) {
      UnitDiagnostics d = ballots.unit(u.unit().id()).orElseThrow();
      String flags = d.flags().isEmpty() ? "" : "  " + d.flags().get(0).text().en();
      out.printf("%-16s satisfaction %-22s E8 %4.2f  total %6.2f  %-9s%s%n", u.unit().id(),
          BallotAggregator.describe(d), u.points(e8), u.total(), u.tier(), flags);
    }
    return result;
  }
}
