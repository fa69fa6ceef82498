package org.fivetype.spi;

import java.util.List;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;

/**
 * What a {@link TierPolicy} sees of an assessment while tiers are being set: per unit (by index
 * {@code 0..unitCount()-1}) its total, pillar points, flags and current tier, and the means to
 * set or cap that tier with a reason.
 */
public interface TieringContext {

  /** The assessment year. */
  int year();

  /** How many units are assessed. */
  int unitCount();

  /** The unit at index {@code u}. */
  Unit unit(int u);

  /** The unit's total. */
  double total(int u);

  /** The largest total a unit could reach under the rule set. */
  double maxTotal();

  /** The pillars of the rule set, in order. */
  List<Pillar> pillars();

  /** The unit's points in a pillar. */
  double pillarPoints(int u, Pillar pillar);

  /** The most points of a pillar. */
  double pillarMax(Pillar pillar);

  /** The veto indicators this unit triggered, in rule-set order. */
  List<IndicatorId> vetoes(int u);

  /** The hard indicators this unit failed, in rule-set order. */
  List<IndicatorId> failedHard(int u);

  /** The indicators with no evidence for this unit, in rule-set order. */
  List<IndicatorId> missing(int u);

  /**
   * The unit's value (evidence) for an indicator of the rule set this year; NaN when the unit has
   * none or the rule set has no such indicator.
   */
  double value(int u, IndicatorId indicator);

  /** The unit's current tier (before the first step: {@link Tier#FAIL}). */
  Tier tier(int u);

  /** Sets the unit's tier, recording why. */
  void setTier(int u, Tier tier, Label reason);

  /**
   * Caps the unit's tier at {@code cap}: if its tier is better, it becomes {@code cap} and the
   * reason is recorded; otherwise nothing happens. Returns whether the tier changed.
   */
  boolean cap(int u, Tier cap, Label reason);
}
