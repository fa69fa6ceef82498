package org.fivetype.spi;

import java.util.Set;
import org.fivetype.api.Evidence;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Measure;
import org.fivetype.api.Pillar;
import org.fivetype.rule.ScoringRule;

/**
 * One scored item (考核指标): what it is, which pillar it belongs to, its points (分值), whether
 * it is a hard indicator (硬指标, A5), which measures of the source document it covers, the
 * evidence it needs and how that evidence becomes points. {@link IndicatorSpec} is the ready-made
 * implementation; a rule set keeps a copy of every indicator as an {@code IndicatorSpec}.
 */
public interface Indicator {

  /** The indicator id, unique in a rule set. */
  IndicatorId id();

  /** The pillar this indicator counts towards. */
  Pillar pillar();

  /** The bilingual name. */
  Label name();

  /** A bilingual description of what is assessed; the name if there is nothing to add. */
  default Label description() {
    return name();
  }

  /** The most points the indicator can earn, {@code > 0}. */
  double points();

  /** Whether this is a hard indicator: failing it caps the tier (硬约束, A5). */
  boolean hard();

  /** The measure ids of docs/measures.md this indicator covers, at least one. */
  Set<Measure> measures();

  /** The evidence to collect. */
  Evidence evidence();

  /** How a value becomes points. */
  ScoringRule rule();
}
