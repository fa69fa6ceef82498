package org.fivetype.api;

import java.util.Objects;

/**
 * Why a unit has its tier: one step of the tiering chain that set or capped it.
 *
 * @param step the id of the tier policy that gave this reason, e.g. {@code veto}
 * @param tier the tier after this step
 * @param text the bilingual explanation, naming the rule, the evidence and the cap
 */
@Surface(Surface.Kind.API)
public record Reason(String step, Tier tier, Label text) {
  /**
   * Checks the components.
   *
   * @param step the id of the tier policy that gave this reason, e.g. {@code veto}
   * @param tier the tier after this step
   * @param text the bilingual explanation, naming the rule, the evidence and the cap
   * @throws NullPointerException if a component that must be given is null
   */
  public Reason {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(text, "text");
  }
}
