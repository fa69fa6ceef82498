package org.fivetype.rule;

import static org.fivetype.rule.Checks.fmt;

import com.google.auto.service.AutoService;
import java.util.function.DoubleSupplier;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * Bonus per occurrence with a cap: {@code min(cap, max, perOccurrence · n)}, where the value
 * {@code n} is a whole number of occurrences (e.g. press conferences held, S3). Higher is better.
 *
 * @param perOccurrence points per occurrence, {@code > 0}
 * @param cap the most points the indicator can reach; the indicator's points when larger
 */
@Surface(Surface.Kind.API)
public record Bonus(double perOccurrence, double cap) implements ScoringRule {

  /**
   * Checks the components.
   *
   * @param perOccurrence points per occurrence, {@code > 0}
   * @param cap the most points the indicator can reach; the indicator's points when larger
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Bonus {
    Checks.nonNegative("perOccurrence", perOccurrence);
    Checks.nonNegative("cap", cap);
    if (perOccurrence == 0) {
      throw new IllegalArgumentException("perOccurrence must be > 0");
    }
  }

  /** The kind of these rules, {@code "bonus"}. */
  public static final RuleKind<Bonus> KIND = new Kind();

  @Override
  public RuleKind<Bonus> ruleKind() {
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
    return Math.min(Math.min(cap, max), perOccurrence * v);
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
    double c = Math.min(cap, max);
    return Label.of("每次得" + fmt(perOccurrence) + "分,最多" + fmt(c) + "分",
        Checks.points(perOccurrence) + " per occurrence, at most " + fmt(c));
  }

  @Override
  public double fullPointsValue() {
    return Math.ceil(cap / perOccurrence);
  }

  @Override
  public double sampleValue(double good, DoubleSupplier uniform) {
    return Math.round(good * (cap / perOccurrence + 1));
  }

  /**
   * The kind {@code "bonus"}: its JSON name and codec, registered for {@link java.util.ServiceLoader}.
   * Created by {@code ServiceLoader} and as {@link #KIND}; stateless.
   */
  @AutoService(RuleKind.class)
  // the service is the generic RuleKind: registered by its raw type, as ServiceLoader sees it
  @SuppressWarnings("rawtypes")
  public static final class Kind implements RuleKind<Bonus> {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String name() {
      return "bonus";
    }

    @Override
    public Class<Bonus> type() {
      return Bonus.class;
    }

    @Override
    public Label description() {
      return Label.of("加分:每发生一次加分,加至上限为止", "bonus: points for each occurrence, up to a cap");
    }

    @Override
    public @Nullable Bonus read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("perOccurrence", "cap");
      double per = p.number("perOccurrence");
      double cap = p.number("cap");
      return p.problemCount() > before ? null : new Bonus(per, cap);
    }

    @Override
    public void write(Bonus r, ParamWriter out) {
      out.put("perOccurrence", r.perOccurrence());
      out.put("cap", r.cap());
    }
  }
}
