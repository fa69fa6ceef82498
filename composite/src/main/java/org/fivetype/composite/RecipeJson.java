package org.fivetype.composite;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fivetype.api.Direction;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.jspecify.annotations.Nullable;

/** Reads a {@link Recipe} from JSON, strictly: every problem reported with its JSON path. */
final class RecipeJson {
  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  private RecipeJson(String source) {
    this.source = source;
  }

  static Recipe read(JsonNode root, String source) {
    RecipeJson j = new RecipeJson(source == null ? "recipe" : source);
    Recipe.Builder b = j.recipe(root);
    if (!j.problems.isEmpty()) {
      throw new InvalidInputException("invalid composite recipe " + j.source, j.problems);
    }
    return b.build(j.source);
  }

  private Recipe.Builder recipe(JsonNode root) {
    Recipe.Builder b = Recipe.builder();
    if (!object(root, "$", Set.of("name", "description", "screen", "impute", "treat",
        "normalise", "weights", "classes", "indicators", "aggregates"))) {
      return b;
    }
    if (root.has("screen")) {
      screen(root.get("screen"), "$.screen", b);
    }
    if (root.has("weights")) {
      String w = text(root.get("weights"), "$.weights");
      if (w != null) {
        switch (w) {
          case "given" -> b.weights(Weights.GIVEN);
          case "equal" -> b.weights(Weights.EQUAL);
          case "pca" -> b.weights(Weights.PCA);
          default -> problems.add(problem("$.weights", "unknown \"" + w
              + "\"; expected one of [given, equal, pca]"));
        }
      }
    }
    if (root.has("classes")) {
      classes(root.get("classes"), "$.classes", b);
    }
    JsonNode name = root.get("name");
    if (name != null) {
      b.name(text(name, "$.name"));
    }
    if (root.has("description")) {
      text(root.get("description"), "$.description");
    }
    if (root.has("impute")) {
      impute(root.get("impute"), "$.impute", b);
    }
    if (root.has("treat")) {
      OutlierTreatment.Spec t = treat(root.get("treat"), "$.treat");
      if (t != null) {
        b.treat(t);
      }
    }
    JsonNode norm = required(root, "normalise", "$");
    if (norm != null) {
      String groupBy = norm.isObject() && norm.has("groupBy")
          ? text(norm.get("groupBy"), "$.normalise.groupBy") : null;
      Normaliser n = normaliser(norm, "$.normalise", true);
      if (n != null) {
        b.normalise(n, groupBy);
      }
    }
    JsonNode inds = required(root, "indicators", "$");
    if (inds != null && array(inds, "$.indicators")) {
      for (int k = 0; k < inds.size(); k++) {
        indicator(inds.get(k), "$.indicators[" + k + "]", b);
      }
    }
    JsonNode aggs = required(root, "aggregates", "$");
    if (aggs != null && array(aggs, "$.aggregates")) {
      for (int k = 0; k < aggs.size(); k++) {
        aggregate(aggs.get(k), "$.aggregates[" + k + "]", b);
      }
    }
    return b;
  }

  private void impute(JsonNode n, String path, Recipe.Builder b) {
    if (!object(n, path, Set.of("method", "groupBy"))) {
      return;
    }
    JsonNode m = required(n, "method", path);
    Imputation.Method method = m == null ? null
        : choice(m, path + ".method", Imputation.Method.class);
    String groupBy = n.has("groupBy") ? text(n.get("groupBy"), path + ".groupBy") : null;
    if (method != null) {
      b.impute(method, groupBy);
    }
  }

