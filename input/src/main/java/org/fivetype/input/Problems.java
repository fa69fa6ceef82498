package org.fivetype.input;

import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.jspecify.annotations.Nullable;

/** The problems found while reading, up to a cap: past it, reading stops with a last problem saying so. */
final class Problems {
  private final int cap;
  private final List<Problem> list = new ArrayList<>();
  private boolean full;

  Problems(int cap) {
    this.cap = cap;
  }

  /** Adds a problem at {@code file, row R, column C}; false once the cap is reached. */
  boolean add(String file, int row, @Nullable String column, String message) {
    String where = file + (row > 0 ? ", row " + row : "") + (column != null ? ", column " + column : "");
    return add(new Problem(where, message));
  }

  boolean add(Problem p) {
    if (full) {
      return false;
    }
    list.add(p);
    if (list.size() >= cap) {
      full = true;
      list.add(new Problem(p.where().split(",", 2)[0], "stopped after " + cap
          + " problems: fix these and run again (--max-problems sets how many are listed)"));
      return false;
    }
    return true;
  }

  boolean full() {
    return full;
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  void throwIfAny(String summary) {
    if (!list.isEmpty()) {
      throw new InvalidInputException(summary, list);
    }
  }
}
