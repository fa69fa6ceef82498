package org.fivetype.spi;

import java.util.Set;
import org.fivetype.api.Evidence;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Measure;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.rule.ScoringRule;

/**
 * One scored item (考核指标): what it is, which pillar it belongs to, its points (分值), whether
 * it is a hard indicator (硬指标, A5), which measures of the source document it covers, the
 * evidence it needs and how that evidence becomes points. {@link IndicatorSpec} is the ready-made
 * implementation; a rule set keeps a copy of every indicator as an {@code IndicatorSpec}.
 */
@Surface(Surface.Kind.SPI)
public interface Indicator {

  /** {@return the indicator id, unique in a rule set} */
  IndicatorId id();

  /** {@return the pillar this indicator counts towards} */
  Pillar pillar();

  /** {@return the bilingual name, as reports show it} */
  Label name();

  /** {@return a bilingual description of what is assessed; the name if there is nothing to add} */
  default Label description() {
    return name();
  }

  /** {@return the most points the indicator can earn (分值), finite and {@code > 0}} */
  double points();

  /** {@return whether this is a hard indicator: failing it caps the tier (硬约束, A5)} */
  boolean hard();

  /** {@return the measures of docs/measures.md this indicator covers, at least one} */
  Set<Measure> measures();

  /** {@return the evidence to collect: what, in which unit of measure, from whom} */
  Evidence evidence();

  /** {@return how a value of the evidence becomes points} */
  ScoringRule rule();
}
