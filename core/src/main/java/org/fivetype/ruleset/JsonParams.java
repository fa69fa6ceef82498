package org.fivetype.ruleset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.fivetype.rule.ParamReader;
import org.fivetype.rule.ParamWriter;
import org.jspecify.annotations.Nullable;

/** The rule-file side of the kinds' codecs: {@link ParamReader} over {@link JsonIn}, {@link ParamWriter} over a tree. */
final class JsonParams {
  private JsonParams() {}

  /** A reader of the object at {@code in}; {@code implicitKey} (e.g. "kind", "use") is always allowed, or null. */
  static ParamReader reader(JsonIn in, String implicitKey) {
    return new Reader(in, implicitKey);
  }

  /** A writer of the keys of {@code node}. */
  static ParamWriter writer(ObjectNode node) {
    return new Writer(node);
  }

  private record Reader(JsonIn in, @Nullable String implicitKey) implements ParamReader {

    @Override
    public boolean allowKeys(String... allowed) {
      if (implicitKey == null) {
        return in.object(allowed);
      }
      String[] all = new String[allowed.length + 1];
      all[0] = implicitKey;
      System.arraycopy(allowed, 0, all, 1, allowed.length);
      return in.object(all);
    }

    @Override
    public boolean has(String key) {
      return in.has(key);
    }

    @Override
    public double number(String key) {
      return in.at(key).number();
    }

    @Override
    public double number(String key, double absent) {
      return in.has(key) ? in.at(key).number() : absent;
    }

    @Override
    public @Nullable Integer integer(String key) {
      return in.at(key).integer();
    }

    @Override
    public @Nullable Integer integer(String key, int absent) {
      return in.has(key) ? in.at(key).integer() : Integer.valueOf(absent);
    }

    @Override
    public boolean bool(String key, boolean absent) {
      if (!in.has(key)) {
        return absent;
      }
      Boolean b = in.at(key).bool();
      return b == null ? absent : b;
    }

    @Override
    public @Nullable String text(String key) {
      return in.at(key).text();
    }

    @Override
    public <E extends Enum<E>> @Nullable E enumValue(String key, Class<E> type) {
      return in.at(key).enumValue(type);
    }

    @Override
    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E absent) {
      if (!in.has(key)) {
        return absent;
      }
      E e = in.at(key).enumValue(type);
      return e == null ? absent : e;
    }

    @Override
    public List<ParamReader> array(String key) {
      JsonIn a = in.at(key);
      if (!a.array()) {
        return List.of();
      }
      List<ParamReader> out = new ArrayList<>();
      for (int k = 0; k < a.node.size(); k++) {
        out.add(new Reader(a.at(k), null));
      }
      return out;
    }

    @Override
    public void problem(String message) {
      in.problem(message);
    }

    @Override
    public void problem(String key, String message) {
      in.at(key).problem(message);
    }

    @Override
    public int problemCount() {
      return in.sinkSize();
    }

    @Override
    public String path() {
      return in.path;
    }
  }

  private record Writer(ObjectNode node) implements ParamWriter {

    @Override
    public ParamWriter put(String key, double value) {
      node.put(key, value);
      return this;
    }

    @Override
    public ParamWriter put(String key, int value) {
      node.put(key, value);
      return this;
    }

    @Override
    public ParamWriter put(String key, boolean value) {
      node.put(key, value);
      return this;
    }

    @Override
    public ParamWriter put(String key, String value) {
      node.put(key, value);
      return this;
    }

    @Override
    public Items array(String key) {
      return new ArrayWriter(node.putArray(key));
    }
  }

  private record ArrayWriter(ArrayNode node) implements ParamWriter.Items {

    @Override
    public ParamWriter addObject() {
      return new Writer(node.addObject());
    }

    @Override
    public ParamWriter.Items add(double value) {
      node.add(value);
      return this;
    }

    @Override
    public ParamWriter.Items add(String value) {
      node.add(value);
      return this;
    }
  }
}
