package org.fivetype.consequence;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;

/**
 * The assessment bonus (A7: "the base is raised step by step and the gaps between tiers
 * widened"): a unit's bonus is {@code base(year) × multiplier(tier)}, where
 * {@code base(year) = base + step × max(0, year − baseYear)}. With fixed multipliers the gap
 * between two tiers, {@code base(year) × (m₁ − m₂)}, widens every year the base is raised.
 * Amounts are rounded to 0.01 (half up). The source gives no amounts; the {@link #DEFAULTS} are
 * illustrative: 10 000 from 2004 (the source document's year), raised by 2 000 a year,
 * multipliers excellent 1.5, good 1.2, pass 1.0, fail 0 (a failed unit gets no bonus).
 *
 * @param base the base amount in {@code baseYear}, ≥ 0
 * @param baseYear the year of {@code base}; earlier years also use {@code base}
 * @param step the amount the base is raised by each year after {@code baseYear}, ≥ 0
 * @param multipliers the multiplier of each tier (every tier), ≥ 0, not increasing from EXCELLENT to FAIL
 */
@Surface(Surface.Kind.API)
public record BonusScheme(double base, int baseYear, double step, Map<Tier, Double> multipliers) {

  /** 10 000 in 2004, +2 000 a year, ×1.5 / 1.2 / 1.0 / 0. */
  public static final BonusScheme DEFAULTS = new BonusScheme(10_000, 2004, 2_000,
      Map.of(Tier.EXCELLENT, 1.5, Tier.GOOD, 1.2, Tier.PASS, 1.0, Tier.FAIL, 0.0));

  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param base the base amount in {@code baseYear}, ≥ 0
   * @param baseYear the year of {@code base}; earlier years also use {@code base}
   * @param step the amount the base is raised by each year after {@code baseYear}, ≥ 0
   * @param multipliers the multiplier of each tier (every tier), ≥ 0, not increasing from EXCELLENT
   *     to FAIL
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public BonusScheme {
    if (!(base >= 0) || !(step >= 0) || !Double.isFinite(base) || !Double.isFinite(step)) {
      throw new IllegalArgumentException("bonus base " + base + " and step " + step + " must be finite and ≥ 0");
    }
    EnumMap<Tier, Double> m = new EnumMap<>(Tier.class);
    double previous = Double.POSITIVE_INFINITY;
    for (Tier t : Tier.values()) {
      Double x = multipliers.get(t);
      if (x == null || !(x >= 0) || !Double.isFinite(x)) {
        throw new IllegalArgumentException("bonus multiplier of " + t + " must be given, finite and ≥ 0, was " + x);
      }
      if (x > previous) {
        throw new IllegalArgumentException("bonus multipliers must not increase from EXCELLENT to FAIL: " + t + " has "
            + x + " > " + previous);
      }
      previous = x;
      m.put(t, x);
    }
    multipliers = Collections.unmodifiableMap(m);
  }

  /**
   * The base of a year: {@code base + step × max(0, year − baseYear)}.
   *
   * @param year the assessment year
   * @return the base amount, not rounded
   */
  public BigDecimal baseOf(int year) {
    return BigDecimal.valueOf(base)
        .add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(Math.max(0, year - baseYear))));
  }

  /**
   * The bonus of a unit of tier {@code tier} in {@code year}, rounded to 0.01 half up.
   *
   * @param year the assessment year
   * @param tier the unit's tier
   * @return the amount, with two decimals
   */
  public BigDecimal amount(int year, Tier tier) {
    return baseOf(year).multiply(BigDecimal.valueOf(requireNonNull(multipliers.get(tier))))
        .setScale(2, java.math.RoundingMode.HALF_UP);
  }
}
