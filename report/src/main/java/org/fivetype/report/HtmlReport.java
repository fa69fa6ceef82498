package org.fivetype.report;

import static org.fivetype.report.Cells.html;
import static org.fivetype.report.Html.zhEn;
import static org.fivetype.report.ReportContext.d2;
import static org.fivetype.report.ReportContext.pct;
import static org.fivetype.report.ReportContext.shown;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.IndicatorScore;
import org.fivetype.engine.PillarScore;
import org.fivetype.engine.UnitResult;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.spi.IndicatorSpec;
import org.jspecify.annotations.Nullable;

/**
 * {@code report.html}: one self-contained file (no script, no external resource; a Content
 * Security Policy forbids both) that works offline and prints on A4, a unit to a page. Bilingual
 * throughout, numbers shown with two decimals (the files keep full precision). In order: the
 * city (tier counts, against last year's when there is history), each category (a bar of totals
 * coloured by tier with the tier lines, and the ranking with both the rank by total and the place
 * after the caps), the sections' city-wide parts (consequences, satisfaction, robustness …), then
 * a page per unit by category and place (pillar profile against the category's median, why this
 * tier, the indicators, the sections' part about the unit), and last the indicators' rules, said
 * once. Every text from the inputs is escaped.
 */
final class HtmlReport {
  private HtmlReport() {}

  /** Ranking rows shown per category when a run is larger than {@link Writers#DETAIL_LIMIT}. */
  static final int RANKING_ROWS_WHEN_LARGE = 100;

  private static final String CSS = """
      :root{--ex:#1b7f3b;--gd:#2f6fb3;--ps:#b38a00;--fl:#b3261e;--ink:#1d1d1f;--mute:#5f6368;--line:#d9dce1}
      *{box-sizing:border-box}
      body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",system-ui,sans-serif;color:var(--ink);margin:0 auto;max-width:1180px;padding:24px;line-height:1.4}
      h1{font-size:1.6rem;margin:0 0 4px} h2{font-size:1.25rem;border-bottom:2px solid var(--ink);padding-bottom:4px;margin-top:28px}
      h3{font-size:1.1rem;margin:14px 0 6px} h4{margin:10px 0 4px} .en{color:var(--mute)} .meta{color:var(--mute);font-size:.85rem;word-break:break-all}
      table{border-collapse:collapse;width:100%;font-size:.85rem;margin:6px 0}
      th,td{border:1px solid var(--line);padding:2px 5px;text-align:left;vertical-align:top} th{background:#f3f4f6}
      td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .tier{display:inline-block;padding:0 5px;border-radius:3px;color:#fff;font-weight:600;white-space:nowrap}
      .EXCELLENT{background:var(--ex)} .GOOD{background:var(--gd)} .PASS{background:var(--ps)} .FAIL{background:var(--fl)}
      .unit{border:1px solid var(--line);border-radius:6px;padding:12px;margin:14px 0}
      .unit h3{margin-top:0}
      .head{display:flex;gap:14px;align-items:flex-start} .head .facts{flex:1;min-width:0}
      .head table{margin-top:0}
      .caps{margin:2px 0;padding-left:1.4em} .caps li{margin:1px 0} .flag{color:var(--fl);font-weight:600}
      .ind{display:grid;grid-template-columns:1fr 1fr;gap:0 10px;font-size:.8rem}
      .ind table{font-size:inherit;margin:0} .ind td{padding:1px 4px} .ind .id{color:var(--mute);font-size:.9em}
      td.lost{color:var(--fl)} .explain td{border-top:none;font-size:.95em;color:var(--fl)}
      .note{font-size:.85rem;color:var(--mute)}
      nav a{margin-right:10px}
      svg text{font-family:inherit}
      @page{size:A4;margin:10mm}
      @media print{body{max-width:none;padding:0;font-size:8pt} nav{display:none} h1{font-size:15pt} h2{font-size:12pt;margin-top:10pt}
        h3{font-size:10pt} table{font-size:7.5pt} .note,.meta{font-size:7pt}
        .unit{break-before:page;border:none;padding:0;margin:0} .head{break-inside:avoid}
        #units>h2{break-after:avoid} .category{break-inside:avoid-page}
        h2,h3,h4{break-after:avoid} tr{break-inside:avoid}
        svg.radar{width:230px;height:161px} .robust{font-size:6.8pt} .robust table{font-size:6.3pt;margin:2px 0} .robust p{margin:1px 0}
        .robust h4{margin:3px 0 1px;font-size:7.5pt} .robust td:first-child{white-space:nowrap} .robust .sobol th{padding:1px 3px}
        .ind{font-size:6.5pt} .ind td{padding:0 3px;line-height:1.3} .ind th{padding:1px 3px} .caps{font-size:7pt}
        .consequences{font-size:6.8pt} .unit>p{margin:3px 0}
        .tier,svg,td.lost{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
      """;

