package org.fivetype.rule;

import static org.fivetype.rule.Checks.fmt;

import com.google.auto.service.AutoService;
import java.util.function.DoubleSupplier;
import java.util.Objects;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.fivetype.scale.Normalisation;
import org.jspecify.annotations.Nullable;

/**
 * Relative scoring: a unit's points depend on the other units in scope — all units, or those of
 * its category (分类考核). The methods are the JRC/OECD Handbook's normalisations (see
 * {@link Normalisation}) turned into points:
 *
 * <ul>
 *   <li>{@link Method#FRACTION_OF_BEST}: "the best unit gets full points, the others in
 *       proportion": {@code max · v / best} (lower is better: {@code max · best / v}); values ≥ 0.
 *   <li>{@link Method#MIN_MAX}: {@code max · (v − worst) / (best − worst)}.
 *   <li>{@link Method#PERCENT_RANK}: {@code max · (r − 1) / (n − 1)}, r the rank from the worst
 *       (ties at their lowest rank).
 *   <li>{@link Method#RANK_STEP}: "ranked first gets full points, each place lower loses
 *       {@code step}": {@code max(0, max − step · (place − 1))}, tied units sharing the best place.
 *   <li>{@link Method#DISTANCE_TO_TARGET}: {@code max · min(1, 1 − (target − v) / (best − worst))}.
 * </ul>
 *
 * <p>A scope whose values are all equal (one unit, or all the same) gives every unit full points:
 * every unit is the best. Missing values score zero and do not count in their scope.
 *
 * @param method the method
 * @param scope the units compared
 * @param direction which end is better
 * @param param the step of RANK_STEP ({@code > 0}) or the target of DISTANCE_TO_TARGET; else 0
 */
@Surface(Surface.Kind.API)
public record Relative(Method method, Scope scope, Direction direction, double param) implements ScoringRule {

  /** The relative methods. */
  public enum Method {
    /** The best gets full points, the others in proportion. */
    FRACTION_OF_BEST,
    /** Min–max between the worst and the best of the scope. */
    MIN_MAX,
    /** Percentile rank. */
    PERCENT_RANK,
    /** Full points for first place, a fixed step less for each place lower. */
    RANK_STEP,
    /** Distance to a target, capped at full points. */
    DISTANCE_TO_TARGET
  }

  /** Which units a unit is compared with. */
  public enum Scope {
    /** Every unit assessed. */
    ALL,
    /** The units of the same category. */
    CATEGORY
  }

  /**
   * Checks the components.
   *
   * @param method the method
   * @param scope the units compared
   * @param direction which end is better
   * @param param the step of RANK_STEP ({@code > 0}) or the target of DISTANCE_TO_TARGET; else 0
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Relative {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(direction, "direction");
    Checks.finite("param", param);
    if (method == Method.RANK_STEP && !(param > 0)) {
      throw new IllegalArgumentException("the step of RANK_STEP must be > 0, was " + param);
    }
    if (method != Method.RANK_STEP && method != Method.DISTANCE_TO_TARGET) {
      param = 0;
    }
  }

  /**
   * "The best gets full points, the others in proportion", within the scope.
   *
   * @param scope the units compared
   * @param direction which end is better
   * @return the rule (method FRACTION_OF_BEST); values must be ≥ 0
   */
  public static Relative fractionOfBest(Scope scope, Direction direction) {
    return new Relative(Method.FRACTION_OF_BEST, scope, direction, 0);
  }

  /**
   * "Ranked first gets full points, each place lower loses {@code step}", within the scope.
   *
   * @param scope the units compared
   * @param direction which end is better
   * @param step the points lost per place, {@code > 0}
   * @return the rule (method RANK_STEP)
   * @throws IllegalArgumentException if {@code step} is not {@code > 0}
   */
  public static Relative rankStep(Scope scope, Direction direction, double step) {
    return new Relative(Method.RANK_STEP, scope, direction, step);
  }

  /** The kind of these rules, {@code "relative"}. */
  public static final RuleKind<Relative> KIND = new Kind();

  @Override
  public RuleKind<Relative> ruleKind() {
    return KIND;
  }

  @Override
  public boolean isRelative() {
    return true;
  }

  /** A relative rule cannot score one value alone: use {@link #scoreColumn}. */
  @Override
  public double points(double value, double max) {
    throw new UnsupportedOperationException("a relative rule scores a whole column (scoreColumn), not one value");
  }

  @Override
  public void scoreAll(double[] values, int from, int to, double max, double[] out) {
    throw new UnsupportedOperationException("a relative rule scores a whole column (scoreColumn), not a range");
  }

