package org.fivetype.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input — a rule file, a rule set, units or observations, plugins — has
 * problems. It carries every problem found in one pass, not only the first.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** An exception for the given problems, at least one. */
  public InvalidInputException(String summary, List<Problem> problems) {
    super(message(summary, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems given");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(String summary, List<Problem> problems) {
    return summary + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n"
        + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
  }
}
