package org.fivetype.rule;

import static org.fivetype.rule.Checks.fmt;

import java.util.Objects;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.jspecify.annotations.Nullable;

/**
 * Linear goalposts: points rise linearly between two fixed values and are clamped outside them.
 *
 * <p>Higher is better: {@code max · clamp((v − low) / (high − low))}; lower is better:
 * {@code max · clamp((high − v) / (high − low))}, where clamp limits to [0, 1].
 *
 * @param low the lower goalpost
 * @param high the upper goalpost, {@code > low}
 * @param direction which end earns full points
 */
public record Goalposts(double low, double high, Direction direction) implements ScoringRule {

  public Goalposts {
    Checks.finite("low", low);
    Checks.finite("high", high);
    Objects.requireNonNull(direction, "direction");
    if (!(high > low)) {
      throw new IllegalArgumentException("goalposts need low < high, got low=" + low + " high=" + high);
    }
  }

  @Override
  public String kind() {
    return "goalposts";
  }

  @Override
  public double points(double v, double max) {
    if (Double.isNaN(v)) {
      return 0;
    }
    double f = direction == Direction.HIGHER_IS_BETTER ? (v - low) / (high - low) : (high - v) / (high - low);
    return max * Checks.clamp01(f);
  }

  // Each kind has its own copy of this loop so that the call to points() is monomorphic and
  // inlined; a shared default method would see every kind at one call site (the hot path).
  @Override
  public void scoreAll(double[] values, int from, int to, double max, double[] out) {
    for (int i = from; i < to; i++) {
      out[i] = points(values[i], max);
    }
  }

  @Override
  public @Nullable String invalidReason(double value) {
    return null;
  }

  @Override
  public Label describe(double max) {
    boolean up = direction == Direction.HIGHER_IS_BETTER;
    String best = fmt(up ? high : low);
    String worst = fmt(up ? low : high);
    return Label.of(
        best + "得满分" + fmt(max) + "分," + worst + "得0分,其间按线性计分",
        "full " + Checks.points(max) + " at " + best + ", none at " + worst + ", linear in between");
  }

  @Override
  public double fullPointsValue() {
    return direction == Direction.HIGHER_IS_BETTER ? high : low;
  }
}
