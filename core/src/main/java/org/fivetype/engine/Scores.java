package org.fivetype.engine;

import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.IndicatorId;

/**
 * The numbers of one evaluation, kept as arrays; what explanations and tiers are built from. An
 * indicator's points are not kept for absolute rules: {@link #points} computes them again from the
 * compiled rule and the kept evidence, bit-identically (each kind's {@code scoreAll} is its
 * {@code points} in a loop). Relative rules keep their column (it needs every unit's value).
 */
final class Scores {
  final ScoringPlan plan;
  final EvidenceTable table;
  /** The columns points are computed from: the table's, or its imputed copy. */
  private final double[][] scored;
  /** Per indicator, the kept points column of a relative rule, else null. */
  private final double[][] kept;
  final double[][] pillarPoints;
  final double[] totals;
  final int[] missingCount;
  final boolean[] vetoed;
  final boolean[] hardFailed;

  Scores(ScoringPlan plan, EvidenceTable table, double[][] scored, double[][] kept, double[][] pillarPoints,
      double[] totals, int[] missingCount, boolean[] vetoed, boolean[] hardFailed) {
    this.plan = plan;
    this.table = table;
    this.scored = scored;
    this.kept = kept;
    this.pillarPoints = pillarPoints;
    this.totals = totals;
    this.missingCount = missingCount;
    this.vetoed = vetoed;
    this.hardFailed = hardFailed;
  }

  int unitCount() {
    return totals.length;
  }

  /** The points of unit {@code u} on indicator {@code i}, as the kernel added them. */
  double points(int i, int u) {
    double[] k = kept[i];
    return k != null ? k[u] : plan.rule(i).points(scored[i][u], plan.max(i));
  }

  double value(int u, int i) {
    return table.value(u, i);
  }

  boolean vetoes(int u, int i) {
    if (!plan.vetoRule(i)) {
      return false;
    }
    double v = table.value(u, i);
    return plan.rule(i).vetoes(v) || (Double.isNaN(v)
        && plan.tiers().missingVetoEvidence() == org.fivetype.ruleset.TierSettings.MissingVeto.VETO);
  }

  boolean hardFails(int u, int i) {
    return plan.hard(i) && points(i, u) < plan.tiers().hardPassShare() * plan.max(i) - 1e-9;
  }

  List<IndicatorId> vetoes(int u) {
    List<IndicatorId> out = new ArrayList<>();
    if (vetoed[u]) {
      for (int i = 0; i < plan.indicatorCount(); i++) {
        if (vetoes(u, i)) {
          out.add(plan.id(i));
        }
      }
    }
    return List.copyOf(out);
  }

  List<IndicatorId> failedHard(int u) {
    List<IndicatorId> out = new ArrayList<>();
    if (hardFailed[u]) {
      for (int i = 0; i < plan.indicatorCount(); i++) {
        if (hardFails(u, i)) {
          out.add(plan.id(i));
        }
      }
    }
    return List.copyOf(out);
  }

  List<IndicatorId> missing(int u) {
    List<IndicatorId> out = new ArrayList<>();
    if (missingCount[u] > 0) {
      for (int i = 0; i < plan.indicatorCount(); i++) {
        if (Double.isNaN(table.value(u, i))) {
          out.add(plan.id(i));
        }
      }
    }
    return List.copyOf(out);
  }
}
