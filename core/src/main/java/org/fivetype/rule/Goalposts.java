package org.fivetype.rule;

import static org.fivetype.rule.Checks.fmt;

import com.google.auto.service.AutoService;
import java.util.function.DoubleSupplier;
import java.util.Objects;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
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
@Surface(Surface.Kind.API)
public record Goalposts(double low, double high, Direction direction) implements ScoringRule {

  /**
   * Checks the components.
   *
   * @param low the lower goalpost
   * @param high the upper goalpost, {@code > low}
   * @param direction which end earns full points
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Goalposts {
    Checks.finite("low", low);
    Checks.finite("high", high);
    Objects.requireNonNull(direction, "direction");
    if (!(high > low)) {
      throw new IllegalArgumentException("goalposts need low < high, got low=" + low + " high=" + high);
    }
  }

  /** The kind of these rules, {@code "goalposts"}. */
  public static final RuleKind<Goalposts> KIND = new Kind();

  @Override
  public RuleKind<Goalposts> ruleKind() {
    return KIND;
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

  @Override
  public double sampleValue(double good, DoubleSupplier uniform) {
    double f = direction == Direction.HIGHER_IS_BETTER ? good : 1 - good;
    return low + (high - low) * f;
  }

  /**
   * The kind {@code "goalposts"}: its JSON name and codec, registered for {@link java.util.ServiceLoader}.
   * Created by {@code ServiceLoader} and as {@link #KIND}; stateless.
   */
  @AutoService(RuleKind.class)
  // the service is the generic RuleKind: registered by its raw type, as ServiceLoader sees it
  @SuppressWarnings("rawtypes")
  public static final class Kind implements RuleKind<Goalposts> {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String name() {
      return "goalposts";
    }

    @Override
    public Class<Goalposts> type() {
      return Goalposts.class;
    }

    @Override
    public Label description() {
      return Label.of("上下限:在下限与上限之间线性计分", "goalposts: linear between a low and a high value");
    }

    @Override
    public @Nullable Goalposts read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("low", "high", "direction");
      double lo = p.number("low");
      double hi = p.number("high");
      Direction d = Checks.direction(p);
      return p.problemCount() > before ? null : new Goalposts(lo, hi, d);
    }

    @Override
    public void write(Goalposts r, ParamWriter out) {
      out.put("low", r.low());
      out.put("high", r.high());
      out.put("direction", r.direction().name());
    }
  }
}
