package org.fivetype.records;

import java.util.Locale;
import java.util.Optional;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * An answer on an appraisal ballot (万人评议, E8). The first three are positive; {@link
 * #DONT_KNOW} is not a valid answer for the satisfaction share (it is left out of the
 * denominator).
 */
@Surface(Surface.Kind.API)
public enum Answer {
  /** 满意. */
  SATISFIED("满意", "satisfied"),
  /** 比较满意. */
  FAIRLY_SATISFIED("比较满意", "fairly satisfied"),
  /** 基本满意. */
  BASICALLY_SATISFIED("基本满意", "basically satisfied"),
  /** 不满意. */
  DISSATISFIED("不满意", "dissatisfied"),
  /** 不了解: the rater does not know the unit. */
  DONT_KNOW("不了解", "don't know");

  private final Label label;

  Answer(String zh, String en) {
    this.label = Label.of(zh, en);
  }

  /** The answer's wording on the ballot. */
  public Label label() {
    return label;
  }

  /** Whether the answer counts towards satisfaction (满意, 比较满意, 基本满意). */
  public boolean positive() {
    return ordinal() <= BASICALLY_SATISFIED.ordinal();
  }

  /** Whether the answer is valid for the share (anything but 不了解). */
  public boolean valid() {
    return this != DONT_KNOW;
  }

  /**
   * Parses the Chinese wording, the English wording (any case, spaces, '-' or '_' between words,
   * "do not know" and "unknown" for {@link #DONT_KNOW}) or the constant's name.
   */
  public static Optional<Answer> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    String en = t.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replace('’', '\'')
        .replaceAll("\\s+", " ");
    for (Answer a : values()) {
      if (a.label.zh().equals(t) || a.label.en().equals(en) || a.name().toLowerCase(Locale.ROOT).replace('_', ' ')
          .equals(en)) {
        return Optional.of(a);
      }
    }
    if (en.equals("do not know") || en.equals("dont know") || en.equals("unknown")) {
      return Optional.of(DONT_KNOW);
    }
    return Optional.empty();
  }
}
