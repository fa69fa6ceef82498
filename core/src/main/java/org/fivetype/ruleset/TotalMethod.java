package org.fivetype.ruleset;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.fivetype.api.Surface;

/**
 * How pillar points add up to a unit's total.
 *
 * <ul>
 *   <li>{@link Kind#SUM} (the default): the total is the sum of all points earned; its maximum is
 *       the sum of the pillar budgets. This is the source document's "point values" (分值, A4).
 *   <li>{@link Kind#WEIGHTED_SHARES}: each pillar's share of its budget, weighted, on a scale:
 *       {@code total = scale · Σ w_p · (points_p / budget_p) / Σ w_p}; its maximum is the scale.
 * </ul>
 *
 * @param kind the method
 * @param scale the maximum of a weighted total (ignored for SUM)
 * @param weights pillar id → weight {@code > 0} (WEIGHTED_SHARES only; a pillar not listed
 *     weighs 1)
 */
@Surface(Surface.Kind.API)
public record TotalMethod(Kind kind, double scale, Map<String, Double> weights) {

  /** The methods. */
  public enum Kind {
    /** Sum of points. */
    SUM,
    /** Weighted mean of pillar shares, times a scale. */
    WEIGHTED_SHARES
  }

  /** The default: the sum of points. */
  public static final TotalMethod SUM = new TotalMethod(Kind.SUM, 0, Map.of());

  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param kind the method
   * @param scale the maximum of a weighted total (ignored for SUM)
   * @param weights pillar id → weight {@code > 0} (WEIGHTED_SHARES only; a pillar not listed weighs
   *     1)
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public TotalMethod {
    Objects.requireNonNull(kind, "kind");
    weights = java.util.Collections.unmodifiableMap(new TreeMap<>(weights));
    if (kind == Kind.WEIGHTED_SHARES) {
      if (!(Double.isFinite(scale) && scale > 0)) {
        throw new IllegalArgumentException("the scale of a weighted total must be > 0, was " + scale);
      }
      for (var e : weights.entrySet()) {
        if (!(Double.isFinite(e.getValue()) && e.getValue() > 0)) {
          throw new IllegalArgumentException("the weight of pillar " + e.getKey() + " must be > 0, was " + e.getValue());
        }
      }
    } else {
      scale = 0;
      weights = Map.of();
    }
  }

  /**
   * A weighted mean of pillar shares on the given scale.
   *
   * @param scale the maximum total, {@code > 0}
   * @param weights pillar id → weight {@code > 0}; a pillar not listed weighs 1
   * @return the method
   * @throws IllegalArgumentException if the scale or a weight is not finite and {@code > 0}
   */
  public static TotalMethod weightedShares(double scale, Map<String, Double> weights) {
    return new TotalMethod(Kind.WEIGHTED_SHARES, scale, weights);
  }

  /**
   * The weight of a pillar (1 if not listed).
   *
   * @param pillarId the pillar's id, e.g. {@code LEARNING}
   * @return its weight
   */
  public double weight(String pillarId) {
    return weights.getOrDefault(pillarId, 1.0);
  }
}
