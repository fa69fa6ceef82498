package org.fivetype.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an XLSX workbook's first sheet (Apache POI). Numeric cells are read as the shortest
 * decimal of their value, so 0.85 stays "0.85" and 2024 stays "2024" whatever the cell's format;
 * formula cells give their cached value.
 */
final class XlsxRows implements Rows {

  private final Workbook workbook;
  private final Iterator<Row> rows;
  private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
  private String[] cells = new String[0];
  private int row;

  XlsxRows(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      this.workbook = new XSSFWorkbook(in);
    } catch (org.apache.poi.ooxml.POIXMLException
        | IllegalArgumentException e) {
      throw new IOException("not a readable XLSX workbook (" + e.getMessage() + ")", e);
    }
    Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
    this.rows = sheet == null ? java.util.Collections.emptyIterator() : sheet.rowIterator();
  }

  @Override
  public String[] header() {
    if (!rows.hasNext()) {
      return new String[0];
    }
    load(rows.next());
    // trailing empty header cells are not columns
    int w = cells.length;
    while (w > 0 && cells[w - 1].isEmpty()) {
      w--;
    }
    return Arrays.copyOf(cells, w);
  }

  @Override
  public boolean next() {
    while (rows.hasNext()) {
      load(rows.next());
      if (Arrays.stream(cells).anyMatch(c -> !c.isEmpty())) {
        return true;
      }
    }
    return false;
  }

  private void load(Row r) {
    row = r.getRowNum() + 1;
    int w = Math.max(0, r.getLastCellNum());
    cells = new String[w];
    for (int c = 0; c < w; c++) {
      cells[c] = text(r.getCell(c));
    }
  }

  private String text(Cell c) {
    if (c == null) {
      return "";
    }
    CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return switch (t) {
      case NUMERIC -> {
        double d = c.getNumericCellValue();
        yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
      }
      case STRING -> c.getStringCellValue().trim();
      case BOOLEAN -> c.getBooleanCellValue() ? "1" : "0";
      case BLANK -> "";
      case ERROR -> "#ERROR";
      default -> formatter.formatCellValue(c).trim();
    };
  }

  @Override
  public int width() {
    return cells.length;
  }

  @Override
  public String cell(int column) {
    return column < cells.length ? cells[column] : "";
  }

  @Override
  public int rowNumber() {
    return row;
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
