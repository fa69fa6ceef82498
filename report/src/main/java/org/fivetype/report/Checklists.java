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
import org.fivetype.api.Unit;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;

/**
 * The unified inspection form (统一检查, A3): for each unit, every indicator of the rule set with
 * the evidence to collect, who supplies it and in which unit of measure, on one printed page per
 * unit, so that one visit covers every target item. Written atomically as {@code checklist.html}
 * and {@code checklist.csv} (a row per unit and indicator, with an empty {@code value} column to
 * fill in: the observations file of {@code fivetype assess}).
 */
public final class Checklists {
  private Checklists() {}

  /** The files written. */
  public static final List<String> FILES = List.of("checklist.html", "checklist.csv");

  /** Writes the checklist of the units under the rule set into {@code outDir}, atomically. */
  public static void write(RuleSet rules, List<Unit> units, int year, Path outDir) throws IOException {
    write(rules, units, year, OutputTarget.of(outDir, "checklist"));
  }

  /** Writes the checklist into the target's directory, atomically (see {@link OutputTarget}). */
  public static void write(RuleSet rules, List<Unit> units, int year, OutputTarget target) throws IOException {
    AtomicDirectory.write(target, dir -> {
      page(rules, units, year, dir.resolve("checklist.html"));
      csv(rules, units, year, dir.resolve("checklist.csv"));
    });
  }

  private static void csv(RuleSet rules, List<Unit> units, int year, Path file) throws IOException {
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
      w.write('\uFEFF');
      w.write("unit_id,year,indicator_id,value,source,note\r\n");
      for (Unit u : units) {
        for (IndicatorSpec i : rules.indicators()) {
          w.write(Cells.csvText(u.id()) + "," + year + "," + i.id().value() + ",,"
              + Cells.csvText(i.evidence().supplier().label().en()) + ","
              + Cells.csvText((mandatory(i) ? "必填 mandatory (" + (isVeto(i) ? "一票否决 veto" : "硬指标 hard")
                  + "): " : "") + i.evidence().what().zh() + " / " + i.evidence().what().en() + " ("
                  + i.evidence().unitOfMeasure().en() + ")") + "\r\n");
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
    return i.rule() instanceof org.fivetype.rule.Veto;
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
