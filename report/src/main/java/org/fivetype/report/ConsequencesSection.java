package org.fivetype.report;

import static org.fivetype.api.Numbers.format;
import static org.fivetype.api.Numbers.percent;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fivetype.api.Label;
import org.fivetype.api.Reason;
import org.fivetype.api.Surface;
import org.fivetype.consequence.CadreRecord;
import org.fivetype.consequence.ConsequenceReport;
import org.fivetype.consequence.DirectionOfTravel;
import org.fivetype.consequence.Flag;
import org.fivetype.consequence.PillarTravel;
import org.fivetype.consequence.UnitConsequence;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.UnitResult;

/**
 * The consequences of the year's tiers (A6–A10) in the outputs: under {@code consequences} in
 * {@code results.json}; in {@code report.html} a city table (bonus base and pool, the regulation,
 * the units that failed two years running) and per unit its flags, direction of travel, bonus and
 * excellent-civil-servant quota with its explanation; columns of {@code results.csv}; a sheet of
 * {@code results.xlsx}; and {@code cadre-records.csv}, the cadre record of every unit (A8).
 *
 * <pre>{@code
 * Writers.standard().with(ConsequencesSection.of(report)).write(result, dir);
 * }</pre>
 */
@Surface(Surface.Kind.API)
public final class ConsequencesSection implements Section {

  /** The file of cadre records written beside the results. */
  public static final String CADRE_FILE = "cadre-records.csv";

  private final ConsequenceReport report;
  private final Map<String, UnitConsequence> byId;

  private ConsequencesSection(ConsequenceReport report) {
    this.report = Objects.requireNonNull(report, "report");
    this.byId = new HashMap<>(report.units().size() * 2);
    report.units().forEach(u -> byId.put(u.unitId(), u));
  }

  /** The section of a year's consequences (of the same year as the result it is written with). */
  public static ConsequencesSection of(ConsequenceReport report) {
    return new ConsequencesSection(report);
  }

  @Override
  public String id() {
    return "consequences";
  }

  @Override
  public Label title() {
    return Label.of("考核结果运用:奖惩与干部档案", "Consequences: rewards, penalties and cadre records");
  }

  private void checkYear(AssessmentResult result) {
    if (result.year() != report.year()) {
      throw new IllegalArgumentException("the consequences are of " + report.year() + ", the result of "
          + result.year());
    }
  }

