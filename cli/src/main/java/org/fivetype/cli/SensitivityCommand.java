package org.fivetype.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.api.Tier;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.pipeline.Evidence;
import org.fivetype.pipeline.Outcome;
import org.fivetype.pipeline.Pipeline;
import org.fivetype.input.RecordFiles.RecordFile;
import org.fivetype.input.ReadOptions;
import org.fivetype.report.RobustnessSection;
import org.fivetype.report.Writers;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.uncertainty.UncertaintyAnalysis;
import org.fivetype.uncertainty.UncertaintyResult;
import org.fivetype.uncertainty.UncertaintySpec;
import org.fivetype.uncertainty.UnitUncertainty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code fivetype sensitivity}: the assessment, then how robust each unit's tier is to the
 * uncertain choices of a spec (Monte Carlo, and variance-based sensitivity indices).
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = {"等次稳健性:在不确定的分值、等次线与插补选择下重复考核,给出每个单位各等次的概率、名次区间与敏感性指数。",
        "Tier robustness: assess as `assess` does, then repeat the assessment over the uncertain choices of "
            + "--uncertain (Monte Carlo, seeded) and write the four outputs plus robustness.csv into --out, all at "
            + "once: per unit the probability of each tier, its rank's median and 5-95 %% interval, robust or fragile, "
            + "and (unless --uncertainty-only) the Sobol indices of its total and rank per input."})
final class SensitivityCommand implements Callable<Integer> {

  /** The default base sample size N. */
  static final int RUNS = 256;
  /** The default seed. */
  static final long SEED = 42;

  @ParentCommand
  FivetypeCommand root;

  @Mixin
  AssessmentInputs inputs;

  @Spec
  picocli.CommandLine.Model.CommandSpec commandSpec;