  @Override
  public void scoreColumn(double[] values, int[] scopeGroups, double max, double[] out) {
    int[] group = scope == Scope.ALL ? null : scopeGroups;
    switch (method) {
      case FRACTION_OF_BEST -> Normalisation.fractionOfBest(values, group, direction, out);
      case MIN_MAX -> Normalisation.minMax(values, group, direction, 0, 1, out);
      case PERCENT_RANK -> Normalisation.percentRank(values, group, direction, out);
      case RANK_STEP -> {
        Normalisation.place(values, group, direction, out);
        for (int i = 0; i < out.length; i++) {
          out[i] = Math.max(0, max - param * (out[i] - 1)) / max; // as a share, scaled below
        }
      }
      case DISTANCE_TO_TARGET -> Normalisation.distanceToTarget(values, group, direction, param, out);
    }
    for (int i = 0; i < out.length; i++) {
      double f = out[i];
      out[i] = Double.isNaN(f) ? 0 : max * Math.max(0, Math.min(1, f));
    }
  }

  @Override
  public @Nullable String invalidReason(double value) {
    if (method == Method.FRACTION_OF_BEST && value < 0) {
      return "a value ≥ 0 (a fraction of the best needs non-negative values), got " + fmt(value);
    }
    return null;
  }

  @Override
  public Label describe(double max) {
    String m = fmt(max);
    String pts = max == 1 ? " point" : " points";
    boolean up = direction == Direction.HIGHER_IS_BETTER;
    String inZh = scope == Scope.ALL ? "全部单位中" : "同类单位中";
    String inEn = scope == Scope.ALL ? "among all units" : "among the units of its category";
    String bestZh = up ? "最高" : "最低";
    return switch (method) {
      case FRACTION_OF_BEST -> Label.of(inZh + bestZh + "者得满分" + m + "分,其余按比例得分",
          "the best " + inEn + " earns full " + m + pts + ", the others in proportion");
      case MIN_MAX -> Label.of(inZh + bestZh + "者得满分" + m + "分,最差者0分,其间线性",
          "the best " + inEn + " earns full " + m + pts + ", the worst none, linear in between");
      case PERCENT_RANK -> Label.of("按" + inZh + "的百分位排名得分,第一名得满分" + m + "分",
          "points by percentile rank " + inEn + ", full " + m + pts + " for the best");
      case RANK_STEP -> Label.of(inZh + "排名第一得满分" + m + "分,每降一位扣" + fmt(param) + "分",
          "ranked first " + inEn + " earns full " + m + pts + ", each place lower " + fmt(param) + " less");
      case DISTANCE_TO_TARGET -> Label.of("按与目标值" + fmt(param) + "的距离得分(相对" + inZh + "的极差),达到目标得满分" + m + "分",
          "points by distance to the target " + fmt(param) + " (relative to the range " + inEn + "), full " + m
              + pts + " at or beyond it");
    };
  }

  @Override
  public double fullPointsValue() {
    return Double.NaN;
  }

  @Override
  public double sampleValue(double good, DoubleSupplier uniform) {
    return Math.round(100 * good) / 100.0;
  }

  /**
   * The kind {@code "relative"}: its JSON name and codec, registered for {@link java.util.ServiceLoader}.
   * Created by {@code ServiceLoader} and as {@link #KIND}; stateless.
   */
  @AutoService(RuleKind.class)
  // the service is the generic RuleKind: registered by its raw type, as ServiceLoader sees it
  @SuppressWarnings("rawtypes")
  public static final class Kind implements RuleKind<Relative> {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String name() {
      return "relative";
    }

    @Override
    public Class<Relative> type() {
      return Relative.class;
    }

    @Override
    public Label description() {
      return Label.of("相对评价:按与范围内其他单位的比较得分", "relative: points by comparison with the other units in scope");
    }

    @Override
    public @Nullable Relative read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("method", "scope", "direction", "step", "target");
      Method method = p.enumValue("method", Method.class);
      Scope scope = p.has("scope") ? p.enumValue("scope", Scope.class) : Scope.ALL;
      Direction d = Checks.direction(p);
      double param = 0;
      if (method == Method.RANK_STEP) {
        param = p.number("step");
      } else if (method == Method.DISTANCE_TO_TARGET) {
        param = p.number("target");
      }
      if (method != null && method != Method.RANK_STEP && p.has("step")) {
        p.problem("step", "\"step\" applies only to method RANK_STEP");
      }
      if (method != null && method != Method.DISTANCE_TO_TARGET && p.has("target")) {
        p.problem("target", "\"target\" applies only to method DISTANCE_TO_TARGET");
      }
      return p.problemCount() > before || method == null || scope == null ? null
          : new Relative(method, scope, d, param);
    }

    @Override
    public void write(Relative r, ParamWriter out) {
      out.put("method", r.method().name());
      out.put("scope", r.scope().name());
      out.put("direction", r.direction().name());
      if (r.method() == Method.RANK_STEP) {
        out.put("step", r.param());
      } else if (r.method() == Method.DISTANCE_TO_TARGET) {
        out.put("target", r.param());
      }
    }
  }
}
