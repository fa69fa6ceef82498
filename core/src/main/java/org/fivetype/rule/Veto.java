package org.fivetype.rule;

import static org.fivetype.rule.Checks.fmt;

import com.google.auto.service.AutoService;
import java.util.function.DoubleSupplier;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * Veto trigger (一票否决): the value is a whole number of events (e.g. major violation cases,
 * I3/I5). Below {@code threshold} the indicator earns full points; at or above it, none, and the
 * unit is vetoed — the tiering chain caps its tier whatever its total.
 *
 * @param threshold how many events trigger the veto, {@code ≥ 1}
 */
@Surface(Surface.Kind.API)
public record Veto(int threshold) implements ScoringRule {

  /**
   * Checks the components.
   *
   * @param threshold how many events trigger the veto, {@code ≥ 1}
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Veto {
    if (threshold < 1) {
      throw new IllegalArgumentException("a veto threshold must be ≥ 1, was " + threshold);
    }
  }

  /** The kind of these rules, {@code "veto"}. */
  public static final RuleKind<Veto> KIND = new Kind();

  @Override
  public RuleKind<Veto> ruleKind() {
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
    return v >= threshold ? 0 : max;
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
  public boolean vetoes(double value) {
    return value >= threshold;
  }

  @Override
  public @Nullable String invalidReason(double value) {
    return Checks.count(value);
  }

  @Override
  public Label describe(double max) {
    return Label.of("发生" + threshold + "起及以上即一票否决且不得分,否则得" + fmt(max) + "分",
        threshold + " or more events veto the unit and earn no points; otherwise " + Checks.points(max));
  }

  @Override
  public double fullPointsValue() {
    return 0; // no occurrences
  }

  @Override
  public boolean canVeto() {
    return true;
  }

  @Override
  public double vetoingValue() {
    return threshold;
  }

  @Override
  public double sampleValue(double good, DoubleSupplier uniform) {
    return uniform.getAsDouble() < 0.03 ? threshold : 0;
  }

  /**
   * The kind {@code "veto"}: its JSON name and codec, registered for {@link java.util.ServiceLoader}.
   * Created by {@code ServiceLoader} and as {@link #KIND}; stateless.
   */
  @AutoService(RuleKind.class)
  // the service is the generic RuleKind: registered by its raw type, as ServiceLoader sees it
  @SuppressWarnings("rawtypes")
  public static final class Kind implements RuleKind<Veto> {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String name() {
      return "veto";
    }

    @Override
    public Class<Veto> type() {
      return Veto.class;
    }

    @Override
    public Label description() {
      return Label.of("一票否决:事件数达到阈值即不得分并否决", "veto: events at or above a threshold earn no points and veto the unit");
    }

    @Override
    public @Nullable Veto read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("threshold");
      Integer t = p.integer("threshold", 1);
      return p.problemCount() > before || t == null ? null : new Veto(t);
    }

    @Override
    public void write(Veto r, ParamWriter out) {
      out.put("threshold", r.threshold());
    }
  }
}