  @Option(names = "--uncertain", paramLabel = "SPEC", required = true,
      description = "The uncertainty spec (JSON, docs/uncertainty.md): which points, weights, tier lines and "
          + "imputation are uncertain, and within which range.")
  Path uncertain;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "" + RUNS,
      description = "The base sample size N ≥ 2 (default ${DEFAULT-VALUE}): N assessments with --uncertainty-only, "
          + "else N(d + 2) for d uncertain inputs.")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SEED,
      description = "The seed (default ${DEFAULT-VALUE}); the same seed gives the same results on any number of threads.")
  long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: all cores); the results do not depend on it.")
  Integer threads;

  @Option(names = "--robust-at", paramLabel = "P", defaultValue = "" + UncertaintyAnalysis.Options.ROBUST_AT,
      description = "A unit is robust when its published tier has at least this probability (default ${DEFAULT-VALUE}).")
  double robustAt;

  @Option(names = "--uncertainty-only",
      description = "Only the tier probabilities and rank intervals (N assessments), no sensitivity indices.")
  boolean uncertaintyOnly;

  @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "" + UncertaintyAnalysis.Options.BOOTSTRAP,
      description = "Bootstrap resamples for the indices' 5-95 %% intervals, 0 for none (default ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(names = "--top-inputs", paramLabel = "K", defaultValue = "" + RobustnessSection.TOP_INPUTS,
      description = "The report shows each unit's K inputs of largest total index (default ${DEFAULT-VALUE}).")
  int topInputs;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
      description = "The output directory (replaced if it holds a previous output; refused if it holds other files).")
  Path out;

  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws Exception {
    Checks.year(commandSpec, inputs.year);
    inputs.checkFiles();
    uncertain = Checks.input("--uncertain", uncertain);
    UncertaintyAnalysis.Options options = options();
    Progress progress = new Progress(root.err, root.terminal);
    long t0 = System.nanoTime();
    UncertaintySpec spec = UncertaintySpec.fromJson(uncertain); // a bad spec fails before the inputs are read
    RuleSet rs = RuleFiles.resolve(inputs.rules, root.plugins());
    ReadOptions read = input.options().withProgress(rows -> progress.show("reading observations 读取考核数据: "
        + String.format(Locale.ROOT, "%,d", rows) + " rows"));
    List<RecordFile> recordFiles = RecordOptions.parse(commandSpec.commandLine(), inputs.records);
    List<Path> files = new java.util.ArrayList<>(inputs.files(recordFiles));
    files.add(uncertain);
    org.fivetype.report.OutputTarget target = org.fivetype.report.OutputTarget.of(out, "sensitivity").withInputs(files);
    target.check();
    Pipeline pipeline = Pipeline.of(rs).withReadOptions(read);
    Evidence evidence = pipeline.read(inputs.units, inputs.observations, inputs.year, recordFiles);
    long t1 = System.nanoTime();
    progress.show("assessing 评分定等: " + evidence.units().size() + " units");
    Outcome outcome = pipeline.assess(evidence);
    AssessCommand.notes(root, outcome);
    AssessmentResult result = outcome.result();
    UncertaintyResult u;
    try {
      u = UncertaintyAnalysis.run(pipeline.plan(), evidence.table(), spec, options, (done, total) ->
          progress.show(String.format(Locale.ROOT, "robustness 稳健性分析: %,d / %,d assessments", done, total)));
    } catch (InvalidInputException e) {
      // the spec does not fit the rule set: the problems name the spec file, like its reading problems
      progress.done();
      String name = uncertain.getFileName().toString();
      throw new InvalidInputException("the uncertainty spec " + name + " does not fit rule set " + rs.id(),
          e.problems().stream().map(p -> new Problem(name + ": " + p.where(), p.message())).toList());
    }
    long t2 = System.nanoTime();
    progress.show("writing 写出结果 " + out);
    Writers writers = outcome.writers().withCategories(org.fivetype.input.InputFiles.readCategories(inputs.units, read))
        .with(RobustnessSection.of(u, uncertain.getFileName().toString()).withTopInputs(topInputs));
    writers.write(result, target);
    long t3 = System.nanoTime();
    progress.done();
    if (root.verbose) {
      root.err.printf(Locale.ROOT, "timing: read %.2f s, assess and analyse %.2f s (%,d assessments), write %.2f s%n",
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, u.evaluations(), (t3 - t2) / 1e9);
    }
    summary(root.out, result, u, writers, out);
    return ExitCodes.OK;
  }

  private UncertaintyAnalysis.Options options() {
    if (runs < 2) {
      throw new ParameterException(commandSpec.commandLine(), "--runs must be at least 2, was " + runs);
    }
    if (threads != null && threads < 1) {
      throw new ParameterException(commandSpec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    if (!(robustAt > 0 && robustAt <= 1)) {
      throw new ParameterException(commandSpec.commandLine(), "--robust-at must be a probability above 0 and at most 1, was "
          + robustAt);
    }
    if (bootstrap < 0) {
      throw new ParameterException(commandSpec.commandLine(), "--bootstrap must be 0 or more, was " + bootstrap);
    }
    if (topInputs < 1) {
      throw new ParameterException(commandSpec.commandLine(), "--top-inputs must be at least 1, was " + topInputs);
    }
    UncertaintyAnalysis.Options o = uncertaintyOnly ? UncertaintyAnalysis.Options.uncertainty(runs, seed)
        : UncertaintyAnalysis.Options.sensitivity(runs, seed);
    o = o.withRobustAt(robustAt).withBootstrap(bootstrap);
    return threads == null ? o : o.withThreads(threads);
  }

  /** What was assessed, how robust the tiers are, and what was written. */
  static void summary(PrintStream o, AssessmentResult result, UncertaintyResult u, Writers writers, Path out) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Tier, Integer> e : result.tierCounts().entrySet()) {
      sb.append("  ").append(e.getKey().label().zh()).append(' ').append(e.getKey().label().en()).append(": ")
          .append(e.getValue()).append('\n');
    }
    long robust = u.units().stream().filter(UnitUncertainty::robust).count();
    List<String> fragile = u.fragile().stream().map(UnitUncertainty::unitId).toList();
    int over = u.sensitivity().isEmpty() ? u.runs() : 2 * u.runs();
    o.print("assessed 已考核 " + result.units().size() + " units, " + result.year() + ", rule set "
        + result.ruleSet().id() + "\n" + sb + AssessCommand.departures(result.ruleSet())
        + String.format(Locale.ROOT, "robust 稳健: %d of %d units (published tier in ≥ %s of %,d draws; %,d assessments, "
            + "seed %d)%n", robust, u.units().size(), org.fivetype.api.Numbers.percent(u.robustAt()), over,
            u.evaluations(), u.seed())
        + "fragile 不稳健: " + (fragile.isEmpty() ? "none 无" : String.join(" ", fragile.size() > 20
            ? fragile.subList(0, 20) : fragile) + (fragile.size() > 20 ? " … (" + fragile.size() + " in all)" : ""))
        + "\nwrote 已写出 " + out + "/{" + String.join(",", writers.files()) + "}\n");
  }
}
