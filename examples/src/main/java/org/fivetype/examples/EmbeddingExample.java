package org.fivetype.examples;

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

/**
 * The README's embedding example, verbatim between the tags: {@code EmbeddingExampleTest}
 * checks that the README shows exactly this code and runs it, so the README cannot go stale.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** Runs the example on the demo city, writing into the folder given (default {@code embedding-out}). */
  public static void main(String[] args) throws IOException {
    run(System.out, Path.of(args.length > 0 ? args[0] : "embedding-out"));
  }

  /**
   * Runs the example, printing one line per unit to {@code out} and writing the outputs and an H2
   * history store into {@code dir}; returns the outcome.
   */
  public static Outcome run(PrintStream out, Path dir) throws IOException {
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
    return outcome;
  }
}
