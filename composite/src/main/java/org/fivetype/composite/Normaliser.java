package org.fivetype.composite;

import org.fivetype.api.Surface;
import org.fivetype.scale.Normalisation;
import org.fivetype.scale.Scopes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.fivetype.api.Direction;
import org.jspecify.annotations.Nullable;

/**
 * One {@link Normalisation} method with its parameters, as a value: what a {@link Recipe} applies
 * to each indicator, and what a rule can name. The formulas, sources and degenerate cases are
 * those of the {@link Normalisation} method of the same name.
 */
@Surface(Surface.Kind.API)
public final class Normaliser {

  /** The methods, with their JSON names in lower case with hyphens. */
  public enum Kind {
    /** {@link Normalisation#minMax}, parameters low and high. */
    MIN_MAX,
    /** {@link Normalisation#zScore}, parameters mean and sd. */
    Z_SCORE,
    /** {@link Normalisation#rank}. */
    RANK,
    /** {@link Normalisation#percentRank}. */
    PERCENT_RANK,
    /** {@link Normalisation#borda}. */
    BORDA,
    /** {@link Normalisation#place}. */
    PLACE,
    /** {@link Normalisation#fractionOfBest}. */
    FRACTION_OF_BEST,
    /** {@link Normalisation#distanceToBest}. */
    DISTANCE_TO_BEST,
    /** {@link Normalisation#distanceToReference}, parameter the reference unit. */
    DISTANCE_TO_REFERENCE,
    /** {@link Normalisation#distanceToTarget}, parameter the target. */
    DISTANCE_TO_TARGET,
    /** {@link Normalisation#goalposts}, parameters low, high and scale. */
    GOALPOSTS,
    /** No normalisation: values pass unchanged (direction ignored). */
    NONE,
    /** {@link Ranks#rank} with a choice of ties (COINr 1.x {@code n_rank}). */
    RANK_TIES,
    /** {@link Ranks#rank} − 1 with a choice of ties (COINr 1.x {@code n_borda}). */
    BORDA_TIES,
    /**
     * Distance to target, COINr 1.x {@code n_dist2targ}: {@code (v − min)/(target − min)}
     * (lower is better: {@code (max − v)/(max − target)}), optionally capped at 1.
     */
    DISTANCE_TO_TARGET_1X,
    /**
     * Distance to a reference unit, COINr 1.x {@code n_dist2ref}: {@code 1 − (v_ref − v)/(v_ref −
     * min)}, optionally capped at 1.
     */
    DISTANCE_TO_REFERENCE_1X;

    /** The JSON name, e.g. {@code "min-max"}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** How tied values are ranked (R's {@code rank(ties.method = …)}). */
  public enum Ties {
    /** The mean of the ranks the tie spans. */
    AVERAGE,
    /** The lowest rank the tie spans (COINr 1.x's default). */
    MIN,
    /** The highest rank the tie spans. */
    MAX,
    /** Ranks in the order of the rows. */
    FIRST
  }

  private final Kind kind;
  private final double[] params;
  private final @Nullable String reference;
  private final @Nullable Ties ties;
  private final boolean cap;

  private Normaliser(Kind kind, @Nullable String reference, double... params) {
    this(kind, reference, null, false, params);
  }

  private Normaliser(Kind kind, @Nullable String reference, @Nullable Ties ties, boolean cap, double... params) {
    this.ties = ties;
    this.cap = cap;
    this.kind = kind;
    this.reference = reference;
    this.params = params;
    for (double p : params) {
      Scopes.finite(kind.jsonName() + " parameter", p);
    }
  }

  /** Min–max onto [low, high]. */
  public static Normaliser minMax(double low, double high) {
    return new Normaliser(Kind.MIN_MAX, null, low, high);
  }

  /** Z-score with the given mean and standard deviation. */
  public static Normaliser zScore(double mean, double sd) {
    return new Normaliser(Kind.Z_SCORE, null, mean, sd);
  }

  /** Rank, average ties, 1 = worst. */
  public static Normaliser rank() {
    return new Normaliser(Kind.RANK, null);
  }

  /** Percentile rank in [0, 1]. */
  public static Normaliser percentRank() {
    return new Normaliser(Kind.PERCENT_RANK, null);
  }

  /** Borda score: rank − 1. */
  public static Normaliser borda() {
    return new Normaliser(Kind.BORDA, null);
  }

  /** Place, 1 = best, ties share the best place. */
  public static Normaliser place() {
    return new Normaliser(Kind.PLACE, null);
  }

  /** Fraction of the best. */
  public static Normaliser fractionOfBest() {
    return new Normaliser(Kind.FRACTION_OF_BEST, null);
  }

  /** Distance to the best. */
  public static Normaliser distanceToBest() {
    return new Normaliser(Kind.DISTANCE_TO_BEST, null);
  }

  /** Distance to the unit of the given code. */
  public static Normaliser distanceToReference(String unit) {
    return new Normaliser(Kind.DISTANCE_TO_REFERENCE, Objects.requireNonNull(unit, "unit"));
  }

  /** Distance to a target value. */
  public static Normaliser distanceToTarget(double target) {
    return new Normaliser(Kind.DISTANCE_TO_TARGET, null, target);
  }

  /** Goalposts low and high, scaled to [0, scale]. */
  public static Normaliser goalposts(double low, double high, double scale) {
    if (!(high > low)) {
      throw new IllegalArgumentException("goalposts need low < high, got " + low + " and " + high);
    }
    return new Normaliser(Kind.GOALPOSTS, null, low, high, scale);
  }

