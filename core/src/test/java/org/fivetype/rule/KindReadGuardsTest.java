package org.fivetype.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fivetype.rule.Relative.Method;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The kinds' {@code read} on a {@link ParamReader} that gives null where a value is missing
 * without counting a problem: the rule-file reader always counts one, but {@code ParamReader} is
 * an interface, and a kind must then give no rule (null) rather than fail with a
 * NullPointerException on the missing value. The reader here answers from a map of the values
 * given; everything else is absent.
 */
class KindReadGuardsTest {

  /** Gives the values of the map (an Integer, an enum constant); null for a value of another type, never a problem. */
  private record Silent(Map<String, Object> values) implements ParamReader {
    @Override
    public boolean allowKeys(String... allowed) {
      return true;
    }

    @Override
    public boolean has(String key) {
      return values.containsKey(key);
    }

    @Override
    public double number(String key) {
      return Double.NaN;
    }

    @Override
    public double number(String key, double absent) {
      return absent;
    }

    @Override
    public @Nullable Integer integer(String key) {
      return values.get(key) instanceof Integer i ? i : null;
    }

    @Override
    public @Nullable Integer integer(String key, int absent) {
      if (!values.containsKey(key)) {
        return absent;
      }
      return values.get(key) instanceof Integer i ? i : null;
    }

    @Override
    public boolean bool(String key, boolean absent) {
      return absent;
    }

    @Override
    public @Nullable String text(String key) {
      return null;
    }

    @Override
    public <E extends Enum<E>> @Nullable E enumValue(String key, Class<E> type) {
      Object v = values.get(key);
      return type.isInstance(v) ? type.cast(v) : null;
    }

    @Override
    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E absent) {
      return absent;
    }

    @Override
    public List<ParamReader> array(String key) {
      return List.of();
    }

    @Override
    public void problem(String message) {}

    @Override
    public void problem(String key, String message) {}

    @Override
    public int problemCount() {
      return 0;
    }

    @Override
    public String path() {
      return "$";
    }
  }

  @Test
  void aMissingRequiredCountGivesNoChecklist() {
    assertThat(Checklist.KIND.read(new Silent(Map.of()))).isNull();
    assertThat(Checklist.KIND.read(new Silent(Map.of("required", 3)))).isEqualTo(new Checklist(3));
  }

  @Test
  void aThresholdReadAsNullGivesNoVeto() {
    // the key is there, but its value could not be read: null, not the default 1
    assertThat(Veto.KIND.read(new Silent(Map.of("threshold", "two")))).isNull();
    assertThat(Veto.KIND.read(new Silent(Map.of()))).isEqualTo(new Veto(1)); // absent: the default 1
    assertThat(Veto.KIND.read(new Silent(Map.of("threshold", 2)))).isEqualTo(new Veto(2));
  }

  @Test
  void aMissingMethodOrScopeGivesNoRelativeRule() {
    assertThat(Relative.KIND.read(new Silent(Map.of()))).isNull(); // no method
    // a method, and a "scope" key whose value could not be read
    assertThat(Relative.KIND.read(new Silent(Map.of("method", Method.MIN_MAX, "scope", "nowhere")))).isNull();
    // without a "scope" key the scope is ALL
    assertThat(Relative.KIND.read(new Silent(Map.of("method", Method.MIN_MAX))))
        .isEqualTo(new Relative(Method.MIN_MAX, Relative.Scope.ALL, org.fivetype.api.Direction.HIGHER_IS_BETTER, 0));
  }
}
