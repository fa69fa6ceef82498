package org.fivetype.report;

import static java.util.Objects.requireNonNull;

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
 * {@code results.xlsx} (Apache POI, streaming): a sheet per category with its units by rank, and
 * a sheet {@code indicators 指标明细} with every indicator of the first {@link Writers#DETAIL_LIMIT}
 * units (value, points, explanation). Headers are bilingual. Text cells that a spreadsheet could
 * take for a formula are written quote-prefixed (shown as text, never evaluated).
 */
final class XlsxResults {
  private XlsxResults() {}

  static final String DETAIL_SHEET = "indicators 指标明细";

  static void write(AssessmentResult result, Path file) throws IOException {
    write(result, List.of(), file);
  }

  /** The time stamp of every zip entry and of the document's properties: the same for every run. */
  static final long FIXED_TIME = java.time.Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();

  static void write(AssessmentResult result, List<Section> sections, Path file) throws IOException {
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
      Map<String, List<UnitResult>> byCategory = new TreeMap<>();
      for (UnitResult u : result.units()) {
        byCategory.computeIfAbsent(u.unit().category(), k -> new ArrayList<>()).add(u);
      }
      Set<String> sheetNames = new HashSet<>();
      List<Pillar> pillars = result.ruleSet().pillars();
      for (var e : byCategory.entrySet()) {
        Sheet sh = wb.createSheet(sheetName(e.getKey(), sheetNames));
        List<Label> header = new ArrayList<>(List.of(Label.of("名次", "rank"), Label.of("单位编号", "unit id"),
            Label.of("单位名称", "name (zh)"), Label.of("英文名称", "name (en)"), Label.of("类别", "category"),
            Label.of("总分", "total"), Label.of("等次", "tier"), Label.of("等次(英文)", "tier (en)")));
        for (Pillar p : pillars) {
          header.add(p.name());
        }
        header.add(Label.of("否决/硬指标/缺项", "vetoes / failed hard / missing"));
        header(sh, header, st);
        List<UnitResult> units = e.getValue();
        units.sort(Comparator.comparingInt(UnitResult::rank).thenComparing(u -> u.unit().id()));
        int r = 1;
        for (UnitResult u : units) {
          Row row = sh.createRow(r++);
          int c = 0;
          num(row, c++, u.rank(), st);
          text(row, c++, u.unit().id(), st);
          text(row, c++, u.unit().name().zh(), st);
          text(row, c++, u.unit().name().en(), st);
          text(row, c++, u.unit().category(), st);
          num(row, c++, u.total(), st);
          text(row, c++, u.tier().label().zh(), st);
          text(row, c++, u.tier().label().en(), st);
          for (var p : u.pillars()) {
            num(row, c++, p.points(), st);
          }
          text(row, c, flags(u), st);
        }
      }
      for (Section section : sections) {
        var table = section.sheet(result);
        if (table.isPresent()) {
          sectionSheet(wb.createSheet(sheetName(table.get().name(), sheetNames)), table.get(), st);
        }
      }
      Sheet detail = wb.createSheet(DETAIL_SHEET);
      header(detail, List.of(Label.of("单位编号", "unit id"), Label.of("指标编号", "indicator id"),
          Label.of("指标名称", "indicator (zh)"), Label.of("英文名称", "indicator (en)"), Label.of("取值", "value"),
          Label.of("得分", "points"), Label.of("分值", "max"), Label.of("说明", "explanation (zh)"),
          Label.of("英文说明", "explanation (en)")), st);
      Map<IndicatorId, IndicatorSpec> specs = new java.util.HashMap<>();
      result.ruleSet().indicators().forEach(i -> specs.put(i.id(), i));
      int r = 1;
      int shown = 0;
      for (UnitResult u : result.units()) {
        if (shown++ >= Writers.DETAIL_LIMIT) {
          Row row = detail.createRow(r);
          text(row, 0, "… " + (result.units().size() - Writers.DETAIL_LIMIT)
              + " more units: see results.json / 其余单位见 results.json", st);
          break;
        }
        for (IndicatorScore s : u.indicators()) {
          Row row = detail.createRow(r++);
          IndicatorSpec spec = requireNonNull(specs.get(s.indicator()));
          text(row, 0, u.unit().id(), st);
          text(row, 1, s.indicator().value(), st);
          text(row, 2, spec.name().zh(), st);
          text(row, 3, spec.name().en(), st);
          if (!s.missing()) {
            num(row, 4, s.value(), st);
          }
          num(row, 5, s.points(), st);
          num(row, 6, s.max(), st);
          text(row, 7, s.explanation().zh(), st);
          text(row, 8, s.explanation().en(), st);
        }
      }
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        wb.write(os);
      }
    } finally {
      wb.close(); // also removes SXSSF's temporary files
    }
  }

  private static void sectionSheet(Sheet sh, SheetTable table, Styles st) {
    header(sh, table.header(), st);
    int r = 1;
    for (List<Object> cells : table.rows()) {
      Row row = sh.createRow(r++);
      for (int c = 0; c < cells.size(); c++) {
        Object v = cells.get(c);
        if (v instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else if (v instanceof String s) {
          text(row, c, s, st);
        }
      }
    }
  }

  private static String flags(UnitResult u) {
    List<String> parts = new ArrayList<>();
    u.vetoes().forEach(i -> parts.add("否决 veto " + i));
    u.failedHard().forEach(i -> parts.add("硬指标 hard " + i));
    u.missing().forEach(i -> parts.add("缺项 missing " + i));
    return String.join("; ", parts);
  }

  private record Styles(CellStyle header, CellStyle quoted, CellStyle plain, CellStyle headerQuoted) {
    Styles(SXSSFWorkbook wb) {
      this(wb.createCellStyle(), wb.createCellStyle(), wb.getCellStyleAt(0), wb.createCellStyle());
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setWrapText(true);
      quoted.setQuotePrefixed(true);
      headerQuoted.cloneStyleFrom(header);
      headerQuoted.setQuotePrefixed(true);
    }
  }

  private static void header(Sheet sh, List<Label> labels, Styles st) {
    Row row = sh.createRow(0);
    for (int c = 0; c < labels.size(); c++) {
      var cell = row.createCell(c);
      // a label may come from a rule file (a pillar's name): guarded like every text cell
      String text = fit(labels.get(c).zh() + "\n" + labels.get(c).en());
      cell.setCellValue(text);
      cell.setCellStyle(Cells.formulaLike(text) ? st.headerQuoted : st.header);
    }
    sh.createFreezePane(0, 1);
  }

  /** The most characters a spreadsheet cell holds (Excel's limit, which POI enforces). */
  static final int CELL_LIMIT = 32_767;

  private static void text(Row row, int c, String s, Styles st) {
    var cell = row.createCell(c);
    cell.setCellValue(fit(s));
    // the default style set explicitly: otherwise SXSSF looks up the column's style for every cell
    cell.setCellStyle(Cells.formulaLike(s) ? st.quoted : st.plain);
  }

  private static void num(Row row, int c, double v, Styles st) {
    var cell = row.createCell(c);
    cell.setCellValue(v);
    cell.setCellStyle(st.plain);
  }

  /**
   * Text that fits a cell: at most {@link #CELL_LIMIT} characters, cut between code points (never
   * inside an emoji) and marked with "…" when cut; control characters other than line feed, tab and
   * carriage return (which XML 1.0 cannot carry) and lone surrogates become U+FFFD.
   */
  static String fit(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean bad = (ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r') || ch == 0xFFFE || ch == 0xFFFF
          || (Character.isHighSurrogate(ch) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
          || (Character.isLowSurrogate(ch) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
      if (bad && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(bad ? '\uFFFD' : ch);
      }
    }
    String t = sb == null ? s : sb.toString();
    if (t.length() <= CELL_LIMIT) {
      return t;
    }
    int end = CELL_LIMIT - 1;
    if (Character.isHighSurrogate(t.charAt(end - 1))) {
      end--;
    }
    return t.substring(0, end) + "…";
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
