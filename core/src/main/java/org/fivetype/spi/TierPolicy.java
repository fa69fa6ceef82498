package org.fivetype.spi;

import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.fivetype.rule.ParamWriter;

/**
 * One step of the tiering chain (thresholds → caps → quota → history rules). A step looks at the
 * units' totals, pillar points and flags through a {@link TieringContext}, and sets or caps tiers,
 * giving a reason each time. Steps must be deterministic: they may not depend on the order in
 * which units are presented (use {@link TieringContext#unit(int)} ids or totals to break ties).
 *
 * <p>A step is added in Java with {@code RuleSet.Builder.tierStep}, or named from a rule file when
 * a {@link TierStepKind} of the same id is registered; a rule set's steps are exported and
 * fingerprinted as {@code "steps"}, so a step added in Java reads back only where its kind is
 * registered.
 */
@Surface(Surface.Kind.SPI)
public interface TierPolicy {

  /** {@return a short stable id for this step, e.g. {@code "veto"}; it names the step in every reason} */
  String id();

  /** {@return the bilingual name of this step} */
  Label name();

  /**
   * Applies this step to all units.
   *
   * @param context the units' totals, flags and tiers so far, and the means to set or cap them
   */
  void apply(TieringContext context);

  /**
   * Writes this step's parameters for the rule file's {@code "steps"} (export and fingerprint):
   * exactly the keys its {@link TierStepKind} reads back. The default writes none (a step without
   * parameters).
   *
   * @param out where the parameters go, beside the step's {@code "use"}
   */
  default void writeParams(ParamWriter out) {}
}
