package org.fivetype.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.IndicatorScore;
import org.fivetype.engine.UnitResult;
import org.fivetype.spi.IndicatorSpec;

/**
 * {@code results.xlsx} (Apache POI, streaming): a sheet per category (named by its bilingual
 * label: {@code 区县 districts}) with its units by place after the caps, and a sheet {@code
 * indicators 指标明细} with every indicator of the first {@link Writers#DETAIL_LIMIT} units (value,
 * points, explanation). Headers are bilingual and frozen, every table has an autofilter, columns are
 * as wide as their contents; points show two decimals, shares as percentages, counts as whole
 * numbers, money in yuan (the cells keep full precision); a tier reads {@code 优秀 excellent}
 * everywhere, and an empty flag column says {@code 否 no}. Text cells that a spreadsheet could
 * take for a formula are written quote-prefixed (shown as text, never evaluated). When the rule set
 * departs from the programme's principles on purpose, the first sheet, {@code departures 偏离},
 * lists each principle with its reason.
 */
final class XlsxResults {
  private XlsxResults() {}

  static final String DETAIL_SHEET = "indicators 指标明细";

  /** The sheet of the rule set's departures from the programme's principles, when it lists any. */
  static final String DEPARTURES_SHEET = "departures 偏离";

  static void write(AssessmentResult result, Path file) throws IOException {
    write(result, List.of(), file);
  }

  /** The time stamp of every zip entry and of the document's properties: the same for every run. */
  static final long FIXED_TIME = java.time.Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();

  static void write(AssessmentResult result, List<Section> sections, Path file) throws IOException {
    write(result, sections, ReportContext.NONE, file);
  }

