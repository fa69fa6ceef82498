package org.fivetype.api;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of an indicator (考核指标), such as {@code L7.research-days}: lower-case
 * letters, digits, '.', '-' and '_', starting with a letter, at most 64 characters. By convention
 * it starts with the id of the measure it mainly covers.
 *
 * @param value the identifier
 */
@Surface(Surface.Kind.API)
public record IndicatorId(String value) implements Comparable<IndicatorId> {

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  /**
   * Checks the components.
   *
   * @param value the identifier
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public IndicatorId {
    Objects.requireNonNull(value, "value");
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException("indicator id '" + value
          + "' must be 1-64 letters, digits, '.', '-' or '_', starting with a letter");
    }
  }

  /**
   * Parses an indicator id.
   *
   * @param value the identifier, e.g. {@code L7.research-days}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a well-formed id (see the class)
   */
  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  /**
   * Whether {@code value} is a well-formed indicator id, so that a reader can report a bad id as
   * a problem instead of catching the constructor's exception.
   *
   * @param value a candidate id; null is accepted and is not valid
   * @return true if {@link #of} would accept it
   */
  public static boolean isValid(@Nullable String value) {
    return value != null && ID.matcher(value).matches();
  }

  @Override
  public int compareTo(IndicatorId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
