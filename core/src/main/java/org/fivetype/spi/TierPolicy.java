package org.fivetype.spi;

import org.fivetype.api.Label;

/**
 * One step of the tiering chain (thresholds → caps → quota → history rules). A step looks at the
 * units' totals, pillar points and flags through a {@link TieringContext}, and sets or caps tiers,
 * giving a reason each time. Steps must be deterministic: they may not depend on the order in
 * which units are presented (use {@link TieringContext#unit(int)} ids or totals to break ties).
 */
public interface TierPolicy {

  /** A short stable id for this step, e.g. {@code "veto"}; it names the step in every reason. */
  String id();

  /** The bilingual name of this step. */
  Label name();

  /** Applies this step to all units. */
  void apply(TieringContext context);
}
