package org.fivetype.engine;

import static org.fivetype.api.Numbers.format;

import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.rule.ScoringRule;

/**
 * One unit's result: a view on the numbers an {@link AssessmentResult} keeps. Explanations and
 * reasons are built when asked for.
 */
@Surface(Surface.Kind.API)
public final class UnitResult {

  private final Scores s;
  private final TieringChain.State st;
  private final int u;

  UnitResult(Scores s, TieringChain.State st, int u) {
    this.s = s;
    this.st = st;
    this.u = u;
  }

  /** {@return the unit} */
  public Unit unit() {
    return s.table.units().get(u);
  }

  /** {@return the total} */
  public double total() {
    return s.totals[u];
  }

  /** {@return the largest total a unit could reach} */
  public double maxTotal() {
    return s.plan.maxTotal();
  }

  /** {@return the tier after the whole chain} */
  public Tier tier() {
    return st.tiers[u];
  }

  /**
   * Why this tier: first what the thresholds gave (rebuilt from the total), then every cap, quota
   * or history step that changed or confirmed it, in chain order.
   *
   * @return the reasons, at least one
   */
  public List<Reason> reasons() {
    List<Reason> out = new ArrayList<>();
    out.add(TieringChain.thresholdReason(thresholdTier(), total(), maxTotal(), s.plan.tiers()));
    out.addAll(st.reasons(u));
    return List.copyOf(out);
  }

  private Tier thresholdTier() {
    var t = s.plan.tiers();
    double max = maxTotal();
    double total = total();
    for (Tier tier : List.of(Tier.EXCELLENT, Tier.GOOD, Tier.PASS)) {
      if (total >= t.threshold(tier) * max - TieringChain.EPS) {
        return tier;
      }
    }
    return Tier.FAIL;
  }

  /** {@return the rank within the unit's category by total (1 = best; equal totals share a rank)} */
  public int rank() {
    return st.ranks[u];
  }

  /** {@return how many units the unit's category has} */
  public int categorySize() {
    return st.categorySizes[u];
  }

  /** {@return the pillar subtotals, in rule-set order} */
  public List<PillarScore> pillars() {
    List<Pillar> ps = s.plan.pillars();
    List<PillarScore> out = new ArrayList<>(ps.size());
    for (int p = 0; p < ps.size(); p++) {
      out.add(new PillarScore(ps.get(p), s.pillarPoints[p][u], s.plan.pillarMax(p)));
    }
    return List.copyOf(out);
  }

  /**
   * The subtotal of one pillar.
   *
   * @param pillar a pillar of the rule set
   * @return its points and maximum for this unit
   * @throws IllegalArgumentException if the pillar is not in the rule set
   */
  public PillarScore pillar(Pillar pillar) {
    int p = s.plan.pillars().indexOf(pillar);
    if (p < 0) {
      throw new IllegalArgumentException("pillar " + pillar.id() + " is not in the rule set");
    }
    return new PillarScore(pillar, s.pillarPoints[p][u], s.plan.pillarMax(p));
  }

  /** {@return every indicator's score with its explanation, in rule-set order} */
  public List<IndicatorScore> indicators() {
    List<IndicatorScore> out = new ArrayList<>(s.plan.indicatorCount());
    for (int i = 0; i < s.plan.indicatorCount(); i++) {
      out.add(indicator(i));
    }
    return List.copyOf(out);
  }

  /**
   * The score of one indicator.
   *
   * @param id an indicator of the rule set
   * @return its value, points and explanation for this unit
   * @throws IllegalArgumentException if the indicator is not in the rule set
   */
  public IndicatorScore indicator(IndicatorId id) {
    int i = s.plan.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("indicator " + id + " is not in the rule set");
    }
    return indicator(i);
  }

  /**
   * The points earned on one indicator (no explanation built).
   *
   * @param id an indicator of the rule set
   * @return the points
   * @throws IllegalArgumentException if the indicator is not in the rule set
   */
  public double points(IndicatorId id) {
    int i = s.plan.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("indicator " + id + " is not in the rule set");
    }
    return s.points(i, u);
  }

  /**
   * The evidence value of one indicator, NaN if missing (no explanation built).
   *
   * @param id an indicator of the rule set
   * @return the value, or NaN if missing
   * @throws IllegalArgumentException if the indicator is not in the rule set
   */
  public double value(IndicatorId id) {
    int i = s.plan.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("indicator " + id + " is not in the rule set");
    }
    return s.value(u, i);
  }

  private IndicatorScore indicator(int i) {
    double v = s.value(u, i);
    double pts = s.points(i, u);
    double max = s.plan.max(i);
    boolean missing = Double.isNaN(v);
    boolean veto = s.vetoes(u, i);
    boolean hardFailed = s.hardFails(u, i);
    return new IndicatorScore(s.plan.id(i), v, pts, max, missing, veto, hardFailed,
        explain(s.plan.rule(i), v, pts, max, missing, veto, hardFailed));
  }

  static Label explain(ScoringRule rule, double v, double pts, double max, boolean missing, boolean veto,
      boolean hardFailed) {
    Label how = rule.describe(max);
    if (missing) {
      return veto
          ? Label.of("缺少佐证,记0分(已标记),一票否决指标缺少佐证按否决处理;规则:" + how.zh(),
              "no evidence: 0 points (flagged), and a veto indicator without evidence counts as vetoed; rule: "
                  + how.en())
          : Label.of("缺少佐证,记0分(已标记);规则:" + how.zh(), "no evidence: 0 points (flagged); rule: " + how.en());
    }
    String zh = "取值" + format(v) + ";" + how.zh() + ";得" + format(pts) + "分";
    String en = "value " + format(v) + "; " + how.en() + "; earns " + format(pts) + " of " + format(max);
    if (veto) {
      zh += ";触发一票否决";
      en += "; triggers a veto";
    }
    if (hardFailed) {
      zh += ";硬指标未达标";
      en += "; hard indicator not met";
    }
    return Label.of(zh, en);
  }

  /** {@return the veto indicators the unit triggered} */
  public List<IndicatorId> vetoes() {
    return s.vetoes(u);
  }

  /** {@return the hard indicators the unit failed} */
  public List<IndicatorId> failedHard() {
    return s.failedHard(u);
  }

  /** {@return the indicators without evidence (each scored zero)} */
  public List<IndicatorId> missing() {
    return s.missing(u);
  }

  @Override
  public String toString() {
    return unit().id() + ": " + format(total()) + " " + tier();
  }
}
