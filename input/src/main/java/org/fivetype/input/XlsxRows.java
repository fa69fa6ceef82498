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
 * formula cells give their cached value (the value the spreadsheet program computed and saved).
 * A formula cell without a cached value (a file written by a program that does not compute
 * formulas) is never read as 0: it is a problem naming the file, sheet, row and column, and so is
 * a numeric cell holding text; such rows are left out (see {@link #cellProblems}).
 */
final class XlsxRows implements Rows {

  private final Workbook workbook;
  private final Iterator<Row> rows;
  private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
  private String[] cells = new String[0];
  private int row;
  private final String fileName;
  private String sheetName = "";
  private final java.util.List<org.fivetype.api.Problem> problems = new java.util.ArrayList<>();
  private boolean rowBad;

  XlsxRows(Path file) throws IOException {
    this.fileName = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      this.workbook = new XSSFWorkbook(in);
    } catch (org.apache.poi.ooxml.POIXMLException
        | IllegalArgumentException e) {
      throw new IOException("not a readable XLSX workbook (" + e.getMessage() + ")", e);
    }
    Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
    if (sheet != null) {
      sheetName = sheet.getSheetName();
    }
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
      if (rowBad) {
        continue;
      }
      if (Arrays.stream(cells).anyMatch(c -> !c.isEmpty())) {
        return true;
      }
    }
    return false;
  }

  private void load(Row r) {
    row = r.getRowNum() + 1;
    rowBad = false;
    int w = Math.max(0, r.getLastCellNum());
    cells = new String[w];
    for (int c = 0; c < w; c++) {
      cells[c] = text(r.getCell(c), c);
    }
  }

  private void problem(int column, String message) {
    rowBad = true;
    problems.add(new org.fivetype.api.Problem(fileName + ", sheet \"" + sheetName + "\", row " + row + ", column "
        + InputFiles.columnName(column), message));
  }

  @Override
  public java.util.List<org.fivetype.api.Problem> cellProblems() {
    return java.util.List.copyOf(problems);
  }

  private String text(Cell c, int column) {
    if (c == null) {
      return "";
    }
    if (c.getCellType() == CellType.FORMULA && c instanceof org.apache.poi.xssf.usermodel.XSSFCell x
        && !x.getCTCell().isSetV()) {
      problem(column, "the formula " + shorten(c.getCellFormula()) + " has no saved value (the file was not "
          + "saved by a spreadsheet program that computes formulas): open and save it in Excel or WPS, or type "
          + "the value 公式没有保存的计算结果");
      return "";
    }
    CellType t;
    try {
      t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    } catch (RuntimeException e) {
      problem(column, "a cell of a type that cannot be read 无法读取的单元格类型 (" + e.getMessage() + ")");
      return "";
    }
    return switch (t) {
      case NUMERIC -> {
        double d;
        try {
          d = c.getNumericCellValue();
        } catch (RuntimeException e) {
          String raw = c instanceof org.apache.poi.xssf.usermodel.XSSFCell x && x.getCTCell().isSetV()
              ? x.getCTCell().getV() : "";
          problem(column, "a number cell holding " + shorten(raw) + ", which is not a number 数值单元格中不是数字: "
              + "expected a number");
          yield "";
        }
        yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
      }
      case STRING -> c.getStringCellValue().trim();
      case BOOLEAN -> c.getBooleanCellValue() ? "1" : "0";
      case BLANK -> "";
      case ERROR -> "#ERROR";
      case _NONE -> "";
      default -> formatter.formatCellValue(c).trim();
    };
  }

  private static String shorten(String s) {
    String t = s.codePoints().limit(60).collect(StringBuilder::new, StringBuilder::appendCodePoint,
        StringBuilder::append).toString();
    return "\"" + t + (t.length() < s.length() ? "…" : "") + "\"";
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
