package org.fivetype.report;

import static org.fivetype.api.Numbers.format;
import static org.fivetype.report.Cells.html;
import static org.fivetype.report.Html.zhEn;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;

/**
 * The unified inspection form (统一检查, A3): for each unit, every indicator of the rule set with
 * the evidence to collect, who supplies it and in which unit of measure, on one printed page per
 * unit, so that one visit covers every target item. Written atomically as {@code checklist.html},
 * {@code checklist.csv} and {@code checklist.xlsx}: a row per unit and indicator, with an empty
 * {@code value} column to fill in, under bilingual headers ({@code value 取值}); the filled CSV or
 * XLSX is the observations file of {@code fivetype assess} as it is (a value left blank is no
 * evidence for that indicator). The source column names the supplier in both languages, the note
 * the evidence to collect.
 */
@Surface(Surface.Kind.API)
public final class Checklists {
  private Checklists() {}

  /** The files written. */
  public static final List<String> FILES = List.of("checklist.html", "checklist.csv", "checklist.xlsx");

  /** The columns of the CSV and XLSX forms: each an observations column with its Chinese name. */
  static final List<Label> COLUMNS = List.of(Label.of("单位编号", "unit_id"), Label.of("年度", "year"),
      Label.of("指标编号", "indicator_id"), Label.of("取值(填写;无佐证留空)", "value"), Label.of("来源", "source"),
      Label.of("说明", "note"));

  /** Writes the checklist of the units under the rule set into {@code outDir}, atomically. */
  public static void write(RuleSet rules, List<Unit> units, int year, Path outDir) throws IOException {
    write(rules, units, year, OutputTarget.of(outDir, "checklist"));
  }

  /** Writes the checklist into the target's directory, atomically (see {@link OutputTarget}). */
  public static void write(RuleSet rules, List<Unit> units, int year, OutputTarget target) throws IOException {
    AtomicDirectory.write(target, dir -> {
      page(rules, units, year, dir.resolve("checklist.html"));
      csv(rules, units, year, dir.resolve("checklist.csv"));
      xlsx(rules, units, year, dir.resolve("checklist.xlsx"));
    });
  }

