package org.fivetype.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fivetype.api.Tier;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.input.InputFiles;
import org.fivetype.input.ReadOptions;
import org.fivetype.input.RecordFiles.RecordFile;
import org.fivetype.pipeline.Evidence;
import org.fivetype.pipeline.Outcome;
import org.fivetype.pipeline.Pipeline;
import org.fivetype.plugin.Plugins;
import org.fivetype.report.OutputTarget;
import org.fivetype.report.Writers;
import org.fivetype.engine.YearRecords;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fivetype assess}: the year-end assessment from files to published results. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = {"年终考核:读入单位与考核数据,写出结果与报告。",
        "Assess a year: read units and observations (CSV or XLSX), check them whole, write results.json, "
            + "results.csv, results.xlsx, report.html and cadre-records.csv into --out, all at once; with "
            + "--records, raw records feed the evidence; with --history, the year is stored and the two-year rule "
            + "and the direction of travel are worked out."})
final class AssessCommand implements Callable<Integer> {

  @ParentCommand
  FivetypeCommand root;

  @Mixin
  AssessmentInputs inputs;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
      description = "The output directory (replaced if it holds a previous output; refused if it holds other files).")
  Path out;

  @Option(names = "--history", paramLabel = "STORE",
      description = "A history store: a JDBC URL or the path of an H2 file. The year is stored (replacing it), "
          + "then the consequences are worked out with last year's result from the store.")
  String history;

  @Mixin
  InputOptions input;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Checks.year(spec, inputs.year);
    inputs.checkFiles();
    Progress progress = new Progress(root.err, root.terminal);
    Plugins plugins = root.plugins();
    RuleSet rs = RuleFiles.resolve(inputs.rules, plugins);
    ReadOptions options = input.options().withProgress(rows -> progress.show("reading observations 读取考核数据: "
        + String.format(java.util.Locale.ROOT, "%,d", rows) + " rows"));
    long t0 = System.nanoTime();
    List<RecordFile> recordFiles = RecordOptions.parse(spec.commandLine(), inputs.records);
    // --out is checked before any work: a run refused for its --out has read, stored and written nothing
    OutputTarget target = OutputTarget.of(out, "assess").withInputs(inputs.files(recordFiles));
    target.check();
    Pipeline pipeline = Pipeline.of(rs).withReadOptions(options);
    Evidence evidence = pipeline.read(inputs.units, inputs.observations, inputs.year, recordFiles);
    long t1 = System.nanoTime();
    progress.show("assessing 评分定等: " + evidence.units().size() + " units");
    // an existing store is opened now for last year's result; a new one is made only when the year is stored
    HistoryStore store = history == null || !History.exists(history) ? null : History.open(history, false, root.err, root.verbose);
    StoreLast last = history == null ? null : new StoreLast(history, store, root.err, root.verbose);
    Outcome outcome;
    Writers writers;
    long t2;
    try {
      outcome = store == null ? pipeline.assess(evidence) : pipeline.withHistoryReadOnly(store).assess(evidence);
      notes(root, outcome);
      t2 = System.nanoTime();
      progress.show("writing 写出结果 " + out);
      writers = outcome.writers().withCategories(InputFiles.readCategories(inputs.units, options));
      if (store != null) {
        // last year's tier counts, for the report's city chart
        HistoryStore open = store;
        var previous = outcome.consequences().flatMap(c -> c.previousYear().isPresent()
            ? open.get(c.previousYear().getAsInt()) : Optional.empty());
        if (previous.isPresent()) {
          var counts = new java.util.EnumMap<org.fivetype.api.Tier, Integer>(org.fivetype.api.Tier.class);
          previous.get().units().forEach(u -> counts.merge(u.tier(), 1, Integer::sum));
          writers = writers.withLastYear(previous.get().year(), counts);
        }
      }
      AssessmentResult result = outcome.result();
      Writers w = writers;
      if (last == null) {
        w.write(result, target);
      } else {
        // the year is stored last, when every output is written and before they are moved into place,
        // and taken back if the move fails after all: a run that fails stores nothing anywhere
        last.write(target, YearRecords.of(result), t -> w.write(result, t));
      }
    } finally {
      if (last != null) {
        last.close();
      }
      if (store != null) {
        try {
          store.close();
        } catch (RuntimeException e) {
          // the year is committed (or the run already failed): closing is not worth failing the run for
          root.err.println("note 注意: the history store did not close cleanly: "
              + (Main.rootCause(e) == null ? e.getMessage() : Main.rootCause(e)));
        }
      }
    }
    long t3 = System.nanoTime();
    progress.done();
    if (root.verbose) {
      root.err.printf(java.util.Locale.ROOT, "timing: read %.2f s, assess %.2f s, write %.2f s%n", (t1 - t0) / 1e9,
          (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }
    summary(root, outcome.result(), out, writers);
    outcome.consequences().ifPresent(c -> root.out.println("bonus pool 奖金总额 " + c.bonusPool().toPlainString()
        + (history != null ? ", history 历史库 " + history : "") + (c.previousYear().isPresent()
            ? ", compared with 对比 " + c.previousYear().getAsInt() : "")));
    return ExitCodes.OK;
  }

  /** Prints the outcome's notes on stderr. */
  static void notes(FivetypeCommand root, Outcome outcome) {
    for (String n : outcome.notes()) {
      root.err.println("note 注意: " + n);
    }
  }


  /**
   * The rule set's departures from the programme's principles, a line each ({@code   departs from
   * A7 on purpose 有意偏离原则: reason}), as every command that shows a result prints them; empty if none.
   */
  static String departures(RuleSet rs) {
    StringBuilder sb = new StringBuilder();
    rs.departures().forEach((k, v) -> sb.append("  departs from ").append(k).append(" on purpose 有意偏离原则: ")
        .append(v).append('\n'));
    return sb.toString();
  }

  static void summary(FivetypeCommand root, AssessmentResult result, Path out, Writers writers) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Tier, Integer> e : result.tierCounts().entrySet()) {
      sb.append("  ").append(e.getKey().label().zh()).append(' ').append(e.getKey().label().en()).append(": ")
          .append(e.getValue()).append('\n');
    }
    sb.append(departures(result.ruleSet()));
    root.out.print("assessed 已考核 " + result.units().size() + " units, " + result.year() + ", rule set "
        + result.ruleSet().id() + "\n" + sb + "wrote 已写出 " + out + "/{" + String.join(",", writers.files()) + "}\n");
  }
}
