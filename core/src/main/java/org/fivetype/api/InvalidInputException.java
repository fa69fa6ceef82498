package org.fivetype.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input — a rule file, a rule set, units or observations, plugins — has
 * problems. It carries every problem found in one pass, not only the first.
 */
@Surface(Surface.Kind.API)
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #problems()} has them all. */
  public static final int MAX_IN_MESSAGE = 100;

  private final transient List<Problem> problems;

  /**
   * An exception for the given problems, at least one; its message is the summary followed by the
   * first {@value #MAX_IN_MESSAGE} problems, one a line.
   *
   * @param summary what was being read, e.g. {@code "rules.json is not a valid rule file"}
   * @param problems every problem found, in the order found; copied
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidInputException(String summary, List<Problem> problems) {
    super(message(summary, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems given");
    }
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, in the order found (unmodifiable, never empty)} */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(String summary, List<Problem> problems) {
    int shown = Math.min(problems.size(), MAX_IN_MESSAGE);
    String more = problems.size() > shown ? "\n  … and " + (problems.size() - shown) + " more (see problems())" : "";
    return summary + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n"
        + problems.stream().limit(shown).map(p -> "  - " + p).collect(Collectors.joining("\n")) + more;
  }
}
