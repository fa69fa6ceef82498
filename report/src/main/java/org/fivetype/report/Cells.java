package org.fivetype.report;

/** Text made harmless for the places it goes: HTML, CSV and spreadsheet cells. */
final class Cells {
  private Cells() {}

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
