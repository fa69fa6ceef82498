package org.fivetype.api;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A unit that is assessed (考核单位): a district government or a city department.
 *
 * @param id a stable identifier: letters, digits, {@code - _ .}, at most 64 characters
 * @param name the bilingual name
 * @param kind district or department
 * @param category the assessment category (考核类别): units of one category are ranked and
 *     quota'd together
 */
@Surface(Surface.Kind.API)
public record Unit(String id, Label name, UnitKind kind, String category) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  /**
   * Checks the components.
   *
   * @param id a stable identifier: letters, digits, {@code - _ .}, at most 64 characters
   * @param name the bilingual name
   * @param kind district or department
   * @param category the assessment category (考核类别): units of one category are ranked and quota'd
   *     together
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Unit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(category, "category");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "unit id '" + id + "' must be 1-64 letters, digits, '-', '_' or '.', starting with a letter or digit");
    }
    if (category.isBlank()) {
      throw new IllegalArgumentException("unit " + id + ": the category must not be blank");
    }
  }

  /**
   * Whether {@code id} is a well-formed unit id, so that a reader can report a bad id as a problem
   * instead of catching the constructor's exception.
   *
   * @param id a candidate id; null is accepted and is not valid
   * @return true if the constructor would accept it as an id
   */
  public static boolean isValidId(@Nullable String id) {
    return id != null && ID.matcher(id).matches();
  }
}