  private OutlierTreatment.@Nullable Spec treat(JsonNode n, String path) {
    if (!object(n, path, Set.of("method", "winMax", "skewThreshold", "kurtosisThreshold",
        "winChange", "fallback", "rules"))) {
      return null;
    }
    JsonNode m = required(n, "method", path);
    if (m != null) {
      String s = text(m, path + ".method");
      if (s != null && !s.equals("winsorise")) {
        problems.add(problem(path + ".method", "expected \"winsorise\", got \"" + s + "\""));
      }
    }
    JsonNode wm = required(n, "winMax", path);
    Integer winMax = wm == null ? null : integer(wm, path + ".winMax");
    double skew = n.has("skewThreshold") ? number(n.get("skewThreshold"),
        path + ".skewThreshold") : 2;
    double kurt = n.has("kurtosisThreshold") ? number(n.get("kurtosisThreshold"),
        path + ".kurtosisThreshold") : 3.5;
    boolean change = true;
    if (n.has("winChange")) {
      JsonNode c = n.get("winChange");
      if (c.isBoolean()) {
        change = c.booleanValue();
      } else {
        problems.add(problem(path + ".winChange", "expected true or false"));
      }
    }
    OutlierTreatment.Fallback fb = n.has("fallback")
        ? choice(n.get("fallback"), path + ".fallback", OutlierTreatment.Fallback.class)
        : OutlierTreatment.Fallback.CT_LOG;
    OutlierTreatment.Rules rules = OutlierTreatment.Rules.COINR_0_5;
    if (n.has("rules")) {
      String r = text(n.get("rules"), path + ".rules");
      if ("coinr-1".equals(r)) {
        rules = OutlierTreatment.Rules.COINR_1;
      } else if (r != null && !"coinr-0.5".equals(r)) {
        problems.add(problem(path + ".rules", "unknown \"" + r
            + "\"; expected one of [coinr-0.5, coinr-1]"));
      }
    }
    if (winMax != null && winMax < 0) {
      problems.add(problem(path + ".winMax", "must be ≥ 0, got " + winMax));
    } else if (winMax != null && fb != null && Double.isFinite(skew) && Double.isFinite(kurt)) {
      return new OutlierTreatment.Spec(winMax, skew, kurt, change, fb, rules);
    }
    return null;
  }

  private void screen(JsonNode n, String path, Recipe.Builder b) {
    if (!object(n, path, Set.of("threshold", "stage"))) {
      return;
    }
    JsonNode t = required(n, "threshold", path);
    double threshold = t == null ? Double.NaN : number(t, path + ".threshold");
    Recipe.ScreenStage stage = Recipe.ScreenStage.DENOMINATED;
    if (n.has("stage")) {
      stage = choice(n.get("stage"), path + ".stage", Recipe.ScreenStage.class);
    }
    if (t != null && Double.isFinite(threshold) && !(threshold >= 0 && threshold <= 1)) {
      problems.add(problem(path + ".threshold", "must be in [0, 1], got " + threshold));
    } else if (Double.isFinite(threshold) && stage != null) {
      b.screen(threshold, stage);
    }
  }