  static void write(AssessmentResult result, List<Section> sections, ReportContext context, Path file) throws IOException {
    StringBuilder sb = new StringBuilder(1 << 20);
    render(result, sections, context, sb);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.append(sb);
    }
  }

  static void render(AssessmentResult result, List<Section> sections, StringBuilder o) {
    render(result, sections, ReportContext.NONE, o);
  }

  static void render(AssessmentResult result, List<Section> sections, ReportContext ctx, StringBuilder o) {
    var rs = result.ruleSet();
    int n = result.units().size();
    boolean large = n > Writers.DETAIL_LIMIT;
    Map<String, Integer> place = ReportContext.places(result);
    Map<String, List<UnitResult>> byCategory = ReportContext.byCategory(result);
    o.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>五型政府考核结果 ").append(result.year()).append(" · Five-type government assessment ")
        .append(result.year()).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    o.append("<header>\n<h1>").append(result.year()).append("年度五型政府考核结果 <span class=\"en\">Five-type government assessment, ")
        .append(result.year()).append("</span></h1>\n");
    o.append("<p>").append(zhEn(Label.of("考核细则:" + rs.name().zh() + "(" + rs.id() + ",满分" + d2(result.maxTotal()) + "分);考核单位 "
        + n + " 个,分 " + byCategory.size() + " 类",
        "rule set: " + rs.name().en() + " (" + rs.id() + ", " + d2(result.maxTotal()) + " points); " + n + " units in "
            + byCategory.size() + (byCategory.size() == 1 ? " category" : " categories")))).append("</p>\n");
    if (!rs.departures().isEmpty()) {
      o.append("<div class=\"departures\" role=\"note\"><p><strong>").append(zhEn(Label.of(
          "本细则有意偏离考核方案的原则:", "This rule set departs from the programme's principles on purpose:")))
          .append("</strong></p><ul>");
      rs.departures().forEach((k, v) -> o.append("<li>").append(html(k)).append(": <bdi>").append(html(v))
          .append("</bdi></li>"));
      o.append("</ul></div>\n");
    }
    o.append("<p class=\"meta\">rule-set fingerprint ").append(result.ruleSetFingerprint())
        .append("<br>input fingerprint ").append(result.inputFingerprint()).append("</p>\n");
    o.append("<nav><a href=\"#tiers\">等次分布 Tiers</a><a href=\"#ranking\">分类排名 Ranking</a>");
    for (Section s : sections) {
      o.append("<a href=\"#section-").append(html(s.id())).append("\">").append(html(s.title().zh())).append(' ')
          .append(html(s.title().en())).append("</a>");
    }
    o.append("<a href=\"#units\">单位 Units</a><a href=\"#indicators\">指标 Indicators</a></nav>\n</header>\n");

    // the city: tier distribution (against last year's)
    o.append("<section id=\"tiers\">\n<h2>等次分布 <span class=\"en\">Tier distribution</span></h2>\n");
    tierChart(result.tierCounts(), n, ctx.lastYear().orElse(null), result.year(), o);
    o.append("</section>\n");

    // each category: the bar of totals and the ranking
    o.append("<section id=\"ranking\">\n<h2>分类排名 <span class=\"en\">Ranking by category</span></h2>\n");
    o.append("<p class=\"note\">").append(zhEn(Label.of(
        "名次:按总分排列(总分相同名次相同)。位次:按最终等次排列(一票否决、硬指标、名额等限制之后),同一等次内按总分;位次是考核的结论。",
        "Rank: by total (equal totals share a rank). Place: by the final tier, after the caps (veto, hard indicators, "
            + "quota …), then by total within a tier; the place is the outcome of the assessment."))).append("</p>\n");
    TierSettings ts = rs.tiers();
    for (var e : byCategory.entrySet()) {
      List<UnitResult> us = e.getValue();
      Label cat = ctx.category(e.getKey());
      o.append("<div class=\"category\" id=\"category-").append(html(e.getKey())).append("\">\n<h3>")
          .append(zhEn(Label.of(cat.zh() + "(" + us.size() + " 个单位)", cat.en() + " (" + us.size() + " units)")))
          .append("</h3>\n");
      if (!large) {
        categoryChart(us, ts, result.maxTotal(), o);
      }
      o.append("<table class=\"ranking\"><thead><tr><th>位次<br><span class=\"en\">place</span></th>")
          .append("<th>名次<br><span class=\"en\">rank by total</span></th>")
          .append("<th>单位<br><span class=\"en\">unit</span></th><th>总分<br><span class=\"en\">total</span></th>")
          .append("<th>等次<br><span class=\"en\">tier</span></th><th>限制<br><span class=\"en\">caps applied</span></th></tr></thead><tbody>\n");
      int shown = 0;
      for (UnitResult u : us) {
        if (large && shown++ >= RANKING_ROWS_WHEN_LARGE) {
          o.append("<tr><td colspan=\"6\">").append(zhEn(Label.of("其余 " + (us.size() - RANKING_ROWS_WHEN_LARGE)
              + " 个单位见 results.csv", (us.size() - RANKING_ROWS_WHEN_LARGE) + " more units: see results.csv")))
              .append("</td></tr>\n");
          break;
        }
        o.append("<tr><td class=\"n\">").append(place.get(u.unit().id())).append("</td><td class=\"n\">").append(u.rank())
            .append("</td><td>");
        unitLink(u, o);
        o.append("</td><td class=\"n\">").append(d2(u.total())).append("</td><td>");
        tier(u.tier(), o);
        o.append("</td><td>");
        List<String> steps = new ArrayList<>();
        for (Reason r : u.reasons()) {
          if (!r.step().equals("thresholds")) {
            steps.add(stepLabel(r.step()));
          }
        }
        o.append(html(String.join(", ", steps)));
        o.append("</td></tr>\n");
      }
      o.append("</tbody></table>\n</div>\n");
    }
    o.append("</section>\n");

    // the sections' city-wide parts
    for (Section s : sections) {
      o.append("<section id=\"section-").append(html(s.id())).append("\">\n<h2>").append(zhEn(s.title())).append("</h2>\n");
      s.html(result, new Html(o, ctx));
      o.append("</section>\n");
    }

    // a page per unit
    o.append("<section id=\"units\">\n<h2>单位详情 <span class=\"en\">Units in detail</span></h2>\n");
    o.append("<p class=\"note\">").append(zhEn(Label.of(
        "按类别和位次排列,每个单位一页。雷达图:实线为本单位各型得分率,虚线为本类别中位数;红色得分为未得满分的指标。指标的计分规则见文末“指标与计分规则”。",
        "By category and place, a unit to a page. Radar: the solid line is the unit's share of each pillar, the dashed "
            + "line its category's median; points in red fell short of full marks. Each indicator's scoring rule is listed "
            + "once, at the end (Indicators and their rules)."))).append("</p>\n");
    if (large) {
      o.append("<p>").append(zhEn(Label.of("共 " + n + " 个单位,以下按类别和位次列出前 " + Writers.DETAIL_LIMIT
          + " 个;全部数据见 results.json 与 results.csv。", n + " units: the first " + Writers.DETAIL_LIMIT
          + " by category and place are shown below; results.json and results.csv hold them all."))).append("</p>\n");
    }
    Map<IndicatorId, IndicatorSpec> specs = new HashMap<>();
    rs.indicators().forEach(i -> specs.put(i.id(), i));
    int shown = 0;
    outer:
    for (var e : byCategory.entrySet()) {
      Map<Pillar, Double> median = medianShares(e.getValue());
      for (UnitResult u : e.getValue()) {
        if (shown++ >= Writers.DETAIL_LIMIT) {
          break outer;
        }
        unit(result, u, ReportContext.placeOf(place, u.unit().id()), ctx, median, specs, sections, o);
      }
    }
    o.append("</section>\n");

    // the indicators' rules, said once
    o.append("<section id=\"indicators\">\n<h2>指标与计分规则 <span class=\"en\">Indicators and their rules</span></h2>\n");
    o.append("<table class=\"rules\"><thead><tr><th>指标 <span class=\"en\">indicator</span></th>")
        .append("<th>满分 <span class=\"en\">points</span></th><th>计分规则 <span class=\"en\">scoring rule</span></th></tr></thead><tbody>\n");
    for (IndicatorSpec i : rs.indicators()) {
      o.append("<tr><td><span class=\"id\">").append(html(i.id().value())).append("</span> ").append(zhEn(i.name()))
          .append(i.hard() ? " <span class=\"flag\">硬指标 hard</span>" : "").append("</td><td class=\"n\">")
          .append(d2(i.points())).append("</td><td>").append(zhEn(shown(i.rule().describe(i.points()))))
          .append("</td></tr>\n");
    }
    o.append("</tbody></table>\n</section>\n");
    o.append("<footer class=\"meta\"><p>由 fivetype 生成 · generated by fivetype</p></footer>\n</body>\n</html>\n");
  }

  private static void unitLink(UnitResult u, StringBuilder o) {
    String label = html(u.unit().name().zh()) + " <span class=\"en\">" + html(u.unit().name().en()) + "</span>";
    o.append("<a href=\"#unit-").append(html(u.unit().id())).append("\">").append(label).append("</a>");
  }

  static String stepLabel(String step) {
    return switch (step) {
      case "veto" -> "一票否决 veto";
      case "hard" -> "硬指标 hard indicator";
      case "pillar-floor" -> "五型偏废 pillar floor";
      case "missing" -> "缺少佐证 missing evidence";
      case "quota" -> "名额限制 quota";
      default -> step;
    };
  }

  private static void tier(Tier t, StringBuilder o) {
    o.append("<span class=\"tier ").append(t.name()).append("\">").append(t.label().zh()).append(' ')
        .append(t.label().en()).append("</span>");
  }

  static final String[] COLOURS = {"#1b7f3b", "#2f6fb3", "#b38a00", "#b3261e"};

  /** The tier counts as bars; with last year's counts, a thinner grey bar under each. */
  static void tierChart(Map<Tier, Integer> counts, int n, ReportContext.@Nullable LastYear last, int year,
      StringBuilder o) {
    int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    if (last != null) {
      max = Math.max(max, last.tierCounts().values().stream().mapToInt(Integer::intValue).max().orElse(1));
    }
    int w = 640;
    int barH = last == null ? 26 : 18;
    int lastH = 10;
    int step = barH + (last == null ? 10 : lastH + 14);
    int left = 130;
    int h = Tier.values().length * step + 10 + (last == null ? 0 : 20);
    o.append("<svg class=\"chart\" role=\"img\" aria-label=\"tier distribution\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    int y = 6;
    for (Tier t : Tier.values()) {
      int c = counts.getOrDefault(t, 0);
      double len = (w - left - 150) * (double) c / max;
      o.append("<text x=\"0\" y=\"").append(y + barH - 7).append("\" font-size=\"13\">").append(t.label().zh()).append(' ')
          .append(t.label().en()).append("</text>");
      o.append("<rect x=\"").append(left).append("\" y=\"").append(y).append("\" width=\"").append(fixed(len))
          .append("\" height=\"").append(barH).append("\" fill=\"").append(COLOURS[t.ordinal()]).append("\"/>");
      o.append("<text x=\"").append(fixed(left + len + 6)).append("\" y=\"").append(y + barH - 6)
          .append("\" font-size=\"13\">").append(c).append(" (").append(n == 0 ? "0.00" : d2(100.0 * c / n))
          .append("%)</text>\n");
      if (last != null) {
        int lc = last.tierCounts().getOrDefault(t, 0);
        double ll = (w - left - 150) * (double) lc / max;
        int ly = y + barH + 2;
        o.append("<rect class=\"last\" x=\"").append(left).append("\" y=\"").append(ly).append("\" width=\"").append(fixed(ll))
            .append("\" height=\"").append(lastH).append("\" fill=\"").append(COLOURS[t.ordinal()])
            .append("\" fill-opacity=\"0.35\"/>");
        o.append("<text x=\"").append(fixed(left + ll + 6)).append("\" y=\"").append(ly + lastH - 1)
            .append("\" font-size=\"11\" fill=\"#5f6368\">").append(lc).append("(").append(last.year()).append(")</text>\n");
      }
      y += step;
    }
    if (last != null) {
      o.append("<text x=\"0\" y=\"").append(h - 6).append("\" font-size=\"11\" fill=\"#5f6368\">深色 ").append(year)
          .append(" 年,浅色 ").append(last.year()).append(" 年 · dark ").append(year).append(", light ").append(last.year())
          .append("</text>\n");
    }
    o.append("</svg>\n");
  }

  /**
   * A category's totals as horizontal bars by place, coloured by tier, with the tier lines (the
   * share of the maximum each tier needs) drawn across.
   */
  static void categoryChart(List<UnitResult> us, TierSettings ts, double maxTotal, StringBuilder o) {
    int w = 680;
    int left = 150;
    int right = 60;
    int barH = 12;
    int rowH = 15;
    int top = 18;
    int h = top + us.size() * rowH + 6;
    double low = maxTotal * ts.passAt();
    for (UnitResult u : us) {
      low = Math.min(low, u.total());
    }
    double from = Math.max(0, Math.floor((low - maxTotal * 0.05) / 10) * 10);
    double span = Math.max(1e-9, maxTotal - from);
    double plot = w - left - right;
    o.append("<svg class=\"totals\" role=\"img\" aria-label=\"totals by tier\" width=\"").append(w).append("\" height=\"")
        .append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    int y = top;
    for (UnitResult u : us) {
      double len = plot * Math.max(0, u.total() - from) / span;
      o.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + barH - 2)
          .append("\" font-size=\"11\" text-anchor=\"end\">").append(html(shorten(u.unit().name().zh(), 12))).append("</text>");
      o.append("<rect x=\"").append(left).append("\" y=\"").append(y).append("\" width=\"").append(fixed(len))
          .append("\" height=\"").append(barH).append("\" fill=\"").append(COLOURS[u.tier().ordinal()]).append("\"><title>")
          .append(html(u.unit().name().zh())).append(' ').append(html(u.unit().name().en())).append(": ").append(d2(u.total()))
          .append(' ').append(u.tier().label().zh()).append(' ').append(u.tier().label().en()).append("</title></rect>");
      o.append("<text x=\"").append(fixed(left + len + 4)).append("\" y=\"").append(y + barH - 2)
          .append("\" font-size=\"10\">").append(d2(u.total())).append("</text>\n");
      y += rowH;
    }
    double[] lines = {ts.excellentAt(), ts.goodAt(), ts.passAt()};
    Tier[] tiers = {Tier.EXCELLENT, Tier.GOOD, Tier.PASS};
    for (int i = 0; i < lines.length; i++) {
      double at = maxTotal * lines[i];
      if (at < from) {
        continue;
      }
      double x = left + plot * (at - from) / span;
      o.append("<line class=\"tierline\" x1=\"").append(fixed(x)).append("\" y1=\"").append(top - 4).append("\" x2=\"")
          .append(fixed(x)).append("\" y2=\"").append(h - 4).append("\" stroke=\"").append(COLOURS[tiers[i].ordinal()])
          .append("\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"/>");
      o.append("<text x=\"").append(fixed(x)).append("\" y=\"").append(top - 7).append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"")
          .append(COLOURS[tiers[i].ordinal()]).append("\">").append(tiers[i].label().zh()).append(' ').append(d2(at))
          .append("</text>\n");
    }
    o.append("<text x=\"").append(left).append("\" y=\"").append(top - 7).append("\" font-size=\"10\" fill=\"#5f6368\">")
        .append(d2(from)).append("</text>");
    o.append("<text x=\"").append(w - right).append("\" y=\"").append(top - 7)
        .append("\" font-size=\"10\" fill=\"#5f6368\" text-anchor=\"end\">").append(d2(maxTotal)).append("</text>\n");
    o.append("</svg>\n");
  }

  private static String shorten(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** The median share of each pillar over a category's units. */
  static Map<Pillar, Double> medianShares(List<UnitResult> us) {
    Map<Pillar, Double> m = new HashMap<>();
    if (us.isEmpty()) {
      return m;
    }
    for (PillarScore p : us.get(0).pillars()) {
      double[] v = us.stream().mapToDouble(u -> u.pillar(p.pillar()).share()).toArray();
      Arrays.sort(v);
      int k = v.length;
      m.put(p.pillar(), k % 2 == 1 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2);
    }
    return m;
  }

  private static void unit(AssessmentResult result, UnitResult u, int place, ReportContext ctx, Map<Pillar, Double> median,
      Map<IndicatorId, IndicatorSpec> specs, List<Section> sections, StringBuilder o) {
    String id = html(u.unit().id());
    Label cat = ctx.category(u.unit().category());
    o.append("<article class=\"unit\" id=\"unit-").append(id).append("\" data-unit=\"").append(id).append("\">\n");
    o.append("<h3>").append(html(u.unit().name().zh())).append(" <span class=\"en\">").append(html(u.unit().name().en()))
        .append("</span> <small class=\"meta\">").append(id).append("</small></h3>\n");
    o.append("<p>");
    tier(u.tier(), o);
    o.append(" ").append(zhEn(Label.of("总分 " + d2(u.total()) + " / " + d2(u.maxTotal()) + "(" + pct(u.total() / u.maxTotal())
            + ");" + cat.zh() + "类 " + u.categorySize() + " 个单位中:按总分第 " + u.rank() + " 名,限制后位次第 " + place + " 位",
        "total " + d2(u.total()) + " of " + d2(u.maxTotal()) + " (" + pct(u.total() / u.maxTotal()) + "); among the "
            + u.categorySize() + " units of " + cat.en() + ": rank " + u.rank() + " by total, place " + place + " after the caps")))
        .append("</p>\n");
    o.append("<div class=\"head\">\n");
    radar(u.pillars(), median, o);
    o.append("<div class=\"facts\">\n");
    o.append("<table class=\"pillars\"><thead><tr><th>五型 <span class=\"en\">pillar</span></th><th>得分 <span class=\"en\">points</span></th>")
        .append("<th>得分率 <span class=\"en\">share</span></th><th>类别中位数 <span class=\"en\">category median</span></th></tr></thead><tbody>");
    for (PillarScore p : u.pillars()) {
      o.append("<tr><td>").append(zhEn(p.pillar().name())).append("</td><td class=\"n\">").append(d2(p.points()))
          .append(" / ").append(d2(p.max())).append("</td><td class=\"n\">").append(pct(p.share()))
          .append("</td><td class=\"n\">").append(pct(median.getOrDefault(p.pillar(), 0.0))).append("</td></tr>");
    }
    o.append("</tbody></table>\n");
    o.append("<p><b>等次依据 <span class=\"en\">Why this tier</span></b></p>\n<ol class=\"caps\">\n");
    for (Reason r : u.reasons()) {
      o.append("<li data-step=\"").append(html(r.step())).append("\">");
      if (!r.step().equals("thresholds")) {
        o.append("<span class=\"flag\">").append(html(stepLabel(r.step()))).append("</span>: ");
      }
      o.append(zhEn(shown(r.text()))).append("</li>\n");
    }
    o.append("</ol>\n</div>\n</div>\n");
    // the indicators, in two columns: value and points; the explanation only where it says more than the rule
    List<IndicatorScore> all = u.indicators();
    int half = (all.size() + 1) / 2;
    o.append("<div class=\"ind\">\n");
    for (List<IndicatorScore> part : List.of(all.subList(0, half), all.subList(half, all.size()))) {
      o.append("<table class=\"indicators\"><thead><tr><th>指标 <span class=\"en\">indicator</span></th>")
          .append("<th>取值 <span class=\"en\">value</span></th><th>得分 <span class=\"en\">points</span></th></tr></thead><tbody>\n");
      for (IndicatorScore s : part) {
        IndicatorSpec spec = java.util.Objects.requireNonNull(specs.get(s.indicator()), "a scored indicator's spec");
        boolean flagged = s.missing() || s.veto() || s.hardFailed();
        boolean lost = s.points() < s.max() - 1e-9;
        o.append("<tr data-indicator=\"").append(html(s.indicator().value())).append("\"><td><span class=\"id\">")
            .append(html(s.indicator().value())).append("</span> ").append(html(spec.name().zh()))
            .append("</td><td class=\"n\">").append(s.missing() ? "—" : d2(s.value()))
            .append("</td><td class=\"n").append(lost ? " lost" : "").append("\">").append(d2(s.points())).append(" / ")
            .append(d2(s.max())).append("</td></tr>\n");
        if (flagged) {
          o.append("<tr class=\"explain\"><td colspan=\"3\">").append(zhEn(shown(s.explanation()))).append("</td></tr>\n");
        }
      }
      o.append("</tbody></table>\n");
    }
    o.append("</div>\n");
    for (Section s : sections) {
      s.unitHtml(result, u, new Html(o, ctx));
    }
    o.append("</article>\n");
  }

  /**
   * An inline SVG radar of the pillar shares: one axis per pillar, rings at 60 % and 100 %, the
   * unit's shares (solid) and, when given, its category's median (dashed). The labels sit outside
   * the rings, anchored away from the centre, inside the picture.
   */
  static void radar(List<PillarScore> pillars, Map<Pillar, Double> median, StringBuilder o) {
    int w = 300;
    int h = 210;
    double cx = w / 2.0;
    double cy = h / 2.0 + 4;
    double r = 72;
    int k = pillars.size();
    o.append("<svg class=\"radar\" role=\"img\" aria-label=\"pillar radar\" width=\"").append(w).append("\" height=\"")
        .append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    for (double ring : new double[] {0.6, 1.0}) {
      o.append("<polygon fill=\"none\" stroke=\"").append(ring < 1 ? "#e0a0a0" : "#9aa0a6").append("\" stroke-dasharray=\"")
          .append(ring < 1 ? "4 3" : "none").append("\" points=\"");
      for (int i = 0; i < k; i++) {
        point(cx, cy, r * ring, i, k, o);
      }
      o.append("\"/>\n");
    }
    for (int i = 0; i < k; i++) {
      double a = angle(i, k);
      double cos = Math.cos(a);
      double sin = Math.sin(a);
      o.append("<line x1=\"").append(fixed(cx)).append("\" y1=\"").append(fixed(cy)).append("\" x2=\"")
          .append(fixed(cx + r * cos)).append("\" y2=\"").append(fixed(cy + r * sin)).append("\" stroke=\"#d9dce1\"/>");
      String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
      double lx = cx + (r + 8) * cos;
      double ly = cy + (r + 8) * sin + (sin < -0.5 ? -14 : sin > 0.5 ? 8 : -4);
      PillarScore p = pillars.get(i);
      o.append("<text text-anchor=\"").append(anchor).append("\" font-size=\"11\" x=\"").append(fixed(lx)).append("\" y=\"")
          .append(fixed(ly)).append("\">").append(html(p.pillar().name().zh())).append(' ')
          .append(Math.round(100 * p.share())).append("%</text>");
      o.append("<text text-anchor=\"").append(anchor).append("\" font-size=\"10\" fill=\"#5f6368\" x=\"").append(fixed(lx))
          .append("\" y=\"").append(fixed(ly + 11)).append("\">").append(html(p.pillar().name().en())).append("</text>\n");
    }
    if (!median.isEmpty()) {
      o.append("<polygon class=\"median\" fill=\"none\" stroke=\"#5f6368\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" points=\"");
      for (int i = 0; i < k; i++) {
        point(cx, cy, r * Math.max(0, Math.min(1, median.getOrDefault(pillars.get(i).pillar(), 0.0))), i, k, o);
      }
      o.append("\"/>\n");
    }
    o.append("<polygon class=\"shares\" fill=\"rgba(47,111,179,0.25)\" stroke=\"#2f6fb3\" stroke-width=\"2\" points=\"");
    for (int i = 0; i < k; i++) {
      point(cx, cy, r * Math.max(0, Math.min(1, pillars.get(i).share())), i, k, o);
    }
    o.append("\"/>\n</svg>\n");
  }

  private static double angle(int i, int k) {
    return -Math.PI / 2 + 2 * Math.PI * i / k;
  }

  private static void point(double cx, double cy, double radius, int i, int k, StringBuilder o) {
    double a = angle(i, k);
    o.append(fixed(cx + radius * Math.cos(a))).append(',').append(fixed(cy + radius * Math.sin(a))).append(' ');
  }

  static String fixed(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
