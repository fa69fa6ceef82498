package org.fivetype.report;

import static org.fivetype.api.Numbers.format;
import static org.fivetype.report.Html.zhEn;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;
import java.util.function.ToDoubleFunction;
import org.fivetype.api.Label;
import org.fivetype.api.Tier;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.UnitResult;
import org.fivetype.uncertainty.SensitivityIndex;
import org.fivetype.uncertainty.Summary;
import org.fivetype.uncertainty.UncertaintyResult;
import org.fivetype.uncertainty.UnitSensitivity;
import org.fivetype.uncertainty.UnitUncertainty;

/**
 * Tier robustness (issue 9): the results of an {@link org.fivetype.uncertainty.UncertaintyAnalysis}
 * added to the outputs. In {@code report.html}, the city table of fragile tiers, then per unit its
 * tier probabilities as a bar (inline SVG), its rank's median and 5–95 % interval, its verdict and,
 * with a sensitivity analysis, the indices of its {@linkplain #withTopInputs top inputs}; the same
 * data under {@code sections.robustness} in {@code results.json} (NaN written as {@code null}); and
 * {@code robustness.csv}, a row per unit.
 *
 * <pre>{@code
 * UncertaintyResult u = UncertaintyAnalysis.run(plan, table, spec, options, progress);
 * Writers.standard().with(RobustnessSection.of(u, "uncertain.json")).write(result, dir);
 * }</pre>
 */
@Surface(Surface.Kind.API)
public final class RobustnessSection implements Section {

  /** The section's id: its key in {@code results.json} and its anchor in the report. */
  public static final String ID = "robustness";
  /** The extra file this section writes. */
  public static final String CSV = "robustness.csv";
  /** How many inputs the report shows per unit by default. */
  public static final int TOP_INPUTS = 5;

  private static final String[] COLOURS = {"#1b7f3b", "#2f6fb3", "#b38a00", "#b3261e"};

  private final UncertaintyResult result;
  private final String spec;
  private final int topInputs;

  private RobustnessSection(UncertaintyResult result, String spec, int topInputs) {
    this.result = Objects.requireNonNull(result, "result");
    this.spec = Objects.requireNonNull(spec, "spec");
    if (topInputs < 1) {
      throw new IllegalArgumentException("at least one input must be shown, was " + topInputs);
    }
    this.topInputs = topInputs;
  }

  /**
   * The section of an analysis.
   *
   * @param result the analysis of the assessment being written (same units)
   * @param spec where the uncertain inputs came from, e.g. the spec file's name (shown in the report)
   */
  public static RobustnessSection of(UncertaintyResult result, String spec) {
    return new RobustnessSection(result, spec, TOP_INPUTS);
  }

