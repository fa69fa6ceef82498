package org.fivetype.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;

/**
 * One unit's result in one year, as kept in the history: everything needed to read past years
 * without the rule set that produced them.
 *
 * @param unit the unit (id, bilingual name, kind, category) as it was that year
 * @param total the total
 * @param maxTotal the largest total a unit could reach that year
 * @param tier the tier after the whole tiering chain
 * @param reasons why this tier, in chain order (the first one is the thresholds' reason)
 * @param pillars the pillar subtotals, in rule-set order
 * @param rank the rank within the unit's category (1 = best, equal totals share a rank)
 * @param categorySize how many units the category had
 * @param vetoes the veto indicators triggered (一票否决)
 * @param failedHard the hard indicators failed (硬指标未达标)
 * @param missing the indicators without evidence
 */
@Surface(Surface.Kind.SPI)
public record UnitRecord(
    Unit unit,
    double total,
    double maxTotal,
    Tier tier,
    List<Reason> reasons,
    List<PillarRecord> pillars,
    int rank,
    int categorySize,
    List<IndicatorId> vetoes,
    List<IndicatorId> failedHard,
    List<IndicatorId> missing) {

  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param unit the unit (id, bilingual name, kind, category) as it was that year
   * @param total the total
   * @param maxTotal the largest total a unit could reach that year
   * @param tier the tier after the whole tiering chain
   * @param reasons why this tier, in chain order (the first one is the thresholds' reason)
   * @param pillars the pillar subtotals, in rule-set order
   * @param rank the rank within the unit's category (1 = best, equal totals share a rank)
   * @param categorySize how many units the category had
   * @param vetoes the veto indicators triggered (一票否决)
   * @param failedHard the hard indicators failed (硬指标未达标)
   * @param missing the indicators without evidence
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public UnitRecord {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(tier, "tier");
    reasons = List.copyOf(reasons);
    pillars = List.copyOf(pillars);
    vetoes = List.copyOf(vetoes);
    failedHard = List.copyOf(failedHard);
    missing = List.copyOf(missing);
    if (!Double.isFinite(total) || !Double.isFinite(maxTotal)) {
      throw new IllegalArgumentException("unit " + unit.id() + ": total and maxTotal must be finite");
    }
    if (rank < 1 || categorySize < rank) {
      throw new IllegalArgumentException("unit " + unit.id() + ": rank " + rank + " must be within 1.." + categorySize);
    }
  }

  /** {@return the unit's id} */
  public String unitId() {
    return unit.id();
  }

  /** {@return the unit's bilingual name} */
  public Label name() {
    return unit.name();
  }

  /** {@return the unit's kind (district or department)} */
  public UnitKind kind() {
    return unit.kind();
  }

  /** {@return the unit's assessment category (考核类别)} */
  public String category() {
    return unit.category();
  }

  /**
   * The subtotal of one pillar.
   *
   * @param pillar the pillar, matched by id (its name may have changed since)
   * @return the subtotal, or empty if the pillar was not in that year's rule set
   */
  public Optional<PillarRecord> pillar(Pillar pillar) {
    return pillars.stream().filter(p -> p.pillar().id().equals(pillar.id())).findFirst();
  }

  /** {@return the total as a share of the largest total, {@code total / maxTotal} (0 when that is 0)} */
  public double share() {
    return maxTotal > 0 ? total / maxTotal : 0;
  }
}
