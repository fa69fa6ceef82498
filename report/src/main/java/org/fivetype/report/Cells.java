package org.fivetype.report;

import org.jspecify.annotations.Nullable;

/**
 * Text made harmless for the places it goes: HTML, CSV and spreadsheet cells. The one formula guard
 * of every writer: {@link #csvText} for each text cell of a CSV file, {@link #xlsxText} for each
 * text cell of a workbook (results, checklist, index, robustness, consequences, departures); numbers
 * are written as numbers and never guarded.
 */
final class Cells {
  private Cells() {}

  /** The most characters a spreadsheet cell holds (Excel's limit, which POI enforces). */
  static final int CELL_LIMIT = 32_767;

  /**
   * Sets a workbook text cell: the text made to fit a cell ({@link #fit}), with {@code style} (null:
   * the cell's style is left as it is), or with {@code quotedStyle} (a quote-prefixed copy: shown as text, never evaluated, not even after
   * the cell is edited or the sheet saved as CSV) when a spreadsheet could take it for a formula.
   */
  static void xlsxText(org.apache.poi.ss.usermodel.Cell cell, String s,
      org.apache.poi.ss.usermodel.@Nullable CellStyle style, org.apache.poi.ss.usermodel.CellStyle quotedStyle) {
    String t = fit(s);
    cell.setCellValue(t);
    if (formulaLike(t)) {
      cell.setCellStyle(quotedStyle);
    } else if (style != null) {
      cell.setCellStyle(style);
    }
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
   * Whether a spreadsheet could take this text for a formula: it starts with {@code = + - @}, a
   * tab or a carriage return (OWASP "CSV injection"). A plain number ({@code -5.1}, {@code -0.25},
   * {@code -3e-4}) is not: a spreadsheet reads it as the number it is, so numbers stay numbers and
   * only text is guarded.
   */
  static boolean formulaLike(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky && !PLAIN_NUMBER.matcher(s).matches();
  }

  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("-[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /** A CSV text cell: formula-like text gets a leading apostrophe; quoted when needed. */
  static String csvText(String s) {
    String t = formulaLike(s) ? "'" + s : s;
    boolean quote = false;
    for (int i = 0; i < t.length() && !quote; i++) {
      char c = t.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote && !t.isEmpty() && (t.charAt(0) == ' ' || t.charAt(t.length() - 1) == ' ')) {
      quote = true;
    }
    return quote ? '"' + t.replace("\"", "\"\"") + '"' : t;
  }

  /**
   * Text for HTML element content, escaped, and isolated in a {@code <bdi>} when it holds
   * right-to-left text or a bidirectional control (U+200E/F, U+202A–U+202E, U+2066–U+2069): a
   * right-to-left override in a unit's name then cannot reorder the text around it.
   */
  static String isolated(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      byte d = Character.getDirectionality(c);
      if (c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return "<bdi>" + html(s) + "</bdi>";
      }
    }
    return html(s);
  }

  /** Escapes text for HTML element content and double-quoted attribute values. */
  static String html(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (rep != null) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        sb.append(rep);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
