package org.fivetype.rule;

import static org.fivetype.rule.Checks.fmt;

import com.google.auto.service.AutoService;
import java.util.function.DoubleSupplier;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * Deduction per occurrence with a floor: {@code max(floor, max − perOccurrence · n)}, where the
 * value {@code n} is a whole number of occurrences (e.g. verified complaints, E6). Lower is
 * better.
 *
 * @param perOccurrence points deducted per occurrence, {@code > 0}
 * @param floor the fewest points the indicator can fall to, {@code ≥ 0}
 */
@Surface(Surface.Kind.API)
public record Deduction(double perOccurrence, double floor) implements ScoringRule {

  /**
   * Checks the components.
   *
   * @param perOccurrence points deducted per occurrence, {@code > 0}
   * @param floor the fewest points the indicator can fall to, {@code ≥ 0}
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Deduction {
    Checks.nonNegative("perOccurrence", perOccurrence);
    Checks.nonNegative("floor", floor);
    if (perOccurrence == 0) {
      throw new IllegalArgumentException("perOccurrence must be > 0");
    }
  }

  /** The kind of these rules, {@code "deduction"}. */
  public static final RuleKind<Deduction> KIND = new Kind();

  @Override
  public RuleKind<Deduction> ruleKind() {
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
    return Math.max(Math.min(floor, max), max - perOccurrence * v);
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
    return Checks.count(value);
  }

  @Override
  public Label describe(double max) {
    return Label.of(
        "满分" + fmt(max) + "分,每发生一次扣" + fmt(perOccurrence) + "分,最低" + fmt(Math.min(floor, max)) + "分",
        Checks.points(max) + " less " + fmt(perOccurrence) + " per occurrence, down to " + fmt(Math.min(floor, max)));
  }

  @Override
  public double fullPointsValue() {
    return 0; // no occurrences
  }

  @Override
  public double sampleValue(double good, DoubleSupplier uniform) {
    return Math.max(0, Math.round(3 * (1 - good) + uniform.getAsDouble() - 0.5));
  }

  /**
   * The kind {@code "deduction"}: its JSON name and codec, registered for {@link java.util.ServiceLoader}.
   * Created by {@code ServiceLoader} and as {@link #KIND}; stateless.
   */
  @AutoService(RuleKind.class)
  // the service is the generic RuleKind: registered by its raw type, as ServiceLoader sees it
  @SuppressWarnings("rawtypes")
  public static final class Kind implements RuleKind<Deduction> {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String name() {
      return "deduction";
    }

    @Override
    public Class<Deduction> type() {
      return Deduction.class;
    }

    @Override
    public Label description() {
      return Label.of("扣分:每发生一次扣分,扣至下限为止", "deduction: points off for each occurrence, down to a floor");
    }

    @Override
    public @Nullable Deduction read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("perOccurrence", "floor");
      double per = p.number("perOccurrence");
      double floor = p.number("floor", 0);
      return p.problemCount() > before ? null : new Deduction(per, floor);
    }

    @Override
    public void write(Deduction r, ParamWriter out) {
      out.put("perOccurrence", r.perOccurrence());
      out.put("floor", r.floor());
    }
  }
}