  /** This section showing the {@code k} inputs of largest total index per unit in the report. */
  public RobustnessSection withTopInputs(int k) {
    return new RobustnessSection(result, spec, k);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Label title() {
    return Label.of("等次稳健性", "Tier robustness");
  }

  @Override
  public List<String> files() {
    return List.of(CSV);
  }

  // ---------------------------------------------------------------- JSON

  @Override
  public void json(AssessmentResult assessment, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("spec", spec);
    g.writeNumberField("runs", result.runs());
    g.writeNumberField("evaluations", result.evaluations());
    g.writeNumberField("seed", result.seed());
    g.writeNumberField("robustAt", result.robustAt());
    g.writeBooleanField("sensitivity", !result.sensitivity().isEmpty());
    g.writeArrayFieldStart("inputs");
    for (String in : result.inputs()) {
      g.writeString(in);
    }
    g.writeEndArray();
    g.writeNumberField("robustUnits", result.units().stream().filter(UnitUncertainty::robust).count());
    g.writeArrayFieldStart("fragile");
    for (UnitUncertainty u : result.fragile()) {
      g.writeString(u.unitId());
    }
    g.writeEndArray();
    if (!result.meanRankShift().isEmpty()) {
      indices(g, "meanRankShift", result.meanRankShift());
    }
    g.writeArrayFieldStart("units");
    for (UnitUncertainty u : result.units()) {
      g.writeStartObject();
      g.writeStringField("id", u.unitId());
      g.writeStringField("publishedTier", u.publishedTier().name());
      g.writeNumberField("publishedTierProbability", u.publishedTierProbability());
      g.writeBooleanField("robust", u.robust());
      g.writeStringField("mostLikelyTier", u.mostLikelyTier().name());
      g.writeObjectFieldStart("tierProbabilities");
      for (Tier t : Tier.values()) {
        g.writeNumberField(t.name(), u.tierProbability(t));
      }
      g.writeEndObject();
      summary(g, "total", u.total());
      summary(g, "rank", u.rank());
      JsonResults.label(g, "verdict", u.verdict());
      var s = result.sensitivity(u.unitId());
      if (s.isPresent()) {
        g.writeObjectFieldStart("sensitivity");
        indices(g, "total", s.get().total());
        indices(g, "rank", s.get().rank());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void summary(JsonGenerator g, String field, Summary s) throws IOException {
    g.writeObjectFieldStart(field);
    number(g, "mean", s.mean());
    number(g, "sd", s.sd());
    number(g, "min", s.min());
    number(g, "p05", s.p05());
    number(g, "median", s.median());
    number(g, "p95", s.p95());
    number(g, "max", s.max());
    g.writeEndObject();
  }

  /** Indices as arrays aligned with {@code inputs}, rounded to 4 decimals, NaN as null. */
  private static void indices(JsonGenerator g, String field, List<SensitivityIndex> xs) throws IOException {
    g.writeObjectFieldStart(field);
    array(g, "first", xs, SensitivityIndex::first);
    array(g, "firstLow", xs, SensitivityIndex::firstLow);
    array(g, "firstHigh", xs, SensitivityIndex::firstHigh);
    array(g, "total", xs, SensitivityIndex::total);
    array(g, "totalLow", xs, SensitivityIndex::totalLow);
    array(g, "totalHigh", xs, SensitivityIndex::totalHigh);
    g.writeEndObject();
  }

  private static void array(JsonGenerator g, String field, List<SensitivityIndex> xs, ToDoubleFunction<SensitivityIndex> f)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (SensitivityIndex x : xs) {
      double v = f.applyAsDouble(x);
      if (Double.isFinite(v)) {
        g.writeNumber(round4(v));
      } else {
        g.writeNull();
      }
    }
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, String field, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(field, v);
    } else {
      g.writeNullField(field);
    }
  }

  private static BigDecimal round4(double v) {
    BigDecimal b = new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return b.signum() == 0 ? BigDecimal.ZERO : b;
  }

  // ---------------------------------------------------------------- HTML

  @Override
  public void html(AssessmentResult assessment, Html out) {
    StringBuilder o = new StringBuilder(1 << 16);
    long robust = result.units().stream().filter(UnitUncertainty::robust).count();
    String at = org.fivetype.api.Numbers.percent(result.robustAt());
    boolean sa = !result.sensitivity().isEmpty();
    int over = sa ? 2 * result.runs() : result.runs();
    o.append("<p>").append(zhEn(Label.of(
        "考核在不确定的选择下重复 " + result.evaluations() + " 次(基数 N = " + result.runs() + ",随机种子 " + result.seed()
            + ",不确定输入 " + result.inputs().size() + " 项,来自 " + spec + ")。等次概率与名次区间基于其中 " + over
            + " 次独立抽样" + (sa ? "(样本 A 与 B,其余用于敏感性指数)" : "") + "。公布等次在至少 " + at
            + " 的抽样中不变的单位为稳健:" + robust + " / " + result.units().size() + " 个单位。",
        "The assessment was repeated " + result.evaluations() + " times over the uncertain choices (base size N = "
            + result.runs() + ", seed " + result.seed() + ", " + result.inputs().size() + " uncertain inputs from "
            + spec + "). Tier probabilities and rank intervals are over " + over + " independent draws"
            + (sa ? " (samples A and B; the other runs serve the sensitivity indices)" : "")
            + ". A unit is robust when its published tier holds in at least " + at + " of them: " + robust + " of "
            + result.units().size() + " units.")))
        .append("</p>\n");
    if (sa) {
      o.append("<p>").append(zhEn(Label.of("敏感性指数(Saltelli 一阶 S_i、Jansen 总效应 S_Ti,括号内为自助法 5–95% 区间)"
          + "说明总分与名次的方差中各输入所占的份额;等次线只移动等次、不改变总分与名次,故其指数为 0。",
          "Sensitivity indices (Saltelli first order S_i, Jansen total S_Ti; in brackets the bootstrap 5–95 % interval) "
              + "give each input's share of the variance of the total and the rank; tier lines move tiers without "
              + "moving totals or ranks, so their indices are 0."))).append("</p>\n");
      o.append("<p class=\"note\">").append(zhEn(Label.of("指数是由 N = " + result.runs() + " 次抽样得到的估计值,有估计误差:"
          + "真值在 0 与 1 之间,估计值可能略小于 0 或大于 1;括号中的区间表示误差的大小,区间宽时该指数仅供参考。",
          "The indices are estimates from N = " + result.runs() + " draws and carry estimation error: the true value lies "
              + "between 0 and 1, an estimate may fall slightly outside; the interval in brackets shows how large the error "
              + "is, and a wide interval means the index is only indicative."))).append("</p>\n");
    }

    // the city table of fragile tiers
    List<UnitUncertainty> fragile = result.fragile();
    o.append("<h3 id=\"robustness-fragile\">").append(zhEn(Label.of("不稳健的等次(" + fragile.size() + ")",
        "Fragile tiers (" + fragile.size() + ")"))).append("</h3>\n");
    if (fragile.isEmpty()) {
      o.append("<p>").append(zhEn(Label.of("无:每个单位的等次都稳健。", "None: every unit's tier is robust."))).append("</p>\n");
    } else {
      o.append("<table class=\"fragile\"><thead><tr>");
      for (Label h : List.of(Label.of("单位", "unit"), Label.of("类别", "category"), Label.of("公布等次", "published tier"),
          Label.of("其概率", "its probability"), Label.of("最可能的等次", "most likely tier"),
          Label.of("名次中位数 (5–95%)", "rank median (5–95 %)"))) {
        o.append("<th>").append(esc(h.zh())).append("<br><span class=\"en\">").append(esc(h.en())).append("</span></th>");
      }
      o.append("</tr></thead><tbody>\n");
      int shown = 0;
      for (UnitUncertainty u : fragile) {
        if (shown++ >= Writers.DETAIL_LIMIT) {
          o.append("<tr><td colspan=\"6\">").append(zhEn(Label.of("其余 " + (fragile.size() - Writers.DETAIL_LIMIT)
              + " 个单位见 robustness.csv", (fragile.size() - Writers.DETAIL_LIMIT) + " more units: see robustness.csv")))
              .append("</td></tr>\n");
          break;
        }
        o.append("<tr><td><a href=\"#robustness-").append(esc(u.unitId())).append("\">").append(esc(u.name().zh()))
            .append(" <span class=\"en\">").append(esc(u.name().en())).append("</span></a></td><td>")
            .append(esc(out.context().categoryText(u.category()))).append("</td><td>");
        tier(u.publishedTier(), o);
        o.append("</td><td class=\"n\">").append(percent(u.publishedTierProbability())).append("</td><td>");
        tier(u.mostLikelyTier(), o);
        o.append("</td><td class=\"n\">").append(rank(u.rank())).append("</td></tr>\n");
      }
      o.append("</tbody></table>\n");
    }

    if (sa) {
      o.append("<h3>").append(zhEn(Label.of("全市名次平均变动的敏感性", "What moves the city's ranks"))).append("</h3>\n");
      o.append("<p>").append(zhEn(Label.of("各单位名次与公布名次之差的绝对值的平均值(COINr 的目标),按总效应指数排序的前 "
          + topInputs + " 项输入。", "The mean over all units of |rank − published rank| (COINr's target): the "
          + topInputs + " inputs of largest total index."))).append("</p>\n");
      indexTable(List.of(result.meanRankShift()), List.of(Label.of("名次变动", "rank shift")), o);
    }

    o.append("<p class=\"note\">").append(zhEn(Label.of("各单位的稳健性见其单位页。",
        "Each unit's robustness is on its own page."))).append("</p>\n");
    out.markup(o);
  }

  @Override
  public void unitHtml(AssessmentResult assessment, UnitResult assessed, Html out) {
    UnitUncertainty u = byUnit().get(assessed.unit().id());
    if (u == null) {
      return;
    }
    StringBuilder o = new StringBuilder(4096);
    boolean sa = !result.sensitivity().isEmpty();
    unit(u, out.context(), sa ? result.sensitivity(u.unitId()).orElse(null) : null, o);
    out.markup(o);
  }

  private @Nullable Map<String, UnitUncertainty> byUnit;

  private Map<String, UnitUncertainty> byUnit() {
    Map<String, UnitUncertainty> m = byUnit;
    if (m == null) {
      Map<String, UnitUncertainty> fresh = new HashMap<>();
      result.units().forEach(u -> fresh.put(u.unitId(), u));
      byUnit = m = fresh;
    }
    return m;
  }

  private void unit(UnitUncertainty u, ReportContext ctx, @Nullable UnitSensitivity s, StringBuilder o) {
    String id = esc(u.unitId());
    o.append("<article class=\"robust\" id=\"robustness-").append(id).append("\" data-unit=\"").append(id)
        .append("\" data-robust=\"").append(u.robust()).append("\">\n");
    o.append("<h4>").append(zhEn(Label.of("等次稳健性", "Tier robustness"))).append("</h4>\n");
    o.append("<p>");
    tier(u.publishedTier(), o);
    o.append(' ').append(zhEn(u.verdict())).append("</p>\n");
    bar(u, o);
    o.append("<span class=\"legend\">");
    for (Tier t : Tier.values()) {
      o.append("<span class=\"swatch\" style=\"color:").append(COLOURS[t.ordinal()]).append("\">■</span> ")
          .append(t.label().zh()).append(" <span class=\"en\">").append(t.label().en()).append("</span> ")
          .append(percent(u.tierProbability(t))).append(t.ordinal() < 3 ? " · " : "");
    }
    o.append("</span>\n");
    Summary r = u.rank();
    Summary total = u.total();
    o.append("<p>").append(zhEn(Label.of(
        ctx.category(u.category()).zh() + "类内按总分的名次:公布第 " + u.publishedRank() + " 名(共 " + u.categorySize()
            + "),中位数 " + ReportContext.d2(r.median()) + ",5–95% 区间 " + ReportContext.d2(r.p05()) + "–"
            + ReportContext.d2(r.p95()) + ";总分中位数 " + ReportContext.d2(total.median()) + ",5–95% 区间 "
            + ReportContext.d2(total.p05()) + "–" + ReportContext.d2(total.p95()) + "。",
        "Rank by total in " + ctx.category(u.category()).en() + ": published " + u.publishedRank() + " of " + u.categorySize()
            + ", median " + ReportContext.d2(r.median()) + ", 5–95 % interval " + ReportContext.d2(r.p05()) + "–"
            + ReportContext.d2(r.p95()) + "; total: median " + ReportContext.d2(total.median()) + ", 5–95 % interval "
            + ReportContext.d2(total.p05()) + "–" + ReportContext.d2(total.p95()) + ".")))
        .append("</p>\n");
    if (s != null) {
      indexTable(List.of(s.total(), s.rank()), List.of(Label.of("总分", "total"), Label.of("名次", "rank")), o);
    }
    o.append("</article>\n");
  }

  /** The top inputs by the total index of the first output, with first-order and total indices of each output. */
  private void indexTable(List<List<SensitivityIndex>> outputs, List<Label> names, StringBuilder o) {
    List<SensitivityIndex> lead = outputs.get(0);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lead.size(); i++) {
      if (key(outputs, i) != Double.NEGATIVE_INFINITY) {
        order.add(i);
      }
    }
    if (order.isEmpty()) {
      o.append("<p class=\"meta\">").append(zhEn(Label.of("总分与名次均不随输入变化:没有可解释的方差(敏感性指数为空)。",
          "Neither total nor rank varies: there is no variance to explain (no indices).")))
          .append("</p>\n");
      return;
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -key(outputs, i)).thenComparing(i -> lead.get(i).input()));
    List<Integer> top = order.subList(0, Math.min(topInputs, order.size()));
    o.append("<table class=\"sobol\"><thead><tr><th>").append(esc("不确定输入")).append("<br><span class=\"en\">")
        .append("uncertain input</span></th>");
    for (Label n : names) {
      o.append("<th>").append(esc(n.zh())).append(" 一阶 S<sub>i</sub> <span class=\"en\">").append(esc(n.en()))
          .append(", first order</span></th><th>").append(esc(n.zh())).append(" 总效应 S<sub>Ti</sub> <span class=\"en\">")
          .append(esc(n.en())).append(", total effect</span></th>");
    }
    o.append("</tr></thead><tbody>\n");
    for (int i : top) {
      o.append("<tr><td>").append(zhEn(inputLabel(lead.get(i).input()))).append("</td>");
      for (List<SensitivityIndex> out : outputs) {
        SensitivityIndex x = out.get(i);
        o.append("<td class=\"n\">").append(index(x.first(), x.firstLow(), x.firstHigh())).append("</td><td class=\"n\">")
            .append(index(x.total(), x.totalLow(), x.totalHigh())).append("</td>");
      }
      o.append("</tr>\n");
    }
    o.append("</tbody></table>\n");
  }

