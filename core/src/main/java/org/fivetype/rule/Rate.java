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
 * A ratio in [0, 1] mapped linearly to points between two rates (e.g. on-time completion rate,
 * satisfaction share). Higher is better: no points at or below {@code low}, full points at or
 * above {@code high}; lower is better: full points at or below {@code low}, none at or above
 * {@code high}. Values outside [0, 1] are invalid (give percentages as fractions).
 *
 * @param low the lower rate, in [0, 1)
 * @param high the upper rate, in (low, 1]
 * @param direction which end is better
 */
@Surface(Surface.Kind.API)
public record Rate(double low, double high, Direction direction) implements ScoringRule {

  /**
   * Checks the components.
   *
   * @param low the lower rate, in [0, 1)
   * @param high the upper rate, in (low, 1]
   * @param direction which end is better
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Rate {
    Objects.requireNonNull(direction, "direction");
    Checks.finite("low", low);
    Checks.finite("high", high);
    if (!(0 <= low && low < high && high <= 1)) {
      throw new IllegalArgumentException("a rate needs 0 ≤ low < high ≤ 1, got low=" + low + " high=" + high);
    }
  }

  /** The kind of these rules, {@code "rate"}. */
  public static final RuleKind<Rate> KIND = new Kind();

  @Override
  public RuleKind<Rate> ruleKind() {
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
    return value >= 0 && value <= 1 ? null : "a rate from 0 to 1, got " + fmt(value);
  }

  @Override
  public Label describe(double max) {
    boolean up = direction == Direction.HIGHER_IS_BETTER;
    String full = fmt(100 * (up ? high : low)) + "%";
    String none = fmt(100 * (up ? low : high)) + "%";
    return Label.of("比率" + (up ? "≥" : "≤") + full + "得满分" + fmt(max) + "分," + (up ? "≤" : "≥") + none
            + "不得分,其间线性",
        "rate " + (up ? "≥ " : "≤ ") + full + " earns full " + Checks.points(max) + ", " + (up ? "≤ " : "≥ ") + none
            + " none, linear in between");
  }

  @Override
  public double fullPointsValue() {
    return direction == Direction.HIGHER_IS_BETTER ? high : low;
  }

  @Override
  public double sampleValue(double good, DoubleSupplier uniform) {
    double f = direction == Direction.HIGHER_IS_BETTER ? good : 1 - good;
    double v = low + (high - low) * (0.1 + f);
    return Math.min(1, Math.max(0, Math.round(v * 1000) / 1000.0));
  }

  /**
   * The kind {@code "rate"}: its JSON name and codec, registered for {@link java.util.ServiceLoader}.
   * Created by {@code ServiceLoader} and as {@link #KIND}; stateless.
   */
  @AutoService(RuleKind.class)
  // the service is the generic RuleKind: registered by its raw type, as ServiceLoader sees it
  @SuppressWarnings("rawtypes")
  public static final class Kind implements RuleKind<Rate> {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String name() {
      return "rate";
    }

    @Override
    public Class<Rate> type() {
      return Rate.class;
    }

    @Override
    public Label description() {
      return Label.of("比率:0至1之间的比率,在下限与上限之间线性计分", "rate: a ratio in [0, 1], linear between a low and a high rate");
    }

    @Override
    public @Nullable Rate read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("low", "high", "direction");
      double lo = p.number("low", 0);
      double hi = p.number("high", 1);
      Direction d = Checks.direction(p);
      return p.problemCount() > before ? null : new Rate(lo, hi, d);
    }

    @Override
    public void write(Rate r, ParamWriter out) {
      out.put("low", r.low());
      out.put("high", r.high());
      out.put("direction", r.direction().name());
    }
  }
}
