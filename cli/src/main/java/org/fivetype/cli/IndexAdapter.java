package org.fivetype.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fivetype.api.Direction;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.composite.Aggregation;
import org.fivetype.composite.Classes;
import org.fivetype.composite.Normaliser;
import org.fivetype.composite.OutlierTreatment;
import org.fivetype.composite.Recipe;
import org.fivetype.composite.RecipeResult;
import org.fivetype.composite.Table;
import org.fivetype.composite.Transformation;
import org.fivetype.composite.TreatmentLog;
import org.fivetype.input.UnitTable;
import org.fivetype.input.UnitTables;
import org.fivetype.report.IndexResult;
import org.jspecify.annotations.Nullable;

/**
 * The one place where {@code fivetype index} meets the composite library ({@link Recipe}, {@link
 * RecipeResult}): it reads a recipe file (JSON syntax errors become problems with line and
 * column), says which group columns it needs, runs it on a {@link UnitTable}, turns the result into
 * the writers' {@link IndexResult}, exports the effective recipe and shows it. When the library
 * grows (new steps, classes), only this class follows.
 */
final class IndexAdapter {
  private IndexAdapter() {}

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A recipe with its source JSON (for keys the export does not know) and file name. */
  record LoadedRecipe(Recipe recipe, JsonNode source, String file) {}

