package org.fivetype.engine;

import java.util.AbstractList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.ruleset.RuleSet;

/**
 * The result of one year's assessment: for every unit its points per indicator, pillar subtotals,
 * total, tier with the reasons that set it, and rank within its category; and the fingerprints of
 * the rule set and the input. Immutable. Units come sorted by id.
 *
 * <p>The numbers are kept as arrays; {@link #units()} hands out views, and explanations are
 * built when asked for, from the kept values.
 */
@Surface(Surface.Kind.API)
public final class AssessmentResult {

  private final Scores scores;
  private final TieringChain.State state;
  private final List<UnitResult> units;

  AssessmentResult(Scores scores, TieringChain.State state) {
    this.scores = scores;
    this.state = state;
    this.units = new Views();
  }

  /** {@return the assessment year} */
  public int year() {
    return scores.table.year();
  }

  /** {@return the rule set applied} */
  public RuleSet ruleSet() {
    return scores.plan.ruleSet();
  }

  /** {@return the SHA-256 of the rule set's canonical form} */
  public String ruleSetFingerprint() {
    return scores.plan.ruleSet().fingerprint();
  }

  /** {@return the SHA-256 of the year, units and observations (see {@link EvidenceTable#inputFingerprint()})} */
  public String inputFingerprint() {
    return scores.table.inputFingerprint();
  }

  /** {@return the largest total a unit could reach} */
  public double maxTotal() {
    return scores.plan.maxTotal();
  }

  /** {@return every unit's result, sorted by unit id} */
  public List<UnitResult> units() {
    return units;
  }

  /**
   * The result of the unit with this id.
   *
   * @param unitId the unit's id
   * @return its result, or empty if no unit has this id
   */
  public Optional<UnitResult> unit(String unitId) {
    int u = scores.table.indexOfUnit(unitId);
    return u < 0 ? Optional.empty() : Optional.of(new UnitResult(scores, state, u));
  }

  /** {@return how many units are in each tier (every tier present, possibly with zero)} */
  public Map<Tier, Integer> tierCounts() {
    EnumMap<Tier, Integer> m = new EnumMap<>(Tier.class);
    for (Tier t : Tier.values()) {
      m.put(t, 0);
    }
    for (Tier t : state.tiers) {
      m.merge(t, 1, Integer::sum);
    }
    return m;
  }

  /**
   * The total of the unit at index {@code u} of {@link #units()} (no view allocated).
   *
   * @param u the unit's index, {@code 0..units().size()-1}
   * @return the total
   */
  public double total(int u) {
    return scores.totals[u];
  }

  /**
   * The tier of the unit at index {@code u} of {@link #units()} (no view allocated).
   *
   * @param u the unit's index, {@code 0..units().size()-1}
   * @return the tier after the whole chain
   */
  public Tier tier(int u) {
    return state.tiers[u];
  }

  private final class Views extends AbstractList<UnitResult> implements RandomAccess {
    @Override
    public UnitResult get(int index) {
      return new UnitResult(scores, state, index);
    }

    @Override
    public int size() {
      return state.tiers.length;
    }
  }
}
