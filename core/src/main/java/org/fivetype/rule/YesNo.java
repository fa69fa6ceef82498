package org.fivetype.rule;

import com.google.auto.service.AutoService;
import java.util.function.DoubleSupplier;
import java.util.Objects;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * Yes/no compliance: the value is 1 (yes) or 0 (no). Higher is better: yes earns full points
 * ("press spokesperson designated"); lower is better: no earns full points ("published documents
 * forwarded again", E7). The other answer earns nothing.
 *
 * @param direction which answer is compliant
 */
@Surface(Surface.Kind.API)
public record YesNo(Direction direction) implements ScoringRule {

  /**
   * Checks the components.
   *
   * @param direction which answer is compliant
   * @throws NullPointerException if a component that must be given is null
   */
  public YesNo {
    Objects.requireNonNull(direction, "direction");
  }

  /** The kind of these rules, {@code "yesNo"}. */
  public static final RuleKind<YesNo> KIND = new Kind();

  @Override
  public RuleKind<YesNo> ruleKind() {
    return KIND;
  }

  @Override
  public double points(double v, double max) {
    if (Double.isNaN(v)) {
      return 0;
    }
    boolean yes = v >= 0.5;
    return yes == (direction == Direction.HIGHER_IS_BETTER) ? max : 0;
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
    return value == 0 || value == 1 ? null : "1 (yes) or 0 (no), got " + Checks.fmt(value);
  }

  @Override
  public Label describe(double max) {
    boolean up = direction == Direction.HIGHER_IS_BETTER;
    return Label.of((up ? "是" : "否") + "得" + Checks.fmt(max) + "分,否则不得分",
        (up ? "yes" : "no") + " earns " + Checks.points(max) + ", otherwise none");
  }

  @Override
  public double fullPointsValue() {
    return direction == Direction.HIGHER_IS_BETTER ? 1 : 0;
  }

  @Override
  public double sampleValue(double good, DoubleSupplier uniform) {
    boolean yes = uniform.getAsDouble() < 0.3 + 0.7 * good;
    return yes == (direction == Direction.HIGHER_IS_BETTER) ? 1 : 0;
  }

  /**
   * The kind {@code "yesNo"}: its JSON name and codec, registered for {@link java.util.ServiceLoader}.
   * Created by {@code ServiceLoader} and as {@link #KIND}; stateless.
   */
  @AutoService(RuleKind.class)
  // the service is the generic RuleKind: registered by its raw type, as ServiceLoader sees it
  @SuppressWarnings("rawtypes")
  public static final class Kind implements RuleKind<YesNo> {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String name() {
      return "yesNo";
    }

    @Override
    public Class<YesNo> type() {
      return YesNo.class;
    }

    @Override
    public Label description() {
      return Label.of("是否:符合得满分,否则不得分", "yes or no: full points for the good answer, none for the other");
    }

    @Override
    public @Nullable YesNo read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("direction");
      Direction d = Checks.direction(p);
      return p.problemCount() > before ? null : new YesNo(d);
    }

    @Override
    public void write(YesNo r, ParamWriter out) {
      out.put("direction", r.direction().name());
    }
  }
}
