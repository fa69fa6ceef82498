package org.fivetype.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.fivetype.api.Label;
import org.jspecify.annotations.Nullable;

/**
 * The data files of an index run: {@code results.json} (format {@value #FORMAT}), {@code
 * results.csv} and {@code results.xlsx}. The layout is in {@code docs/composite.md} ("Command
 * line"). Numbers keep their full precision (the shortest decimal that reads back as the same
 * double); a missing value is {@code null} in JSON and an empty cell in CSV and XLSX.
 */
final class IndexFiles {
  private IndexFiles() {}

  static final String FORMAT = "fivetype-index/1";
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  // ------------------------------------------------------------------ results.json

  static void json(IndexResult r, @Nullable IndexRobustness robustness, Path file) throws IOException {
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator g = FACTORY.createGenerator(os)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter()
          .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("title", r.title());
      source(g, "recipe", r.recipe());
      source(g, "data", r.data());
      g.writeNumberField("unitCount", r.units().size());
      g.writeStringField("index", r.index());
      g.writeArrayFieldStart("groups");
      for (String k : r.groups().keySet()) {
        g.writeString(k);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("ignoredColumns");
      for (String k : r.ignoredColumns()) {
        g.writeString(k);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("excludedUnits");
      for (String k : r.excludedUnits()) {
        g.writeString(k);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("tree");
      for (IndexResult.Node n : r.tree()) {
        g.writeStartObject();
        g.writeStringField("code", n.code());
        g.writeStringField("kind", n.aggregate() ? "aggregate" : "indicator");
        g.writeNumberField("level", n.level());
        if (n.parent() == null) {
          g.writeNullField("parent");
        } else {
          g.writeStringField("parent", n.parent());
        }
        g.writeNumberField("weight", n.weight());
        g.writeStringField("method", n.method());
        if (n.direction() != null) {
          g.writeStringField("direction", n.direction());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      if (r.classes() != null) {
        g.writeObjectFieldStart("classes");
        g.writeStringField("of", r.classes().of());
        g.writeArrayFieldStart("names");
        for (String c : r.classes().names()) {
          g.writeString(c);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      List<IndexResult.Node> aggs = r.aggregates();
      List<IndexResult.Node> inds = r.indicators();
      g.writeArrayFieldStart("units");
      for (int i : r.byRank()) {
        g.writeStartObject();
        g.writeStringField("code", r.units().get(i));
        g.writeStringField("name", r.names().get(i));
        g.writeObjectFieldStart("groups");
        for (var e : r.groups().entrySet()) {
          g.writeStringField(e.getKey(), e.getValue().get(i));
        }
        g.writeEndObject();
        int rank = r.rank(r.index())[i];
        if (rank == 0) {
          g.writeNullField("rank");
        } else {
          g.writeNumberField("rank", rank);
        }
        if (r.classes() != null) {
          String c = r.classes().classOf().get(i);
          if (c == null) {
            g.writeNullField("class");
          } else {
            g.writeStringField("class", c);
          }
        }
        g.writeObjectFieldStart("scores");
        for (IndexResult.Node a : aggs) {
          number(g, a.code(), r.score(a.code())[i]);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("ranks");
        for (IndexResult.Node a : aggs) {
          int k = r.rank(a.code())[i];
          if (k == 0) {
            g.writeNullField(a.code());
          } else {
            g.writeNumberField(a.code(), k);
          }
        }
        g.writeEndObject();
        for (var step : List.of(Map.entry("raw", r.raw()), Map.entry("imputed", r.imputed()),
            Map.entry("treated", r.treated()), Map.entry("normalised", r.normalised()))) {
          g.writeObjectFieldStart(step.getKey());
          for (IndexResult.Node n : inds) {
            number(g, n.code(), IndexResult.column(step.getValue(), n.code())[i]);
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("imputedCells");
      for (IndexResult.Cell c : r.imputedCells()) {
        g.writeStartObject();
        g.writeStringField("unit", c.unit());
        g.writeStringField("indicator", c.indicator());
        number(g, "value", c.value());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("treatedCells");
      for (IndexResult.TreatedCell c : r.treatedCells()) {
        g.writeStartObject();
        g.writeStringField("unit", c.unit());
        g.writeStringField("indicator", c.indicator());
        g.writeStringField("how", c.how());
        number(g, "before", c.before());
        number(g, "after", c.after());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("treatmentLog");
      for (IndexResult.TreatmentRow t : r.treatment()) {
        g.writeStartObject();
        g.writeStringField("indicator", t.indicator());
        g.writeNumberField("steps", t.steps());
        g.writeNumberField("pointsLow", t.pointsLow());
        g.writeNumberField("pointsHigh", t.pointsHigh());
        number(g, "skewness", t.skewness());
        number(g, "kurtosis", t.kurtosis());
        g.writeBooleanField("passed", t.passed());
        g.writeBooleanField("transformed", t.transformed());
        g.writeStringField("treatment", t.treatment());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (robustness != null) {
        g.writeFieldName("robustness");
        robustness.json(r, g);
      }
      g.writeFieldName("effectiveRecipe");
      JsonNode recipe = JsonResults.MAPPER.readTree(r.recipeJson());
      g.setCodec(JsonResults.MAPPER);
      g.writeTree(recipe);
      g.writeEndObject();
    }
  }

  private static void source(JsonGenerator g, String field, IndexResult.Source s) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("file", s.file());
    g.writeStringField("sha256", s.sha256());
    g.writeEndObject();
  }

  static void number(JsonGenerator g, String field, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(field, v);
    } else {
      g.writeNullField(field);
    }
  }

  // ------------------------------------------------------------------ results.csv

  /** The columns of results.csv: identity, groups, rank and class, then every aggregate root first. */
  static List<String> csvHeader(IndexResult r) {
    List<String> h = new ArrayList<>(List.of("rank", "unit", "name"));
    h.addAll(r.groups().keySet());
    if (r.classes() != null) {
      h.add("class");
    }
    r.aggregates().forEach(a -> h.add(a.code()));
    return h;
  }

  static void csv(IndexResult r, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      List<String> h = csvHeader(r);
      List<String> cells = new ArrayList<>();
      for (String s : h) {
        cells.add(Cells.csvText(s));
      }
      w.write(String.join(",", cells));
      w.write("\r\n");
      for (int i : r.byRank()) {
        cells.clear();
        int rank = r.rank(r.index())[i];
        cells.add(rank == 0 ? "" : Integer.toString(rank));
        cells.add(Cells.csvText(r.units().get(i)));
        cells.add(Cells.csvText(r.names().get(i)));
        for (List<String> g : r.groups().values()) {
          cells.add(Cells.csvText(g.get(i)));
        }
        if (r.classes() != null) {
          String c = r.classes().classOf().get(i);
          cells.add(c == null ? "" : Cells.csvText(c));
        }
        for (IndexResult.Node a : r.aggregates()) {
          cells.add(plain(r.score(a.code())[i]));
        }
        w.write(String.join(",", cells));
        w.write("\r\n");
      }
    }
  }

  /** The shortest decimal that reads back as {@code v}, without exponent; "" when missing. */
  static String plain(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    if (v == 0) {
      return "0";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  // ------------------------------------------------------------------ results.xlsx

  @SuppressWarnings("JavaUtilDate") // POI's core properties take the creation time as a java.util.Date
  static void xlsx(IndexResult r, @Nullable IndexRobustness robustness, Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setWrapText(true);
      CellStyle quoted = wb.createCellStyle();
      quoted.setQuotePrefixed(true);
      Styles st = new Styles(wb, header, quoted);
      Set<String> names = new HashSet<>();
      // the results as in results.csv
      List<Label> h = new ArrayList<>(List.of(Label.of("名次", "rank"), Label.of("单位", "unit"),
          Label.of("名称", "name")));
      r.groups().keySet().forEach(g -> h.add(Label.of("分组 " + g, "group " + g)));
      if (r.classes() != null) {
        h.add(Label.of("类别", "class"));
      }
      r.aggregates().forEach(a -> h.add(Label.of(a.code(), "level " + a.level())));
      List<List<Object>> rows = new ArrayList<>();
      for (int i : r.byRank()) {
        List<Object> row = new ArrayList<>();
        int rank = r.rank(r.index())[i];
        row.add(rank == 0 ? null : rank);
        row.add(r.units().get(i));
        row.add(r.names().get(i));
        r.groups().values().forEach(g -> row.add(g.get(i)));
        if (r.classes() != null) {
          row.add(r.classes().classOf().get(i));
        }
        r.aggregates().forEach(a -> row.add(value(r.score(a.code())[i])));
        rows.add(row);
      }
      sheet(wb, names, new SheetTable("results 结果", h, rows), st);
      // every step, a sheet each, units in row order
      List<IndexResult.Node> inds = r.indicators();
      for (var step : List.of(
          Map.entry(Label.of("原始数据", "raw"), r.raw()),
          Map.entry(Label.of("插补后", "imputed"), r.imputed()),
          Map.entry(Label.of("异常值处理后", "treated"), r.treated()),
          Map.entry(Label.of("标准化后", "normalised"), r.normalised()))) {
        List<Label> sh = new ArrayList<>(List.of(Label.of("单位", "unit")));
        inds.forEach(n -> sh.add(Label.of(n.code(), n.direction() == null ? "" : n.direction())));
        List<List<Object>> srows = new ArrayList<>();
        for (int i = 0; i < r.units().size(); i++) {
          List<Object> row = new ArrayList<>();
          row.add(r.units().get(i));
          for (IndexResult.Node n : inds) {
            row.add(value(IndexResult.column(step.getValue(), n.code())[i]));
          }
          srows.add(row);
        }
        sheet(wb, names, new SheetTable(step.getKey().en() + " " + step.getKey().zh(), sh, srows), st);
      }
      List<List<Object>> imp = new ArrayList<>();
      r.imputedCells().forEach(c -> imp.add(List.<Object>of(c.unit(), c.indicator(), c.value())));
      sheet(wb, names, new SheetTable("imputed cells 插补", List.of(Label.of("单位", "unit"),
          Label.of("指标", "indicator"), Label.of("插补值", "value imputed")), imp), st);
      List<List<Object>> tc = new ArrayList<>();
      r.treatedCells().forEach(c -> tc.add(List.<Object>of(c.unit(), c.indicator(), c.how(), c.before(), c.after())));
      sheet(wb, names, new SheetTable("treated cells 处理", List.of(Label.of("单位", "unit"),
          Label.of("指标", "indicator"), Label.of("处理方式", "how"), Label.of("处理前", "before"),
          Label.of("处理后", "after")), tc), st);
      List<List<Object>> log = new ArrayList<>();
      for (IndexResult.TreatmentRow t : r.treatment()) {
        List<Object> row = new ArrayList<>();
        row.add(t.indicator());
        row.add(t.treatment());
        row.add(t.steps());
        row.add(t.pointsLow());
        row.add(t.pointsHigh());
        row.add(value(t.skewness()));
        row.add(value(t.kurtosis()));
        row.add(t.passed() ? "yes 是" : "no 否");
        log.add(row);
      }
      sheet(wb, names, new SheetTable("treatment log 处理记录", List.of(Label.of("指标", "indicator"),
          Label.of("处理", "treatment"), Label.of("步数", "steps"), Label.of("低端", "low"), Label.of("高端", "high"),
          Label.of("偏度", "skewness"), Label.of("峰度", "kurtosis"), Label.of("通过", "passed")), log), st);
      if (robustness != null) {
        sheet(wb, names, robustness.sheet(r), st);
      }
      wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        FixedTimeZip.write(wb, os); // identical runs give identical bytes
      }
    }
  }

  private static @Nullable Object value(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /** The styles of the index workbook: bold headers, and quote-prefixed copies for text a spreadsheet could take for a formula. */
  private static final class Styles {
    private final XSSFWorkbook wb;
    private final CellStyle header;
    private final CellStyle quoted;
    private @Nullable CellStyle headerQuoted;

    Styles(XSSFWorkbook wb, CellStyle header, CellStyle quoted) {
      this.wb = wb;
      this.header = header;
      this.quoted = quoted;
    }

    CellStyle header() {
      return header;
    }

    CellStyle quoted() {
      return quoted;
    }

    /** Made on first use, so a workbook without such a header holds no unused style (same bytes as before). */
    CellStyle headerQuoted() {
      if (headerQuoted == null) {
        CellStyle h = wb.createCellStyle();
        h.cloneStyleFrom(header);
        h.setQuotePrefixed(true);
        headerQuoted = h;
      }
      return headerQuoted;
    }
  }

  private static void sheet(XSSFWorkbook wb, Set<String> used, SheetTable t, Styles st) {
    String name = t.name().replaceAll("[\\[\\]:*?/\\\\']", "_");
    if (name.length() > 31) {
      name = name.substring(0, 31);
    }
    String base = name;
    for (int k = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); k++) {
      name = base.substring(0, Math.min(base.length(), 28)) + " " + k;
    }
    Sheet sh = wb.createSheet(name);
    Row hr = sh.createRow(0);
    for (int c = 0; c < t.header().size(); c++) {
      Label l = t.header().get(c);
      // an indicator's or aggregate's code comes from the recipe: guarded like every text cell
      String text = l.en().isEmpty() ? l.zh() : l.zh() + "\n" + l.en();
      Cells.xlsxText(hr.createCell(c), text, st.header(), Cells.formulaLike(text) ? st.headerQuoted() : st.header());
    }
    sh.createFreezePane(0, 1);
    int r = 1;
    for (List<Object> cells : t.rows()) {
      Row row = sh.createRow(r++);
      for (int c = 0; c < cells.size(); c++) {
        Object v = cells.get(c);
        if (v instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else if (v instanceof String s) {
          Cells.xlsxText(row.createCell(c), s, null, st.quoted());
        }
      }
    }
  }
}