  private static void csv(RuleSet rules, List<Unit> units, int year, Path file) throws IOException {
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
      w.write('\uFEFF');
      List<String> header = new java.util.ArrayList<>();
      for (Label c : COLUMNS) {
        header.add(Cells.csvText(c.en() + " " + c.zh()));
      }
      w.write(String.join(",", header) + "\r\n");
      for (Unit u : units) {
        for (IndicatorSpec i : rules.indicators()) {
          w.write(Cells.csvText(u.id()) + "," + year + "," + i.id().value() + ",," + Cells.csvText(source(i)) + ","
              + Cells.csvText(note(i)) + "\r\n");
        }
      }
    }
  }

  /**
   * Whether the evidence must be collected: a veto indicator (without evidence the unit counts as
   * vetoed, {@code tiers.veto.missingEvidence}) or a hard indicator (A5).
   */
  static boolean mandatory(IndicatorSpec i) {
    return i.hard() || isVeto(i);
  }

  private static boolean isVeto(IndicatorSpec i) {
    return i.rule().canVeto();
  }

  private static String source(IndicatorSpec i) {
    return i.evidence().supplier().label().zh() + " " + i.evidence().supplier().label().en();
  }

  private static String note(IndicatorSpec i) {
    String must = mandatory(i) ? "必填 mandatory (" + (isVeto(i) ? "一票否决 veto" : "硬指标 hard") + "): " : "";
    return must + i.name().zh() + ":" + i.evidence().what().zh() + "(" + i.evidence().unitOfMeasure().zh() + ") / "
        + i.name().en() + ": " + i.evidence().what().en() + " (" + i.evidence().unitOfMeasure().en() + ")";
  }

  /** The form as a workbook: one sheet, the same columns and rows as the CSV; text cells are never formulas. */
  @SuppressWarnings("JavaUtilDate") // POI's core properties take the creation time as a java.util.Date
  private static void xlsx(RuleSet rules, List<Unit> units, int year, Path file) throws IOException {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var sheet = wb.createSheet("checklist 检查表");
      var bold = wb.createFont();
      bold.setBold(true);
      var head = wb.createCellStyle();
      head.setFont(bold);
      head.setWrapText(true);
      var text = wb.createCellStyle();
      text.setQuotePrefixed(true);
      var fill = wb.createCellStyle();
      fill.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex());
      fill.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      var r0 = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        var cell = r0.createCell(c);
        cell.setCellValue(COLUMNS.get(c).en() + "\n" + COLUMNS.get(c).zh()); // fixed labels, no input in them
        cell.setCellStyle(head);
      }
      r0.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints() + 2);
      int r = 1;
      for (Unit u : units) {
        for (IndicatorSpec i : rules.indicators()) {
          var row = sheet.createRow(r++);
          Cells.xlsxText(row.createCell(0), u.id(), null, text);
          row.createCell(1).setCellValue(year);
          Cells.xlsxText(row.createCell(2), i.id().value(), null, text);
          row.createCell(3).setCellStyle(fill);
          Cells.xlsxText(row.createCell(4), source(i), null, text);
          Cells.xlsxText(row.createCell(5), note(i), null, text);
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.size() - 1));
      int[] widths = {18, 8, 30, 14, 24, 90};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      wb.getProperties().getCoreProperties().setCreated(
          java.util.Optional.of(new java.util.Date(XlsxResults.FIXED_TIME)));
      try (var os = Files.newOutputStream(file)) {
        FixedTimeZip.write(wb, os); // identical runs give identical bytes
      }
    }
  }

  private static void page(RuleSet rules, List<Unit> units, int year, Path file) throws IOException {
    StringBuilder o = new StringBuilder(1 << 16);
    o.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>").append(year).append("年度五型政府统一检查表 · Unified inspection form ").append(year).append("</title>\n")
        .append("<style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",system-ui,sans-serif;max-width:1100px;margin:0 auto;padding:20px}")
        .append(".en{color:#5f6368}table{border-collapse:collapse;width:100%;font-size:.8rem}th,td{border:1px solid #bbb;padding:2px 4px;vertical-align:top}")
        .append("td.box{width:70px}.mandatory{color:#b3261e}section{margin-bottom:28px}@page{size:A4;margin:10mm}")
        .append("@media print{section{page-break-after:always}body{padding:0;font-size:9pt}}</style>\n</head>\n<body>\n");
    for (Unit u : units) {
      o.append("<section class=\"unit\" id=\"unit-").append(html(u.id())).append("\">\n<h1>")
          .append(zhEn(Label.of(year + "年度统一检查表:" + u.name().zh(), "Unified inspection " + year + ": "
              + u.name().en()))).append("</h1>\n<p>").append(zhEn(Label.of("单位编号 " + u.id() + ",类别 " + u.category()
              + ";考核细则 " + rules.id() + "(" + rules.indicators().size() + " 项指标)", "unit " + u.id() + ", category "
              + u.category() + "; rule set " + rules.id() + " (" + rules.indicators().size() + " indicators)")))
          .append("</p>\n<table><thead><tr><th>指标 <span class=\"en\">indicator</span></th><th>分值 <span class=\"en\">points</span></th>")
          .append("<th>佐证 <span class=\"en\">evidence to collect</span></th><th>提供方 <span class=\"en\">supplied by</span></th>")
          .append("<th>取值 <span class=\"en\">value</span></th></tr></thead><tbody>\n");
      Pillar current = null;
      for (IndicatorSpec i : rules.indicators()) {
        if (!i.pillar().equals(current)) {
          current = i.pillar();
          o.append("<tr><th colspan=\"5\">").append(zhEn(current.name())).append("</th></tr>\n");
        }
        o.append("<tr><td>").append(html(i.id().value())).append(i.hard() ? " (硬指标 hard)" : "")
            .append(mandatory(i) ? " <strong class=\"mandatory\">必填 mandatory</strong>" : "").append("<br>")
            .append(zhEn(i.name())).append("</td><td>").append(format(i.points())).append("</td><td>")
            .append(zhEn(i.evidence().what())).append(" [").append(zhEn(i.evidence().unitOfMeasure())).append("]<br>")
            .append(zhEn(i.rule().describe(i.points()))).append("</td><td>").append(zhEn(i.evidence().supplier().label()))
            .append("</td><td class=\"box\"></td></tr>\n");
      }
      o.append("</tbody></table>\n</section>\n");
    }
    o.append("</body>\n</html>\n");
    Files.writeString(file, o, StandardCharsets.UTF_8);
  }
}
