package org.fivetype.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.composite.RecipeResult;
import org.fivetype.input.UnitTable;
import org.fivetype.input.UnitTables;
import org.fivetype.report.IndexResult;
import org.fivetype.report.IndexRobustness;
import org.fivetype.uncertainty.IndexUncertainty;
import org.fivetype.report.IndexWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code fivetype index}: a composite index (JRC/OECD handbook, COINr) from a recipe and a wide
 * data file, to results and a report; {@code fivetype index recipe show|validate|export}.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"综合指数:按方案(recipe)由宽表数据计算综合指数,写出结果与报告。",
        "Composite index: run a recipe (docs/composite.md) on a data file (CSV or XLSX, first sheet: one row per "
            + "unit of any kind, one column per indicator, group columns), checked whole first; write results.json "
            + "(every level, ranks, imputed and treated cells, the treatment log, SHA-256 of recipe and data), "
            + "results.csv, results.xlsx and report.html into --out, all at once.",
        "",
        "Example: fivetype index --recipe asem-recipe.json --data IndData.csv --groups Group_EurAsia --out out",
        ""},
    subcommands = {IndexCommand.RecipeCommand.class})
final class IndexCommand implements Callable<Integer> {

  @ParentCommand
  FivetypeCommand root;

  @Spec
  CommandSpec spec;

  @Option(names = "--recipe", paramLabel = "R",
      description = "The recipe: a JSON file (format in docs/composite.md; `fivetype index recipe show R` "
          + "summarises it).")
  Path recipe;

  @Option(names = "--data", paramLabel = "FILE",
      description = "The data: CSV or XLSX, a row per unit, a column per indicator of the recipe (empty or NA = "
          + "missing); other columns are allowed and listed as not used.")
  Path data;

  @Option(names = "--groups", paramLabel = "COLUMN", split = ",",
      description = "Group columns to carry into the results (besides those the recipe's groupBy uses); "
          + "repeatable or comma-separated.")
  List<String> groups = new ArrayList<>();

  @Option(names = "--id", paramLabel = "COLUMN",
      description = "The unit code column (default: the first of unit_id, uCode, UnitCode, code).")
  String idColumn;

