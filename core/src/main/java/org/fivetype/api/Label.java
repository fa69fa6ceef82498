package org.fivetype.api;

import java.util.Objects;

/**
 * A text a user sees, in Chinese and in English. Every user-facing label of fivetype is one of
 * these: names of units, pillars, indicators and tiers, explanations and reasons.
 *
 * @param zh the Chinese text, never blank
 * @param en the English text, never blank
 */
@Surface(Surface.Kind.API)
public record Label(String zh, String en) {

  /**
   * Checks the components.
   *
   * @param zh the Chinese text, never blank
   * @param en the English text, never blank
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Label {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
    if (zh.isBlank() || en.isBlank()) {
      throw new IllegalArgumentException("a label needs both a Chinese and an English text: " + zh + " / " + en);
    }
  }

  /**
   * Creates a label from its Chinese and English texts.
   *
   * @param zh the Chinese text, not blank
   * @param en the English text, not blank
   * @return the label
   * @throws IllegalArgumentException if either text is blank
   */
  public static Label of(String zh, String en) {
    return new Label(zh, en);
  }

  /**
   * The text in the given language.
   *
   * @param language {@code "zh"} or {@code "en"}; anything else gives English
   * @return the Chinese text for {@code "zh"}, else the English text
   */
  public String in(String language) {
    return "zh".equals(language) ? zh : en;
  }

  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
