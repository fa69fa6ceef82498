package org.fivetype.input;

import java.io.Closeable;
import java.io.IOException;

/**
 * A table read row by row: a header, then data rows. Row numbers are those a spreadsheet shows
 * (the header is row 1). Implementations: {@link CsvRows}, {@link XlsxRows}.
 */
interface Rows extends Closeable {

  /** The header cells, trimmed; empty if the file is empty. */
  String[] header() throws IOException;

  /** Moves to the next data row; false at the end. */
  boolean next() throws IOException;

  /** The number of cells of the current row (trailing empty cells may be left out). */
  int width();

  /** The trimmed text of a cell of the current row, "" when absent. */
  String cell(int column);

  /** Whether {@link #cell cell(column)} equals {@code text}; readers may answer without making the String. */
  default boolean cellEquals(int column, String text) {
    return cell(column).equals(text);
  }

  /**
   * The cell as a plain decimal ({@link InputFiles#plainDecimal}), NaN when it is anything else;
   * readers may answer without making the String.
   */
  default double plainDecimal(int column) {
    return InputFiles.plainDecimal(cell(column));
  }

  /**
   * Problems of cells that could not be read as text, found so far (an XLSX formula without a
   * cached value, a numeric cell holding text); their rows are left out of {@link #next}.
   */
  default java.util.List<org.fivetype.api.Problem> cellProblems() {
    return java.util.List.of();
  }

  /** The spreadsheet row number of the current row. */
  int rowNumber();

  @Override
  void close() throws IOException;
}
