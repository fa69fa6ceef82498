package org.fivetype.consequence;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;

/**
 * How a unit's share of excellent civil servants (A10: "units rated excellent get a larger share")
 * is worked out.
 *
 * <ul>
 *   <li>{@link Scheme#REGULATION}: a unit rated EXCELLENT gets the ceiling of the regulation in
 *       force, every other unit its normal share (1994 rules: 15 % / 10 %; 2007 rules: 20 % /
 *       15 %).
 *   <li>{@link Scheme#GRADED} (default): a share per unit tier, {@code graded}, capped by the
 *       ceiling of the regulation in force. The default shares are Taixing's 2014 rule (泰兴市,
 *       2014): excellent 15 %, good 12 %, pass 10 %, fail 8 %.
 * </ul>
 *
 * <p>The number of people is {@code staff × share}, rounded by {@code rounding} (default
 * {@link Rounding#FLOOR}), and never more than {@code floor(staff × ceiling)}. Shares are taken
 * to four decimals (basis points), so the arithmetic is exact.
 *
 * @param regulations the dated regulation table (oldest first is not required)
 * @param scheme how a unit's share follows from its tier
 * @param graded the share per tier for {@link Scheme#GRADED} (every tier)
 * @param rounding how {@code staff × share} becomes a number of people
 */
@Surface(Surface.Kind.API)
public record QuotaSettings(List<Regulation> regulations, Scheme scheme, Map<Tier, Double> graded, Rounding rounding) {

  /** How a unit's share follows from its tier. */
  public enum Scheme {
    /** The regulation's ceiling for EXCELLENT units, its normal share for the others. */
    REGULATION,
    /** A share per tier, capped by the regulation's ceiling. */
    GRADED
  }

  /** How {@code staff × share} becomes a whole number of people. */
  public enum Rounding {
    /** Round down: the share is never exceeded (default). */
    FLOOR,
    /** Round half up (0.5 and more rounds up), but never above {@code floor(staff × ceiling)}. */
    HALF_UP
  }

  /** Taixing 2014: EXCELLENT 15 %, GOOD 12 %, PASS 10 %, FAIL 8 %. */
  public static final Map<Tier, Double> TAIXING_2014 =
      Map.of(Tier.EXCELLENT, 0.15, Tier.GOOD, 0.12, Tier.PASS, 0.10, Tier.FAIL, 0.08);

  /** The standard regulation table, the graded scheme with Taixing's shares, rounding down. */
  public static final QuotaSettings DEFAULTS =
      new QuotaSettings(Regulation.STANDARD, Scheme.GRADED, TAIXING_2014, Rounding.FLOOR);

  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param regulations the dated regulation table (oldest first is not required)
   * @param scheme how a unit's share follows from its tier
   * @param graded the share per tier for {@link Scheme#GRADED} (every tier)
   * @param rounding how {@code staff × share} becomes a number of people
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public QuotaSettings {
    regulations = List.copyOf(regulations);
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(rounding, "rounding");
    if (regulations.isEmpty()) {
      throw new IllegalArgumentException("the regulation table is empty");
    }
    EnumMap<Tier, Double> g = new EnumMap<>(Tier.class);
    for (Tier t : Tier.values()) {
      Double share = graded.get(t);
      if (share == null || !(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("graded share of " + t + " must be given, within [0, 1], was " + share);
      }
      g.put(t, share);
    }
    graded = Collections.unmodifiableMap(g);
  }
}