  /** The sort key of an input: its total index for the first output that varies. */
  private static double key(List<List<SensitivityIndex>> outputs, int i) {
    for (List<SensitivityIndex> out : outputs) {
      double v = out.get(i).total();
      if (Double.isFinite(v)) {
        return v;
      }
    }
    return Double.NEGATIVE_INFINITY;
  }

  private static String index(double v, double low, double high) {
    if (!Double.isFinite(v)) {
      return "—";
    }
    String s = fixed2(v);
    if (Double.isFinite(low) && Double.isFinite(high) && low != high) {
      s += " <span class=\"meta\">(" + fixed2(low) + "–" + fixed2(high) + ")</span>";
    }
    return s;
  }

  /** A bilingual name of an input named by the analysis ({@code points L1.x}, {@code threshold GOOD} …). */
  static Label inputLabel(String input) {
    int sp = input.indexOf(' ');
    String kind = sp < 0 ? input : input.substring(0, sp);
    String what = sp < 0 ? "" : input.substring(sp + 1);
    String zh = switch (kind) {
      case "points" -> "分值";
      case "pillar-weight" -> "五型权重";
      case "threshold" -> "等次线";
      case "imputation" -> "缺失佐证插补(开/关)";
      default -> kind;
    };
    if (kind.equals("threshold")) {
      try {
        what = Tier.valueOf(what).label().zh() + " " + what;
      } catch (IllegalArgumentException e) {
        // not a tier: shown as it is
      }
    }
    String en = kind.equals("imputation") ? "imputation on/off" : input;
    return Label.of(what.isEmpty() ? zh : zh + " " + what, en);
  }

