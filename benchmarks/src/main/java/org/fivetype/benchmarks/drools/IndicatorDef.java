package org.fivetype.benchmarks.drools;

import org.fivetype.api.Direction;
import org.fivetype.rule.Bands;
import org.fivetype.rule.Bonus;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.Rate;
import org.fivetype.rule.Relative;
import org.fivetype.rule.ScoringRule;
import org.fivetype.rule.Target;
import org.fivetype.rule.Veto;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.IndicatorSpec;

/**
 * A fact: one indicator's definition as a Drools team would keep it, a flat bean with the
 * parameters of its kind ({@code rate}, {@code checklist}, … , {@code minMax}, {@code rankStep});
 * the scoring rules of {@code scoring.drl} match on {@link #getKind()}.
 */
public final class IndicatorDef {
  private final String id;
  private final int index;
  private final String pillar;
  private final String kind;
  private final double points;
  private final boolean higherIsBetter;
  private double low;
  private double high;
  private double per;
  private double limit;
  private int required;
  private double target;
  private boolean proportional;
  private double[] bounds = new double[0];
  private double[] shares = new double[0];
  private String scope = "";
  private double step;

  private IndicatorDef(IndicatorSpec s, int index, String kind) {
    this.id = s.id().value();
    this.index = index;
    this.pillar = s.pillar().id();
    this.kind = kind;
    this.points = s.points();
    this.higherIsBetter = s.rule().direction() == Direction.HIGHER_IS_BETTER;
  }

  /** The definition of indicator {@code s}, the {@code index}-th of its rule set. */
  public static IndicatorDef of(IndicatorSpec s, int index) {
    ScoringRule r = s.rule();
    if (r instanceof Rate x) {
      IndicatorDef d = new IndicatorDef(s, index, "rate");
      d.low = x.low();
      d.high = x.high();
      return d;
    } else if (r instanceof Goalposts x) {
      IndicatorDef d = new IndicatorDef(s, index, "goalposts");
      d.low = x.low();
      d.high = x.high();
      return d;
    } else if (r instanceof Checklist x) {
      IndicatorDef d = new IndicatorDef(s, index, "checklist");
      d.required = x.required();
      return d;
    } else if (r instanceof Deduction x) {
      IndicatorDef d = new IndicatorDef(s, index, "deduction");
      d.per = x.perOccurrence();
      d.limit = x.floor();
      return d;
    } else if (r instanceof Bonus x) {
      IndicatorDef d = new IndicatorDef(s, index, "bonus");
      d.per = x.perOccurrence();
      d.limit = x.cap();
      return d;
    } else if (r instanceof YesNo) {
      return new IndicatorDef(s, index, "yesNo");
    } else if (r instanceof Veto x) {
      IndicatorDef d = new IndicatorDef(s, index, "veto");
      d.required = x.threshold();
      return d;
    } else if (r instanceof Target x) {
      IndicatorDef d = new IndicatorDef(s, index, "target");
      d.target = x.target();
      d.proportional = x.proportional();
      return d;
    } else if (r instanceof Bands x) {
      IndicatorDef d = new IndicatorDef(s, index, "bands");
      d.bounds = x.bands().stream().mapToDouble(Bands.Band::bound).toArray();
      d.shares = x.bands().stream().mapToDouble(Bands.Band::share).toArray();
      return d;
    } else if (r instanceof Relative x && x.method() == Relative.Method.MIN_MAX) {
      IndicatorDef d = new IndicatorDef(s, index, "minMax");
      d.scope = x.scope().name();
      return d;
    } else if (r instanceof Relative x && x.method() == Relative.Method.RANK_STEP) {
      IndicatorDef d = new IndicatorDef(s, index, "rankStep");
      d.scope = x.scope().name();
      d.step = x.param();
      return d;
    }
    throw new UnsupportedOperationException("the Drools peer does not implement " + r);
  }

  /** The indicator id. */
  public String getId() {
    return id;
  }

  /** The place in the catalogue. */
  public int getIndex() {
    return index;
  }

  /** The pillar id. */
  public String getPillar() {
    return pillar;
  }

  /** The rule kind. */
  public String getKind() {
    return kind;
  }

  /** The indicator's points. */
  public double getPoints() {
    return points;
  }

  /** Whether a higher value is better. */
  public boolean isHigherIsBetter() {
    return higherIsBetter;
  }

  /** Rate, goalposts: the low end. */
  public double getLow() {
    return low;
  }

  /** Rate, goalposts: the high end. */
  public double getHigh() {
    return high;
  }

  /** Deduction, bonus: points per occurrence. */
  public double getPer() {
    return per;
  }

  /** Deduction: the floor; bonus: the cap. */
  public double getLimit() {
    return limit;
  }

  /** Checklist: the items required; veto: the threshold. */
  public int getRequired() {
    return required;
  }

  /** Target: the target. */
  public double getTarget() {
    return target;
  }

  /** Target: whether short of it earns points in proportion. */
  public boolean isProportional() {
    return proportional;
  }

  /** Bands: the bounds, increasing. */
  public double[] getBounds() {
    return bounds;
  }

  /** Bands: the shares. */
  public double[] getShares() {
    return shares;
  }

  /** Relative: ALL or CATEGORY. */
  public String getScope() {
    return scope;
  }

  /** Rank step: the step. */
  public double getStep() {
    return step;
  }

  /** The value oriented so that higher is better. */
  public double oriented(double v) {
    return higherIsBetter ? v : -v;
  }
}
