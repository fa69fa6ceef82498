package org.fivetype.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.fivetype.api.Label;

/**
 * A sheet a {@link Section} adds to {@code results.xlsx}: a bilingual header row and rows of cells.
 * A cell is a {@link Number} (written as a number), a {@link String} (text, never evaluated) or
 * {@code null} (empty).
 *
 * @param name the sheet's name (made valid and unique by the writer: at most 31 characters)
 * @param header the column headers
 * @param rows the rows, each at most as wide as the header
 */
public record SheetTable(String name, List<Label> header, List<List<Object>> rows) {
  public SheetTable {
    Objects.requireNonNull(name, "name");
    header = List.copyOf(header);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> r : rows) {
      if (r.size() > header.size()) {
        throw new IllegalArgumentException("a row of sheet " + name + " has " + r.size() + " cells, the header "
            + header.size());
      }
      for (Object c : r) {
        if (c != null && !(c instanceof Number) && !(c instanceof String)) {
          throw new IllegalArgumentException("a cell of sheet " + name + " is neither a number nor text: " + c);
        }
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = Collections.unmodifiableList(copy);
  }
}
