package org.fivetype.uncertainty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.composite.Aggregation;
import org.fivetype.composite.Normaliser;
import org.fivetype.composite.Recipe;
import org.fivetype.composite.RecipeResult;
import org.fivetype.composite.Table;
import org.jspecify.annotations.Nullable;

/**
 * How robust a composite index's ranking is (COINr's {@code get_sensitivity}; JRC/OECD Handbook
 * §1.7): the recipe is run again and again with its uncertain choices drawn from a spec — weights
 * ± a share, the normalisation and aggregation methods drawn from lists, imputation on or off — on
 * the design of {@link Sobol} (seeded; the same results on any number of threads). Per unit: the
 * median and the 5–95 % interval of its rank on the index over the draws, and (unless uncertainty
 * only) the first-order and total Sobol indices of its rank per uncertain input.
 *
 * <p>The spec (JSON, strict: every problem with its JSON path, all at once):
 *
 * <pre>{@code
 * { "weights":     [ {"level": 2, "share": 0.25}, {"code": "Conn", "share": 0.1} ],
 *   "normalise":   [ {"method": "min-max", "low": 1, "high": 100}, {"method": "rank"} ],
 *   "aggregation": [ {"code": "Index", "methods": ["geometric", "arithmetic"]} ],
 *   "impute":      "on-off" }
 * }</pre>
 *
 * <p>Each weight entry is one uncertain input per node it names ({@code code}: that indicator or
 * aggregate; {@code level}: every node of that level, 1 = indicators): a draw {@code u} in [0, 1)
 * gives the weight {@code w · (1 − s + 2 s u)}. {@code normalise} is one input: the recipe's
 * default normalisation is replaced by the {@code ⌊u · k⌋}-th of the k methods listed (same format
 * as a recipe's {@code normalise}; indicators with their own keep theirs). Each aggregation entry
 * is one input: the aggregate named by {@code code} (or every aggregate of {@code level}) uses the
 * {@code ⌊u · k⌋}-th method. {@code impute: "on-off"} is one input: for {@code u ≥ 0.5} the
 * recipe's imputation is left out (missing values then drop out of the means). Under the recipe's
 * {@code "weights": "equal"} or {@code "pca"} the weights are not the recipe's, and weight
 * entries are refused.
 */
@Surface(Surface.Kind.API)
public final class IndexUncertainty {
  private IndexUncertainty() {}

  /** One uncertain input of the spec, resolved against a recipe. */
  private sealed interface Input {
    String name();
  }

  private record WeightInput(String name, String code, double share) implements Input {}

  private record NormaliseInput(String name, List<Normaliser> methods) implements Input {}

  private record AggregationInput(String name, List<String> codes, List<Aggregation> methods) implements Input {}

  private record ImputeInput(String name) implements Input {}

  /**
   * A spec as read: its JSON (checked for form) and its name, resolved against a recipe by {@link #run}.
   *
   * @param root the JSON tree
   * @param source the spec file's name, for messages
   */
  public record Spec(JsonNode root, String source) {
    public Spec {
      Objects.requireNonNull(root, "root");
      Objects.requireNonNull(source, "source");
    }