  @SuppressWarnings("JavaUtilDate") // POI's core properties take the creation time as a java.util.Date
  static void write(AssessmentResult result, List<Section> sections, ReportContext context, Path file) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(200) {
      @Override
      protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        // the fastest deflate level: the sheets of a large run are tens of MB of XML, and the
        // default level spends seconds of CPU on them for a few percent of size
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
          @Override
          public void putArchiveEntry(org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry)
              throws IOException {
            entry.setTime(FIXED_TIME); // identical runs give identical bytes
            super.putArchiveEntry(entry);
          }
        };
        zip.setUseZip64(org.apache.commons.compress.archivers.zip.Zip64Mode.AsNeeded);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
      }
    };
    // the creation time POI puts in docProps/core.xml: fixed, so identical runs give identical files
    wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(
        java.util.Optional.of(new java.util.Date(FIXED_TIME)));
    try {
      Styles st = new Styles(wb);
      Set<String> sheetNames = new HashSet<>();
      List<Pillar> pillars = result.ruleSet().pillars();
      Map<String, Integer> place = ReportContext.places(result);
      if (!result.ruleSet().departures().isEmpty()) {
        // first, so that the workbook opens on it: the rule set departs from the programme on purpose
        Table dep = new Table(wb.createSheet(sheetName(DEPARTURES_SHEET, sheetNames)), st);
        dep.header(List.of(Label.of("原则", "principle"), Label.of("偏离理由", "reason")));
        for (var d : result.ruleSet().departures().entrySet()) {
          dep.row();
          dep.text(d.getKey());
          dep.text(d.getValue());
        }
        dep.finish();
      }
      for (var e : ReportContext.byCategory(result).entrySet()) {
        Label cat = context.category(e.getKey());
        String sheet = cat.zh().equals(e.getKey()) ? e.getKey() : cat.zh() + " " + e.getKey();
        Table sh = new Table(wb.createSheet(sheetName(sheet, sheetNames)), st);
        List<Label> header = new ArrayList<>(List.of(Label.of("位次", "place after caps"), Label.of("名次", "rank by total"),
            Label.of("单位编号", "unit id"), Label.of("单位名称", "name (zh)"), Label.of("英文名称", "name (en)"),
            Label.of("类别", "category"), Label.of("总分", "total"), Label.of("等次", "tier")));
        for (Pillar p : pillars) {
          header.add(p.name());
        }
        header.add(Label.of("否决/硬指标/缺项", "vetoes / failed hard / missing"));
        sh.header(header);
        for (UnitResult u : e.getValue()) {
          sh.row();
          sh.integer(ReportContext.placeOf(place, u.unit().id()));
          sh.integer(u.rank());
          sh.text(u.unit().id());
          sh.text(u.unit().name().zh());
          sh.text(u.unit().name().en());
          sh.text(context.categoryText(u.unit().category()));
          sh.number(u.total(), st.d2);
          sh.text(tierText(u.tier()));
          for (var p : u.pillars()) {
            sh.number(p.points(), st.d2);
          }
          String flags = flags(u);
          sh.text(flags.isEmpty() ? NO : flags);
        }
        sh.finish();
      }
      for (Section section : sections) {
        var table = section.sheet(result);
        if (table.isPresent()) {
          sectionSheet(new Table(wb.createSheet(sheetName(table.get().name(), sheetNames)), st), table.get(), st);
        }
      }
      Table detail = new Table(wb.createSheet(DETAIL_SHEET), st);
      detail.header(List.of(Label.of("单位编号", "unit id"), Label.of("指标编号", "indicator id"),
          Label.of("指标名称", "indicator (zh)"), Label.of("英文名称", "indicator (en)"), Label.of("取值", "value"),
          Label.of("得分", "points"), Label.of("分值", "max"), Label.of("说明", "explanation (zh)"),
          Label.of("英文说明", "explanation (en)")));
      Map<IndicatorId, IndicatorSpec> specs = new java.util.HashMap<>();
      result.ruleSet().indicators().forEach(i -> specs.put(i.id(), i));
      int shown = 0;
      for (UnitResult u : result.units()) {
        if (shown++ >= Writers.DETAIL_LIMIT) {
          detail.row();
          detail.text("… " + (result.units().size() - Writers.DETAIL_LIMIT)
              + " more units: see results.json / 其余单位见 results.json");
          break;
        }
        for (IndicatorScore sc : u.indicators()) {
          detail.row();
          IndicatorSpec spec = java.util.Objects.requireNonNull(specs.get(sc.indicator()), "a scored indicator's spec");
          detail.text(u.unit().id());
          detail.text(sc.indicator().value());
          detail.text(spec.name().zh());
          detail.text(spec.name().en());
          if (sc.missing()) {
            detail.skip();
          } else {
            detail.number(sc.value(), st.plain);
          }
          detail.number(sc.points(), st.d2);
          detail.number(sc.max(), st.d2);
          detail.text(sc.explanation().zh());
          detail.text(sc.explanation().en());
        }
      }
      detail.finish();
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        wb.write(os);
      }
    } finally {
      wb.close(); // also removes SXSSF's temporary files
    }
  }

  /** "no / 否": what a flag column says when there is no flag (never a blank that could mean "not checked"). */
  static final String NO = "否 no";

  /** A tier as the workbook writes it everywhere: {@code 优秀 excellent}. */
  static String tierText(org.fivetype.api.Tier t) {
    return t.label().zh() + " " + t.label().en();
  }

  private static void sectionSheet(Table sh, SheetTable table, Styles st) {
    sh.header(table.header());
    for (List<Object> cells : table.rows()) {
      sh.row();
      for (int c = 0; c < table.header().size(); c++) {
        Object v = c < cells.size() ? cells.get(c) : null;
        if (v instanceof Number n) {
          sh.number(n.doubleValue(), switch (table.formats().get(c)) {
            case INTEGER -> st.integer;
            case DECIMAL -> st.d2;
            case PERCENT -> st.percent;
            case MONEY -> st.money;
            case GENERAL -> st.plain;
          });
        } else if (v instanceof String s) {
          sh.text(s);
        } else {
          sh.skip();
        }
      }
    }
    sh.finish();
  }

  private static String flags(UnitResult u) {
    List<String> parts = new ArrayList<>();
    u.vetoes().forEach(i -> parts.add("否决 veto " + i));
    u.failedHard().forEach(i -> parts.add("硬指标 hard " + i));
    u.missing().forEach(i -> parts.add("缺项 missing " + i));
    return String.join("; ", parts);
  }

  private record Styles(CellStyle header, CellStyle quoted, CellStyle plain, CellStyle integer, CellStyle d2,
      CellStyle percent, CellStyle money, CellStyle headerQuoted) {
    Styles(SXSSFWorkbook wb) {
      this(wb.createCellStyle(), wb.createCellStyle(), wb.getCellStyleAt(0), wb.createCellStyle(), wb.createCellStyle(),
          wb.createCellStyle(), wb.createCellStyle(), wb.createCellStyle());
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
      quoted.setQuotePrefixed(true);
      var f = wb.createDataFormat();
      integer.setDataFormat(f.getFormat("0"));
      d2.setDataFormat(f.getFormat("0.00"));
      percent.setDataFormat(f.getFormat("0.00%"));
      money.setDataFormat(f.getFormat("#,##0.00\" 元\""));
      headerQuoted.cloneStyleFrom(header);
      headerQuoted.setQuotePrefixed(true);
    }
  }

  /**
   * A sheet written row by row: a bilingual header, frozen; each column as wide as its longest text
   * (a Chinese character counting two), at most 60 characters; an autofilter over the table.
   */
  private static final class Table {
    private static final int MAX_WIDTH = 60;
    private final Sheet sheet;
    private final Styles st;
    private final List<Integer> widths = new ArrayList<>();
    @SuppressWarnings("NullAway.Init") // set by row(), which every caller calls before the row's first cell
    private Row row;
    private int rows;
    private int col;

    Table(Sheet sheet, Styles st) {
      this.sheet = sheet;
      this.st = st;
    }

    void header(List<Label> labels) {
      Row r = sheet.createRow(0);
      for (int c = 0; c < labels.size(); c++) {
        // a label may come from a rule file (a pillar's name): guarded like every text cell
        Cells.xlsxText(r.createCell(c), labels.get(c).zh() + "\n" + labels.get(c).en(), st.header, st.headerQuoted);
        widen(c, Math.max(width(labels.get(c).zh()), width(labels.get(c).en())));
      }
      r.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints() + 2);
      sheet.createFreezePane(0, 1);
      rows = 1;
    }

    void row() {
      row = sheet.createRow(rows++);
      col = 0;
    }

    void skip() {
      col++;
    }

    void text(String s) {
      // the default style set explicitly: otherwise SXSSF looks up the column's style for every cell
      Cells.xlsxText(row.createCell(col), s, st.plain, st.quoted);
      widen(col++, width(s));
    }

    void integer(int v) {
      number(v, st.integer);
    }

    void number(double v, CellStyle style) {
      var cell = row.createCell(col);
      cell.setCellValue(v);
      cell.setCellStyle(style);
      widen(col++, style == st.plain ? Math.min(12, Double.toString(v).length()) : 12);
    }

    private void widen(int c, int w) {
      while (widths.size() <= c) {
        widths.add(4);
      }
      widths.set(c, Math.max(widths.get(c), Math.min(MAX_WIDTH, w)));
    }

    private static int width(String s) {
      int w = 0;
      for (int i = 0; i < s.length(); i++) {
        w += s.charAt(i) > 0x2e80 ? 2 : 1;
      }
      return w;
    }

    void finish() {
      for (int c = 0; c < widths.size(); c++) {
        sheet.setColumnWidth(c, (widths.get(c) + 2) * 256);
      }
      if (!widths.isEmpty()) {
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, rows - 1), 0, widths.size() - 1));
      }
    }
  }

  /**
   * A valid, unique sheet name: at most 31 characters (28 before a number that makes it unique),
   * cut between code points (never inside an emoji), none of {@code []:*?/\}, no apostrophe, no
   * control or format character, not blank and not the reserved "History".
   */
  static String sheetName(String category, Set<String> used) {
    StringBuilder b = new StringBuilder();
    category.codePoints().forEach(cp -> {
      boolean bad = Character.isISOControl(cp) || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)
          || "[]:*?/\\'".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT;
      if (b.length() + Character.charCount(bad ? '_' : cp) <= 28) {
        b.appendCodePoint(bad ? '_' : cp);
      }
    });
    String base = b.toString().strip();
    if (base.isBlank() || base.equalsIgnoreCase("history")) {
      base = "category";
    }
    String name = base;
    for (int k = 2; !used.add(name.toLowerCase(Locale.ROOT)) || name.equals(DETAIL_SHEET); k++) {
      name = base + " " + k;
    }
    return name;
  }
}