  /** A stacked bar of the four tier probabilities, 100 % wide. */
  private static void bar(UnitUncertainty u, StringBuilder o) {
    int w = 400;
    int h = 16;
    o.append("<svg class=\"tierbar\" role=\"img\" aria-label=\"tier probabilities\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
    double x = 0;
    for (Tier t : Tier.values()) {
      double p = u.tierProbability(t);
      if (p <= 0) {
        continue;
      }
      double len = w * p;
      o.append("<rect x=\"").append(HtmlReport.fixed(x)).append("\" y=\"0\" width=\"").append(HtmlReport.fixed(len))
          .append("\" height=\"").append(h).append("\" fill=\"").append(COLOURS[t.ordinal()]).append("\"")
          .append(t == u.publishedTier() ? " stroke=\"#1d1d1f\" stroke-width=\"2\"" : "").append("><title>")
          .append(t.label().zh()).append(' ').append(t.label().en()).append(' ').append(percent(p))
          .append("</title></rect>");
      x += len;
    }
    o.append("</svg>\n");
  }

  private static void tier(Tier t, StringBuilder o) {
    o.append("<span class=\"tier ").append(t.name()).append("\">").append(t.label().zh()).append(' ')
        .append(t.label().en()).append("</span>");
  }

  private static String rank(Summary r) {
    return format(r.median()) + " (" + format(r.p05()) + "–" + format(r.p95()) + ")";
  }

  /**
   * A probability as a whole percentage for HTML, e.g. {@code 0.625 → "62%"} (half-even); above 0
   * but below 0.5 % as "&lt;1%", below 1 but above 99.5 % as "&gt;99%" (never a false 0 or 100).
   */
  static String percent(double p) {
    if (p > 0 && p < 0.005) {
      return "&lt;1%";
    }
    if (p < 1 && p >= 0.995) {
      return "&gt;99%";
    }
    return new BigDecimal(p * 100).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  private static String esc(String s) {
    return Cells.html(s);
  }

  /** Two decimals, without a sign on a value that rounds to zero ("-0.00"). */
  private static String fixed2(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.equals("-0.00") ? "0.00" : s;
  }

  // ---------------------------------------------------------------- CSV

  /** The columns of {@code robustness.csv}. */
  static final List<String> CSV_HEADER = List.of("unit_id", "name_zh", "name_en", "category", "published_total",
      "published_tier", "published_rank", "category_size", "p_excellent", "p_good", "p_pass", "p_fail",
      "p_published", "robust", "most_likely_tier", "total_mean", "total_sd", "total_p05", "total_median", "total_p95",
      "rank_median", "rank_p05", "rank_p95", "top_inputs");

  @Override
  public void writeFiles(AssessmentResult assessment, Path dir) throws IOException {
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(CSV)),
        StandardCharsets.UTF_8), 1 << 16)) {
      w.write('\uFEFF');
      w.write(String.join(",", CSV_HEADER));
      w.write("\r\n");
      StringBuilder sb = new StringBuilder(256);
      for (UnitUncertainty u : result.units()) {
        sb.setLength(0);
        sb.append(Cells.csvText(u.unitId())).append(',')
            .append(Cells.csvText(u.name().zh())).append(',')
            .append(Cells.csvText(u.name().en())).append(',')
            .append(Cells.csvText(u.category())).append(',')
            .append(format(u.publishedTotal())).append(',')
            .append(u.publishedTier().name()).append(',')
            .append(u.publishedRank()).append(',')
            .append(u.categorySize());
        for (Tier t : Tier.values()) {
          sb.append(',').append(format(u.tierProbability(t)));
        }
        sb.append(',').append(format(u.publishedTierProbability()))
            .append(',').append(u.robust())
            .append(',').append(u.mostLikelyTier().name());
        Summary t = u.total();
        for (double v : new double[] {t.mean(), t.sd(), t.p05(), t.median(), t.p95()}) {
          sb.append(',').append(format(v));
        }
        Summary r = u.rank();
        for (double v : new double[] {r.median(), r.p05(), r.p95()}) {
          sb.append(',').append(format(v));
        }
        sb.append(',').append(Cells.csvText(topInputs(u.unitId())));
        sb.append("\r\n");
        w.append(sb);
      }
    }
  }

  /** The unit's top inputs by total index of its total, e.g. {@code points L1.x 0.42; points R2.y 0.2}. */
  private String topInputs(String unitId) {
    var s = result.sensitivity(unitId);
    if (s.isEmpty()) {
      return "";
    }
    return s.get().total().stream().filter(x -> Double.isFinite(x.total()) && x.total() > 0)
        .sorted(Comparator.comparingDouble((SensitivityIndex x) -> -x.total()).thenComparing(SensitivityIndex::input))
        .limit(topInputs)
        .map(x -> x.input() + " " + fixed2(x.total()))
        .reduce((a, b) -> a + "; " + b).orElse("");
  }
}
