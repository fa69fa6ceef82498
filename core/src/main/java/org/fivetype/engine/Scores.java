package org.fivetype.engine;

import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.IndicatorId;

/** The numbers of one evaluation, kept as arrays; what explanations and tiers are built from. */
final class Scores {
  final ScoringPlan plan;
  final EvidenceTable table;
  final double[][] points;
  final double[][] pillarPoints;
  final double[] totals;
  final int[] missingCount;
  final boolean[] vetoed;
  final boolean[] hardFailed;

  Scores(ScoringPlan plan, EvidenceTable table, double[][] points, double[][] pillarPoints, double[] totals,
      int[] missingCount, boolean[] vetoed, boolean[] hardFailed) {
    this.plan = plan;
    this.table = table;
    this.points = points;
    this.pillarPoints = pillarPoints;
    this.totals = totals;
    this.missingCount = missingCount;
    this.vetoed = vetoed;
    this.hardFailed = hardFailed;
  }

  int unitCount() {
    return totals.length;
  }

  double value(int u, int i) {
    return table.value(u, i);
  }

  boolean vetoes(int u, int i) {
    if (!plan.vetoRule(i)) {
      return false;
    }
    double v = table.value(u, i);
    return plan.rule(i).vetoes(v) || (v != v
        && plan.tiers().missingVetoEvidence() == org.fivetype.ruleset.TierSettings.MissingVeto.VETO);
  }

  boolean hardFails(int u, int i) {
    return plan.hard(i) && points[i][u] < plan.tiers().hardPassShare() * plan.max(i) - 1e-9;
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
