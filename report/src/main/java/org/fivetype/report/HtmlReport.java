package org.fivetype.report;

import static java.util.Objects.requireNonNull;
import static org.fivetype.api.Numbers.format;
import static org.fivetype.report.Cells.html;
import static org.fivetype.report.Html.zhEn;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fivetype.api.Label;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.IndicatorScore;
import org.fivetype.engine.PillarScore;
import org.fivetype.engine.UnitResult;
import org.fivetype.spi.IndicatorSpec;

/**
 * {@code report.html}: one self-contained file (no script, no external resource; a Content
 * Security Policy forbids both) that works offline and prints on A4. Bilingual throughout: the
 * tier distribution as a bar chart, the ranking of each category, and for each unit a radar chart
 * of its pillars, the caps applied and its indicator table with explanations. Every text from the
 * inputs is escaped.
 */
final class HtmlReport {
  private HtmlReport() {}

  /** Ranking rows shown per category when a run is larger than {@link Writers#DETAIL_LIMIT}. */
  static final int RANKING_ROWS_WHEN_LARGE = 100;

  private static final String CSS = """
      :root{--ex:#1b7f3b;--gd:#2f6fb3;--ps:#b38a00;--fl:#b3261e;--ink:#1d1d1f;--mute:#5f6368;--line:#d9dce1}
      *{box-sizing:border-box}
      body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",system-ui,sans-serif;color:var(--ink);margin:0 auto;max-width:1180px;padding:24px;line-height:1.45}
      h1{font-size:1.6rem;margin:0 0 4px} h2{font-size:1.25rem;border-bottom:2px solid var(--ink);padding-bottom:4px;margin-top:32px}
      h3{font-size:1.1rem;margin:0 0 6px} .en{color:var(--mute)} .meta{color:var(--mute);font-size:.85rem;word-break:break-all}
      table{border-collapse:collapse;width:100%;font-size:.85rem;margin:8px 0}
      th,td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top} th{background:#f3f4f6}
      td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .tier{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-weight:600;white-space:nowrap}
      .EXCELLENT{background:var(--ex)} .GOOD{background:var(--gd)} .PASS{background:var(--ps)} .FAIL{background:var(--fl)}
      .unit{border:1px solid var(--line);border-radius:6px;padding:14px;margin:16px 0}
      .head{display:flex;gap:18px;align-items:flex-start;flex-wrap:wrap} .head .facts{flex:1;min-width:300px}
      .caps li{margin:2px 0} .flag{color:var(--fl);font-weight:600}
      nav a{margin-right:10px}
      svg text{font-family:inherit}
      @page{size:A4;margin:12mm}
      @media print{body{max-width:none;padding:0;font-size:10pt} nav{display:none} .unit{break-inside:avoid-page;page-break-before:always;border:none;padding:0}
        h2{break-after:avoid} tr{break-inside:avoid} .tier{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
      """;

