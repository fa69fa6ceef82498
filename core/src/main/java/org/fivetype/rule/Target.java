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
 * Full points at or beyond a target; short of it either points in proportion or nothing.
 *
 * <p>Higher is better: {@code v ≥ target} earns {@code max}; otherwise, if proportional,
 * {@code max · max(v, 0) / target}, else 0. Lower is better: {@code v ≤ target} earns
 * {@code max}; otherwise, if proportional, {@code max · target / v}, else 0. Proportional scoring
 * needs {@code target > 0}. Example (L7): 25 research days, proportional: 20 days earn 80 %.
 *
 * @param target the value that earns full points
 * @param direction which side of the target is good
 * @param proportional whether values short of the target earn points in proportion
 */
@Surface(Surface.Kind.API)
public record Target(double target, Direction direction, boolean proportional) implements ScoringRule {

  /**
   * Checks the components.
   *
   * @param target the value that earns full points
   * @param direction which side of the target is good
   * @param proportional whether values short of the target earn points in proportion
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Target {
    Checks.finite("target", target);
    Objects.requireNonNull(direction, "direction");
    if (proportional && target <= 0) {
      throw new IllegalArgumentException("a proportional target must be > 0, was " + target);
    }
  }

  /** The kind of these rules, {@code "target"}. */
  public static final RuleKind<Target> KIND = new Kind();

  @Override
  public RuleKind<Target> ruleKind() {
    return KIND;
  }

  @Override
  public double points(double v, double max) {
    if (Double.isNaN(v)) {
      return 0;
    }
    if (direction == Direction.HIGHER_IS_BETTER) {
      if (v >= target) {
        return max;
      }
      return proportional ? max * Math.max(v, 0) / target : 0;
    }
    if (v <= target) {
      return max;
    }
    return proportional ? max * target / v : 0;
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
    String t = fmt(target);
    String m = fmt(max);
    return Label.of(
        (up ? "达到或超过" : "不超过") + t + "得满分" + m + "分;" + (proportional ? "未达到按比例得分" : "未达到不得分"),
        "full " + Checks.points(max) + " at " + (up ? "or above " : "or below ") + t + "; "
            + (proportional ? "short of it, points in proportion" : "short of it, no points"));
  }

  @Override
  public double fullPointsValue() {
    return target;
  }

  @Override
  public double sampleValue(double good, DoubleSupplier uniform) {
    double v = target * (direction == Direction.HIGHER_IS_BETTER ? 0.6 + 0.5 * good : 1.6 - 0.7 * good);
    return Math.round(v * 10) / 10.0;
  }

  /**
   * The kind {@code "target"}: its JSON name and codec, registered for {@link java.util.ServiceLoader}.
   * Created by {@code ServiceLoader} and as {@link #KIND}; stateless.
   */
  @AutoService(RuleKind.class)
  // the service is the generic RuleKind: registered by its raw type, as ServiceLoader sees it
  @SuppressWarnings("rawtypes")
  public static final class Kind implements RuleKind<Target> {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String name() {
      return "target";
    }

    @Override
    public Class<Target> type() {
      return Target.class;
    }

    @Override
    public Label description() {
      return Label.of("目标值:达到目标得满分,未达到按比例得分或不得分", "target: full points at or beyond a target, short of it points in proportion or none");
    }

    @Override
    public @Nullable Target read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("target", "direction", "proportional");
      double t = p.number("target");
      Direction d = Checks.direction(p);
      boolean prop = p.bool("proportional", false);
      return p.problemCount() > before ? null : new Target(t, d, prop);
    }

    @Override
    public void write(Target r, ParamWriter out) {
      out.put("target", r.target());
      out.put("direction", r.direction().name());
      out.put("proportional", r.proportional());
    }
  }
}
