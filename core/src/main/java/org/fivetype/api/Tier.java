package org.fivetype.api;

/**
 * The four year-end tiers of the source document (A6): EXCELLENT 优秀 &gt; GOOD 优良 &gt; PASS
 * 合格 &gt; FAIL 不合格. Declared best first, so {@link #compareTo} orders best before worst;
 * use {@link #isBetterThan} and {@link #atMost} rather than ordinals.
 */
@Surface(Surface.Kind.API)
public enum Tier {
  /** 优秀. */
  EXCELLENT(Label.of("优秀", "excellent")),
  /** 优良. */
  GOOD(Label.of("优良", "good")),
  /** 合格. */
  PASS(Label.of("合格", "pass")),
  /** 不合格. */
  FAIL(Label.of("不合格", "fail"));

  private final Label label;

  Tier(Label label) {
    this.label = label;
  }

  /** {@return the bilingual name of this tier, e.g. 优秀 / excellent} */
  public Label label() {
    return label;
  }

  /**
   * Whether this tier is strictly better than {@code other}.
   *
   * @param other the tier to compare with
   * @return true if this tier is better; false if it is the same or worse
   */
  public boolean isBetterThan(Tier other) {
    return ordinal() < other.ordinal();
  }

  /**
   * Caps this tier.
   *
   * @param cap the best tier allowed
   * @return this tier, or {@code cap} if this one is better than the cap
   */
  public Tier atMost(Tier cap) {
    return isBetterThan(cap) ? cap : this;
  }

  /** {@return the next better tier, or this one if it is already EXCELLENT} */
  public Tier better() {
    return this == EXCELLENT ? this : values()[ordinal() - 1];
  }
}
