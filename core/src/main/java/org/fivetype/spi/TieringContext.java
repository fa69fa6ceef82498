package org.fivetype.spi;

import java.util.List;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;

/**
 * What a {@link TierPolicy} sees of an assessment while tiers are being set: per unit (by index
 * {@code 0..unitCount()-1}) its total, pillar points, flags and current tier, and the means to
 * set or cap that tier with a reason.
 */
@Surface(Surface.Kind.SPI)
public interface TieringContext {

  /** {@return the assessment year, e.g. 2004} */
  int year();

  /** {@return how many units are assessed; unit indexes run from 0 to this minus 1} */
  int unitCount();

  /**
   * The unit at an index.
   *
   * @param u the unit's index, {@code 0..unitCount()-1}
   * @return the unit
   */
  Unit unit(int u);

  /**
   * The unit's total: the sum of its points over all indicators.
   *
   * @param u the unit's index
   * @return the total, between 0 and {@link #maxTotal()}
   */
  double total(int u);

  /** {@return the largest total a unit could reach under the rule set (the sum of every indicator's points)} */
  double maxTotal();

  /** {@return the pillars of the rule set, in rule-set order} */
  List<Pillar> pillars();

  /**
   * The unit's points in a pillar.
   *
   * @param u the unit's index
   * @param pillar a pillar of {@link #pillars()}
   * @return the points, between 0 and {@link #pillarMax pillarMax(pillar)}
   */
  double pillarPoints(int u, Pillar pillar);

  /**
   * The most points a unit could earn in a pillar.
   *
   * @param pillar a pillar of {@link #pillars()}
   * @return the sum of the points of the pillar's indicators
   */
  double pillarMax(Pillar pillar);

  /**
   * The veto indicators (一票否决) a unit triggered.
   *
   * @param u the unit's index
   * @return their ids, in rule-set order; empty if none
   */
  List<IndicatorId> vetoes(int u);

  /**
   * The hard indicators (硬指标) a unit failed.
   *
   * @param u the unit's index
   * @return their ids, in rule-set order; empty if none
   */
  List<IndicatorId> failedHard(int u);

  /**
   * The indicators with no evidence for a unit.
   *
   * @param u the unit's index
   * @return their ids, in rule-set order; empty if the unit's evidence is complete
   */
  List<IndicatorId> missing(int u);

  /**
   * The unit's value (evidence) for an indicator of the rule set this year; NaN when the unit has
   * none or the rule set has no such indicator.
   *
   * @param u the unit's index
   * @param indicator the indicator's id
   * @return the value, or NaN
   */
  double value(int u, IndicatorId indicator);

  /**
   * The unit's tier as the steps so far left it.
   *
   * @param u the unit's index
   * @return the current tier ({@link Tier#FAIL} before the first step)
   */
  Tier tier(int u);

  /**
   * Sets the unit's tier, better or worse, recording why.
   *
   * @param u the unit's index
   * @param tier the new tier
   * @param reason the bilingual reason, naming the rule and the evidence
   */
  void setTier(int u, Tier tier, Label reason);

  /**
   * Caps the unit's tier at {@code cap}: if its tier is better, it becomes {@code cap} and the
   * reason is recorded; otherwise nothing happens.
   *
   * @param u the unit's index
   * @param cap the best tier allowed
   * @param reason the bilingual reason, recorded only when the tier changes
   * @return whether the tier changed
   */
  boolean cap(int u, Tier cap, Label reason);
}
