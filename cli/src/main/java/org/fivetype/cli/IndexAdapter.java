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
import java.util.Set;
import org.fivetype.api.Direction;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.composite.Aggregation;
import org.fivetype.composite.Normaliser;
import org.fivetype.composite.OutlierTreatment;
import org.fivetype.composite.Recipe;
import org.fivetype.composite.RecipeResult;
import org.fivetype.composite.Table;
import org.fivetype.composite.TreatmentLog;
import org.fivetype.input.UnitTable;
import org.fivetype.input.UnitTables;
import org.fivetype.report.IndexResult;

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
    return new UnitTables.Spec(idColumn, nameColumn, r.indicators().stream().map(Recipe.Indicator::code).toList(),
        List.copyOf(g));
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

  /** The writers' model of a run. */
  static IndexResult result(LoadedRecipe lr, Path recipeFile, UnitTable data, Path dataFile, RecipeResult res)
      throws IOException {
    Recipe r = lr.recipe();
    List<String> units = data.units();
    Map<String, Integer> level = levels(r);
    List<IndexResult.Node> tree = new ArrayList<>();
    List<Recipe.Aggregate> aggs = new ArrayList<>(r.aggregates());
    aggs.sort((a, b) -> Integer.compare(level.get(b.code()), level.get(a.code()))); // stable: recipe order within a level
    for (Recipe.Aggregate a : aggs) {
      tree.add(new IndexResult.Node(a.code(), true, a.parent(), a.weight(), level.get(a.code()),
          describe(a.aggregation()), null));
    }
    for (Recipe.Indicator i : r.indicators()) {
      Normaliser n = i.normaliser() != null ? i.normaliser() : r.normaliser();
      tree.add(new IndexResult.Node(i.code(), false, i.parent(), i.weight(), 1, describe(n),
          i.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower"));
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
      double[] imp = res.imputed().column(c);
      double[] trt = res.treated().column(c);
      imputed.put(c, imp);
      treated.put(c, trt);
      normalised.put(c, res.normalised().column(c));
      Set<String> ic = res.imputedCells().getOrDefault(c, Set.of());
      Map<String, OutlierTreatment.Flag> tc = res.treatedCells().getOrDefault(c, Map.of());
      for (int u = 0; u < units.size(); u++) {
        String unit = units.get(u);
        if (ic.contains(unit)) {
          imputedCells.add(new IndexResult.Cell(unit, c, imp[u]));
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
      scores.put(a.code(), res.aggregated().column(a.code()));
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
    return new IndexResult(r.name() != null ? r.name() : lr.file(),
        new IndexResult.Source(recipeFile.getFileName().toString(), sha256(recipeFile)),
        new IndexResult.Source(dataFile.getFileName().toString(), sha256(dataFile)),
        MAPPER.writeValueAsString(export(lr)), units, data.names(), data.groups(), tree, raw, imputed, treated,
        normalised, scores, ranks, null, imputedCells, treatedCells, log, data.ignored());
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
    double[] p = n.parameters();
    List<String> parts = new ArrayList<>();
    for (double d : p) {
      parts.add(num(d));
    }
    if (n.reference() != null) {
      parts.add(n.reference());
    }
    return n.kind().jsonName() + (parts.isEmpty() ? "" : "(" + String.join(", ", parts) + ")");
  }

  private static String num(double d) {
    return org.fivetype.api.Numbers.format(d);
  }

  // ------------------------------------------------------------------ export

  /**
   * The complete effective recipe: every default written out (weights, thresholds, fallback,
   * normalisation parameters), in the format {@code Recipe.fromJson} reads. Keys of the source that
   * this export does not know are kept as they were, so nothing of the recipe is lost.
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
    if (r.imputing() != null) {
      ObjectNode imp = copyOf(src.get("impute"));
      imp.put("method", r.imputing().method().name().toLowerCase(Locale.ROOT));
      if (r.imputing().groupBy() != null) {
        imp.put("groupBy", r.imputing().groupBy());
      }
      o.set("impute", imp);
    }
    if (r.treatment() != null) {
      OutlierTreatment.Spec t = r.treatment();
      ObjectNode tr = copyOf(src.get("treat"));
      tr.put("method", "winsorise");
      tr.put("winMax", t.winMax());
      tr.put("skewThreshold", t.skewThreshold());
      tr.put("kurtosisThreshold", t.kurtosisThreshold());
      tr.put("winChange", t.winChange());
      tr.put("fallback", t.fallback().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      o.set("treat", tr);
    }
    ObjectNode norm = normaliser(r.normaliser(), copyOf(src.get("normalise")));
    if (r.normaliseGroupBy() != null) {
      norm.put("groupBy", r.normaliseGroupBy());
    }
    o.set("normalise", norm);
    ArrayNode inds = o.putArray("indicators");
    JsonNode srcInds = src.get("indicators");
    for (int k = 0; k < r.indicators().size(); k++) {
      Recipe.Indicator i = r.indicators().get(k);
      ObjectNode x = copyOf(srcInds == null ? null : srcInds.get(k));
      x.put("code", i.code());
      x.put("direction", i.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower");
      x.put("weight", i.weight());
      x.put("parent", i.parent());
      if (i.normaliser() != null) {
        x.set("normalise", normaliser(i.normaliser(), copyOf(x.get("normalise"))));
      }
      inds.add(x);
    }
    ArrayNode aggs = o.putArray("aggregates");
    JsonNode srcAggs = src.get("aggregates");
    for (int k = 0; k < r.aggregates().size(); k++) {
      Recipe.Aggregate a = r.aggregates().get(k);
      ObjectNode x = copyOf(srcAggs == null ? null : srcAggs.get(k));
      x.put("code", a.code());
      x.put("weight", a.weight());
      if (a.parent() != null) {
        x.put("parent", a.parent());
      } else {
        x.remove("parent");
      }
      x.put("method", a.aggregation().name());
      if (a.aggregation().method() == Aggregation.Method.GENERALISED) {
        x.put("power", a.aggregation().power());
      }
      aggs.add(x);
    }
    // any other top-level key of the source (a step this export does not know) is kept
    src.fieldNames().forEachRemaining(k -> {
      if (!o.has(k)) {
        o.set(k, src.get(k).deepCopy());
      }
    });
    return o;
  }

  private static ObjectNode copyOf(JsonNode n) {
    return n != null && n.isObject() ? ((ObjectNode) n).deepCopy() : JsonNodeFactory.instance.objectNode();
  }

  private static ObjectNode normaliser(Normaliser n, ObjectNode into) {
    into.put("method", n.kind().jsonName());
    double[] p = n.parameters();
    List<String> names = switch (n.kind()) {
      case MIN_MAX -> List.of("low", "high");
      case Z_SCORE -> List.of("mean", "sd");
      case DISTANCE_TO_TARGET -> List.of("target");
      case GOALPOSTS -> List.of("low", "high", "scale");
      default -> List.of();
    };
    for (int k = 0; k < names.size() && k < p.length; k++) {
      into.put(names.get(k), p[k]);
    }
    if (n.reference() != null) {
      into.put("unit", n.reference());
    }
    return into;
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
      Recipe.Indicator i = inds.get(code);
      out.println(pad + i.code() + "  (" + (i.direction() == Direction.HIGHER_IS_BETTER ? "higher 越高越好"
          : "lower 越低越好") + ", weight " + num(i.weight())
          + (i.normaliser() == null ? "" : ", " + describe(i.normaliser())) + ")");
    }
  }
}
