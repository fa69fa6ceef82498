package org.fivetype.examples.district;

import com.google.auto.service.AutoService;
import java.util.function.DoubleSupplier;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Numbers;
import org.fivetype.rule.ParamReader;
import org.fivetype.rule.ParamWriter;
import org.fivetype.rule.RuleKind;
import org.fivetype.rule.ScoringRule;
import org.jspecify.annotations.Nullable;

/**
 * Tianshan District's own rule kind, {@code "tianshan.trend"}: points for how a count changed
 * against last year — here the complaints the district's hotline took about a unit. The value is
 * the relative change, {@code this year / last year − 1} (e.g. {@code 0.2}: rose by 20 %,
 * {@code −0.1}: fell by 10 %), so it is at least −1. Lower is better: a fall of {@code fullAtFall}
 * or more earns full points, a rise of {@code zeroAtRise} or more none, linear in between:
 * {@code max · (zeroAtRise − v) / (zeroAtRise + fullAtFall)}.
 *
 * <p>Example ({@code fullAtFall} 0.1, {@code zeroAtRise} 0.5, 2 points): a rise of 20 % earns
 * {@code 2 · (0.5 − 0.2) / 0.6 = 1} point.
 *
 * <p>In a rule file: {@code "rule": {"kind": "tianshan.trend", "fullAtFall": 0.1, "zeroAtRise": 0.5}}.
 *
 * @param fullAtFall the fall (a share, ≥ 0) from which the indicator earns full points
 * @param zeroAtRise the rise (a share, {@code > −fullAtFall}) from which it earns none
 */
public record ComplaintTrend(double fullAtFall, double zeroAtRise) implements ScoringRule {

  /** The kind of these rules. */
  public static final RuleKind<ComplaintTrend> KIND = new Kind();

  /** Checks the parameters. */
  public ComplaintTrend {
    if (!Double.isFinite(fullAtFall) || fullAtFall < 0 || fullAtFall > 1) {
      throw new IllegalArgumentException("fullAtFall must lie in [0, 1], was " + fullAtFall);
    }
    if (!Double.isFinite(zeroAtRise) || !(zeroAtRise > -fullAtFall)) {
      throw new IllegalArgumentException("zeroAtRise must be greater than -fullAtFall (" + -fullAtFall + "), was "
          + zeroAtRise);
    }
  }

  @Override
  public RuleKind<ComplaintTrend> ruleKind() {
    return KIND;
  }

  @Override
  public Direction direction() {
    return Direction.LOWER_IS_BETTER;
  }

  @Override
  public double points(double v, double max) {
    if (Double.isNaN(v)) {
      return 0;
    }
    if (v <= -fullAtFall) {
      return max;
    }
    if (v >= zeroAtRise) {
      return 0;
    }
    return max * (zeroAtRise - v) / (zeroAtRise + fullAtFall);
  }

  @Override
  public void scoreAll(double[] values, int from, int to, double max, double[] out) {
    for (int i = from; i < to; i++) {
      out[i] = points(values[i], max);
    }
  }

  @Override
  public @Nullable String invalidReason(double value) {
    if (!Double.isFinite(value) || value < -1) {
      return "a change against last year ≥ -1 (a count cannot fall by more than all of it), got "
          + Numbers.format(value);
    }
    return null;
  }

  @Override
  public double fullPointsValue() {
    return -fullAtFall;
  }

  @Override
  public double sampleValue(double good, DoubleSupplier uniform) {
    double v = zeroAtRise + 0.2 - good * (zeroAtRise + fullAtFall + 0.2);
    return Math.max(-1, Math.round(v * 100) / 100.0);
  }

  @Override
  public Label describe(double max) {
    String m = Numbers.format(max);
    return Label.of("比上年下降" + Numbers.percent(fullAtFall) + "及以上得满分" + m + "分,上升"
            + Numbers.percent(zeroAtRise) + "及以上不得分,其间线性计分",
        "full " + m + (max == 1 ? " point" : " points") + " for a fall of " + Numbers.percent(fullAtFall)
            + " or more on last year, none for a rise of " + Numbers.percent(zeroAtRise) + " or more, linear in between");
  }

  /** The kind {@code "tianshan.trend"}, registered for {@link java.util.ServiceLoader}. */
  @AutoService(RuleKind.class)
  // the service is the generic RuleKind: registered by its raw type, as ServiceLoader sees it
  @SuppressWarnings("rawtypes")
  public static final class Kind implements RuleKind<ComplaintTrend> {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String name() {
      return "tianshan.trend";
    }

    @Override
    public Class<ComplaintTrend> type() {
      return ComplaintTrend.class;
    }

    @Override
    public Label description() {
      return Label.of("变化趋势:按比上年的变化率计分,下降得分", "trend: points for the change on last year, a fall earning most");
    }

    @Override
    public @Nullable ComplaintTrend read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("fullAtFall", "zeroAtRise");
      double full = p.number("fullAtFall", 0);
      double zero = p.number("zeroAtRise");
      return p.problemCount() > before ? null : new ComplaintTrend(full, zero);
    }

    @Override
    public void write(ComplaintTrend r, ParamWriter out) {
      out.put("fullAtFall", r.fullAtFall()).put("zeroAtRise", r.zeroAtRise());
    }
  }
}
