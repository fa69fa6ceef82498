package org.fivetype.uncertainty;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;

/**
 * How robust one unit's published result is: the distribution of its total and of its rank
 * within its category over the replications, and the probability of each tier.
 *
 * @param unitId the unit's id
 * @param name the unit's bilingual name
 * @param category the unit's category
 * @param publishedTotal the total with the nominal parameters
 * @param publishedTier the tier with the nominal parameters
 * @param publishedRank the rank in its category with the nominal parameters
 * @param categorySize how many units its category has
 * @param total the distribution of its total
 * @param rank the distribution of its rank in its category (1 = best)
 * @param tierProbabilities every tier's share of the replications (all four tiers present)
 * @param robust whether the published tier's probability reaches the analysis's threshold
 */
@Surface(Surface.Kind.API)
public record UnitUncertainty(String unitId, Label name, String category, double publishedTotal, Tier publishedTier,
    int publishedRank, int categorySize, Summary total, Summary rank, Map<Tier, Double> tierProbabilities,
    boolean robust) {

  public UnitUncertainty {
    Objects.requireNonNull(unitId, "unitId");
    tierProbabilities = Map.copyOf(tierProbabilities);
  }

  /**
   * A tier's share of the replications.
   *
   * @throws NullPointerException if the record was made without that tier (every tier is present
   *     in the records the analysis makes)
   */
  public double tierProbability(Tier tier) {
    return requireNonNull(tierProbabilities.get(tier), () -> "no probability for the tier " + tier);
  }

  /** The probability of the published tier. */
  public double publishedTierProbability() {
    return requireNonNull(tierProbabilities.get(publishedTier));
  }

  /** The most probable tier (the better one on a tie). */
  public Tier mostLikelyTier() {
    Tier best = Tier.EXCELLENT;
    for (Tier t : Tier.values()) {
      if (requireNonNull(tierProbabilities.get(t)) > requireNonNull(tierProbabilities.get(best))) {
        best = t;
      }
    }
    return best;
  }

  /** A bilingual one-line verdict, e.g. "优良 (概率 62%), 不稳健 / good (probability 62%), fragile". */
  public Label verdict() {
    String p = Math.round(publishedTierProbability() * 100) + "%";
    return Label.of(publishedTier.label().zh() + "(概率" + p + ")," + (robust ? "稳健" : "不稳健"),
        publishedTier.label().en() + " (probability " + p + "), " + (robust ? "robust" : "fragile"));
  }
}