  @Option(names = "--name", paramLabel = "COLUMN",
      description = "The unit name column (default: the first of name, name_en, uName, UnitName, if any).")
  String nameColumn;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "The output directory (replaced if it holds a previous output; refused if it holds other files).")
  Path out;

  @Option(names = "--uncertain", paramLabel = "SPEC",
      description = "How robust is the ranking? A spec (JSON, docs/composite.md): weights ± a share, normalisation "
          + "and aggregation methods drawn from lists, imputation on/off. Adds robustness.csv and a report section: "
          + "per unit the median and 5-95 %% interval of its rank, and the Sobol indices of its rank per input.")
  Path uncertain;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "64",
      description = "With --uncertain: the base sample size N ≥ 2 (default ${DEFAULT-VALUE}): N(d + 2) runs of the "
          + "recipe for d uncertain inputs, N with --uncertainty-only.")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "With --uncertain: the seed (default ${DEFAULT-VALUE}); the same seed gives the same results.")
  long seed;

  @Option(names = "--uncertainty-only", description = "With --uncertain: only the rank intervals, no Sobol indices.")
  boolean uncertaintyOnly;

  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws Exception {
    List<String> missing = new ArrayList<>();
    if (recipe == null) {
      missing.add("--recipe=R");
    }
    if (data == null) {
      missing.add("--data=FILE");
    }
    if (out == null) {
      missing.add("--out=DIR");
    }
    if (!missing.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required option" + (missing.size() > 1 ? "s" : "")
          + ": " + String.join(", ", missing));
    }
    if (runs < 2) {
      throw new ParameterException(spec.commandLine(), "--runs must be at least 2, was " + runs);
    }
    Progress progress = new Progress(root.err, root.terminal);
    IndexAdapter.LoadedRecipe lr = IndexAdapter.read(recipe);
    // a spec that is not JSON fails before the data are read
    IndexUncertainty.Spec uspec = uncertain == null ? null : IndexUncertainty.Spec.read(uncertain);
    progress.show("reading data 读取数据 " + data.getFileName());
    UnitTable table = UnitTables.read(data, IndexAdapter.spec(lr.recipe(), idColumn, nameColumn, groups),
        input.options());
    progress.show("computing 计算指数: " + table.units().size() + " units");
    RecipeResult res = IndexAdapter.run(lr, table);
    IndexResult result = IndexAdapter.result(lr, recipe, table, data, res);
    IndexWriters writers = IndexWriters.standard();
    if (uspec != null) {
      progress.show("robustness 稳健性分析: " + uncertain.getFileName());
      IndexUncertainty.Result u = IndexUncertainty.run(lr.recipe(), IndexAdapter.table(table), table.groups(), uspec,
          new IndexUncertainty.Options(runs, seed, !uncertaintyOnly));
      writers = writers.withRobustness(robustness(u, uncertain.getFileName().toString()));
      root.out.println("robustness 稳健性: " + u.evaluations() + " runs of the recipe over " + u.inputs().size()
          + " uncertain inputs (" + String.join(", ", u.inputs()) + "), seed " + u.seed());
    }
    progress.show("writing 写出结果 " + out);
    writers.write(result, out);
    progress.done();
    summary(result, writers);
    return ExitCodes.OK;
  }

  static IndexRobustness robustness(IndexUncertainty.Result u, String spec) {
    List<IndexRobustness.UnitRow> rows = new ArrayList<>();
    for (IndexUncertainty.UnitRanks r : u.units()) {
      rows.add(new IndexRobustness.UnitRow(r.unit(), r.rank(), r.median(), r.low(), r.high(), r.first(), r.total()));
    }
    return new IndexRobustness(spec, u.runs(), u.seed(), u.evaluations(), u.inputs(), rows);
  }

  private void summary(IndexResult r, IndexWriters writers) {
    StringBuilder top = new StringBuilder();
    int shown = 0;
    for (int i : r.byRank()) {
      if (shown++ >= 5) {
        break;
      }
      top.append("  ").append(r.rank(r.index())[i]).append(". ").append(r.units().get(i)).append(' ')
          .append(org.fivetype.api.Numbers.format(r.score(r.index())[i]));
      if (r.classes() != null && r.classes().classOf().get(i) != null) {
        top.append(' ').append(r.classes().classOf().get(i));
      }
      top.append('\n');
    }
    root.out.print("index 指数 " + r.index() + ": " + r.units().size() + " units, " + r.indicators().size()
        + " indicators, " + r.imputedCells().size() + " cells imputed, " + r.treatedCells().size() + " cells treated"
        + (r.excludedUnits().isEmpty() ? "" : ", " + r.excludedUnits().size() + " units screened out")
        + "\n"
        + top
        + (r.ignoredColumns().isEmpty() ? "" : "columns not used 未使用的列: " + String.join(", ", r.ignoredColumns()) + "\n")
        + "wrote 已写出 " + out + "/{" + String.join(",", writers.files()) + "}\n");
  }

  /** {@code fivetype index recipe show|validate|export}. */
  @Command(name = "recipe", mixinStandardHelpOptions = true,
      description = {"综合指数方案:查看、校验、导出。", "Composite-index recipes: show, validate or export."},
      subcommands = {Show.class, Validate.class, Export.class})
  static final class RecipeCommand implements Runnable {
    @ParentCommand
    IndexCommand index;

    @Override
    public void run() {
      throw new ParameterException(new picocli.CommandLine(this), "a subcommand is needed: show, validate or export");
    }
  }

  /** {@code fivetype index recipe show R}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"列出方案的步骤与指标树。", "Show a recipe: its steps (impute, treat, normalise) and its tree of "
          + "aggregates and indicators with weights, directions and methods."})
  static final class Show implements Callable<Integer> {
    @ParentCommand
    RecipeCommand parent;

    @Parameters(paramLabel = "R", description = "A recipe file (JSON).")
    Path file;

    @Override
    public Integer call() throws Exception {
      IndexAdapter.show(IndexAdapter.read(file), parent.index.root.out);
      return ExitCodes.OK;
    }
  }

  /** {@code fivetype index recipe validate FILE...}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"校验方案文件,列出全部问题。", "Validate recipe files: every problem of each, with its JSON path; "
          + "exit code 2 if any has problems."})
  static final class Validate implements Callable<Integer> {
    @ParentCommand
    RecipeCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Recipe files (JSON).")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
      var root = parent.index.root;
      boolean bad = false;
      for (Path f : files) {
        try {
          IndexAdapter.LoadedRecipe lr = IndexAdapter.read(f);
          root.out.println("ok 有效: " + f + " (" + lr.recipe().indicators().size() + " indicators, "
              + lr.recipe().aggregates().size() + " aggregates, sha256 " + IndexAdapter.sha256(f) + ")");
        } catch (InvalidInputException e) {
          bad = true;
          root.err.println("invalid 无效: " + f);
          for (Problem p : e.problems()) {
            root.err.println("  - " + p);
          }
        }
      }
      return bad ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
  }

  /** {@code fivetype index recipe export R [--out FILE]}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"导出完整的有效方案(JSON,默认值均写出)。", "Export the complete effective recipe as JSON, every "
          + "default written out (to stdout, or --out FILE)."})
  static final class Export implements Callable<Integer> {
    @ParentCommand
    RecipeCommand parent;

    @Parameters(paramLabel = "R", description = "A recipe file (JSON).")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Override
    public Integer call() throws Exception {
      String json = IndexAdapter.exportText(IndexAdapter.read(file));
      if (out == null) {
        parent.index.root.out.print(json);
      } else {
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + out.getFileName(), ".tmp");
        try {
          Files.writeString(tmp, json, StandardCharsets.UTF_8);
          Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      return ExitCodes.OK;
    }
  }
}
