package org.fivetype.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.pipeline.Evidence;
import org.fivetype.pipeline.Outcome;
import org.fivetype.pipeline.Pipeline;
import org.fivetype.plugin.Plugins;
import org.fivetype.records.Aggregation;
import org.fivetype.report.Writers;
import org.fivetype.report.RobustnessSection;
import org.fivetype.demo.DemoCity;
import org.fivetype.demo.DemoRecords;
import org.fivetype.demo.DemoRobustness;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.uncertainty.UncertaintyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code fivetype demo}: the whole job on the built-in demo city. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"演示:乌鲁木齐市8个区县和40个市属部门(合成数据)的完整考核。",
        "The whole job on the demo city: Urumqi's 8 districts and county and 40 city departments with "
            + "synthetic evidence and raw records (ballots, complaints, meetings, cases, research days), under "
            + "urumqi-2004; writes the outputs and robustness.csv into --out, with the robustness of every unit's "
            + "tier (a seeded sensitivity analysis of the built-in spec demo-uncertainty.json: points ±25 %, tier "
            + "lines ±2 points, imputation on or off)."})
final class DemoCommand implements Callable<Integer> {

  @ParentCommand
  FivetypeCommand root;

  @Option(names = "--out", paramLabel = "DIR", description = "The output directory (required unless --inputs-only).")
  Path out;

  @Option(names = {"-y", "--year"}, paramLabel = "Y", defaultValue = "" + DemoCity.YEAR,
      description = "The year (default ${DEFAULT-VALUE}).")
  int year;

  @Option(names = "--inputs", paramLabel = "DIR",
      description = "Also write the demo's input files there (units.csv, observations.csv and the record files "
          + "ballots.csv, complaints.csv, meetings.csv, cases.csv, research-days.csv), to try fivetype assess on.")
  Path inputs;

