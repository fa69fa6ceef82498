package org.fivetype.report;

import java.util.List;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * The part of {@code report.html} a {@link Section} writes. Every method escapes what it is given,
 * so a section can never inject markup; labels are shown in Chinese and English.
 */
@Surface(Surface.Kind.SPI)
public final class Html {
  private final StringBuilder out;
  private final ReportContext context;

  Html(StringBuilder out) {
    this(out, ReportContext.NONE);
  }

  Html(StringBuilder out, ReportContext context) {
    this.out = out;
    this.context = context;
  }

  /** The category labels and history the report was given (for the sections of this package). */
  ReportContext context() {
    return context;
  }

  /** The bilingual label of a category: from the units file when it gave one, else the category's id. */
  public Label category(String categoryId) {
    return context.category(categoryId);
  }

  /** A heading of the section's level. */
  public Html heading(Label text) {
    out.append("<h3>").append(zhEn(text)).append("</h3>\n");
    return this;
  }

  /** A paragraph, Chinese then English. */
  public Html paragraph(Label text) {
    out.append("<p>").append(zhEn(text)).append("</p>\n");
    return this;
  }

  /** A table with bilingual column headers; cells are plain text. */
  public Html table(List<Label> header, List<List<String>> rows) {
    return table(header, rows, "");
  }

  /** {@link #table(List, List)} with a CSS class (for the sections of this package). */
  Html table(List<Label> header, List<List<String>> rows, String cssClass) {
    out.append(cssClass.isEmpty() ? "<table>" : "<table class=\"" + cssClass + "\">").append("<thead><tr>");
    for (Label h : header) {
      out.append("<th>").append(zhEn(h)).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
    for (List<String> r : rows) {
      out.append("<tr>");
      for (String c : r) {
        out.append("<td>").append(Cells.html(c)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
    return this;
  }

  /**
   * Markup appended as it is: only for the sections of this package, which escape every text they
   * put in it themselves (so the public surface keeps its guarantee).
   */
  Html markup(CharSequence markup) {
    out.append(markup);
    return this;
  }

  static String zhEn(Label l) {
    return "<span lang=\"zh\">" + Cells.isolated(l.zh()) + "</span> <span lang=\"en\" class=\"en\">"
        + Cells.isolated(l.en()) + "</span>";
  }
}
