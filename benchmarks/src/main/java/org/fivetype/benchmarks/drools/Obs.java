package org.fivetype.benchmarks.drools;

/** A fact: one observation (unit, indicator, value), with the unit's category for relative rules. */
public final class Obs {
  private final String unitId;
  private final String category;
  private final String indicatorId;
  private final double value;

  /** An observation. */
  public Obs(String unitId, String category, String indicatorId, double value) {
    this.unitId = unitId;
    this.category = category;
    this.indicatorId = indicatorId;
    this.value = value;
  }

  /** The unit. */
  public String getUnitId() {
    return unitId;
  }

  /** The unit's category. */
  public String getCategory() {
    return category;
  }

  /** The indicator. */
  public String getIndicatorId() {
    return indicatorId;
  }

  /** The value. */
  public double getValue() {
    return value;
  }
}
