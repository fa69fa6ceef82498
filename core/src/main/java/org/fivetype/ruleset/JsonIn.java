package org.fivetype.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fivetype.api.Label;
import org.fivetype.api.Problem;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over a JSON tree that records problems with their file and JSON path instead of
 * stopping at the first, so that every problem of a rule file is reported in one pass.
 */
final class JsonIn {
  final JsonNode node;
  final String path;
  private final String file;
  private final List<Problem> sink;

  JsonIn(JsonNode node, String path, String file, List<Problem> sink) {
    this.node = node;
    this.path = path;
    this.file = file;
    this.sink = sink;
  }

  void problem(String message) {
    sink.add(new Problem(file + ": " + path, message));
  }

  /** How many problems have been recorded so far (to tell whether a read added any). */
  int sinkSize() {
    return sink.size();
  }

  JsonIn at(String key) {
    return new JsonIn(node.get(key), path + "." + key, file, sink);
  }

  JsonIn at(int index) {
    return new JsonIn(node.get(index), path + "[" + index + "]", file, sink);
  }

  boolean has(String key) {
    return node != null && node.has(key) && !node.get(key).isNull();
  }

  boolean present() {
    return node != null && !node.isNull();
  }

  /** Reports keys outside {@code allowed}, with the nearest allowed key as a suggestion. */
  boolean object(String... allowed) {
    if (node == null || !node.isObject()) {
      problem("expected an object, found " + kind(node));
      return false;
    }
    Set<String> ok = new TreeSet<>(Arrays.asList(allowed));
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String k = names.next();
      if (!ok.contains(k)) {
        String near = ok.stream().min(Comparator.comparingInt(a -> distance(a, k))).orElse("");
        String hint = !near.isEmpty() && distance(near, k) <= Math.max(2, k.length() / 3)
            ? " (did you mean '" + near + "'?)" : "";
        sink.add(new Problem(file + ": " + path + "." + k, "unknown key" + hint + "; allowed here: " + ok));
      }
    }
    return true;
  }

  boolean array() {
    if (node == null || !node.isArray()) {
      problem("expected an array, found " + kind(node));
      return false;
    }
    return true;
  }

  @Nullable String text() {
    if (node == null || !node.isTextual()) {
      problem("expected a string, found " + kind(node));
      return null;
    }
    return node.asText();
  }

  /** A finite number, or NaN after recording a problem. */
  double number() {
    if (node == null || !node.isNumber()) {
      problem("expected a number, found " + kind(node));
      return Double.NaN;
    }
    double v = node.asDouble();
    if (!Double.isFinite(v)) {
      problem("expected a finite number, found " + node.asText());
      return Double.NaN;
    }
    return v;
  }

  /** A whole number, or null after recording a problem. */
  @Nullable Integer integer() {
    if (node == null || !node.isNumber() || node.asDouble() != Math.rint(node.asDouble())
        || Math.abs(node.asDouble()) > Integer.MAX_VALUE) {
      problem("expected a whole number, found " + kind(node));
      return null;
    }
    return node.asInt();
  }

  @Nullable Boolean bool() {
    if (node == null || !node.isBoolean()) {
      problem("expected true or false, found " + kind(node));
      return null;
    }
    return node.asBoolean();
  }

  <E extends Enum<E>> @Nullable E enumValue(Class<E> type) {
    String s = text();
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    problem("expected one of " + Arrays.toString(type.getEnumConstants()) + ", found \"" + s + "\"");
    return null;
  }

  @Nullable Label label() {
    if (!object("zh", "en")) {
      return null;
    }
    String zh = at("zh").text();
    String en = at("en").text();
    if (zh == null || en == null) {
      return null;
    }
    if (zh.isBlank() || en.isBlank()) {
      problem("both \"zh\" and \"en\" must be non-blank");
      return null;
    }
    return Label.of(zh, en);
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

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
