package org.fivetype.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fivetype.api.Unit;
import org.fivetype.records.Aggregation;
import org.fivetype.report.AggregationFiles;
import org.fivetype.input.InputFiles;
import org.fivetype.input.ReadOptions;
import org.fivetype.input.RecordFiles;
import org.fivetype.input.RecordFiles.RecordFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fivetype aggregate}: raw records to observations and per-unit diagnostics, to check before assessing. */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
    description = {"原始记录汇总:把评议票、投诉、会议、办件和调研记录汇总为考核数据,供考核前核对。",
        "Aggregate raw records into the observations they produce (observations.csv, the format assess reads) and "
            + "per-unit diagnostics (diagnostics-KIND.csv: figures, flags, confidence interval), written into --out "
            + "all at once."})
final class AggregateCommand implements Callable<Integer> {

  @ParentCommand
  FivetypeCommand root;

  @Option(names = "--records", paramLabel = "KIND=FILE", required = true,
      description = "Raw records (CSV or XLSX); KIND is one of ballots, complaints, meetings, cases, research-days "
          + "(docs/records.md). Repeatable, one file per kind.")
  List<String> records;

  @Option(names = {"-u", "--units"}, paramLabel = "U", required = true,
      description = "The units: CSV or XLSX with unit_id, name_zh, name_en, kind, category.")
  Path units;

  @Option(names = {"-y", "--year"}, paramLabel = "Y", required = true, description = "The year assessed.")
  int year;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The output directory (replaced if it holds a previous output; refused if it holds other files).")
  Path out;

  @Mixin
  InputOptions input;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Checks.year(spec, year);
    units = Checks.input("--units", units);
    List<RecordFile> files = RecordOptions.parse(spec.commandLine(), records);
    List<Path> inputs = new java.util.ArrayList<>(List.of(units));
    files.forEach(f -> inputs.add(f.file()));
    org.fivetype.report.OutputTarget target = org.fivetype.report.OutputTarget.of(out, "aggregate").withInputs(inputs);
    target.check();
    ReadOptions options = input.options();
    List<Unit> us = InputFiles.readUnits(units, options);
    List<Aggregation> aggregations = RecordFiles.read(files, us.stream().map(Unit::id).toList(), year, options);
    List<String> written = AggregationFiles.write(aggregations, target);
    for (Aggregation a : aggregations) {
      long flagged = a.units().stream().filter(d -> !d.flags().isEmpty()).count();
      root.out.println(a.kind().label().zh() + " " + a.kind().label().en() + ": " + a.observations().size()
          + " observations 条考核数据, " + flagged + " units flagged 个单位有标记");
    }
    root.out.println("wrote 已写出 " + out + "/{" + String.join(",", written) + "}");
    return ExitCodes.OK;
  }
}