  /**
   * Rank with the given ties: worst 1, best n (COINr 1.x {@code n_rank}, {@code R/normalise.R};
   * its default ties are {@link Ties#MIN}).
   */
  public static Normaliser rank(Ties ties) {
    return new Normaliser(Kind.RANK_TIES, null, Objects.requireNonNull(ties, "ties"), false);
  }

  /** Borda score: rank − 1 with the given ties (COINr 1.x {@code n_borda}). */
  public static Normaliser borda(Ties ties) {
    return new Normaliser(Kind.BORDA_TIES, null, Objects.requireNonNull(ties, "ties"), false);
  }

  /**
   * Distance to a target, COINr 1.x formula {@code (v − min)/(target − min)}, or for lower is
   * better {@code (max − v)/(max − target)} ({@code n_dist2targ}, {@code R/normalise.R}; COINr
   * negates both the values and the target, which gives the same numbers); above 1 beyond the
   * target unless {@code cap}.
   */
  public static Normaliser distanceToTarget1x(double target, boolean cap) {
    return new Normaliser(Kind.DISTANCE_TO_TARGET_1X, null, null, cap, target);
  }

  /**
   * Distance to a reference unit, COINr 1.x formula {@code 1 − (v_ref − v)/(v_ref − min)}
   * ({@code n_dist2ref}); above 1 for units better than the reference unless {@code cap}.
   */
  public static Normaliser distanceToReference1x(String unit, boolean cap) {
    return new Normaliser(Kind.DISTANCE_TO_REFERENCE_1X, Objects.requireNonNull(unit, "unit"),
        null, cap);
  }

  /** The ties of {@link Kind#RANK_TIES} and {@link Kind#BORDA_TIES}, else null. */
  public @Nullable Ties ties() {
    return ties;
  }

  /** Whether a COINr 1.x distance is capped at 1. */
  public boolean capped() {
    return cap;
  }

  /** No normalisation. */
  public static Normaliser none() {
    return new Normaliser(Kind.NONE, null);
  }

  /** The method. */
  public Kind kind() {
    return kind;
  }

  /** The numeric parameters, in the order of the factory method's arguments. */
  public double[] parameters() {
    return params.clone();
  }

  /** The reference unit of {@link Kind#DISTANCE_TO_REFERENCE}, else null. */
  public @Nullable String reference() {
    return reference;
  }

  /**
   * Normalises one column.
   *
   * @param x the values, NaN = missing
   * @param group the scope per unit, null = all
   * @param direction which end is better
   * @param units the unit codes of the rows (used only to find a reference unit; may be null
   *     otherwise)
   * @param out where the result is written (may be {@code x})
   */
  public void apply(double[] x, int @Nullable [] group, Direction direction, @Nullable List<String> units,
      double[] out) {
    switch (kind) {
      case MIN_MAX -> {
        if (group == null) {
          Ranks.minMax(x, direction == Direction.LOWER_IS_BETTER, params[0], params[1], out);
        } else {
          Normalisation.minMax(x, group, direction, params[0], params[1], out);
        }
      }
      // rank(Ties) and borda(Ties) are the only makers of these kinds, and they require the ties
      case RANK_TIES -> Ranks.rank(x, group, direction == Direction.LOWER_IS_BETTER,
          Objects.requireNonNull(ties, "the ties of a rank normaliser"), 0, out);
      case BORDA_TIES -> Ranks.rank(x, group, direction == Direction.LOWER_IS_BETTER,
          Objects.requireNonNull(ties, "the ties of a borda normaliser"), -1, out);
      case DISTANCE_TO_TARGET_1X -> Ranks.distanceToTarget1x(x, group,
          direction == Direction.LOWER_IS_BETTER, params[0], cap, out);
      case DISTANCE_TO_REFERENCE_1X -> {
        int r = units == null ? -1 : units.indexOf(reference);
        if (r < 0) {
          throw new IllegalArgumentException("no reference unit " + reference);
        }
        Ranks.distanceToReference1x(x, group, direction == Direction.LOWER_IS_BETTER, r, cap,
            out);
      }
      case Z_SCORE -> Normalisation.zScore(x, group, direction, params[0], params[1], out);
      case RANK -> Normalisation.rank(x, group, direction, out);
      case PERCENT_RANK -> Normalisation.percentRank(x, group, direction, out);
      case BORDA -> Normalisation.borda(x, group, direction, out);
      case PLACE -> Normalisation.place(x, group, direction, out);
      case FRACTION_OF_BEST -> Normalisation.fractionOfBest(x, group, direction, out);
      case DISTANCE_TO_BEST -> Normalisation.distanceToBest(x, group, direction, out);
      case DISTANCE_TO_REFERENCE -> {
        int r = units == null ? -1 : units.indexOf(reference);
        if (r < 0) {
          throw new IllegalArgumentException("no reference unit " + reference);
        }
        Normalisation.distanceToReference(x, group, direction, r, out);
      }
      case DISTANCE_TO_TARGET ->
          Normalisation.distanceToTarget(x, group, direction, params[0], out);
      case GOALPOSTS ->
          Normalisation.goalposts(x, direction, params[0], params[1], params[2], out);
      case NONE -> {
        Scopes.check(x, group, out);
        System.arraycopy(x, 0, out, 0, x.length);
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Normaliser n && n.kind == kind && Arrays.equals(n.params, params)
        && Objects.equals(n.reference, reference) && n.ties == ties && n.cap == cap;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, Arrays.hashCode(params), reference, ties, cap);
  }

  @Override
  public String toString() {
    return kind.jsonName() + (params.length > 0 ? Arrays.toString(params) : "")
        + (reference != null ? "[" + reference + "]" : "")
        + (ties != null ? "[ties " + ties.name().toLowerCase(Locale.ROOT) + "]" : "")
        + (cap ? "[capped]" : "");
  }
}
