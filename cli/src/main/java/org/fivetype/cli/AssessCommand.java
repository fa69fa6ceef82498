package org.fivetype.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fivetype.api.Tier;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.plugin.Plugins;
import org.fivetype.report.InputFiles;
import org.fivetype.report.ReadOptions;
import org.fivetype.report.Writers;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code fivetype assess}: the year-end assessment from files to published results. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = {"年终考核:读入单位与考核数据,写出结果与报告。",
        "Assess a year: read units and observations (CSV or XLSX), check them whole, write results.json, "
            + "results.csv, results.xlsx and report.html into --out, all at once."})
final class AssessCommand implements Callable<Integer> {

  @ParentCommand
  FivetypeCommand root;

  @Option(names = {"-r", "--rules"}, paramLabel = "R", defaultValue = RuleFiles.URUMQI_2004,
      description = "A rule file (.json) or a built-in rule-set name (default: ${DEFAULT-VALUE}).")
  String rules;

  @Option(names = {"-u", "--units"}, paramLabel = "U", required = true,
      description = "The units: CSV or XLSX with unit_id, name_zh, name_en, kind, category.")
  Path units;

  @Option(names = {"-o", "--observations"}, paramLabel = "O", required = true,
      description = "The observations: CSV or XLSX with unit_id, year, indicator_id, value (+ source, note).")
  Path observations;

  @Option(names = {"-y", "--year"}, paramLabel = "Y", required = true, description = "The year assessed.")
  int year;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output directory (replaced if it holds a previous output; refused if it holds other files).")
  Path out;

  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws Exception {
    Progress progress = new Progress(root.err, root.terminal);
    Plugins plugins = Plugins.discover();
    RuleSet rs = RuleFiles.resolve(rules, plugins);
    ReadOptions options = input.options().withProgress(rows -> progress.show("reading observations 读取考核数据: "
        + String.format(java.util.Locale.ROOT, "%,d", rows) + " rows"));
    long t0 = System.nanoTime();
    ScoringPlan plan = ScoringPlan.compile(rs);
    // read straight into the evidence table's columns: no object per observation row
    EvidenceTable table = InputFiles.table(units, observations, plan, year, options);
    long t1 = System.nanoTime();
    // the input fingerprint (one hash over every value) is worked out beside the assessment
    java.util.concurrent.CompletableFuture.runAsync(table::inputFingerprint);
    progress.show("assessing 评分定等: " + table.units().size() + " units");
    AssessmentResult result = plan.assess(table);
    long t2 = System.nanoTime();
    progress.show("writing 写出结果 " + out);
    Writers.standard().write(result, out);
    long t3 = System.nanoTime();
    progress.done();
    if (root.verbose) {
      root.err.printf(java.util.Locale.ROOT, "timing: read %.2f s, assess %.2f s, write %.2f s%n", (t1 - t0) / 1e9,
          (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }
    summary(root, result, out);
    return ExitCodes.OK;
  }

  static void summary(FivetypeCommand root, AssessmentResult result, Path out) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Tier, Integer> e : result.tierCounts().entrySet()) {
      sb.append("  ").append(e.getKey().label().zh()).append(' ').append(e.getKey().label().en()).append(": ")
          .append(e.getValue()).append('\n');
    }
    root.out.print("assessed 已考核 " + result.units().size() + " units, " + result.year() + ", rule set "
        + result.ruleSet().id() + "\n" + sb + "wrote 已写出 " + out + "/{" + String.join(",", Writers.FILES) + "}\n");
  }
}
