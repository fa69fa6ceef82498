package org.fivetype.benchmarks.drools;

import java.util.Comparator;
import java.util.List;

/** A fact inserted by the subtotal rule: a unit's points in one pillar. */
public final class PillarScore {
  private final String unitId;
  private final String pillar;
  private final int pillarIndex;
  private final double points;

  /** A subtotal. */
  public PillarScore(String unitId, String pillar, int pillarIndex, double points) {
    this.unitId = unitId;
    this.pillar = pillar;
    this.pillarIndex = pillarIndex;
    this.points = points;
  }

  /** The unit. */
  public String getUnitId() {
    return unitId;
  }

  /** The pillar. */
  public String getPillar() {
    return pillar;
  }

  /** The pillar's place. */
  public int getPillarIndex() {
    return pillarIndex;
  }

  /** The subtotal. */
  public double getPoints() {
    return points;
  }

  /** The sum of {@code scores} (a list of {@link PillarScore}) in pillar order. */
  public static double sumInPillarOrder(List<?> scores) {
    @SuppressWarnings("unchecked")
    List<PillarScore> l = new java.util.ArrayList<>((List<PillarScore>) scores);
    l.sort(Comparator.comparingInt(PillarScore::getPillarIndex));
    double s = 0;
    for (PillarScore p : l) {
      s += p.points;
    }
    return s;
  }
}
