package org.fivetype.benchmarks.drools;

import java.util.Comparator;
import java.util.List;

/** A fact inserted by the scoring rules: the points a unit earns on one indicator. */
public final class Points {
  private final String unitId;
  private final String indicatorId;
  private final int index;
  private final String pillar;
  private final double points;

  /** The points of observation {@code o} under definition {@code d}. */
  public Points(Obs o, IndicatorDef d, double points) {
    this.unitId = o.getUnitId();
    this.indicatorId = d.getId();
    this.index = d.getIndex();
    this.pillar = d.getPillar();
    this.points = points;
  }

  /** The unit. */
  public String getUnitId() {
    return unitId;
  }

  /** The indicator. */
  public String getIndicatorId() {
    return indicatorId;
  }

  /** The indicator's place in the catalogue. */
  public int getIndex() {
    return index;
  }

  /** The indicator's pillar. */
  public String getPillar() {
    return pillar;
  }

  /** The points. */
  public double getPoints() {
    return points;
  }

  /**
   * The sum of {@code points} (a list of {@link Points}) in catalogue order, so that subtotals
   * match the official figures to the last digit (addition of doubles depends on the order).
   */
  public static double sumInCatalogueOrder(List<?> points) {
    @SuppressWarnings("unchecked")
    List<Points> l = new java.util.ArrayList<>((List<Points>) points);
    l.sort(Comparator.comparingInt(Points::getIndex));
    double s = 0;
    for (Points p : l) {
      s += p.points;
    }
    return s;
  }
}
