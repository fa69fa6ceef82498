package org.fivetype.consequence;

import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * Direction of travel against last year, with the four labels of the UK Audit Commission's
 * Comprehensive Performance Assessment (CPA, 2005–2008 "harder test"): improving strongly,
 * improving well, improving adequately, not improving adequately. Which one applies is decided
 * by {@link TravelThresholds} on the change of the share of the maximum, in percentage points.
 */
@Surface(Surface.Kind.API)
public enum Travel {
  /** 显著进步 / improving strongly. */
  IMPROVING_STRONGLY(Label.of("显著进步", "improving strongly")),
  /** 进步良好 / improving well. */
  IMPROVING_WELL(Label.of("进步良好", "improving well")),
  /** 进步尚可 / improving adequately. */
  IMPROVING_ADEQUATELY(Label.of("进步尚可", "improving adequately")),
  /** 进步不足 / not improving adequately. */
  NOT_IMPROVING_ADEQUATELY(Label.of("进步不足", "not improving adequately"));

  private final Label label;

  Travel(Label label) {
    this.label = label;
  }

  /** {@return the bilingual label} */
  public Label label() {
    return label;
  }
}
