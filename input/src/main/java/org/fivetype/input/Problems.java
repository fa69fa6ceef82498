package org.fivetype.input;

import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The problems found while reading, up to a cap: past it, reading stops with a last problem saying
 * so. The same problem in the same column of many rows (a wrong year on every row) is said once,
 * with the number of rows and the first of them, and counts once towards the cap.
 */
final class Problems {
  private final int cap;
  private final List<Problem> list = new ArrayList<>();
  private final java.util.Map<String, Repeated> repeated = new java.util.HashMap<>();
  private boolean full;

  /** A problem seen on several rows: where it sits in the list, its first row and how many rows. */
  private static final class Repeated {
    final int index;
    final String file;
    final @Nullable String column;
    final String message;
    final int firstRow;
    long rows = 1;

    Repeated(int index, String file, @Nullable String column, String message, int firstRow) {
      this.index = index;
      this.file = file;
      this.column = column;
      this.message = message;
      this.firstRow = firstRow;
    }
  }

  Problems(int cap) {
    this.cap = cap;
  }

  /** Adds a problem at {@code file, row R, column C}; false once the cap is reached. */
  boolean add(String file, int row, @Nullable String column, String message) {
    String where = file + (row > 0 ? ", row " + row : "") + (column != null ? ", column " + column : "");
    if (row > 0 && !full) {
      String key = file + "\u0000" + column + "\u0000" + message;
      Repeated r = repeated.get(key);
      if (r != null) {
        r.rows++;
        return true;
      }
      repeated.put(key, new Repeated(list.size(), file, column, message, row));
    }
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
      throw new InvalidInputException(summary, grouped());
    }
  }

  /** The problems, each repeated one said once: {@code 4,032 rows: <message>; first at row 2}. */
  List<Problem> grouped() {
    List<Problem> out = new ArrayList<>(list);
    for (Repeated r : repeated.values()) {
      if (r.rows > 1 && r.index < out.size()) {
        out.set(r.index, new Problem(r.file + (r.column != null ? ", column " + r.column : ""), String.format(
            java.util.Locale.ROOT, "%,d rows: %s; first at row %d", r.rows, r.message, r.firstRow)));
      }
    }
    return out;
  }
}
