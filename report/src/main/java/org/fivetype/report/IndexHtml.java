package org.fivetype.report;

import static org.fivetype.report.Cells.html;
import static org.fivetype.report.Html.zhEn;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fivetype.api.Label;
import org.jspecify.annotations.Nullable;

/**
 * The {@code report.html} of an index run: one self-contained file (no script, no external
 * resource; a Content Security Policy forbids both), bilingual: the ranking, each unit's profile
 * across the aggregates (bars scaled to the range of each aggregate, with its rank), the
 * distribution of each indicator (a dot per unit, imputed and treated values marked), what was
 * imputed or treated, and the robustness of the ranks when analysed. Every text from the inputs
 * is escaped.
 */
final class IndexHtml {
  private IndexHtml() {}

  private static final String CSS = """
      :root{--ink:#1d1d1f;--mute:#5f6368;--line:#d9dce1;--bar:#2f6fb3;--imp:#b38a00;--trt:#b3261e}
      *{box-sizing:border-box}
      body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",system-ui,sans-serif;color:var(--ink);margin:0 auto;max-width:1180px;padding:24px;line-height:1.45}
      h1{font-size:1.6rem;margin:0 0 4px} h2{font-size:1.25rem;border-bottom:2px solid var(--ink);padding-bottom:4px;margin-top:32px}
      h3{font-size:1.05rem;margin:0 0 6px} .en{color:var(--mute)} .meta{color:var(--mute);font-size:.85rem;word-break:break-all}
      table{border-collapse:collapse;width:100%;font-size:.85rem;margin:8px 0}
      th,td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:middle} th{background:#f3f4f6}
      td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .unit{border:1px solid var(--line);border-radius:6px;padding:12px;margin:12px 0;break-inside:avoid}
      .dist{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:10px}
      .dist figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:8px}
      .dist figcaption{font-size:.85rem}
      nav a{margin-right:10px} svg text{font-family:inherit}
      @page{size:A4;margin:12mm}
      @media print{body{max-width:none;padding:0;font-size:10pt} nav{display:none} h2{break-after:avoid} tr{break-inside:avoid}}
      """;

  /** Dots per indicator at most: larger runs show every k-th unit (in row order) and say so. */
  static final int DOTS = 2000;

  /** Units shown with a profile (the first by rank) when a run is larger. */
  static final int PROFILE_LIMIT = Writers.DETAIL_LIMIT;

