package org.fivetype.consequence;

import org.fivetype.api.Surface;

/**
 * Where the direction-of-travel labels start, as a change of the share of the maximum (total or
 * pillar) against last year, in percentage points: a change of at least {@code strongly} is
 * {@link Travel#IMPROVING_STRONGLY}, at least {@code well} {@link Travel#IMPROVING_WELL}, at least
 * {@code adequately} {@link Travel#IMPROVING_ADEQUATELY}, below that
 * {@link Travel#NOT_IMPROVING_ADEQUATELY}. Comparisons allow 1e-9 for rounding.
 *
 * <p>The CPA labels were inspectors' judgements, not cut-offs; the {@link #DEFAULTS} (+5, +2, 0
 * points) are fivetype's: on the hundred-mark scale 5 points is half a tier band (bands are 10
 * points wide, see {@code TierSettings}), 2 points a clear gain, and a unit that holds its score
 * is improving adequately while any fall is not.
 *
 * @param strongly the least change, in percentage points, that is improving strongly
 * @param well the least change that is improving well
 * @param adequately the least change that is improving adequately
 */
@Surface(Surface.Kind.API)
public record TravelThresholds(double strongly, double well, double adequately) {

  /** +5, +2 and 0 percentage points. */
  public static final TravelThresholds DEFAULTS = new TravelThresholds(5, 2, 0);

  static final double EPS = 1e-9;

  /**
   * Checks the components.
   *
   * @param strongly the least change, in percentage points, that is improving strongly
   * @param well the least change that is improving well
   * @param adequately the least change that is improving adequately
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public TravelThresholds {
    if (!Double.isFinite(strongly) || !Double.isFinite(well) || !Double.isFinite(adequately)) {
      throw new IllegalArgumentException("direction-of-travel thresholds must be finite");
    }
    if (!(strongly > well && well > adequately)) {
      throw new IllegalArgumentException("direction-of-travel thresholds must decrease: strongly " + strongly
          + " > well " + well + " > adequately " + adequately);
    }
  }

  /**
   * The label of a change of {@code points} percentage points.
   *
   * @param points the change of the share of the maximum against last year, in percentage points
   * @return the label
   */
  public Travel classify(double points) {
    if (points >= strongly - EPS) {
      return Travel.IMPROVING_STRONGLY;
    }
    if (points >= well - EPS) {
      return Travel.IMPROVING_WELL;
    }
    if (points >= adequately - EPS) {
      return Travel.IMPROVING_ADEQUATELY;
    }
    return Travel.NOT_IMPROVING_ADEQUATELY;
  }
}
