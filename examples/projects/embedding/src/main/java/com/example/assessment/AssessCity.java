package com.example.assessment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Observation;
import org.fivetype.api.Reason;
import org.fivetype.api.Unit;
import org.fivetype.demo.DemoCity;
import org.fivetype.engine.UnitResult;
import org.fivetype.pipeline.Outcome;
import org.fivetype.pipeline.Pipeline;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.HistoryStore;
import org.fivetype.store.jdbc.HistoryStores;

/** Assesses the demo city for 2024: one line per unit, the outputs and the history in a folder. */
public final class AssessCity {
  private AssessCity() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "assessment-out");
    PrintStream out = System.out;
    List<Unit> units = DemoCity.units();
    Map<String, Integer> staff = DemoCity.staff(units);
    int year = 2024;
    // tag::embed[]
    Plugins plugins = Plugins.discover();                      // the pillar modules on the class path
    RuleSet rules = RuleFiles.resolve("urumqi-2004", plugins); // or the path of a district's rule file
    List<Observation> observations = DemoCity.observations(rules, year);
    Pipeline pipeline = Pipeline.of(rules);                    // immutable, thread-safe, reusable
    Outcome outcome;
    try (HistoryStore history = HistoryStores.open(dir.resolve("history").toString())) { // or a JDBC URL
      // from files instead: pipeline.run(unitsCsv, observationsCsv, year, recordFiles)
      outcome = pipeline.withHistory(history).run(year, units, observations, staff, List.of());
    }
    outcome.write(dir.resolve("out"));                         // results.json, report.html, …
    for (UnitResult u : outcome.result().units()) {
      Reason last = u.reasons().get(u.reasons().size() - 1);
      out.printf("%-16s %6.2f  %-9s  %s%n", u.unit().id(), u.total(), u.tier(), last.text().en());
    }
    // end::embed[]
  }
}
