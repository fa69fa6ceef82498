package org.fivetype.api;

import java.util.Objects;

/**
 * One problem of an input: where it is (a file and row, a JSON path, a unit and indicator) and
 * what was expected. Inputs are checked whole, so problems come in lists.
 *
 * @param where the place, e.g. {@code rules.json: $.indicators[2].points}
 * @param message what is wrong and what was expected
 */
@Surface(Surface.Kind.API)
public record Problem(String where, String message) {
  /**
   * Checks the components.
   *
   * @param where the place, e.g. {@code rules.json: $.indicators[2].points}
   * @param message what is wrong and what was expected
   * @throws NullPointerException if a component that must be given is null
   */
  public Problem {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return where + ": " + message;
  }
}
