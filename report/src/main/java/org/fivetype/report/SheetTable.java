package org.fivetype.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * A sheet a {@link Section} adds to {@code results.xlsx}: a bilingual header row and rows of cells.
 * A cell is a {@link Number} (written as a number), a {@link String} (text, never evaluated) or
 * {@code null} (empty). Each column has a {@link Format}; by default a column's format follows its
 * first value ({@code Integer}/{@code Long} whole numbers, {@code BigDecimal} money, other numbers
 * two decimals, text as text).
 *
 * @param name the sheet's name (made valid and unique by the writer: at most 31 characters)
 * @param header the column headers
 * @param rows the rows, each at most as wide as the header
 * @param formats the format of each column, as many as the header
 */
@Surface(Surface.Kind.SPI)
public record SheetTable(String name, List<Label> header, List<List<Object>> rows, List<Format> formats) {

  /** How a column's numbers are shown (the cell keeps the full value). */
  public enum Format {
    /** Text, or numbers as the spreadsheet shows them by default. */
    GENERAL,
    /** A whole number: {@code 0}. */
    INTEGER,
    /** Two decimals: {@code 0.00}. */
    DECIMAL,
    /** A share shown as a percentage with two decimals: {@code 0.00%}. */
    PERCENT,
    /** Money in yuan: {@code #,##0.00 元}. */
    MONEY
  }

  public SheetTable {
    Objects.requireNonNull(name, "name");
    header = List.copyOf(header);
    formats = List.copyOf(formats);
    if (formats.size() != header.size()) {
      throw new IllegalArgumentException("sheet " + name + " has " + formats.size() + " formats for " + header.size()
          + " columns");
    }
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

  /** A sheet whose columns' formats follow their first non-empty value. */
  public SheetTable(String name, List<Label> header, List<List<Object>> rows) {
    this(name, header, rows, inferred(header.size(), rows));
  }

  private static List<Format> inferred(int columns, List<List<Object>> rows) {
    List<Format> f = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      Format k = Format.GENERAL;
      for (List<Object> r : rows) {
        Object v = c < r.size() ? r.get(c) : null;
        if (v != null) {
          k = v instanceof Integer || v instanceof Long ? Format.INTEGER
              : v instanceof java.math.BigDecimal ? Format.MONEY
              : v instanceof Number ? Format.DECIMAL : Format.GENERAL;
          break;
        }
      }
      f.add(k);
    }
    return f;
  }
}
