package org.fivetype.rule;

import static org.fivetype.rule.Checks.fmt;

import com.google.auto.service.AutoService;
import java.util.function.DoubleSupplier;
import java.util.List;
import java.util.Objects;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * Piecewise (banded) scoring: each band has a bound and a share of the indicator's points.
 *
 * <p>Higher is better: a value earns the share of the band with the greatest bound
 * {@code ≤ v} ("from this value up"); below every bound it earns 0. Lower is better: it earns
 * the share of the band with the smallest bound {@code ≥ v} ("up to this value"); above every
 * bound it earns 0. Bounds are strictly increasing; shares lie in [0, 1] and must not decrease
 * towards the better end, so more of a good thing never lowers the score.
 *
 * @param bands the bands, by increasing bound
 * @param direction which end is better
 */
@Surface(Surface.Kind.API)
public record Bands(List<Band> bands, Direction direction) implements ScoringRule {

  /**
   * One band.
   *
   * @param bound the value where the band starts (higher is better) or ends (lower is better)
   * @param share the share of the indicator's points earned in this band, in [0, 1]
   */
  public record Band(double bound, double share) {
    /**
     * Checks the components.
     *
     * @param bound the value where the band starts (higher is better) or ends (lower is better)
     * @param share the share of the indicator's points earned in this band, in [0, 1]
     * @throws IllegalArgumentException if a component is not as its description above requires
     */
    public Band {
      Checks.finite("band bound", bound);
      Checks.finite("band share", share);
      if (share < 0 || share > 1) {
        throw new IllegalArgumentException("a band's share must lie in [0, 1], was " + share);
      }
    }
  }

  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param bands the bands, by increasing bound
   * @param direction which end is better
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Bands {
    Objects.requireNonNull(direction, "direction");
    bands = List.copyOf(bands);
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("bands need at least one band");
    }
    for (int i = 1; i < bands.size(); i++) {
      Band a = bands.get(i - 1);
      Band b = bands.get(i);
      if (!(b.bound() > a.bound())) {
        throw new IllegalArgumentException("band bounds must strictly increase: " + a.bound() + " then " + b.bound());
      }
      boolean ok = direction == Direction.HIGHER_IS_BETTER ? b.share() >= a.share() : b.share() <= a.share();
      if (!ok) {
        throw new IllegalArgumentException("band shares must not decrease towards the better end: "
            + a.share() + " at " + a.bound() + ", " + b.share() + " at " + b.bound());
      }
    }
  }

  /** The kind of these rules, {@code "bands"}. */
  public static final RuleKind<Bands> KIND = new Kind();

  @Override
  public RuleKind<Bands> ruleKind() {
    return KIND;
  }

  @Override
  public double points(double v, double max) {
    if (Double.isNaN(v)) {
      return 0;
    }
    if (direction == Direction.HIGHER_IS_BETTER) {
      for (int i = bands.size() - 1; i >= 0; i--) {
        if (v >= bands.get(i).bound()) {
          return max * bands.get(i).share();
        }
      }
      return 0;
    }
    for (Band b : bands) {
      if (v <= b.bound()) {
        return max * b.share();
      }
    }
    return 0;
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
    StringBuilder zh = new StringBuilder("分档计分:");
    StringBuilder en = new StringBuilder("bands: ");
    boolean up = direction == Direction.HIGHER_IS_BETTER;
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      String pts = fmt(max * b.share());
      zh.append(i > 0 ? ";" : "").append(up ? "≥" : "≤").append(fmt(b.bound())).append("得").append(pts).append("分");
      en.append(i > 0 ? "; " : "").append(up ? "≥ " : "≤ ").append(fmt(b.bound())).append(" earns ").append(pts);
    }
    return Label.of(zh.toString(), en.toString());
  }

  @Override
  public double fullPointsValue() {
    return direction == Direction.HIGHER_IS_BETTER ? bands.get(bands.size() - 1).bound() : bands.get(0).bound();
  }

  @Override
  public double sampleValue(double good, DoubleSupplier uniform) {
    double lo = bands.get(0).bound();
    double hi = bands.get(bands.size() - 1).bound();
    double span = Math.max(hi - lo, 1);
    double f = direction == Direction.HIGHER_IS_BETTER ? good : 1 - good;
    return Math.round((lo - 0.2 * span + 1.4 * span * f) * 10) / 10.0;
  }

  /**
   * The kind {@code "bands"}: its JSON name and codec, registered for {@link java.util.ServiceLoader}.
   * Created by {@code ServiceLoader} and as {@link #KIND}; stateless.
   */
  @AutoService(RuleKind.class)
  // the service is the generic RuleKind: registered by its raw type, as ServiceLoader sees it
  @SuppressWarnings("rawtypes")
  public static final class Kind implements RuleKind<Bands> {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String name() {
      return "bands";
    }

    @Override
    public Class<Bands> type() {
      return Bands.class;
    }

    @Override
    public Label description() {
      return Label.of("分档:每档数值得相应比例的分数", "bands: a share of the points for each band of values");
    }

    @Override
    public @Nullable Bands read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("bands", "direction");
      Direction d = Checks.direction(p);
      List<Band> bands = new java.util.ArrayList<>();
      for (ParamReader b : p.array("bands")) {
        if (b.allowKeys("bound", "share")) {
          double bound = b.number("bound");
          double share = b.number("share");
          if (!Double.isNaN(bound) && !Double.isNaN(share)) {
            try {
              bands.add(new Band(bound, share));
            } catch (IllegalArgumentException e) {
              b.problem(String.valueOf(e.getMessage()));
            }
          }
        }
      }
      return p.problemCount() > before ? null : new Bands(bands, d);
    }

    @Override
    public void write(Bands r, ParamWriter out) {
      out.put("direction", r.direction().name());
      ParamWriter.Items arr = out.array("bands");
      for (Band band : r.bands()) {
        arr.addObject().put("bound", band.bound()).put("share", band.share());
      }
    }
  }
}