  static void write(IndexResult r, @Nullable IndexRobustness robustness, Path file) throws IOException {
    StringBuilder o = new StringBuilder(1 << 18);
    render(r, robustness, o);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.append(o);
    }
  }

  static void render(IndexResult r, @Nullable IndexRobustness robustness, StringBuilder o) {
    int n = r.units().size();
    o.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>综合指数 ").append(html(r.title())).append(" · Composite index</title>\n<style>").append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n");
    o.append("<h1>综合指数 <span class=\"en\">Composite index</span>: ").append(html(r.title())).append("</h1>\n");
    o.append("<p>").append(zhEn(Label.of(n + " 个单位," + r.indicators().size() + " 项指标," + r.aggregates().size()
        + " 个合成层级节点;排名依据 " + r.index(), n + " units, " + r.indicators().size() + " indicators, "
        + r.aggregates().size() + " aggregates; ranked by " + r.index()))).append("</p>\n");
    o.append("<p class=\"meta\">recipe 方案 ").append(html(r.recipe().file())).append(" sha256 ")
        .append(r.recipe().sha256()).append("<br>data 数据 ").append(html(r.data().file())).append(" sha256 ")
        .append(r.data().sha256());
    if (!r.ignoredColumns().isEmpty()) {
      o.append("<br>").append(zhEn(Label.of("未使用的列:" + String.join(", ", r.ignoredColumns()),
          "columns not used: " + String.join(", ", r.ignoredColumns()))));
    }
    if (!r.excludedUnits().isEmpty()) {
      o.append("<br>").append(zhEn(Label.of("因数据不足被筛除的单位:" + String.join(", ", r.excludedUnits()),
          "units screened out for too little data: " + String.join(", ", r.excludedUnits()))));
    }
    o.append("</p>\n<nav><a href=\"#ranking\">排名 Ranking</a><a href=\"#profiles\">单位概况 Profiles</a>")
        .append("<a href=\"#distributions\">指标分布 Distributions</a><a href=\"#treatment\">插补与处理 Imputed and treated</a>");
    if (robustness != null) {
      o.append("<a href=\"#robustness\">稳健性 Robustness</a>");
    }
    o.append("</nav>\n</header>\n");
    ranking(r, o);
    profiles(r, o);
    distributions(r, o);
    treatment(r, o);
    if (robustness != null) {
      robustness(r, robustness, o);
    }
    o.append("<footer class=\"meta\"><p>由 fivetype 生成 · generated by fivetype</p></footer>\n</body>\n</html>\n");
  }

  private static void ranking(IndexResult r, StringBuilder o) {
    String index = r.index();
    List<IndexResult.Node> shown = new ArrayList<>();
    for (IndexResult.Node a : r.aggregates()) {
      if (index.equals(a.parent())) {
        shown.add(a);
      }
    }
    double[] v = r.score(index);
    double[] range = range(v);
    o.append("<section id=\"ranking\">\n<h2>排名 <span class=\"en\">Ranking</span></h2>\n");
    o.append("<table class=\"ranking\"><thead><tr><th>名次<br><span class=\"en\">rank</span></th>")
        .append("<th>单位<br><span class=\"en\">unit</span></th>");
    if (r.classes() != null) {
      o.append("<th>类别<br><span class=\"en\">class</span></th>");
    }
    o.append("<th>").append(html(index)).append("</th><th></th>");
    for (IndexResult.Node a : shown) {
      o.append("<th>").append(html(a.code())).append("</th>");
    }
    o.append("</tr></thead><tbody>\n");
    int rows = 0;
    for (int i : r.byRank()) {
      if (rows++ >= PROFILE_LIMIT) {
        o.append("<tr><td colspan=\"").append(4 + shown.size() + (r.classes() != null ? 1 : 0)).append("\">")
            .append(zhEn(Label.of("其余 " + (r.units().size() - PROFILE_LIMIT) + " 个单位见 results.csv",
                (r.units().size() - PROFILE_LIMIT) + " more units: see results.csv"))).append("</td></tr>\n");
        break;
      }
      int rank = r.rank(index)[i];
      o.append("<tr data-unit=\"").append(html(r.units().get(i))).append("\"><td class=\"n\">")
          .append(rank == 0 ? "—" : Integer.toString(rank)).append("</td><td><a href=\"#unit-")
          .append(html(r.units().get(i))).append("\">").append(html(r.names().get(i))).append("</a> <small class=\"meta\">")
          .append(html(r.units().get(i))).append("</small></td>");
      if (r.classes() != null) {
        String c = r.classes().classOf().get(i);
        o.append("<td>").append(c == null ? "—" : html(c)).append("</td>");
      }
      o.append("<td class=\"n\">").append(two(v[i])).append("</td><td>");
      bar(v[i], range, 160, 12, o);
      o.append("</td>");
      for (IndexResult.Node a : shown) {
        o.append("<td class=\"n\">").append(two(r.score(a.code())[i])).append("</td>");
      }
      o.append("</tr>\n");
    }
    o.append("</tbody></table>\n</section>\n");
  }

  private static void profiles(IndexResult r, StringBuilder o) {
    int n = r.units().size();
    List<IndexResult.Node> aggs = r.aggregates();
    Map<String, double[]> ranges = new HashMap<>();
    aggs.forEach(a -> ranges.put(a.code(), range(r.score(a.code()))));
    o.append("<section id=\"profiles\">\n<h2>单位概况 <span class=\"en\">Unit profiles</span></h2>\n");
    o.append("<p>").append(zhEn(Label.of("每个单位在各合成层级上的得分;条形长度按该层级全部单位的最小值到最大值缩放,右侧为名次。",
        "Each unit's score on every aggregate; a bar spans the aggregate's range over all units (lowest to highest), "
            + "its rank at the right."))).append("</p>\n");
    if (n > PROFILE_LIMIT) {
      o.append("<p>").append(zhEn(Label.of("共 " + n + " 个单位,以下列出名次最前的 " + PROFILE_LIMIT + " 个;全部数据见 results.json。",
          n + " units: the first " + PROFILE_LIMIT + " by rank are shown; results.json holds them all."))).append("</p>\n");
    }
    int shown = 0;
    int rowH = 18;
    int labelW = 140;
    int barW = 300;
    for (int i : r.byRank()) {
      if (shown++ >= PROFILE_LIMIT) {
        break;
      }
      String id = html(r.units().get(i));
      o.append("<article class=\"unit\" id=\"unit-").append(id).append("\" data-unit=\"").append(id).append("\">\n<h3>")
          .append(html(r.names().get(i))).append(" <small class=\"meta\">").append(id).append("</small>");
      int rank = r.rank(r.index())[i];
      o.append(" — ").append(zhEn(Label.of(rank == 0 ? "无名次" : "第 " + rank + " 名(共 " + n + ")",
          rank == 0 ? "no rank" : "rank " + rank + " of " + n)));
      if (r.classes() != null && r.classes().classOf().get(i) != null) {
        o.append(" · ").append(html(r.classes().classOf().get(i)));
      }
      o.append("</h3>\n");
      int h = aggs.size() * rowH + 6;
      int w = labelW + barW + 150;
      o.append("<svg class=\"profile\" role=\"img\" aria-label=\"profile of ").append(id).append("\" width=\"").append(w)
          .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
          .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
      int y = 3;
      for (IndexResult.Node a : aggs) {
        double v = r.score(a.code())[i];
        double[] range = java.util.Objects.requireNonNull(ranges.get(a.code()), "every aggregate has its range");
        double share = share(v, range);
        int indent = 8 * (maxLevel(r) - a.level());
        o.append("<text x=\"").append(indent).append("\" y=\"").append(y + 12).append("\" font-size=\"11\">")
            .append(html(a.code())).append("</text>");
        o.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 2).append("\" width=\"").append(barW)
            .append("\" height=\"").append(rowH - 6).append("\" fill=\"#f3f4f6\"/>");
        if (!Double.isNaN(share)) {
          o.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 2).append("\" width=\"")
              .append(HtmlReport.fixed(barW * share)).append("\" height=\"").append(rowH - 6)
              .append("\" fill=\"#2f6fb3\"/>");
        }
        int k = r.rank(a.code())[i];
        o.append("<text x=\"").append(labelW + barW + 6).append("\" y=\"").append(y + 12).append("\" font-size=\"11\">")
            .append(two(v)).append(k == 0 ? "" : "  #" + k).append("</text>\n");
        y += rowH;
      }
      o.append("</svg>\n</article>\n");
    }
    o.append("</section>\n");
  }

  private static int maxLevel(IndexResult r) {
    return r.aggregates().stream().mapToInt(IndexResult.Node::level).max().orElse(1);
  }

  private static void distributions(IndexResult r, StringBuilder o) {
    Set<String> imputed = new HashSet<>();
    r.imputedCells().forEach(c -> imputed.add(c.indicator() + "\u0000" + c.unit()));
    Set<String> treated = new HashSet<>();
    r.treatedCells().forEach(c -> treated.add(c.indicator() + "\u0000" + c.unit()));
    o.append("<section id=\"distributions\">\n<h2>指标分布 <span class=\"en\">Distribution per indicator</span></h2>\n");
    o.append("<p>").append(zhEn(Label.of("每点为一个单位的原始值(插补后);橙色空心点为插补值,红点为经异常值处理的值,竖线为中位数。",
        "A dot per unit: its value as read (imputed ones filled in); hollow orange dots were imputed, red ones were "
            + "treated as outliers; the line is the median."))).append("</p>\n");
    if (r.units().size() > DOTS) {
      int step = (r.units().size() + DOTS - 1) / DOTS;
      o.append("<p>").append(zhEn(Label.of("单位较多,每 " + step + " 个单位画一个点;中位数等统计量取自全部单位。",
          "Many units: one dot per " + step + " units; the statistics are of all units."))).append("</p>\n");
    }
    o.append("<div class=\"dist\">\n");
    int w = 340;
    int h = 46;
    for (IndexResult.Node ind : r.indicators()) {
      double[] v = IndexResult.column(r.imputed(), ind.code());
      double[] raw = IndexResult.column(r.raw(), ind.code());
      double[] present = Arrays.stream(v).filter(d -> !Double.isNaN(d)).sorted().toArray();
      long missing = Arrays.stream(raw).filter(Double::isNaN).count();
      o.append("<figure data-indicator=\"").append(html(ind.code())).append("\"><figcaption><b>").append(html(ind.code()))
          .append("</b> ").append(zhEn(Label.of(("higher".equals(ind.direction()) ? "越高越好" : "越低越好") + ",缺失 "
              + missing, ("higher".equals(ind.direction()) ? "higher is better" : "lower is better") + ", missing "
              + missing)));
      if (present.length > 0) {
        o.append(" · min ").append(two(present[0])).append(" · median ").append(two(median(present)))
            .append(" · max ").append(two(present[present.length - 1]));
      }
      o.append("</figcaption>\n<svg role=\"img\" aria-label=\"distribution of ").append(html(ind.code()))
          .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w)
          .append(' ').append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
      o.append("<line x1=\"10\" y1=\"30\" x2=\"").append(w - 10).append("\" y2=\"30\" stroke=\"#9aa0a6\"/>");
      if (present.length > 0) {
        double[] range = {present[0], present[present.length - 1]};
        double med = share(median(present), range);
        o.append("<line x1=\"").append(HtmlReport.fixed(10 + (w - 20) * (Double.isNaN(med) ? 0.5 : med)))
            .append("\" y1=\"8\" x2=\"").append(HtmlReport.fixed(10 + (w - 20) * (Double.isNaN(med) ? 0.5 : med)))
            .append("\" y2=\"40\" stroke=\"#1d1d1f\" stroke-width=\"1.5\"/>");
        int step = Math.max(1, (v.length + DOTS - 1) / DOTS); // at most DOTS dots: every step-th unit
        for (int u = 0; u < v.length; u += step) {
          if (Double.isNaN(v[u])) {
            continue;
          }
          double s = share(v[u], range);
          double x = 10 + (w - 20) * (Double.isNaN(s) ? 0.5 : s);
          String key = ind.code() + "\u0000" + r.units().get(u);
          // a little vertical jitter by unit position so ties stay visible, the same on every run
          int y = 20 + (u % 5) * 4;
          o.append("<circle cx=\"").append(HtmlReport.fixed(x)).append("\" cy=\"").append(y).append("\" r=\"3\" ");
          if (imputed.contains(key)) {
            o.append("fill=\"none\" stroke=\"#b38a00\" stroke-width=\"1.5\"");
          } else if (treated.contains(key)) {
            o.append("fill=\"#b3261e\"");
          } else {
            o.append("fill=\"#2f6fb3\" fill-opacity=\"0.6\"");
          }
          o.append("><title>").append(html(r.units().get(u))).append(' ').append(two(v[u])).append("</title></circle>");
        }
      }
      o.append("</svg></figure>\n");
    }
    o.append("</div>\n</section>\n");
  }

  private static void treatment(IndexResult r, StringBuilder o) {
    o.append("<section id=\"treatment\">\n<h2>插补与异常值处理 <span class=\"en\">Imputed and treated values</span></h2>\n");
    o.append("<h3>").append(zhEn(Label.of("插补的单元格(" + r.imputedCells().size() + ")",
        "Imputed cells (" + r.imputedCells().size() + ")"))).append("</h3>\n");
    if (r.imputedCells().isEmpty()) {
      o.append("<p>").append(zhEn(Label.of("无。", "None."))).append("</p>\n");
    } else {
      o.append("<table class=\"imputed\"><thead><tr><th>单位 <span class=\"en\">unit</span></th><th>指标 <span class=\"en\">indicator</span></th>")
          .append("<th>插补值 <span class=\"en\">value imputed</span></th></tr></thead><tbody>\n");
      for (IndexResult.Cell c : r.imputedCells()) {
        o.append("<tr><td>").append(html(c.unit())).append("</td><td>").append(html(c.indicator()))
            .append("</td><td class=\"n\">").append(html(org.fivetype.api.Numbers.format(c.value()))).append("</td></tr>\n");
      }
      o.append("</tbody></table>\n");
    }
    List<IndexResult.TreatmentRow> done = r.treatment().stream()
        .filter(t -> t.points() > 0 || t.transformed()).toList();
    o.append("<h3>").append(zhEn(Label.of("经异常值处理的指标(" + done.size() + " / " + r.treatment().size() + ")",
        "Indicators treated for outliers (" + done.size() + " of " + r.treatment().size() + ")"))).append("</h3>\n");
    if (r.treatment().isEmpty()) {
      o.append("<p>").append(zhEn(Label.of("方案未设异常值处理。", "The recipe has no outlier treatment."))).append("</p>\n");
    } else if (done.isEmpty()) {
      o.append("<p>").append(zhEn(Label.of("无。", "None."))).append("</p>\n");
    } else {
      o.append("<table class=\"treatment\"><thead><tr><th>指标 <span class=\"en\">indicator</span></th>")
          .append("<th>处理 <span class=\"en\">treatment</span></th><th>低端 <span class=\"en\">low</span></th>")
          .append("<th>高端 <span class=\"en\">high</span></th><th>偏度 <span class=\"en\">skewness</span></th>")
          .append("<th>峰度 <span class=\"en\">kurtosis</span></th></tr></thead><tbody>\n");
      for (IndexResult.TreatmentRow t : done) {
        o.append("<tr><td>").append(html(t.indicator())).append("</td><td>").append(html(t.treatment()))
            .append("</td><td class=\"n\">").append(t.pointsLow()).append("</td><td class=\"n\">").append(t.pointsHigh())
            .append("</td><td class=\"n\">").append(two(t.skewness())).append("</td><td class=\"n\">")
            .append(two(t.kurtosis())).append("</td></tr>\n");
      }
      o.append("</tbody></table>\n");
    }
    if (!r.treatedCells().isEmpty()) {
      o.append("<h3>").append(zhEn(Label.of("处理的单元格(" + r.treatedCells().size() + ")",
          "Treated cells (" + r.treatedCells().size() + ")"))).append("</h3>\n");
      o.append("<table class=\"treated\"><thead><tr><th>单位 <span class=\"en\">unit</span></th><th>指标 <span class=\"en\">indicator</span></th>")
          .append("<th>方式 <span class=\"en\">how</span></th><th>处理前 <span class=\"en\">before</span></th>")
          .append("<th>处理后 <span class=\"en\">after</span></th></tr></thead><tbody>\n");
      for (IndexResult.TreatedCell c : r.treatedCells()) {
        o.append("<tr><td>").append(html(c.unit())).append("</td><td>").append(html(c.indicator())).append("</td><td>")
            .append(html(c.how())).append("</td><td class=\"n\">").append(html(org.fivetype.api.Numbers.format(c.before())))
            .append("</td><td class=\"n\">").append(html(org.fivetype.api.Numbers.format(c.after()))).append("</td></tr>\n");
      }
      o.append("</tbody></table>\n");
    }
    o.append("</section>\n");
  }

  private static void robustness(IndexResult r, IndexRobustness rob, StringBuilder o) {
    int n = r.units().size();
    o.append("<section id=\"robustness\">\n<h2>排名稳健性 <span class=\"en\">Robustness of the ranking</span></h2>\n");
    o.append("<p>").append(zhEn(Label.of("在 " + rob.spec() + " 所列的不确定选择下重复计算指数 " + rob.evaluations()
        + " 次(种子 " + rob.seed() + "):每个单位名次的中位数与 5%–95% 区间" + (rob.sensitivity()
            ? ",以及各不确定输入对名次的一阶与总效应 Sobol 指数。" : "。"),
        "The index computed " + rob.evaluations() + " times over the uncertain choices of " + rob.spec() + " (seed "
            + rob.seed() + "): each unit's median rank and its 5–95 % interval" + (rob.sensitivity()
                ? ", and the first-order and total Sobol indices of its rank per uncertain input." : ".")))).append("</p>\n");
    o.append("<table class=\"robustness\"><thead><tr><th>单位 <span class=\"en\">unit</span></th>")
        .append("<th>名次 <span class=\"en\">rank</span></th><th>中位数 <span class=\"en\">median</span></th>")
        .append("<th>5%–95%</th><th></th>");
    if (rob.sensitivity()) {
      for (String in : rob.inputs()) {
        o.append("<th>").append(html(in)).append("<br><span class=\"en\">S<sub>i</sub> / S<sub>Ti</sub></span></th>");
      }
    }
    o.append("</tr></thead><tbody>\n");
    for (IndexRobustness.UnitRow u : rob.ordered(r)) {
      o.append("<tr data-unit=\"").append(html(u.unit())).append("\"><td>").append(html(u.unit()))
          .append("</td><td class=\"n\">").append(u.rank()).append("</td><td class=\"n\">").append(two(u.median()))
          .append("</td><td class=\"n\">").append(two(u.low())).append("–").append(two(u.high())).append("</td><td>");
      // the interval on a 1..n axis, the published rank as a dot
      int w = 160;
      o.append("<svg width=\"").append(w).append("\" height=\"12\" viewBox=\"0 0 ").append(w)
          .append(" 12\" xmlns=\"http://www.w3.org/2000/svg\"><line x1=\"0\" y1=\"6\" x2=\"").append(w)
          .append("\" y2=\"6\" stroke=\"#d9dce1\"/>");
      double x1 = n <= 1 ? 0 : (u.low() - 1) / (n - 1) * w;
      double x2 = n <= 1 ? 0 : (u.high() - 1) / (n - 1) * w;
      double xr = n <= 1 ? 0 : (u.rank() - 1) / (double) (n - 1) * w;
      o.append("<rect x=\"").append(HtmlReport.fixed(x1)).append("\" y=\"2\" width=\"")
          .append(HtmlReport.fixed(Math.max(1, x2 - x1))).append("\" height=\"8\" fill=\"#2f6fb3\" fill-opacity=\"0.4\"/>")
          .append("<circle cx=\"").append(HtmlReport.fixed(xr)).append("\" cy=\"6\" r=\"3\" fill=\"#1d1d1f\"/></svg></td>");
      if (rob.sensitivity()) {
        for (int k = 0; k < rob.inputs().size(); k++) {
          o.append("<td class=\"n\">").append(two(u.first()[k])).append(" / ").append(two(u.total()[k])).append("</td>");
        }
      }
      o.append("</tr>\n");
    }
    o.append("</tbody></table>\n</section>\n");
  }

  /** Lowest and highest present value ({NaN, NaN} when none). */
  private static double[] range(double[] v) {
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (double d : v) {
      if (!Double.isNaN(d)) {
        lo = Double.isNaN(lo) ? d : Math.min(lo, d);
        hi = Double.isNaN(hi) ? d : Math.max(hi, d);
      }
    }
    return new double[] {lo, hi};
  }

  /** Where v lies in the range, 0..1; 1 for a range of one value; NaN when v is missing. */
  private static double share(double v, double[] range) {
    if (Double.isNaN(v) || Double.isNaN(range[0])) {
      return Double.NaN;
    }
    return range[1] > range[0] ? (v - range[0]) / (range[1] - range[0]) : 1;
  }

  private static void bar(double v, double[] range, int w, int h, StringBuilder o) {
    double s = share(v, range);
    o.append("<svg width=\"").append(w).append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ')
        .append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"").append(w).append("\" height=\"")
        .append(h).append("\" fill=\"#f3f4f6\"/>");
    if (!Double.isNaN(s)) {
      o.append("<rect width=\"").append(HtmlReport.fixed(w * s)).append("\" height=\"").append(h)
          .append("\" fill=\"#2f6fb3\"/>");
    }
    o.append("</svg>");
  }

  private static double median(double[] sorted) {
    int m = sorted.length;
    return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
  }

  /** Two decimals, half-up on the decimal value (as published tables round), "—" when missing. */
  static String two(double v) {
    if (!Double.isFinite(v)) {
      return "—";
    }
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
