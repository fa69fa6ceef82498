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
    if (!object(root, "$", Set.of("name", "description", "impute", "treat", "normalise",
        "indicators", "aggregates"))) {
      return b;
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
      treat(root.get("treat"), "$.treat", b);
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

  private void treat(JsonNode n, String path, Recipe.Builder b) {
    if (!object(n, path, Set.of("method", "winMax", "skewThreshold", "kurtosisThreshold",
        "winChange", "fallback"))) {
      return;
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
    if (winMax != null && winMax < 0) {
      problems.add(problem(path + ".winMax", "must be ≥ 0, got " + winMax));
    } else if (winMax != null && fb != null && Double.isFinite(skew) && Double.isFinite(kurt)) {
      b.treat(new OutlierTreatment.Spec(winMax, skew, kurt, change, fb));
    }
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
    Normaliser.Kind kind = choice(m, path + ".method", Normaliser.Kind.class);
    if (kind == null) {
      return null;
    }
    Set<String> params = switch (kind) {
      case MIN_MAX -> Set.of("low", "high");
      case Z_SCORE -> Set.of("mean", "sd");
      case DISTANCE_TO_REFERENCE -> Set.of("unit");
      case DISTANCE_TO_TARGET -> Set.of("target");
      case GOALPOSTS -> Set.of("low", "high", "scale");
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
    if (problems.size() > before) {
      return null;
    }
    try {
      return switch (kind) {
        case MIN_MAX -> Normaliser.minMax(p[0], p[1]);
        case Z_SCORE -> Normaliser.zScore(p[0], p[1]);
        case RANK -> Normaliser.rank();
        case PERCENT_RANK -> Normaliser.percentRank();
        case BORDA -> Normaliser.borda();
        case PLACE -> Normaliser.place();
        case FRACTION_OF_BEST -> Normaliser.fractionOfBest();
        case DISTANCE_TO_BEST -> Normaliser.distanceToBest();
        case DISTANCE_TO_REFERENCE -> Normaliser.distanceToReference(requireNonNull(unit));
        case DISTANCE_TO_TARGET -> Normaliser.distanceToTarget(p[0]);
        case GOALPOSTS -> Normaliser.goalposts(p[0], p[1], p[2]);
        case NONE -> Normaliser.none();
      };
    } catch (IllegalArgumentException e) {
      problems.add(problem(path, String.valueOf(e.getMessage())));
      return null;
    }
  }

  private void indicator(JsonNode n, String path, Recipe.Builder b) {
    if (!object(n, path, Set.of("code", "direction", "weight", "parent", "normalise"))) {
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
    if (problems.size() == before) {
      b.indicator(new Recipe.Indicator(requireNonNull(code), requireNonNull(dir), w, requireNonNull(parent), own));
    }
  }

  private void aggregate(JsonNode n, String path, Recipe.Builder b) {
    if (!object(n, path, Set.of("code", "weight", "parent", "method", "power"))) {
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
    if (problems.size() == before) {
      b.aggregate(requireNonNull(code), w, requireNonNull(parent), new Aggregation(requireNonNull(method), power));
    }
  }

  // ---------------------------------------------------------------- primitives

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