  private void classes(JsonNode n, String path, Recipe.Builder b) {
    if (!object(n, path, Set.of("column", "decimals", "bands"))) {
      return;
    }
    int before = problems.size();
    JsonNode c = required(n, "column", path);
    String column = c == null ? null : text(c, path + ".column");
    JsonNode d = required(n, "decimals", path);
    Integer decimals = d == null ? null : integer(d, path + ".decimals");
    if (decimals != null && (decimals < 0 || decimals > 15)) {
      problems.add(problem(path + ".decimals", "must be 0–15, got " + decimals));
    }
    List<Classes.Band> bands = new ArrayList<>();
    JsonNode bs = required(n, "bands", path);
    if (bs != null && array(bs, path + ".bands")) {
      if (bs.isEmpty()) {
        problems.add(problem(path + ".bands", "expected at least one class"));
      }
      double last = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < bs.size(); k++) {
        String p = path + ".bands[" + k + "]";
        JsonNode band = bs.get(k);
        if (!object(band, p, Set.of("name", "from"))) {
          continue;
        }
        JsonNode nm = required(band, "name", p);
        String name = nm == null ? null : text(nm, p + ".name");
        double from = Double.NEGATIVE_INFINITY;
        if (k == 0 && band.has("from")) {
          problems.add(problem(p + ".from", "the first class has no lower bound"));
        } else if (k > 0) {
          JsonNode f = required(band, "from", p);
          from = f == null ? Double.NaN : number(f, p + ".from");
          if (Double.isFinite(from) && !(from > last)) {
            problems.add(problem(p + ".from", "lower bounds must increase: " + from
                + " is not above " + last));
          }
          last = Double.isFinite(from) ? from : last;
        }
        bands.add(new Classes.Band(name == null ? "" : name, from));
      }
    }
    if (problems.size() == before) {
      b.classes(new Classes(read(column, "column"), read(decimals, "decimals"), bands));
    }
  }

  private @Nullable Transformation transform(JsonNode n, String path) {
    if (!object(n, path, Set.of("method", "shift", "lambda", "shiftFromMin"))) {
      return null;
    }
    int before = problems.size();
    JsonNode m = required(n, "method", path);
    Transformation.Kind kind = m == null ? null
        : choice(m, path + ".method", Transformation.Kind.class);
    double shift = n.has("shift") ? number(n.get("shift"), path + ".shift") : 0;
    boolean fromMin = false;
    if (n.has("shiftFromMin")) {
      if (n.get("shiftFromMin").isBoolean()) {
        fromMin = n.get("shiftFromMin").booleanValue();
      } else {
        problems.add(problem(path + ".shiftFromMin", "expected true or false"));
      }
      if (fromMin && kind != Transformation.Kind.BOX_COX) {
        problems.add(problem(path + ".shiftFromMin", "only \"box-cox\" takes shiftFromMin"));
      }
      if (fromMin && n.has("shift")) {
        problems.add(problem(path + ".shift", "give either shift or shiftFromMin, not both"));
      }
    }
    double lambda = 0;
    if (kind == Transformation.Kind.BOX_COX) {
      JsonNode l = required(n, "lambda", path);
      lambda = l == null ? Double.NaN : number(l, path + ".lambda");
    } else if (n.has("lambda")) {
      problems.add(problem(path + ".lambda", "only \"box-cox\" takes lambda"));
    }
    if (problems.size() > before) {
      return null;
    }
    return new Transformation(read(kind, "method"), shift, lambda, fromMin);
  }

  private @Nullable Normaliser normaliser(JsonNode n, String path, boolean allowGroupBy) {
    if (!n.isObject()) {
      problems.add(problem(path, "expected an object"));
      return null;
    }
    JsonNode m = required(n, "method", path);
    if (m == null) {
      return null;
    }
    Normaliser.Kind kind = normaliserKind(m, path + ".method");
    if (kind == null) {
      return null;
    }
    Set<String> params = switch (kind) {
      case MIN_MAX -> Set.of("low", "high");
      case Z_SCORE -> Set.of("mean", "sd");
      case DISTANCE_TO_REFERENCE -> Set.of("unit", "formula", "cap");
      case DISTANCE_TO_TARGET -> Set.of("target", "formula", "cap");
      case GOALPOSTS -> Set.of("low", "high", "scale");
      case RANK, BORDA -> Set.of("ties");
      default -> Set.of();
    };
    Set<String> allowed = new java.util.HashSet<>(params);
    allowed.add("method");
    if (allowGroupBy) {
      allowed.add("groupBy");
    }
    object(n, path, allowed);
    int before = problems.size();
    double[] p = new double[3];
    String unit = null;
    List<String> order = switch (kind) {
      case MIN_MAX -> List.of("low", "high");
      case Z_SCORE -> List.of("mean", "sd");
      case DISTANCE_TO_TARGET -> List.of("target");
      case GOALPOSTS -> List.of("low", "high", "scale");
      default -> List.of();
    };
    for (int k = 0; k < order.size(); k++) {
      JsonNode v = required(n, order.get(k), path);
      if (v != null) {
        p[k] = number(v, path + "." + order.get(k));
      }
    }
    if (kind == Normaliser.Kind.DISTANCE_TO_REFERENCE) {
      JsonNode u = required(n, "unit", path);
      unit = u == null ? null : text(u, path + ".unit");
    }
    Normaliser.Ties ties = Normaliser.Ties.MIN;
    if (n.has("ties") && params.contains("ties")) {
      ties = choice(n.get("ties"), path + ".ties", Normaliser.Ties.class);
    }
    boolean coinr1 = true;
    if (n.has("formula") && params.contains("formula")) {
      String f = text(n.get("formula"), path + ".formula");
      if ("coinr-0.5".equals(f)) {
        coinr1 = false;
      } else if (f != null && !"coinr-1".equals(f)) {
        problems.add(problem(path + ".formula", "unknown \"" + f
            + "\"; expected one of [coinr-1, coinr-0.5]"));
      }
    }
    boolean cap = false;
    if (n.has("cap") && params.contains("cap")) {
      if (n.get("cap").isBoolean()) {
        cap = n.get("cap").booleanValue();
      } else {
        problems.add(problem(path + ".cap", "expected true or false"));
      }
      if (cap && !coinr1) {
        problems.add(problem(path + ".cap", "the coinr-0.5 formula is always capped at 1"));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return switch (kind) {
        case RANK -> Normaliser.rank(read(ties, "ties"));
        case BORDA -> Normaliser.borda(read(ties, "ties"));
        case DISTANCE_TO_TARGET -> coinr1 ? Normaliser.distanceToTarget1x(p[0], cap)
            : Normaliser.distanceToTarget(p[0]);
        case DISTANCE_TO_REFERENCE -> coinr1 ? Normaliser.distanceToReference1x(read(unit, "unit"), cap)
            : Normaliser.distanceToReference(read(unit, "unit"));
        case RANK_TIES, BORDA_TIES, DISTANCE_TO_TARGET_1X, DISTANCE_TO_REFERENCE_1X ->
            throw new AssertionError();
        case MIN_MAX -> Normaliser.minMax(p[0], p[1]);
        case Z_SCORE -> Normaliser.zScore(p[0], p[1]);
        case PERCENT_RANK -> Normaliser.percentRank();
        case PLACE -> Normaliser.place();
        case FRACTION_OF_BEST -> Normaliser.fractionOfBest();
        case DISTANCE_TO_BEST -> Normaliser.distanceToBest();
        case GOALPOSTS -> Normaliser.goalposts(p[0], p[1], p[2]);
        case NONE -> Normaliser.none();
      };
    } catch (IllegalArgumentException e) {
      problems.add(problem(path, String.valueOf(e.getMessage())));
      return null;
    }
  }

  private void indicator(JsonNode n, String path, Recipe.Builder b) {
    if (!object(n, path, Set.of("code", "direction", "weight", "parent", "normalise",
        "denominator", "scale", "transform", "treat"))) {
      return;
    }
    int before = problems.size();
    JsonNode c = required(n, "code", path);
    String code = c == null ? null : text(c, path + ".code");
    JsonNode d = required(n, "direction", path);
    Direction dir = null;
    if (d != null) {
      String s = text(d, path + ".direction");
      if ("higher".equals(s)) {
        dir = Direction.HIGHER_IS_BETTER;
      } else if ("lower".equals(s)) {
        dir = Direction.LOWER_IS_BETTER;
      } else if (s != null) {
        problems.add(problem(path + ".direction", "expected \"higher\" or \"lower\", got \""
            + s + "\""));
      }
    }
    double w = n.has("weight") ? number(n.get("weight"), path + ".weight") : 1;
    JsonNode p = required(n, "parent", path);
    String parent = p == null ? null : text(p, path + ".parent");
    Normaliser own = n.has("normalise") ? normaliser(n.get("normalise"), path + ".normalise",
        false) : null;
    String denominator = n.has("denominator") ? text(n.get("denominator"), path + ".denominator")
        : null;
    double scale = 1;
    if (n.has("scale")) {
      scale = number(n.get("scale"), path + ".scale");
      if (denominator == null && !n.has("denominator")) {
        problems.add(problem(path + ".scale", "a scale needs a \"denominator\""));
      } else if (scale == 0) {
        problems.add(problem(path + ".scale", "must not be 0"));
      }
    }
    Transformation t = n.has("transform") ? transform(n.get("transform"), path + ".transform")
        : null;
    OutlierTreatment.Spec treat = null;
    boolean untreated = false;
    if (n.has("treat")) {
      JsonNode tr = n.get("treat");
      if (tr.isTextual() && tr.textValue().equals("none")) {
        untreated = true;
      } else if (tr.isObject()) {
        treat = treat(tr, path + ".treat");
      } else {
        problems.add(problem(path + ".treat", "expected \"none\" or an object"));
      }
    }
    if (problems.size() == before) {
      b.indicator(new Recipe.Indicator(read(code, "code"), read(dir, "direction"), w,
          read(parent, "parent"), own, denominator, scale, t, treat, untreated));
    }
  }

  private void aggregate(JsonNode n, String path, Recipe.Builder b) {
    if (!object(n, path, Set.of("code", "weight", "parent", "method", "power",
        "dataThreshold"))) {
      return;
    }
    int before = problems.size();
    JsonNode c = required(n, "code", path);
    String code = c == null ? null : text(c, path + ".code");
    double w = n.has("weight") ? number(n.get("weight"), path + ".weight") : 1;
    String parent = n.has("parent") && !n.get("parent").isNull()
        ? text(n.get("parent"), path + ".parent") : null;
    JsonNode m = required(n, "method", path);
    Aggregation.Method method = m == null ? null
        : choice(m, path + ".method", Aggregation.Method.class);
    double power = 1;
    if (n.has("power")) {
      if (method != Aggregation.Method.GENERALISED) {
        problems.add(problem(path + ".power", "only a \"generalised\" mean takes a power"));
      } else {
        power = number(n.get("power"), path + ".power");
      }
    } else if (method == Aggregation.Method.GENERALISED) {
      problems.add(problem(path, "a \"generalised\" mean needs \"power\""));
    }
    double threshold = 0;
    if (n.has("dataThreshold")) {
      threshold = number(n.get("dataThreshold"), path + ".dataThreshold");
      if (Double.isFinite(threshold) && !(threshold >= 0 && threshold <= 1)) {
        problems.add(problem(path + ".dataThreshold", "must be in [0, 1], got " + threshold));
      }
    }
    if (problems.size() == before) {
      b.aggregate(new Recipe.Aggregate(read(code, "code"), w, parent,
          new Aggregation(read(method, "method"), power), threshold));
    }
  }

  // ---------------------------------------------------------------- primitives

  /**
   * A value that a reader gave without a problem: the callers build a step only when no problem
   * was added while reading it, and every read that gives null adds one, so null here is a bug.
   */
  private static <T> T read(@Nullable T value, String what) {
    return requireNonNull(value, () -> what + " is null although it was read without a problem");
  }

  private Problem problem(String path, String message) {
    return new Problem(source + ": " + path, message);
  }

  private boolean object(JsonNode n, String path, Set<String> allowed) {
    if (n == null || !n.isObject()) {
      problems.add(problem(path, "expected an object"));
      return false;
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        problems.add(problem(path + "." + k, "unknown key \"" + k + "\"; expected one of "
            + new java.util.TreeSet<>(allowed)));
      }
    }
    return true;
  }

  private boolean array(JsonNode n, String path) {
    if (!n.isArray()) {
      problems.add(problem(path, "expected an array"));
      return false;
    }
    return true;
  }

  private @Nullable JsonNode required(JsonNode n, String key, String path) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      problems.add(problem(path + "." + key, "missing"));
      return null;
    }
    return v;
  }

  private @Nullable String text(JsonNode n, String path) {
    if (!n.isTextual() || n.textValue().isBlank()) {
      problems.add(problem(path, "expected a non-empty string"));
      return null;
    }
    return n.textValue();
  }

  private double number(JsonNode n, String path) {
    if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
      problems.add(problem(path, "expected a number"));
      return Double.NaN;
    }
    return n.doubleValue();
  }

  private @Nullable Integer integer(JsonNode n, String path) {
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      problems.add(problem(path, "expected a whole number"));
      return null;
    }
    return n.intValue();
  }

  private static final List<Normaliser.Kind> JSON_KINDS = List.of(Normaliser.Kind.MIN_MAX,
      Normaliser.Kind.Z_SCORE, Normaliser.Kind.RANK, Normaliser.Kind.PERCENT_RANK,
      Normaliser.Kind.BORDA, Normaliser.Kind.PLACE, Normaliser.Kind.FRACTION_OF_BEST,
      Normaliser.Kind.DISTANCE_TO_BEST, Normaliser.Kind.DISTANCE_TO_REFERENCE,
      Normaliser.Kind.DISTANCE_TO_TARGET, Normaliser.Kind.GOALPOSTS, Normaliser.Kind.NONE);

  /** A normalisation method by its JSON name (the internal variants have none of their own). */
  private Normaliser.@Nullable Kind normaliserKind(JsonNode n, String path) {
    String s = text(n, path);
    if (s == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (Normaliser.Kind k : JSON_KINDS) {
      if (k.jsonName().equals(s)) {
        return k;
      }
      names.add(k.jsonName());
    }
    problems.add(problem(path, "unknown \"" + s + "\"; expected one of " + names));
    return null;
  }

  /** An enum constant by its JSON name: lower case, hyphens for underscores. */
  private <E extends Enum<E>> @Nullable E choice(JsonNode n, String path, Class<E> type) {
    String s = text(n, path);
    if (s == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String name = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
      if (name.equals(s)) {
        return e;
      }
      names.add(name);
    }
    problems.add(problem(path, "unknown \"" + s + "\"; expected one of " + names));
    return null;
  }
}
