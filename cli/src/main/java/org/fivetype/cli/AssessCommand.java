package org.fivetype.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.api.Unit;
import org.fivetype.consequence.ConsequenceReport;
import org.fivetype.api.Tier;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.plugin.Plugins;
import org.fivetype.records.Aggregation;
import org.fivetype.input.InputFiles;
import org.fivetype.input.Inputs;
import org.fivetype.input.ReadOptions;
import org.fivetype.input.RecordFiles;
import org.fivetype.input.RecordFiles.RecordFile;
import org.fivetype.report.Writers;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
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

  @Option(names = "--out", paramLabel = "DIR", required = true,
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
    Progress progress = new Progress(root.err, root.terminal);
    Plugins plugins = Plugins.discover();
    RuleSet rs = RuleFiles.resolve(inputs.rules, plugins);
    ReadOptions options = input.options().withProgress(rows -> progress.show("reading observations 读取考核数据: "
        + String.format(java.util.Locale.ROOT, "%,d", rows) + " rows"));
    long t0 = System.nanoTime();
    List<RecordFile> recordFiles = RecordOptions.parse(spec.commandLine(), inputs.records);
    ScoringPlan plan = ScoringPlan.compile(rs);
    EvidenceTable table;
    List<Aggregation> aggregations;
    Map<String, Integer> staff;
    if (recordFiles.isEmpty()) {
      // read straight into the evidence table's columns: no object per observation row
      table = InputFiles.table(inputs.units, inputs.observations, plan, inputs.year, options);
      staff = InputFiles.readStaff(inputs.units, options);
      aggregations = List.of();
      // the input fingerprint (one hash over every value) is worked out beside the assessment
      java.util.concurrent.CompletableFuture.runAsync(table::inputFingerprint);
    } else {
      // raw records replace typed-in values, so the observations are read as objects first
      Inputs in = read(inputs.units, inputs.observations, inputs.year, rs, recordFiles, options);
      aggregations = RecordFiles.read(recordFiles, in.units().stream().map(Unit::id).toList(), inputs.year, options);
      table = plan.table(inputs.year, in.units(), Outcomes.evidence(in.observations(), aggregations, rs));
      staff = in.staff();
    }
    long t1 = System.nanoTime();
    progress.show("assessing 评分定等: " + table.units().size() + " units");
    AssessmentResult result = plan.assess(table);
    Optional<ConsequenceReport> consequences = Outcomes.consequences(result, staff, history, root.err);
    long t2 = System.nanoTime();
    progress.show("writing 写出结果 " + out);
    Writers writers = Outcomes.writers(consequences, aggregations)
        .withCategories(InputFiles.readCategories(inputs.units, options));
    if (history != null && consequences.isPresent() && consequences.get().previousYear().isPresent()) {
      int last = consequences.get().previousYear().getAsInt();
      try (var store = org.fivetype.store.jdbc.HistoryStores.open(history)) {
        var counts = new java.util.EnumMap<org.fivetype.api.Tier, Integer>(org.fivetype.api.Tier.class);
        store.get(last).ifPresent(y -> y.units().forEach(u -> counts.merge(u.tier(), 1, Integer::sum)));
        writers = writers.withLastYear(last, counts);
      }
    }
    writers.write(result, out);
    long t3 = System.nanoTime();
    progress.done();
    if (root.verbose) {
      root.err.printf(java.util.Locale.ROOT, "timing: read %.2f s, assess %.2f s, write %.2f s%n", (t1 - t0) / 1e9,
          (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }
    summary(root, result, out, writers);
    consequences.ifPresent(c -> root.out.println("bonus pool 奖金总额 " + c.bonusPool().toPlainString()
        + (history != null ? ", history 历史库 " + history : "") + (c.previousYear().isPresent()
            ? ", compared with 对比 " + c.previousYear().getAsInt() : "")));
    return ExitCodes.OK;
  }

  /**
   * Units and observations, checked whole; when they have problems and record files are given,
   * the records are checked too (against the units, if those are valid), so every problem shows at once.
   */
  static Inputs read(Path units, Path observations, int year, RuleSet rs, List<RecordFile> recordFiles,
      ReadOptions options) {
    try {
      return InputFiles.read(units, observations, rs, year, options);
    } catch (InvalidInputException e) {
      if (recordFiles.isEmpty()) {
        throw e;
      }
      List<Problem> all = new ArrayList<>(e.problems());
      List<Unit> us;
      try {
        us = InputFiles.readUnits(units, options);
      } catch (InvalidInputException unitsBad) {
        throw e;
      }
      try {
        RecordFiles.read(recordFiles, us.stream().map(Unit::id).toList(), year, options);
      } catch (InvalidInputException recordsBad) {
        all.addAll(recordsBad.problems());
      }
      throw new InvalidInputException("the input files are not valid", all);
    }
  }

  static void summary(FivetypeCommand root, AssessmentResult result, Path out, Writers writers) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Tier, Integer> e : result.tierCounts().entrySet()) {
      sb.append("  ").append(e.getKey().label().zh()).append(' ').append(e.getKey().label().en()).append(": ")
          .append(e.getValue()).append('\n');
    }
    root.out.print("assessed 已考核 " + result.units().size() + " units, " + result.year() + ", rule set "
        + result.ruleSet().id() + "\n" + sb + "wrote 已写出 " + out + "/{" + String.join(",", writers.files()) + "}\n");
  }
}
