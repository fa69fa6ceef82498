package org.fivetype.rule;

import static org.fivetype.rule.Checks.fmt;

import com.google.auto.service.AutoService;
import java.util.function.DoubleSupplier;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * Checklist of required institutions (制度) in place: the value is how many of the
 * {@code required} items are in place, a whole number in {@code [0, required]}, and earns
 * {@code max · n / required} (e.g. E4's eight service-centre systems).
 *
 * @param required how many items the checklist has, {@code ≥ 1}
 */
@Surface(Surface.Kind.API)
public record Checklist(int required) implements ScoringRule {

  /**
   * Checks the components.
   *
   * @param required how many items the checklist has, {@code ≥ 1}
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Checklist {
    if (required < 1) {
      throw new IllegalArgumentException("a checklist needs at least one required item, was " + required);
    }
  }

  /** The kind of these rules, {@code "checklist"}. */
  public static final RuleKind<Checklist> KIND = new Kind();

  @Override
  public RuleKind<Checklist> ruleKind() {
    return KIND;
  }

  @Override
  public Direction direction() {
    return Direction.HIGHER_IS_BETTER;
  }

  @Override
  public double points(double v, double max) {
    if (Double.isNaN(v)) {
      return 0;
    }
    // divide first: full marks are then exactly max (max·n/n can round above max)
    return max * (Math.min(Math.max(v, 0), required) / (double) required);
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
    if (value < 0 || value > required || value != Math.rint(value)) {
      return "a whole number of items in place from 0 to " + required + ", got " + fmt(value);
    }
    return null;
  }

  @Override
  public Label describe(double max) {
    return Label.of("共" + required + "项,每落实一项得" + fmt(max / required) + "分",
        required + " required items, " + Checks.points(max / required) + " each in place");
  }

  @Override
  public double fullPointsValue() {
    return required;
  }

  @Override
  public double sampleValue(double good, DoubleSupplier uniform) {
    return Math.round(required * good);
  }

  /**
   * The kind {@code "checklist"}: its JSON name and codec, registered for {@link java.util.ServiceLoader}.
   * Created by {@code ServiceLoader} and as {@link #KIND}; stateless.
   */
  @AutoService(RuleKind.class)
  // the service is the generic RuleKind: registered by its raw type, as ServiceLoader sees it
  @SuppressWarnings("rawtypes")
  public static final class Kind implements RuleKind<Checklist> {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String name() {
      return "checklist";
    }

    @Override
    public Class<Checklist> type() {
      return Checklist.class;
    }

    @Override
    public Label description() {
      return Label.of("清单:完成规定项数得满分,不足按比例得分", "checklist: full points for the required number of items, fewer in proportion");
    }

    @Override
    public @Nullable Checklist read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("required");
      Integer n = p.integer("required");
      return p.problemCount() > before || n == null ? null : new Checklist(n);
    }

    @Override
    public void write(Checklist r, ParamWriter out) {
      out.put("required", r.required());
    }
  }
}