  @Option(names = "--inputs-only", description = "Write only the input files (with --inputs), no results.")
  boolean inputsOnly;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "" + DemoRobustness.RUNS,
      description = "The base sample size N ≥ 2 of the robustness analysis (default ${DEFAULT-VALUE}: "
          + "63 · N assessments, seed " + DemoRobustness.SEED + ").")
  int runs;

  @Option(names = "--no-robustness", description = "Skip the robustness analysis: the four outputs only.")
  boolean noRobustness;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads of the robustness analysis (default: all cores); the results do not depend on it.")
  Integer threads;

  @Option(names = "--scale", paramLabel = "N", hidden = true,
      description = "Benchmarks: N synthetic units in four categories instead of the demo city.")
  Integer scale;

  @Option(names = "--indicators", paramLabel = "M", hidden = true,
      description = "Benchmarks: pad the rule set to M indicators (rules.json is written beside the inputs).")
  Integer indicators;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec picocliSpec;

  @Override
  public Integer call() throws Exception {
    if (out == null && !inputsOnly) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--out DIR is required");
    }
    if (inputsOnly && inputs == null) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--inputs-only needs --inputs DIR");
    }
    if (picocliSpec != null) {
      Checks.year(picocliSpec, year);
    }
    Plugins plugins = root.plugins();
    RuleSet rules = RuleFiles.builtIn(RuleFiles.URUMQI_2004, plugins);
    String rulesJson = null;
    if (indicators != null && indicators > rules.indicators().size()) {
      rulesJson = paddedRules(indicators - rules.indicators().size());
      rules = RuleFiles.parse(rulesJson, "rules.json", Path.of("."), plugins);
    }
    List<Unit> units = scale == null ? DemoCity.units() : scaled(scale);
    List<Observation> obs = DemoCity.observations(units, rules, year);
    Map<String, Integer> staff = DemoCity.staff(units);
    // the synthetic records belong to the demo city, not to the benchmarks' scaled runs
    boolean withRecords = scale == null;
    if (inputs != null) {
      // all at once, and only into an empty folder or one that demo --inputs wrote before
      String padded = rulesJson;
      org.fivetype.report.OutputTarget.of(inputs, "demo-inputs").write(dir -> {
        writeUnits(units, staff, dir.resolve("units.csv"));
        writeObservations(obs, dir.resolve("observations.csv"));
        if (padded != null) {
          Files.writeString(dir.resolve("rules.json"), padded, StandardCharsets.UTF_8);
        }
        if (withRecords) {
          DemoRecords.writeFiles(units, year, dir);
        }
      });
      root.out.println("wrote 已写出 " + inputs + "/{units.csv,observations.csv" + (rulesJson != null ? ",rules.json" : "")
          + (withRecords ? ",ballots.csv,complaints.csv,meetings.csv,cases.csv,research-days.csv" : "")
          + "}: " + units.size() + " units, " + obs.size() + " observations");
    }
    if (!inputsOnly) {
      Pipeline pipeline = Pipeline.of(rules);
      List<Aggregation> aggregations = withRecords ? DemoRecords.aggregate(units, year) : List.of();
      Evidence evidence = pipeline.evidence(year, units, obs, staff, aggregations);
      Outcome outcome = pipeline.assess(evidence);
      AssessCommand.notes(root, outcome);
      AssessmentResult result = outcome.result();
      Writers writers = outcome.writers();
      // the benchmarks' synthetic cities (--scale, --indicators) are assessed only
      if (noRobustness || scale != null || indicators != null) {
        writers.write(result, org.fivetype.report.OutputTarget.of(out, "demo"));
        AssessCommand.summary(root, result, out, writers);
      } else {
        if (runs < 2) {
          throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
              "--runs must be at least 2, was " + runs);
        }
        if (threads != null && threads < 1) {
          throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
              "--threads must be at least 1, was " + threads);
        }
        Progress progress = new Progress(root.err, root.terminal);
        UncertaintyResult u = DemoRobustness.analyse(pipeline.plan(), evidence.table(), runs,
            threads == null ? Runtime.getRuntime().availableProcessors() : threads, (done, total) ->
                progress.show(String.format(Locale.ROOT, "robustness 稳健性分析: %,d / %,d assessments", done, total)));
        progress.done();
        writers = writers.with(RobustnessSection.of(u, DemoRobustness.SPEC));
        writers.write(result, org.fivetype.report.OutputTarget.of(out, "demo"));
        SensitivityCommand.summary(root.out, result, u, writers, out);
      }
    }
    return ExitCodes.OK;
  }

  private static List<Unit> scaled(int n) {
    String[] cats = {"districts", "economic", "social", "enforcement"};
    List<Unit> us = new ArrayList<>(n);
    for (int k = 1; k <= n; k++) {
      String id = String.format(Locale.ROOT, "u%06d", k);
      us.add(new Unit(id, Label.of("单位" + k, "Unit " + k), k % 4 == 0 ? UnitKind.DISTRICT : UnitKind.DEPARTMENT,
          cats[k % 4]));
    }
    return us;
  }

  private static String paddedRules(int extra) {
    String[] pillars = {"LEARNING", "LEGAL", "INTEGRITY", "SERVICE", "EFFICIENCY"};
    StringBuilder sb = new StringBuilder("{\n  \"format\": \"fivetype-rules/1\",\n  \"id\": \"bench-padded\",\n"
        + "  \"name\": {\"zh\": \"基准测试细则\", \"en\": \"benchmark rules\"},\n  \"extends\": \"urumqi-2004\",\n"
        + "  \"indicators\": [\n");
    for (int k = 1; k <= extra; k++) {
      sb.append(String.format(Locale.ROOT, "    {\"id\": \"A4.bench-%03d\", \"pillar\": \"%s\", "
          + "\"name\": {\"zh\": \"基准指标%d\", \"en\": \"benchmark indicator %d\"}, \"points\": 1, \"measures\": [\"A4\"], "
          + "\"evidence\": {\"what\": {\"zh\": \"比率\", \"en\": \"a ratio\"}, \"unit\": {\"zh\": \"比率\", \"en\": \"ratio\"}, "
          + "\"supplier\": \"INSPECTION\"}, \"rule\": {\"kind\": \"rate\", \"low\": 0.2, \"high\": 0.9}}%s\n",
          k, pillars[k % 5], k, k, k < extra ? "," : ""));
    }
    return sb.append("  ]\n}\n").toString();
  }

  static void writeUnits(List<Unit> units, Map<String, Integer> staff, Path file) throws IOException {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      w.write("unit_id,name_zh,name_en,kind,category,staff\n");
      for (Unit u : units) {
        Integer n = staff.get(u.id());
        w.write(u.id() + "," + csv(u.name().zh()) + "," + csv(u.name().en()) + ","
            + u.kind().name().toLowerCase(Locale.ROOT) + "," + csv(u.category()) + "," + (n == null ? "" : n) + "\n");
      }
    }
  }

  static void writeObservations(List<Observation> obs, Path file) throws IOException {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      w.write("unit_id,year,indicator_id,value,source\n");
      StringBuilder sb = new StringBuilder(64);
      for (Observation o : obs) {
        sb.setLength(0);
        sb.append(o.unitId()).append(',').append(o.year()).append(',').append(o.indicator().value()).append(',')
            .append(number(o.value())).append(',').append(csv(o.source())).append('\n');
        w.append(sb);
      }
    }
  }

  /** The shortest text that reads back as the same double. */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