  /**
   * Reads and checks a recipe file.
   *
   * @throws InvalidInputException with every problem (JSON path), or the place of a syntax error
   * @throws IOException if the file cannot be read
   */
  static LoadedRecipe read(Path file) throws IOException {
    String name = file.getFileName().toString();
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = MAPPER.readTree(in);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("the recipe file " + name + " is not valid",
          List.of(new Problem(name, "the file does not exist: " + file)));
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? name : name + ", line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new InvalidInputException("the recipe file " + name + " is not valid JSON",
          List.of(new Problem(where, "not valid JSON: " + e.getOriginalMessage())));
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidInputException("the recipe file " + name + " is not valid",
          List.of(new Problem(name, "the file is empty: expected a JSON recipe (docs/composite.md)")));
    }
    return new LoadedRecipe(Recipe.fromJson(root, name), root, name);
  }

  /** The group columns the recipe itself uses (imputation and normalisation scopes). */
  static List<String> recipeGroups(Recipe r) {
    Set<String> g = new LinkedHashSet<>();
    if (r.imputing() != null && r.imputing().groupBy() != null) {
      g.add(r.imputing().groupBy());
    }
    if (r.normaliseGroupBy() != null) {
      g.add(r.normaliseGroupBy());
    }
    return List.copyOf(g);
  }

  /** What to read from the data file for this recipe. */
  static UnitTables.Spec spec(Recipe r, String idColumn, String nameColumn, List<String> groups) {
    Set<String> g = new LinkedHashSet<>(recipeGroups(r));
    g.addAll(groups);
    // the indicators, then the denominators they are divided by (numbers as well)
    Set<String> numbers = new LinkedHashSet<>();
    r.indicators().forEach(i -> numbers.add(i.code()));
    r.indicators().forEach(i -> {
      if (i.denominator() != null) {
        numbers.add(i.denominator());
      }
    });
    return new UnitTables.Spec(idColumn, nameColumn, List.copyOf(numbers), List.copyOf(g));
  }

  /** The data as the library takes them. */
  static Table table(UnitTable data) {
    return Table.of(data.units(), data.columns());
  }

  /**
   * Runs the recipe on the data; problems of the run name the data file.
   *
   * @throws InvalidInputException if the data do not fit the recipe (nothing to impute from, a
   *     negative value under a geometric mean …)
   */
  static RecipeResult run(LoadedRecipe r, UnitTable data) {
    try {
      return r.recipe().run(table(data), data.groups());
    } catch (InvalidInputException e) {
      throw new InvalidInputException("the data file " + data.file() + " does not fit the recipe " + r.file(),
          e.problems().stream().map(p -> new Problem(data.file() + ": " + p.where(), p.message())).toList());
    }
  }

  /** An aggregate's level in a map made by {@link #levels}, which has every aggregate. */
  private static int levelOf(Map<String, Integer> level, String code) {
    return Objects.requireNonNull(level.get(code), () -> "no level for " + code);
  }

  /** The writers' model of a run. */
  static IndexResult result(LoadedRecipe lr, Path recipeFile, UnitTable data, Path dataFile, RecipeResult res)
      throws IOException {
    Recipe r = lr.recipe();
    List<String> units = data.units();
    Map<String, Integer> level = levels(r);
    Map<String, Double> weights = res.weights();
    List<IndexResult.Node> tree = new ArrayList<>();
    List<Recipe.Aggregate> aggs = new ArrayList<>(r.aggregates());
    aggs.sort((a, b) -> Integer.compare(levelOf(level, b.code()), levelOf(level, a.code()))); // stable: recipe order within a level
    for (Recipe.Aggregate a : aggs) {
      tree.add(new IndexResult.Node(a.code(), true, a.parent(), weights.getOrDefault(a.code(), a.weight()),
          levelOf(level, a.code()), describe(a.aggregation()), null));
    }
    for (Recipe.Indicator i : r.indicators()) {
      Normaliser n = i.normaliser() != null ? i.normaliser() : r.normaliser();
      tree.add(new IndexResult.Node(i.code(), false, i.parent(), weights.getOrDefault(i.code(), i.weight()), 1,
          describe(n), i.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower"));
    }
    Map<String, double[]> raw = new LinkedHashMap<>();
    Map<String, double[]> imputed = new LinkedHashMap<>();
    Map<String, double[]> treated = new LinkedHashMap<>();
    Map<String, double[]> normalised = new LinkedHashMap<>();
    List<IndexResult.Cell> imputedCells = new ArrayList<>();
    List<IndexResult.TreatedCell> treatedCells = new ArrayList<>();
    for (Recipe.Indicator i : r.indicators()) {
      String c = i.code();
      raw.put(c, data.column(c));
      double[] imp = column(res.imputed(), c, units);
      double[] trt = column(res.treated(), c, units);
      imputed.put(c, imp);
      treated.put(c, trt);
      normalised.put(c, column(res.normalised(), c, units));
      Set<String> ic = res.imputedCells().getOrDefault(c, Set.of());
      Map<String, OutlierTreatment.Flag> tc = res.treatedCells().getOrDefault(c, Map.of());
      for (int u = 0; u < units.size(); u++) {
        if (ic.contains(units.get(u))) {
          imputedCells.add(new IndexResult.Cell(units.get(u), c, imp[u]));
        }
      }
      for (int u = 0; u < units.size(); u++) {
        OutlierTreatment.Flag f = tc.get(units.get(u));
        if (f != null && f != OutlierTreatment.Flag.NONE) {
          treatedCells.add(new IndexResult.TreatedCell(units.get(u), c, f.name(), imp[u], trt[u]));
        }
      }
    }
    Map<String, double[]> scores = new LinkedHashMap<>();
    Map<String, int[]> ranks = new LinkedHashMap<>();
    for (Recipe.Aggregate a : aggs) {
      scores.put(a.code(), column(res.aggregated(), a.code(), units));
      Map<String, Integer> places = res.places(a.code());
      int[] k = new int[units.size()];
      for (int u = 0; u < k.length; u++) {
        k[u] = places.getOrDefault(units.get(u), 0);
      }
      ranks.put(a.code(), k);
    }
    List<IndexResult.TreatmentRow> log = new ArrayList<>();
    for (TreatmentLog t : res.treatmentLog()) {
      log.add(new IndexResult.TreatmentRow(t.indicator(), t.steps(), t.pointsLow(), t.pointsHigh(), t.skewness(),
          t.kurtosis(), t.passed(), t.transformed(), t.treatment()));
    }
    IndexResult.Classes classes = null;
    if (r.classes() != null) {
      List<String> of = new ArrayList<>();
      for (String u : units) {
        of.add(res.classes().get(u));
      }
      classes = new IndexResult.Classes(r.classes().column(),
          r.classes().bands().stream().map(Classes.Band::name).toList(), of);
    }
    return new IndexResult(r.name() != null ? r.name() : lr.file(),
        new IndexResult.Source(recipeFile.getFileName().toString(), sha256(recipeFile)),
        new IndexResult.Source(dataFile.getFileName().toString(), sha256(dataFile)),
        MAPPER.writeValueAsString(export(lr)), units, data.names(), data.groups(), tree, raw, imputed, treated,
        normalised, scores, ranks, classes, imputedCells, treatedCells, log, data.ignored(), res.excludedUnits());
  }

  /** A column of a step's table laid out on the data's units (NaN for units the screening removed). */
  private static double[] column(Table t, String code, List<String> units) {
    double[] all = t.column(code);
    if (t.units().equals(units)) {
      return all;
    }
    double[] out = new double[units.size()];
    for (int u = 0; u < out.length; u++) {
      int k = t.indexOf(units.get(u));
      out[u] = k < 0 ? Double.NaN : all[k];
    }
    return out;
  }

  /** Levels: 1 for indicators, 1 + the highest child level for an aggregate. */
  static Map<String, Integer> levels(Recipe r) {
    Map<String, Integer> level = new HashMap<>();
    r.indicators().forEach(i -> level.put(i.code(), 1));
    boolean changed = true;
    // the tree is acyclic (the recipe checked it): a fixed point is reached in depth passes
    while (changed) {
      changed = false;
      for (Recipe.Aggregate a : r.aggregates()) {
        int l = 1;
        for (String c : r.children(a.code())) {
          l = Math.max(l, level.getOrDefault(c, 1) + 1);
        }
        if (!Integer.valueOf(l).equals(level.get(a.code()))) {
          level.put(a.code(), l);
          changed = true;
        }
      }
    }
    return level;
  }

  /** The SHA-256 of a file's bytes, lower-case hexadecimal. */
  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this Java", e);
    }
  }

  static String describe(Aggregation a) {
    return a.method() == Aggregation.Method.GENERALISED ? "generalised(p=" + num(a.power()) + ")" : a.name();
  }

  static String describe(Normaliser n) {
    ObjectNode o = normaliser(n);
    List<String> parts = new ArrayList<>();
    o.fieldNames().forEachRemaining(k -> {
      if (!k.equals("method")) {
        JsonNode v = o.get(k);
        parts.add(v.isNumber() ? num(v.doubleValue()) : k + " " + v.asText());
      }
    });
    return o.get("method").asText() + (parts.isEmpty() ? "" : "(" + String.join(", ", parts) + ")");
  }

  private static String num(double d) {
    return org.fivetype.api.Numbers.format(d);
  }

  // ------------------------------------------------------------------ export

  /**
   * The complete effective recipe: every default written out (weights, thresholds, fallback,
   * treatment rules, ties, formulas, normalisation parameters), in the format {@code
   * Recipe.fromJson} reads. Keys of the source that this export does not know are kept as they
   * were, so nothing of the recipe is lost.
   */
  static ObjectNode export(LoadedRecipe lr) {
    Recipe r = lr.recipe();
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonNode src = lr.source();
    ObjectNode o = f.objectNode();
    if (r.name() != null) {
      o.put("name", r.name());
    }
    if (src.has("description")) {
      o.set("description", src.get("description"));
    }
    if (r.screening() != null) {
      ObjectNode sc = o.putObject("screen");
      sc.put("threshold", r.screening().threshold());
      sc.put("stage", jsonName(r.screening().stage()));
    }
    o.put("weights", jsonName(r.weights()));
    if (r.classes() != null) {
      Classes c = r.classes();
      ObjectNode cl = o.putObject("classes");
      cl.put("column", c.column());
      cl.put("decimals", c.decimals());
      ArrayNode bands = cl.putArray("bands");
      for (int k = 0; k < c.bands().size(); k++) {
        ObjectNode b = bands.addObject();
        b.put("name", c.bands().get(k).name());
        if (k > 0) {
          b.put("from", c.bands().get(k).from());
        }
      }
    }
    if (r.imputing() != null) {
      ObjectNode imp = o.putObject("impute");
      imp.put("method", jsonName(r.imputing().method()));
      if (r.imputing().groupBy() != null) {
        imp.put("groupBy", r.imputing().groupBy());
      }
    }
    if (r.treatment() != null) {
      o.set("treat", treatment(r.treatment()));
    }
    ObjectNode norm = normaliser(r.normaliser());
    if (r.normaliseGroupBy() != null) {
      norm.put("groupBy", r.normaliseGroupBy());
    }
    o.set("normalise", norm);
    ArrayNode inds = o.putArray("indicators");
    JsonNode srcInds = src.get("indicators");
    for (int k = 0; k < r.indicators().size(); k++) {
      Recipe.Indicator i = r.indicators().get(k);
      ObjectNode x = f.objectNode();
      x.put("code", i.code());
      x.put("direction", i.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower");
      x.put("weight", i.weight());
      x.put("parent", i.parent());
      if (i.normaliser() != null) {
        x.set("normalise", normaliser(i.normaliser()));
      }
      if (i.denominator() != null) {
        x.put("denominator", i.denominator());
        x.put("scale", i.scale());
      }
      if (i.transformation() != null) {
        Transformation t = i.transformation();
        ObjectNode tr = x.putObject("transform");
        tr.put("method", t.kind().jsonName());
        if (t.fromMin()) {
          tr.put("shiftFromMin", true);
        } else {
          tr.put("shift", t.shift());
        }
        if (t.kind() == Transformation.Kind.BOX_COX) {
          tr.put("lambda", t.lambda());
        }
      }
      if (i.untreated()) {
        x.put("treat", "none");
      } else if (i.treatment() != null) {
        x.set("treat", treatment(i.treatment()));
      }
      keepUnknown(srcInds == null ? null : srcInds.get(k), x);
      inds.add(x);
    }
    ArrayNode aggs = o.putArray("aggregates");
    JsonNode srcAggs = src.get("aggregates");
    for (int k = 0; k < r.aggregates().size(); k++) {
      Recipe.Aggregate a = r.aggregates().get(k);
      ObjectNode x = f.objectNode();
      x.put("code", a.code());
      x.put("weight", a.weight());
      if (a.parent() != null) {
        x.put("parent", a.parent());
      }
      x.put("method", a.aggregation().name());
      if (a.aggregation().method() == Aggregation.Method.GENERALISED) {
        x.put("power", a.aggregation().power());
      }
      x.put("dataThreshold", a.dataThreshold());
      keepUnknown(srcAggs == null ? null : srcAggs.get(k), x);
      aggs.add(x);
    }
    keepUnknown(src, o);
    return o;
  }

  /** Copies the keys of {@code src} that {@code into} does not have (a step this export does not know). */
  private static void keepUnknown(@Nullable JsonNode src, ObjectNode into) {
    if (src == null || !src.isObject()) {
      return;
    }
    src.fieldNames().forEachRemaining(k -> {
      if (!into.has(k) && !(k.equals("parent") && src.get(k).isNull())) {
        into.set(k, src.get(k).deepCopy());
      }
    });
  }

  private static ObjectNode treatment(OutlierTreatment.Spec t) {
    ObjectNode tr = JsonNodeFactory.instance.objectNode();
    tr.put("method", "winsorise");
    tr.put("winMax", t.winMax());
    tr.put("skewThreshold", t.skewThreshold());
    tr.put("kurtosisThreshold", t.kurtosisThreshold());
    tr.put("winChange", t.winChange());
    tr.put("fallback", jsonName(t.fallback()));
    tr.put("rules", t.rules() == OutlierTreatment.Rules.COINR_1 ? "coinr-1" : "coinr-0.5");
    return tr;
  }

  /** A normalisation as the recipe format writes it (the 1.x kinds under their JSON method names). */
  static ObjectNode normaliser(Normaliser n) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    double[] p = n.parameters();
    switch (n.kind()) {
      case MIN_MAX -> {
        o.put("method", "min-max");
        o.put("low", p[0]);
        o.put("high", p[1]);
      }
      case Z_SCORE -> {
        o.put("method", "z-score");
        o.put("mean", p[0]);
        o.put("sd", p[1]);
      }
      case GOALPOSTS -> {
        o.put("method", "goalposts");
        o.put("low", p[0]);
        o.put("high", p[1]);
        o.put("scale", p[2]);
      }
      case RANK, RANK_TIES -> {
        o.put("method", "rank");
        o.put("ties", n.ties() == null ? "average" : jsonName(n.ties()));
      }
      case BORDA, BORDA_TIES -> {
        o.put("method", "borda");
        o.put("ties", n.ties() == null ? "average" : jsonName(n.ties()));
      }
      case DISTANCE_TO_TARGET, DISTANCE_TO_TARGET_1X -> {
        o.put("method", "distance-to-target");
        o.put("target", p[0]);
        o.put("formula", n.kind() == Normaliser.Kind.DISTANCE_TO_TARGET ? "coinr-0.5" : "coinr-1");
        if (n.kind() == Normaliser.Kind.DISTANCE_TO_TARGET_1X) {
          o.put("cap", n.capped());
        }
      }
      case DISTANCE_TO_REFERENCE, DISTANCE_TO_REFERENCE_1X -> {
        o.put("method", "distance-to-reference");
        o.put("unit", n.reference());
        o.put("formula", n.kind() == Normaliser.Kind.DISTANCE_TO_REFERENCE ? "coinr-0.5" : "coinr-1");
        if (n.kind() == Normaliser.Kind.DISTANCE_TO_REFERENCE_1X) {
          o.put("cap", n.capped());
        }
      }
      default -> o.put("method", n.kind().jsonName());
    }
    return o;
  }

  private static String jsonName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The export as text, ending with a newline. */
  static String exportText(LoadedRecipe lr) throws IOException {
    return MAPPER.writeValueAsString(export(lr)) + "\n";
  }

  // ------------------------------------------------------------------ show

  /** A readable summary of the recipe: its steps and its tree. */
  static void show(LoadedRecipe lr, PrintStream out) {
    Recipe r = lr.recipe();
    out.println(lr.file() + ": " + (r.name() == null ? "(no name 未命名)" : r.name()));
    out.println("  " + r.indicators().size() + " indicators 项指标, " + r.aggregates().size() + " aggregates 个合成节点");
    out.println("  impute 插补: " + (r.imputing() == null ? "none 无" : r.imputing().method().name().toLowerCase(Locale.ROOT)
        + (r.imputing().groupBy() == null ? " over all units" : " within " + r.imputing().groupBy())));
    OutlierTreatment.Spec t = r.treatment();
    out.println("  treat 异常值: " + (t == null ? "none 无" : "winsorise, at most " + t.winMax() + " steps, |skewness| > "
        + num(t.skewThreshold()) + " and kurtosis > " + num(t.kurtosisThreshold()) + ", fallback "
        + t.fallback().name().toLowerCase(Locale.ROOT).replace('_', '-')));
    out.println("  normalise 标准化: " + describe(r.normaliser())
        + (r.normaliseGroupBy() == null ? "" : " within " + r.normaliseGroupBy()));
    Map<String, Integer> level = levels(r);
    Map<String, Recipe.Aggregate> byCode = new HashMap<>();
    r.aggregates().forEach(a -> byCode.put(a.code(), a));
    Map<String, Recipe.Indicator> inds = new HashMap<>();
    r.indicators().forEach(i -> inds.put(i.code(), i));
    out.println();
    for (Recipe.Aggregate a : r.aggregates()) {
      if (a.parent() == null) {
        tree(r, a.code(), 0, byCode, inds, level, out);
      }
    }
  }

  private static void tree(Recipe r, String code, int depth, Map<String, Recipe.Aggregate> aggs,
      Map<String, Recipe.Indicator> inds, Map<String, Integer> level, PrintStream out) {
    String pad = "  ".repeat(depth + 1);
    Recipe.Aggregate a = aggs.get(code);
    if (a != null) {
      out.println(pad + a.code() + "  [level " + level.get(code) + ", " + describe(a.aggregation())
          + (a.parent() == null ? "" : ", weight " + num(a.weight())) + "]");
      for (String c : r.children(code)) {
        tree(r, c, depth + 1, aggs, inds, level, out);
      }
    } else {
      Recipe.Indicator i = Objects.requireNonNull(inds.get(code), "a node of the tree is an aggregate or an indicator");
      out.println(pad + i.code() + "  (" + (i.direction() == Direction.HIGHER_IS_BETTER ? "higher 越高越好"
          : "lower 越低越好") + ", weight " + num(i.weight())
          + (i.normaliser() == null ? "" : ", " + describe(i.normaliser())) + ")");
    }
  }
}
