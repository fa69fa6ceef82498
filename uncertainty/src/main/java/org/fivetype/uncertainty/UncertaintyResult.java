package org.fivetype.uncertainty;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fivetype.api.Surface;

/**
 * The result of an {@link UncertaintyAnalysis}: per unit, the distribution of its total and rank
 * and its tier probabilities; with a sensitivity analysis, per unit the indices of its total and
 * rank, and the indices of COINr's city-wide target (the mean absolute rank shift).
 *
 * @param inputs the uncertain inputs' names, one per dimension of the design ({@code "*"}
 *     expanded), e.g. {@code points L1.theory-study}, {@code threshold EXCELLENT}, {@code imputation}
 * @param runs the base sample size N
 * @param evaluations the model evaluations made: N, or N(d + 2) with a sensitivity analysis
 * @param seed the seed
 * @param robustAt the probability of the published tier from which a unit counts as robust
 * @param units every unit, sorted by id; their distributions are over the rows of A (and B, with
 *     a sensitivity analysis: 2N replications, as COINr)
 * @param sensitivity per unit, in the order of {@code units}; empty without a sensitivity analysis
 * @param meanRankShift the indices of the mean over all units of {@code |rank − published rank|}
 *     (COINr's target); empty without a sensitivity analysis
 */
@Surface(Surface.Kind.API)
public record UncertaintyResult(List<String> inputs, int runs, int evaluations, long seed, double robustAt,
    List<UnitUncertainty> units, List<UnitSensitivity> sensitivity, List<SensitivityIndex> meanRankShift) {

  public UncertaintyResult {
    inputs = List.copyOf(inputs);
    units = List.copyOf(units);
    sensitivity = List.copyOf(sensitivity);
    meanRankShift = List.copyOf(meanRankShift);
  }

  /** The result of one unit. */
  public Optional<UnitUncertainty> unit(String unitId) {
    return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
  }

  /** The sensitivity of one unit (empty without a sensitivity analysis). */
  public Optional<UnitSensitivity> sensitivity(String unitId) {
    return sensitivity.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
  }

  /**
   * The city table of fragile tiers: the units whose published tier has a probability below
   * {@link #robustAt()}, least probable first (then by id).
   */
  public List<UnitUncertainty> fragile() {
    return units.stream().filter(u -> !u.robust())
        .sorted(Comparator.comparingDouble(UnitUncertainty::publishedTierProbability)
            .thenComparing(UnitUncertainty::unitId))
        .toList();
  }
}