  @Override
  public void json(AssessmentResult result, JsonGenerator g) throws IOException {
    checkYear(result);
    g.writeStartObject();
    g.writeNumberField("year", report.year());
    if (report.previousYear().isPresent()) {
      g.writeNumberField("previousYear", report.previousYear().getAsInt());
    } else {
      g.writeNullField("previousYear");
    }
    g.writeObjectFieldStart("regulation");
    g.writeStringField("id", report.regulation().id());
    JsonResults.label(g, "title", report.regulation().title());
    g.writeStringField("effective", report.regulation().effective().toString());
    g.writeNumberField("normalShare", report.regulation().normalShare());
    g.writeNumberField("ceiling", report.regulation().ceiling());
    g.writeEndObject();
    g.writeNumberField("bonusBase", report.bonusBase());
    g.writeNumberField("bonusPool", report.bonusPool());
    g.writeNumberField("excellentPeople", report.excellentPeople());
    g.writeArrayFieldStart("twoYearFailures");
    for (UnitConsequence u : report.units()) {
      if (u.twoYearFailure().isPresent()) {
        g.writeString(u.unitId());
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("units");
    for (UnitConsequence u : report.units()) {
      g.writeStartObject();
      g.writeStringField("id", u.unitId());
      g.writeNumberField("bonus", u.bonus());
      g.writeFieldName("travel");
      travel(g, u.travel());
      g.writeObjectFieldStart("pillarTravel");
      for (PillarTravel p : u.pillarTravel()) {
        g.writeFieldName(p.pillar().id());
        travel(g, Optional.of(p.direction()));
      }
      g.writeEndObject();
      if (u.twoYearFailure().isPresent()) {
        var t = u.twoYearFailure().get();
        g.writeObjectFieldStart("twoYearFailure");
        g.writeNumberField("previousYear", t.previousYear());
        JsonResults.label(g, "text", t.text());
        reasons(g, "reasons", t.reasons());
        reasons(g, "previousReasons", t.previousReasons());
        g.writeEndObject();
      } else {
        g.writeNullField("twoYearFailure");
      }
      var q = u.quota();
      g.writeObjectFieldStart("quota");
      g.writeStringField("regulation", q.regulation().id());
      g.writeNumberField("share", q.share());
      g.writeBooleanField("capped", q.capped());
      if (q.staff().isPresent()) {
        g.writeNumberField("staff", q.staff().getAsInt());
        g.writeNumberField("people", q.people().orElse(0));
      } else {
        g.writeNullField("staff");
        g.writeNullField("people");
      }
      JsonResults.label(g, "text", q.text());
      g.writeEndObject();
      g.writeArrayFieldStart("flags");
      for (Flag f : u.cadre().flags()) {
        g.writeStartObject();
        g.writeStringField("code", f.code());
        JsonResults.label(g, "text", f.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void travel(JsonGenerator g, Optional<DirectionOfTravel> d) throws IOException {
    if (d.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("label", d.get().travel().name());
    g.writeNumberField("change", d.get().change());
    g.writeNumberField("previousShare", d.get().previousShare());
    g.writeNumberField("share", d.get().share());
    JsonResults.label(g, "text", d.get().text());
    g.writeEndObject();
  }

  private static void reasons(JsonGenerator g, String field, List<Reason> reasons) throws IOException {
    g.writeArrayFieldStart(field);
    for (Reason r : reasons) {
      g.writeStartObject();
      g.writeStringField("step", r.step());
      g.writeStringField("tier", r.tier().name());
      JsonResults.label(g, "text", r.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  @Override
  public void html(AssessmentResult result, Html html) {
    checkYear(result);
    var reg = report.regulation();
    List<String> failing = report.units().stream().filter(u -> u.twoYearFailure().isPresent())
        .map(u -> u.result().name().zh() + " / " + u.result().name().en() + " (" + u.unitId() + ")").toList();
    html.heading(Label.of("全市汇总", "The city"));
    html.table(List.of(Label.of("项目", "item"), Label.of("数值", "value")), List.of(
        List.of("考核年度 / year", Integer.toString(report.year())),
        List.of("对比年度 / compared with", report.previousYear().isPresent()
            ? Integer.toString(report.previousYear().getAsInt())
            : "无上年结果(不判断进步情况和连续两年不合格) / no result last year (no direction of travel, no two-year rule)"),
        List.of("奖金基数 / bonus base", ReportContext.money(report.bonusBase())),
        List.of("奖金总额 / bonus pool", ReportContext.money(report.bonusPool())),
        List.of("适用公务员考核规定 / civil-servant regulation", reg.title().zh() + " / " + reg.title().en() + " ("
            + ReportContext.pct(reg.normalShare()) + ", ≤ " + ReportContext.pct(reg.ceiling()) + ")"),
        List.of("优秀公务员名额合计 / excellent civil servants, all units", Integer.toString(report.excellentPeople())),
        List.of("连续两年不合格单位 / failed two years running (A9)", failing.isEmpty() ? "无 / none"
            : String.join("; ", failing))));
    html.heading(Label.of("各单位", "Units"));
    html.paragraph(Label.of("优秀公务员名额 = 单位人数 × 优秀比例(比例按单位等次分级,依据上表所列规定),按规则取整;“受限”表示比例被规定的上限截断。"
            + "单位按类别和位次排列。",
        "Excellent civil servants = staff × the excellent share (graded by the unit's tier, under the regulation above), "
            + "rounded as the rules say; \"capped\" means the regulation's ceiling cut the share. Units by category and place."));
    // without last year's result there is no direction of travel: its columns are left out
    boolean history = report.previousYear().isPresent();
    Map<String, Integer> order = ReportContext.orderIndex(result);
    List<UnitConsequence> units = new ArrayList<>(report.units());
    units.sort(java.util.Comparator.comparingInt((UnitConsequence u) -> order.getOrDefault(u.unitId(), Integer.MAX_VALUE))
        .thenComparing(UnitConsequence::unitId));
    List<List<String>> rows = new ArrayList<>();
    int shown = 0;
    for (UnitConsequence u : units) {
      if (shown++ >= Writers.DETAIL_LIMIT) {
        break;
      }
      var q = u.quota();
      String quota = ReportContext.pct(q.share()) + (q.capped() ? " 受限 capped" : "");
      if (q.staff().isPresent() && q.people().isPresent()) {
        quota = q.staff().getAsInt() + " × " + quota + " = " + ReportContext.d2(q.staff().getAsInt() * q.share()) + " → "
            + q.people().getAsInt() + " 人 people";
      }
      List<String> row = new ArrayList<>(List.of(u.result().name().zh() + " / " + u.result().name().en(),
          html.context().category(u.result().unit().category()).zh(),
          u.result().tier().label().zh() + " / " + u.result().tier().label().en()));
      if (history) {
        row.add(u.travel().map(d -> both(d.text())).orElse("–"));
        row.add(u.pillarTravel().stream().map(p -> p.pillar().name().zh() + " / " + p.pillar().name().en() + ": "
            + both(p.direction().text())).collect(Collectors.joining("; ")));
      }
      row.add(ReportContext.money(u.bonus()));
      row.add(quota);
      row.add(u.cadre().flags().isEmpty() ? "–"
          : u.cadre().flags().stream().map(f -> both(f.text())).collect(Collectors.joining("; ")));
      rows.add(row);
    }
    List<Label> header = new ArrayList<>(List.of(Label.of("单位", "unit"), Label.of("类别", "category"), Label.of("等次", "tier")));
    if (history) {
      header.add(Label.of("进步情况", "direction of travel"));
      header.add(Label.of("分项进步情况", "by pillar"));
    }
    header.addAll(List.of(Label.of("奖金", "bonus"), Label.of("优秀公务员名额", "excellent civil servants"), Label.of("标记", "flags")));
    html.table(header, rows, "consequences");
    if (report.units().size() > Writers.DETAIL_LIMIT) {
      html.paragraph(Label.of("仅列出前" + Writers.DETAIL_LIMIT + "个单位,其余见 results.json 和 " + CADRE_FILE,
          "the first " + Writers.DETAIL_LIMIT + " units only: the others are in results.json and " + CADRE_FILE));
    }
  }

  private static String both(Label l) {
    return l.zh() + " / " + l.en();
  }

  private static String money(java.math.BigDecimal b) {
    return b.toPlainString();
  }

  @Override
  public List<String> csvColumns(AssessmentResult result) {
    return List.of("bonus", "excellent_share", "excellent_people", "travel", "travel_change", "two_year_fail",
        "flags");
  }

  @Override
  public List<String> csvCells(AssessmentResult result, UnitResult unit) {
    UnitConsequence u = byId.get(unit.unit().id());
    if (u == null) {
      return List.of("", "", "", "", "", "", "");
    }
    return List.of(money(u.bonus()), format(u.quota().share()),
        u.quota().people().isPresent() ? Integer.toString(u.quota().people().getAsInt()) : "",
        u.travel().map(d -> d.travel().name()).orElse(""),
        u.travel().map(d -> format(d.change())).orElse(""),
        u.twoYearFailure().isPresent() ? "yes" : "no",
        u.cadre().flags().stream().map(Flag::code).collect(Collectors.joining(" ")));
  }

  @Override
  public Optional<SheetTable> sheet(AssessmentResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (UnitConsequence u : report.units()) {
      List<Object> r = new ArrayList<>();
      r.add(u.unitId());
      r.add(u.result().name().zh());
      r.add(XlsxResults.tierText(u.result().tier()));
      r.add(u.bonus());
      r.add(u.quota().share());
      r.add(u.quota().people().isPresent() ? (Object) u.quota().people().getAsInt() : null);
      r.add(u.travel().map(d -> both(d.text())).orElse(null));
      r.add(u.twoYearFailure().map(t -> "是 yes: " + both(t.text())).orElse(XlsxResults.NO));
      String flags = u.cadre().flags().stream().map(f -> both(f.text())).collect(Collectors.joining("; "));
      r.add(flags.isEmpty() ? XlsxResults.NO : flags);
      r.add(u.quota().text().zh());
      r.add(u.quota().text().en());
      rows.add(r);
    }
    return Optional.of(new SheetTable("consequences 奖惩", List.of(Label.of("单位编号", "unit id"),
        Label.of("单位名称", "name"), Label.of("等次", "tier"), Label.of("奖金", "bonus"),
        Label.of("优秀比例", "excellent share"), Label.of("优秀名额", "excellent people"),
        Label.of("进步情况", "direction of travel"), Label.of("连续两年不合格", "failed two years running"),
        Label.of("标记", "flags"), Label.of("名额说明", "quota explained (zh)"),
        Label.of("名额说明(英文)", "quota explained (en)")), rows, List.of(SheetTable.Format.GENERAL,
        SheetTable.Format.GENERAL, SheetTable.Format.GENERAL, SheetTable.Format.MONEY, SheetTable.Format.PERCENT,
        SheetTable.Format.INTEGER, SheetTable.Format.GENERAL, SheetTable.Format.GENERAL, SheetTable.Format.GENERAL,
        SheetTable.Format.GENERAL, SheetTable.Format.GENERAL)));
  }

  @Override
  public List<String> files() {
    return List.of(CADRE_FILE);
  }

  /**
   * Writes {@code cadre-records.csv} (UTF-8 with BOM): a row per unit and year with tier, total,
   * rank, reasons and flags, in both languages (A8).
   */
  @Override
  public void writeFiles(AssessmentResult result, Path dir) throws IOException {
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(CADRE_FILE)),
        StandardCharsets.UTF_8), 1 << 16)) {
      w.write('\uFEFF');
      w.write("year,unit_id,name_zh,name_en,category,tier,tier_zh,total,max_total,rank,category_size,"
          + "reasons_zh,reasons_en,flags,flags_zh,flags_en\r\n");
      for (CadreRecord c : report.cadreRecords()) {
        List<String> cells = List.of(Integer.toString(c.year()), c.unitId(), c.unitName().zh(), c.unitName().en(),
            c.category(), c.tier().name(), c.tier().label().zh(), format(c.total()), format(c.maxTotal()),
            Integer.toString(c.rank()), Integer.toString(c.categorySize()),
            c.reasons().stream().map(r -> r.text().zh()).collect(Collectors.joining(" | ")),
            c.reasons().stream().map(r -> r.text().en()).collect(Collectors.joining(" | ")),
            c.flags().stream().map(Flag::code).collect(Collectors.joining(" ")),
            c.flags().stream().map(f -> f.text().zh()).collect(Collectors.joining(" | ")),
            c.flags().stream().map(f -> f.text().en()).collect(Collectors.joining(" | ")));
        w.write(cells.stream().map(Cells::csvText).collect(Collectors.joining(",")));
        w.write("\r\n");
      }
    }
  }
}
