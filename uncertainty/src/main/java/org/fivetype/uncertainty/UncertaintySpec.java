package org.fivetype.uncertainty;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.uncertainty.UncertainInput.Range;
import org.jspecify.annotations.Nullable;

/**
 * Which inputs of an assessment are uncertain, and how: built in Java ({@link #of}) or read from
 * a strict JSON file ({@link #fromJson(Path)}). The format, in {@code docs/uncertainty.md}:
 *
 * <pre>{@code
 * { "inputs": [
 *     { "points": "L1.theory-study", "between": [2, 4] },
 *     { "points": "*", "plus-minus": 0.25 },
 *     { "pillar-weight": "*", "plus-minus": 0.2 },
 *     { "threshold": "EXCELLENT", "between": [0.88, 0.92] },
 *     { "imputation": "on-off" } ] }
 * }</pre>
 *
 * <p>Unknown keys, wrong types and bad ranges are errors naming their JSON path, all reported
 * together. Whether the inputs fit a rule set (indicators exist, thresholds do not overlap, …) is
 * checked when the analysis starts.
 *
 * @param inputs the uncertain inputs, at least one
 */
@Surface(Surface.Kind.API)
public record UncertaintySpec(List<UncertainInput> inputs) {

  public UncertaintySpec {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("an uncertainty spec needs at least one uncertain input");
    }
  }

  /** A spec of the given inputs. */
  public static UncertaintySpec of(UncertainInput... inputs) {
    return new UncertaintySpec(List.of(inputs));
  }

  /** Reads a spec from a JSON file (see {@link #fromJson(JsonNode, String)}). */
  public static UncertaintySpec fromJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in, file.getFileName().toString());
    }
  }

  /**
   * Reads a spec from a JSON stream (see {@link #fromJson(JsonNode, String)}).
   *
   * @throws InvalidInputException also for a syntax error, with its line and column
   */
  public static UncertaintySpec fromJson(InputStream in, String source) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = source + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr());
      throw new InvalidInputException("the uncertainty spec is not valid JSON",
          List.of(new Problem(where, e.getOriginalMessage())));
    }
    return fromJson(root, source);
  }

  /**
   * Reads a spec from a JSON tree.
   *
   * @param source a name for the problems' places, e.g. the file name
   * @throws InvalidInputException listing every problem, each with its JSON path
   */
  public static UncertaintySpec fromJson(JsonNode root, String source) {
    List<Problem> problems = new ArrayList<>();
    List<UncertainInput> inputs = new ArrayList<>();
    Reader r = new Reader(source, problems);
    if (r.object(root, "$", Set.of("inputs"))) {
      JsonNode list = root.get("inputs");
      if (list == null || !list.isArray()) {
        r.problem("$.inputs", "expected an array of uncertain inputs, found " + kind(list));
      } else if (list.isEmpty()) {
        r.problem("$.inputs", "expected at least one uncertain input");
      } else {
        for (int k = 0; k < list.size(); k++) {
          UncertainInput in = r.input(list.get(k), "$.inputs[" + k + "]");
          if (in != null) {
            inputs.add(in);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("the uncertainty spec " + source + " is not valid", problems);
    }
    return new UncertaintySpec(inputs);
  }

  private static final List<String> KINDS = List.of("points", "pillar-weight", "threshold", "imputation");

  /** Reads inputs, recording problems. */
  private static final class Reader {
    private final String source;
    private final List<Problem> problems;

    Reader(String source, List<Problem> problems) {
      this.source = source;
      this.problems = problems;
    }

    void problem(String path, String message) {
      problems.add(new Problem(source + ": " + path, message));
    }

    boolean object(JsonNode n, String path, Set<String> allowed) {
      if (n == null || !n.isObject()) {
        problem(path, "expected an object, found " + kind(n));
        return false;
      }
      Iterator<String> names = n.fieldNames();
      while (names.hasNext()) {
        String k = names.next();
        if (!allowed.contains(k)) {
          problem(path + "." + k, "unknown key; allowed here: " + new TreeSet<>(allowed));
        }
      }
      return true;
    }

    @Nullable UncertainInput input(JsonNode n, String path) {
      if (n == null || !n.isObject()) {
        problem(path, "expected an object, found " + kind(n));
        return null;
      }
      List<String> kinds = new ArrayList<>();
      n.fieldNames().forEachRemaining(k -> {
        if (KINDS.contains(k)) {
          kinds.add(k);
        }
      });
      if (kinds.size() != 1) {
        problem(path, "expected exactly one of the keys " + KINDS + " saying what is uncertain, found "
            + (kinds.isEmpty() ? "none" : kinds));
        object(n, path, union(KINDS, List.of("between", "plus-minus")));
        return null;
      }
      String kind = kinds.get(0);
      if (kind.equals("imputation")) {
        object(n, path, Set.of("imputation"));
        JsonNode v = n.get("imputation");
        if (v == null || !v.isTextual() || !v.asText().equals("on-off")) {
          problem(path + ".imputation", "expected \"on-off\" (imputation on or off, each with probability ½), found "
              + kind(v));
          return null;
        }
        return new UncertainInput.Imputation();
      }
      object(n, path, Set.of(kind, "between", "plus-minus"));
      JsonNode target = n.get(kind);
      String name = null;
      if (target == null || !target.isTextual() || target.asText().isBlank()) {
        problem(path + "." + kind, "expected " + (kind.equals("threshold") ? "a tier: EXCELLENT, GOOD or PASS"
            : kind.equals("points") ? "an indicator id or \"*\"" : "a pillar id or \"*\"") + ", found " + kind(target));
      } else {
        name = target.asText();
      }
      Tier tier = null;
      if (name != null && kind.equals("threshold")) {
        try {
          tier = Tier.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          tier = null;
        }
        if (tier == null || tier == Tier.FAIL) {
          problem(path + ".threshold", "expected EXCELLENT, GOOD or PASS, found \"" + name + "\"");
          tier = null;
        }
      }
      Range range = range(n, path, kind.equals("threshold"));
      if (name == null || range == null || (kind.equals("threshold") && tier == null)) {
        return null;
      }
      return switch (kind) {
        case "points" -> new UncertainInput.Points(name, range);
        case "pillar-weight" -> new UncertainInput.PillarWeight(name, range);
        default -> new UncertainInput.Threshold(requireNonNull(tier), range);
      };
    }

    private @Nullable Range range(JsonNode n, String path, boolean shares) {
      boolean between = n.has("between");
      boolean pm = n.has("plus-minus");
      if (between == pm) {
        problem(path, "expected exactly one of \"between\": [low, high] or \"plus-minus\": share"
            + (between ? ", found both" : ", found neither"));
        return null;
      }
      if (between) {
        JsonNode b = n.get("between");
        if (b == null || !b.isArray() || b.size() != 2 || !b.get(0).isNumber() || !b.get(1).isNumber()) {
          problem(path + ".between", "expected [low, high], two numbers, found " + kind(b));
          return null;
        }
        double lo = b.get(0).asDouble();
        double hi = b.get(1).asDouble();
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi)) {
          problem(path + ".between", "expected low < high, found [" + b.get(0).asText() + ", " + b.get(1).asText()
              + "]");
          return null;
        }
        if (shares && !(lo >= 0 && hi <= 1)) {
          problem(path + ".between", "a threshold is a share of the largest total: expected 0 ≤ low < high ≤ 1");
          return null;
        }
        if (!shares && !(lo > 0)) {
          problem(path + ".between", "points and weights must stay > 0: expected low > 0, found " + b.get(0).asText());
          return null;
        }
        return Range.between(lo, hi);
      }
      JsonNode s = n.get("plus-minus");
      if (s == null || !s.isNumber() || !(s.asDouble() > 0 && s.asDouble() < 1)) {
        problem(path + ".plus-minus", "expected a share greater than 0 and less than 1 (0.25 = ±25 %), found "
            + kind(s));
        return null;
      }
      return Range.plusMinus(s.asDouble());
    }
  }

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> s = new TreeSet<>(a);
    s.addAll(b);
    return s;
  }

  static String kind(JsonNode n) {
    if (n == null) {
      return "nothing (the key is missing)";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual()) {
      return "the string \"" + n.asText() + "\"";
    }
    if (n.isNumber()) {
      return "the number " + n.asText();
    }
    if (n.isBoolean()) {
      return n.asText();
    }
    return n.isArray() ? "an array" : "an object";
  }
}