    /**
     * Reads a spec file; a file that is not JSON is a problem with its line and column.
     *
     * @throws InvalidInputException for a syntax error or an absent file
     */
    public static Spec read(Path file) throws IOException {
      String name = file.getFileName().toString();
      try (InputStream in = Files.newInputStream(file)) {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || root.isMissingNode()) {
          throw new InvalidInputException("the uncertainty spec " + name + " is not valid",
              List.of(new Problem(name, "the file is empty: expected a JSON object")));
        }
        return new Spec(root, name);
      } catch (NoSuchFileException e) {
        throw new InvalidInputException("the uncertainty spec " + name + " is not valid",
            List.of(new Problem(name, "the file does not exist: " + file)));
      } catch (JsonProcessingException e) {
        var loc = e.getLocation();
        String where = loc == null ? name : name + ", line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        throw new InvalidInputException("the uncertainty spec " + name + " is not valid JSON",
            List.of(new Problem(where, "not valid JSON: " + e.getOriginalMessage())));
      }
    }
  }

  /**
   * How the analysis runs.
   *
   * @param runs the base sample size N ≥ 2
   * @param seed the seed
   * @param sensitivity whether Sobol indices are estimated ({@code N(d + 2)} runs) or only the rank
   *     intervals ({@code N} runs)
   */
  public record Options(int runs, long seed, boolean sensitivity) {
    public Options {
      if (runs < 2) {
        throw new IllegalArgumentException("runs must be at least 2, was " + runs);
      }
    }
  }

  /**
   * One unit's rank over the draws.
   *
   * @param unit the unit's code
   * @param rank its rank in the recipe as given (0 = none)
   * @param median the median of its rank over the draws (NaN if it had no rank in some draw)
   * @param low the 5th percentile
   * @param high the 95th percentile
   * @param first the first-order Sobol index of its rank per input (NaN without sensitivity or variance)
   * @param total the total Sobol index of its rank per input
   */
  public record UnitRanks(String unit, int rank, double median, double low, double high, double[] first,
      double[] total) {
    public UnitRanks {
      Objects.requireNonNull(unit, "unit");
      first = first.clone();
      total = total.clone();
    }
  }

  /**
   * The analysis.
   *
   * @param index the aggregate ranked (the recipe's first root)
   * @param inputs the uncertain inputs' names
   * @param runs N
   * @param seed the seed
   * @param evaluations how many times the recipe ran
   * @param units a row per unit, in the data's order
   */
  public record Result(String index, List<String> inputs, int runs, long seed, long evaluations,
      List<UnitRanks> units) {
    public Result {
      inputs = List.copyOf(inputs);
      units = List.copyOf(units);
    }
  }

  /**
   * Runs the analysis.
   *
   * @param recipe the recipe as given
   * @param data the data, as {@link Recipe#run(Table, Map)} takes them
   * @param groups the group columns
   * @throws InvalidInputException if the spec has problems (JSON paths in the spec) or a draw of
   *     the recipe cannot run on the data
   */
  public static Result run(Recipe recipe, Table data, Map<String, ? extends List<String>> groups, Spec spec,
      Options options) {
    List<Input> inputs = resolve(recipe, spec);
    String index = recipe.aggregates().stream().filter(a -> a.parent() == null).findFirst().orElseThrow().code();
    List<String> units = data.units();
    int n = options.runs();
    int d = inputs.size();
    int evaluations = options.sensitivity() ? Sobol.evaluations(n, d) : n;
    int[] nominal = ranks(recipe.run(data, groups), index, units);
    double[][] rankAt = new double[evaluations][];
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    IntStream.range(0, evaluations).parallel().forEach(k -> {
      double[] u = new double[d];
      Sobol.point(options.seed(), n, d, k, u);
      try {
        rankAt[k] = toDouble(ranks(variant(recipe, inputs, u).run(data, groups), index, units));
      } catch (InvalidInputException e) {
        failures.add("draw " + k + " " + describe(inputs, u) + ": " + e.problems().get(0));
        rankAt[k] = null;
      }
    });
    if (!failures.isEmpty()) {
      List<String> sorted = new ArrayList<>(failures);
      sorted.sort(null);
      throw new InvalidInputException("the recipe cannot run under every draw of " + spec.source(),
          List.of(new Problem(spec.source(), sorted.size() + " of " + evaluations + " draws failed; the first: "
              + sorted.get(0))));
    }
    List<String> names = inputs.stream().map(Input::name).toList();
    int over = options.sensitivity() ? 2 * n : n; // the rows of A (and B): independent draws
    List<UnitRanks> rows = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      double[] r = new double[over];
      boolean missing = false;
      for (int k = 0; k < over; k++) {
        r[k] = rankAt[k][i];
        missing |= Double.isNaN(r[k]);
      }
      double med = Double.NaN;
      double lo = Double.NaN;
      double hi = Double.NaN;
      if (!missing) {
        Arrays.sort(r);
        med = Sobol.quantileSorted(r, 0.5);
        lo = Sobol.quantileSorted(r, 0.05);
        hi = Sobol.quantileSorted(r, 0.95);
      }
      double[] first = new double[d];
      double[] total = new double[d];
      Arrays.fill(first, Double.NaN);
      Arrays.fill(total, Double.NaN);
      if (options.sensitivity() && !missing) {
        double[] y = new double[evaluations];
        boolean gap = false;
        for (int k = 0; k < evaluations; k++) {
          y[k] = rankAt[k][i];
          gap |= Double.isNaN(y[k]);
        }
        if (!gap) {
          List<SensitivityIndex> s = Sobol.estimate(y, n, names, 0, options.seed());
          for (int k = 0; k < d; k++) {
            first[k] = s.get(k).first();
            total[k] = s.get(k).total();
          }
        }
      }
      rows.add(new UnitRanks(units.get(i), nominal[i], med, lo, hi, first, total));
    }
    return new Result(index, names, n, options.seed(), evaluations, rows);
  }

  private static double[] toDouble(int[] r) {
    double[] out = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      out[i] = r[i] == 0 ? Double.NaN : r[i];
    }
    return out;
  }

  /** Each data unit's place on the index (1 = best, ties min; 0 = none). */
  static int[] ranks(RecipeResult res, String index, List<String> units) {
    Map<String, Integer> places = res.places(index);
    int[] out = new int[units.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = places.getOrDefault(units.get(i), 0);
    }
    return out;
  }

  private static String describe(List<Input> inputs, double[] u) {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < inputs.size(); k++) {
      parts.add(inputs.get(k).name() + "=" + String.format(java.util.Locale.ROOT, "%.3f", u[k]));
    }
    return "(" + String.join(", ", parts) + ")";
  }

  /** The recipe with the draw {@code u} of every input applied. */
  static Recipe variant(Recipe base, List<Input> inputs, double[] u) {
    Map<String, Double> factor = new HashMap<>();
    Map<String, Aggregation> aggregation = new HashMap<>();
    Normaliser normaliser = base.normaliser();
    boolean impute = base.imputing() != null;
    for (int k = 0; k < inputs.size(); k++) {
      Input in = inputs.get(k);
      if (in instanceof WeightInput w) {
        factor.put(w.code(), 1 - w.share() + 2 * w.share() * u[k]);
      } else if (in instanceof NormaliseInput ni) {
        normaliser = ni.methods().get(pick(u[k], ni.methods().size()));
      } else if (in instanceof AggregationInput ai) {
        Aggregation a = ai.methods().get(pick(u[k], ai.methods().size()));
        ai.codes().forEach(c -> aggregation.put(c, a));
      } else if (in instanceof ImputeInput) {
        impute = u[k] < 0.5;
      }
    }
    Recipe.Builder b = Recipe.builder();
    if (base.name() != null) {
      b.name(base.name());
    }
    if (base.screening() != null) {
      b.screen(base.screening().threshold(), base.screening().stage());
    }
    b.weights(base.weights());
    if (base.classes() != null) {
      b.classes(base.classes());
    }
    if (impute) {
      // impute is true only for a recipe that imputes: the "impute" input is refused otherwise
      Recipe.Imputing imputing = Objects.requireNonNull(base.imputing(), "the imputation of a recipe that imputes");
      b.impute(imputing.method(), imputing.groupBy());
    }
    if (base.treatment() != null) {
      b.treat(base.treatment());
    }
    b.normalise(normaliser, base.normaliseGroupBy());
    for (Recipe.Indicator i : base.indicators()) {
      b.indicator(new Recipe.Indicator(i.code(), i.direction(), i.weight() * factor.getOrDefault(i.code(), 1.0),
          i.parent(), i.normaliser(), i.denominator(), i.scale(), i.transformation(), i.treatment(), i.untreated()));
    }
    for (Recipe.Aggregate a : base.aggregates()) {
      b.aggregate(new Recipe.Aggregate(a.code(), a.weight() * factor.getOrDefault(a.code(), 1.0), a.parent(),
          aggregation.getOrDefault(a.code(), a.aggregation()), a.dataThreshold()));
    }
    return b.build();
  }

  private static int pick(double u, int k) {
    return Math.min(k - 1, (int) Math.floor(u * k));
  }

  // ------------------------------------------------------------------ the spec

  /** The inputs of a spec for a recipe, or every problem with its JSON path. */
  static List<Input> resolve(Recipe recipe, Spec spec) {
    String src = spec.source();
    List<Problem> problems = new ArrayList<>();
    List<Input> inputs = new ArrayList<>();
    JsonNode root = spec.root();
    if (!root.isObject()) {
      throw new InvalidInputException("the uncertainty spec " + src + " is not valid",
          List.of(new Problem(src + ": $", "expected an object")));
    }
    Set<String> known = Set.of("weights", "normalise", "aggregation", "impute");
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        problems.add(new Problem(src + ": $." + k, "unknown key \"" + k + "\"; expected one of " + new TreeSet<>(known)));
      }
    }
    Map<String, Integer> level = levels(recipe);
    if (root.has("weights")) {
      JsonNode ws = root.get("weights");
      if (!ws.isArray()) {
        problems.add(new Problem(src + ": $.weights", "expected an array"));
      } else if (ws.size() > 0 && recipe.weights() != org.fivetype.composite.Weights.GIVEN) {
        problems.add(new Problem(src + ": $.weights", "the recipe's weights are \""
            + recipe.weights().name().toLowerCase(java.util.Locale.ROOT) + "\", not given ones: nothing to vary"));
      } else {
        for (int k = 0; k < ws.size(); k++) {
          String p = src + ": $.weights[" + k + "]";
          JsonNode w = ws.get(k);
          if (!keys(w, p, Set.of("code", "level", "share"), problems)) {
            continue;
          }
          double share = w.has("share") && w.get("share").isNumber() ? w.get("share").doubleValue() : Double.NaN;
          if (!(share > 0 && share < 1)) {
            problems.add(new Problem(p + ".share", "expected a share above 0 and below 1, e.g. 0.25"));
            continue;
          }
          for (String code : nodes(w, p, level, problems)) {
            inputs.add(new WeightInput("weight " + code, code, share));
          }
        }
      }
    }
    if (root.has("normalise")) {
      JsonNode ns = root.get("normalise");
      if (!ns.isArray() || ns.size() < 2) {
        problems.add(new Problem(src + ": $.normalise", "expected an array of at least two normalisations"));
      } else {
        List<Normaliser> methods = new ArrayList<>();
        for (int k = 0; k < ns.size(); k++) {
          Normaliser nm = normaliser(ns.get(k), src, "$.normalise[" + k + "]", problems);
          if (nm != null) {
            methods.add(nm);
          }
        }
        if (methods.size() == ns.size()) {
          inputs.add(new NormaliseInput("normalisation", methods));
        }
      }
    }
    if (root.has("aggregation")) {
      JsonNode as = root.get("aggregation");
      if (!as.isArray()) {
        problems.add(new Problem(src + ": $.aggregation", "expected an array"));
      } else {
        for (int k = 0; k < as.size(); k++) {
          String p = src + ": $.aggregation[" + k + "]";
          JsonNode a = as.get(k);
          if (!keys(a, p, Set.of("code", "level", "methods"), problems)) {
            continue;
          }
          List<String> codes = nodes(a, p, level, problems);
          for (String c : codes) {
            if (level.getOrDefault(c, 1) == 1) {
              problems.add(new Problem(p, c + " is an indicator: only aggregates have an aggregation method"));
            }
          }
          JsonNode ms = a.get("methods");
          List<Aggregation> methods = new ArrayList<>();
          if (ms == null || !ms.isArray() || ms.size() < 2) {
            problems.add(new Problem(p + ".methods", "expected at least two of [arithmetic, geometric, harmonic, sum]"));
            continue;
          }
          for (int m = 0; m < ms.size(); m++) {
            String s = ms.get(m).asText("");
            switch (s) {
              case "arithmetic" -> methods.add(Aggregation.arithmetic());
              case "geometric" -> methods.add(Aggregation.geometric());
              case "harmonic" -> methods.add(Aggregation.harmonic());
              case "sum" -> methods.add(Aggregation.sum());
              default -> problems.add(new Problem(p + ".methods[" + m + "]", "unknown \"" + s
                  + "\"; expected one of [arithmetic, geometric, harmonic, sum]"));
            }
          }
          if (!codes.isEmpty() && methods.size() == ms.size()) {
            String name = "aggregation " + (a.has("code") ? a.get("code").asText() : "level " + a.get("level").asInt());
            inputs.add(new AggregationInput(name, codes, methods));
          }
        }
      }
    }
    if (root.has("impute")) {
      JsonNode im = root.get("impute");
      if (!im.isTextual() || !im.textValue().equals("on-off")) {
        problems.add(new Problem(src + ": $.impute", "expected \"on-off\""));
      } else if (recipe.imputing() == null) {
        problems.add(new Problem(src + ": $.impute", "the recipe does not impute: nothing to switch off"));
      } else {
        inputs.add(new ImputeInput("imputation"));
      }
    }
    if (problems.isEmpty() && inputs.isEmpty()) {
      problems.add(new Problem(src + ": $", "no uncertain input: expected weights, normalise, aggregation or impute"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("the uncertainty spec " + src + " does not fit the recipe", problems);
    }
    return inputs;
  }

  private static boolean keys(JsonNode n, String path, Set<String> allowed, List<Problem> problems) {
    if (!n.isObject()) {
      problems.add(new Problem(path, "expected an object"));
      return false;
    }
    boolean ok = true;
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        problems.add(new Problem(path + "." + k, "unknown key \"" + k + "\"; expected one of " + new TreeSet<>(allowed)));
        ok = false;
      }
    }
    return ok;
  }

  /** The nodes an entry names: its {@code code}, or every node of its {@code level}. */
  private static List<String> nodes(JsonNode n, String path, Map<String, Integer> level, List<Problem> problems) {
    if (n.has("code") == n.has("level")) {
      problems.add(new Problem(path, "expected either \"code\" or \"level\""));
      return List.of();
    }
    if (n.has("code")) {
      String c = n.get("code").asText("");
      if (!level.containsKey(c)) {
        problems.add(new Problem(path + ".code", "\"" + c + "\" is not an indicator or aggregate of the recipe"));
        return List.of();
      }
      return List.of(c);
    }
    JsonNode l = n.get("level");
    if (!l.isIntegralNumber()) {
      problems.add(new Problem(path + ".level", "expected a whole number (1 = indicators)"));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    level.forEach((c, v) -> {
      if (v == l.intValue()) {
        out.add(c);
      }
    });
    if (out.isEmpty()) {
      problems.add(new Problem(path + ".level", "the recipe has no level " + l.intValue() + " (levels 1 to "
          + level.values().stream().mapToInt(Integer::intValue).max().orElse(1) + ")"));
    }
    return out;
  }

  /** A normalisation in a recipe's format, read by the recipe reader itself (the same checks and messages). */
  private static @Nullable Normaliser normaliser(JsonNode n, String src, String path, List<Problem> problems) {
    ObjectNode probe = JsonNodeFactory.instance.objectNode();
    probe.set("normalise", n);
    probe.putArray("indicators").addObject().put("code", "x").put("direction", "higher").put("parent", "y");
    probe.putArray("aggregates").addObject().put("code", "y").put("method", "arithmetic");
    try {
      return Recipe.fromJson(probe, src).normaliser();
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        problems.add(new Problem(p.where().replace("$.normalise", path), p.message()));
      }
      return null;
    }
  }

  /** Levels: 1 for indicators, 1 + the highest child level for an aggregate; recipe order. */
  static Map<String, Integer> levels(Recipe r) {
    Map<String, Integer> level = new LinkedHashMap<>();
    r.indicators().forEach(i -> level.put(i.code(), 1));
    r.aggregates().forEach(a -> level.put(a.code(), 2));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Recipe.Aggregate a : r.aggregates()) {
        int l = 2;
        for (String c : r.children(a.code())) {
          l = Math.max(l, level.getOrDefault(c, 1) + 1);
        }
        if (l != Objects.requireNonNull(level.get(a.code()), "every aggregate has a level")) {
          level.put(a.code(), l);
          changed = true;
        }
      }
    }
    return level;
  }
}