  static void write(AssessmentResult result, List<Section> sections, Path file) throws IOException {
    StringBuilder sb = new StringBuilder(1 << 20);
    render(result, sections, sb);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.append(sb);
    }
  }

  static void render(AssessmentResult result, List<Section> sections, StringBuilder o) {
    var rs = result.ruleSet();
    int n = result.units().size();
    boolean large = n > Writers.DETAIL_LIMIT;
    o.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>五型政府考核结果 ").append(result.year()).append(" · Five-type government assessment ")
        .append(result.year()).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    o.append("<header>\n<h1>").append(result.year()).append("年度五型政府考核结果 <span class=\"en\">Five-type government assessment, ")
        .append(result.year()).append("</span></h1>\n");
    o.append("<p>").append(zhEn(Label.of("考核细则:" + rs.name().zh() + "(" + rs.id() + ",满分" + format(result.maxTotal()) + "分)",
        "rule set: " + rs.name().en() + " (" + rs.id() + ", " + format(result.maxTotal()) + " points)"))).append("</p>\n");
    o.append("<p>").append(zhEn(Label.of("考核单位 " + n + " 个", n + " units assessed"))).append("</p>\n");
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
    o.append("<nav><a href=\"#tiers\">等次分布 Tiers</a><a href=\"#ranking\">排名 Ranking</a><a href=\"#units\">单位 Units</a>");
    for (Section s : sections) {
      o.append("<a href=\"#section-").append(html(s.id())).append("\">").append(html(s.title().zh())).append(' ')
          .append(html(s.title().en())).append("</a>");
    }
    o.append("</nav>\n</header>\n");

    // tier distribution
    o.append("<section id=\"tiers\">\n<h2>等次分布 <span class=\"en\">Tier distribution</span></h2>\n");
    tierChart(result.tierCounts(), n, o);
    o.append("</section>\n");

    // ranking per category
    Map<String, List<UnitResult>> byCategory = new TreeMap<>();
    for (UnitResult u : result.units()) {
      byCategory.computeIfAbsent(u.unit().category(), k -> new ArrayList<>()).add(u);
    }
    o.append("<section id=\"ranking\">\n<h2>分类排名 <span class=\"en\">Ranking by category</span></h2>\n");
    for (var e : byCategory.entrySet()) {
      List<UnitResult> us = e.getValue();
      us.sort(Comparator.comparingInt(UnitResult::rank).thenComparing(u -> u.unit().id()));
      o.append("<h3>").append(zhEn(Label.of("类别:" + e.getKey() + "(" + us.size() + " 个单位)",
          "category: " + e.getKey() + " (" + us.size() + " units)"))).append("</h3>\n");
      o.append("<table class=\"ranking\"><thead><tr><th>名次<br><span class=\"en\">rank</span></th>")
          .append("<th>单位<br><span class=\"en\">unit</span></th><th>总分<br><span class=\"en\">total</span></th>")
          .append("<th>等次<br><span class=\"en\">tier</span></th><th>限制<br><span class=\"en\">caps applied</span></th></tr></thead><tbody>\n");
      int shown = 0;
      for (UnitResult u : us) {
        if (large && shown++ >= RANKING_ROWS_WHEN_LARGE) {
          o.append("<tr><td colspan=\"5\">").append(zhEn(Label.of("其余 " + (us.size() - RANKING_ROWS_WHEN_LARGE)
              + " 个单位见 results.csv", (us.size() - RANKING_ROWS_WHEN_LARGE) + " more units: see results.csv")))
              .append("</td></tr>\n");
          break;
        }
        o.append("<tr><td class=\"n\">").append(u.rank()).append("</td><td>");
        unitLink(u, o, large);
        o.append("</td><td class=\"n\">").append(format(u.total())).append("</td><td>");
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
      o.append("</tbody></table>\n");
    }
    o.append("</section>\n");

    // units
    o.append("<section id=\"units\">\n<h2>单位详情 <span class=\"en\">Units in detail</span></h2>\n");
    if (large) {
      o.append("<p>").append(zhEn(Label.of("共 " + n + " 个单位,以下按编号列出前 " + Writers.DETAIL_LIMIT
          + " 个;全部数据见 results.json 与 results.csv。", n + " units: the first " + Writers.DETAIL_LIMIT
          + " by id are shown below; results.json and results.csv hold them all."))).append("</p>\n");
    }
    java.util.Map<org.fivetype.api.IndicatorId, IndicatorSpec> specs = new java.util.HashMap<>();
    rs.indicators().forEach(i -> specs.put(i.id(), i));
    int shown = 0;
    for (UnitResult u : result.units()) {
      if (shown++ >= Writers.DETAIL_LIMIT) {
        break;
      }
      unit(u, specs, o);
    }
    o.append("</section>\n");

    for (Section s : sections) {
      o.append("<section id=\"section-").append(html(s.id())).append("\">\n<h2>").append(zhEn(s.title())).append("</h2>\n");
      s.html(result, new Html(o));
      o.append("</section>\n");
    }
    o.append("<footer class=\"meta\"><p>由 fivetype 生成 · generated by fivetype</p></footer>\n</body>\n</html>\n");
  }

  private static void unitLink(UnitResult u, StringBuilder o, boolean large) {
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

  private static final String[] COLOURS = {"#1b7f3b", "#2f6fb3", "#b38a00", "#b3261e"};

  static void tierChart(Map<Tier, Integer> counts, int n, StringBuilder o) {
    int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    int w = 640;
    int barH = 30;
    int left = 150;
    int h = Tier.values().length * (barH + 10) + 10;
    o.append("<svg class=\"chart\" role=\"img\" aria-label=\"tier distribution\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    int y = 10;
    for (Tier t : Tier.values()) {
      int c = counts.getOrDefault(t, 0);
      double len = (w - left - 90) * (double) c / max;
      o.append("<text x=\"0\" y=\"").append(y + 20).append("\" font-size=\"14\">").append(t.label().zh()).append(' ')
          .append(t.label().en()).append("</text>");
      o.append("<rect x=\"").append(left).append("\" y=\"").append(y).append("\" width=\"").append(fixed(len))
          .append("\" height=\"").append(barH).append("\" fill=\"").append(COLOURS[t.ordinal()]).append("\"/>");
      o.append("<text x=\"").append(fixed(left + len + 8)).append("\" y=\"").append(y + 20)
          .append("\" font-size=\"14\">").append(c).append(" (").append(n == 0 ? "0" : format(Math.round(1000.0 * c / n) / 10.0))
          .append("%)</text>\n");
      y += barH + 10;
    }
    o.append("</svg>\n");
  }

  private static void unit(UnitResult u, Map<org.fivetype.api.IndicatorId, IndicatorSpec> specs, StringBuilder o) {
    String id = html(u.unit().id());
    o.append("<article class=\"unit\" id=\"unit-").append(id).append("\" data-unit=\"").append(id).append("\">\n");
    o.append("<h3>").append(html(u.unit().name().zh())).append(" <span class=\"en\">").append(html(u.unit().name().en()))
        .append("</span> <small class=\"meta\">").append(id).append("</small></h3>\n");
    o.append("<div class=\"head\">\n");
    radar(u.pillars(), o);
    o.append("<div class=\"facts\">\n<p>");
    tier(u.tier(), o);
    o.append(" ").append(zhEn(Label.of("总分 " + format(u.total()) + " / " + format(u.maxTotal()) + ",类别 "
        + u.unit().category() + " 第 " + u.rank() + " 名(共 " + u.categorySize() + ")",
        "total " + format(u.total()) + " of " + format(u.maxTotal()) + ", rank " + u.rank() + " of "
            + u.categorySize() + " in " + u.unit().category()))).append("</p>\n");
    o.append("<table class=\"pillars\"><thead><tr><th>五型 <span class=\"en\">pillar</span></th><th>得分 <span class=\"en\">points</span></th>")
        .append("<th>得分率 <span class=\"en\">share</span></th></tr></thead><tbody>");
    for (PillarScore p : u.pillars()) {
      o.append("<tr><td>").append(zhEn(p.pillar().name())).append("</td><td class=\"n\">").append(format(p.points()))
          .append(" / ").append(format(p.max())).append("</td><td class=\"n\">")
          .append(org.fivetype.api.Numbers.percent(p.share())).append("</td></tr>");
    }
    o.append("</tbody></table>\n");
    o.append("<p><b>等次依据 <span class=\"en\">Why this tier</span></b></p>\n<ol class=\"caps\">\n");
    for (Reason r : u.reasons()) {
      o.append("<li data-step=\"").append(html(r.step())).append("\">");
      if (!r.step().equals("thresholds")) {
        o.append("<span class=\"flag\">").append(html(stepLabel(r.step()))).append("</span>: ");
      }
      o.append(zhEn(r.text())).append("</li>\n");
    }
    o.append("</ol>\n</div>\n</div>\n");
    o.append("<table class=\"indicators\"><thead><tr><th>指标 <span class=\"en\">indicator</span></th>")
        .append("<th>取值 <span class=\"en\">value</span></th><th>得分 <span class=\"en\">points</span></th>")
        .append("<th>说明 <span class=\"en\">explanation</span></th></tr></thead><tbody>\n");
    for (IndicatorScore s : u.indicators()) {
      IndicatorSpec spec = requireNonNull(specs.get(s.indicator()));
      o.append("<tr><td>").append(html(s.indicator().value())).append("<br>").append(zhEn(spec.name()))
          .append("</td><td class=\"n\">").append(s.missing() ? "—" : format(s.value()))
          .append("</td><td class=\"n\">").append(format(s.points())).append(" / ").append(format(s.max()))
          .append("</td><td>");
      if (s.missing() || s.veto() || s.hardFailed()) {
        o.append("<span class=\"flag\">");
      }
      o.append(zhEn(s.explanation()));
      if (s.missing() || s.veto() || s.hardFailed()) {
        o.append("</span>");
      }
      o.append("</td></tr>\n");
    }
    o.append("</tbody></table>\n</article>\n");
  }

  /** An inline SVG radar of the pillar shares: one axis per pillar, rings at 60 % and 100 %. */
  static void radar(List<PillarScore> pillars, StringBuilder o) {
    int size = 260;
    double cx = size / 2.0;
    double cy = size / 2.0;
    double r = 80;
    int k = pillars.size();
    o.append("<svg class=\"radar\" role=\"img\" aria-label=\"pillar radar\" width=\"").append(size).append("\" height=\"")
        .append(size).append("\" viewBox=\"0 0 ").append(size).append(' ').append(size)
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
      o.append("<line x1=\"").append(fixed(cx)).append("\" y1=\"").append(fixed(cy)).append("\" x2=\"")
          .append(fixed(cx + r * Math.cos(a))).append("\" y2=\"").append(fixed(cy + r * Math.sin(a)))
          .append("\" stroke=\"#d9dce1\"/>");
      double lx = cx + (r + 26) * Math.cos(a);
      double ly = cy + (r + 26) * Math.sin(a);
      PillarScore p = pillars.get(i);
      o.append("<text text-anchor=\"middle\" font-size=\"11\" x=\"").append(fixed(lx)).append("\" y=\"").append(fixed(ly - 2))
          .append("\">").append(html(p.pillar().name().zh())).append("</text>");
      o.append("<text text-anchor=\"middle\" font-size=\"10\" fill=\"#5f6368\" x=\"").append(fixed(lx)).append("\" y=\"")
          .append(fixed(ly + 10)).append("\">").append(html(p.pillar().name().en())).append(' ')
          .append(Math.round(100 * p.share())).append("%</text>\n");
    }
    o.append("<polygon fill=\"rgba(47,111,179,0.25)\" stroke=\"#2f6fb3\" stroke-width=\"2\" points=\"");
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
