package org.fivetype.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fivetype.api.Unit;
import org.fivetype.report.Checklists;
import org.fivetype.input.InputFiles;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code fivetype checklist}: the unified inspection form (A3). */
@Command(name = "checklist", mixinStandardHelpOptions = true,
    description = {"统一检查表:每个单位一页,列出全部指标及应收集的佐证。",
        "The unified inspection form (A3): for each unit, every indicator with the evidence to collect, one page "
            + "per unit; writes checklist.html and checklist.csv (an observations file to fill in)."})
final class ChecklistCommand implements Callable<Integer> {

  @ParentCommand
  FivetypeCommand root;

  @Option(names = {"-r", "--rules"}, paramLabel = "R", defaultValue = RuleFiles.URUMQI_2004,
      description = "A rule file (.json) or a built-in rule-set name (default: ${DEFAULT-VALUE}).")
  String rules;

  @Option(names = {"-u", "--units"}, paramLabel = "U", required = true, description = "The units (CSV or XLSX).")
  Path units;

  @Option(names = {"-y", "--year"}, paramLabel = "Y", defaultValue = "2024",
      description = "The year the form is for (default ${DEFAULT-VALUE}).")
  int year;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The output directory.")
  Path out;

  @Mixin
  InputOptions input;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Checks.year(spec, year);
    units = Checks.input("--units", units);
    List<Path> inputs = new java.util.ArrayList<>(List.of(units));
    if (rules.endsWith(".json")) {
      inputs.add(Path.of(rules));
    }
    org.fivetype.report.OutputTarget target = org.fivetype.report.OutputTarget.of(out, "checklist").withInputs(inputs);
    target.check();
    RuleSet rs = RuleFiles.resolve(rules, root.plugins());
    List<Unit> us = InputFiles.readUnits(units, input.options());
    Checklists.write(rs, us, year, target);
    root.out.println("wrote 已写出 " + out + "/{" + String.join(",", Checklists.FILES) + "}: " + us.size()
        + " units × " + rs.indicators().size() + " indicators");
    return ExitCodes.OK;
  }
}
