package org.fivetype.uncertainty;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Pillar;
import org.fivetype.api.Problem;
import org.fivetype.api.Tier;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.ruleset.TotalMethod;
import org.fivetype.spi.IndicatorSpec;

/**
 * An uncertainty spec bound to a compiled plan: one dimension per uncertain input (a {@code "*"}
 * expanded), checked whole, and the decoding of a point of the unit cube into a plan variant.
 */
final class PlanModel {

  private enum Kind { POINTS, WEIGHT, THRESHOLD, IMPUTATION }

  private record Dim(String name, Kind kind, int index, double low, double high) {}

  private final ScoringPlan plan;
  private final double[] nominalPoints;
  private final double[] nominalWeights;
  private final TierSettings nominalTiers;
  private final List<Dim> dims;

  private PlanModel(ScoringPlan plan, double[] points, double[] weights, List<Dim> dims) {
    this.plan = plan;
    this.nominalPoints = points;
    this.nominalWeights = weights;
    this.nominalTiers = plan.ruleSet().tiers();
    this.dims = List.copyOf(dims);
  }

  /**
   * Binds a spec to a plan.
   *
   * @throws InvalidInputException listing every input that does not fit the rule set
   */
  static PlanModel bind(ScoringPlan plan, UncertaintySpec spec) {
    RuleSet rs = plan.ruleSet();
    List<IndicatorSpec> inds = rs.indicators();
    double[] points = new double[inds.size()];
    for (int i = 0; i < points.length; i++) {
      points[i] = inds.get(i).points();
    }
    List<Pillar> pillars = rs.pillars();
    double[] weights = new double[pillars.size()];
    for (int p = 0; p < weights.length; p++) {
      weights[p] = rs.total().weight(pillars.get(p).id());
    }
    List<Problem> problems = new ArrayList<>();
    List<Dim> dims = new ArrayList<>();
    boolean[] seenPoints = new boolean[points.length];
    boolean[] seenWeights = new boolean[weights.length];
    Map<Tier, double[]> thresholds = new EnumMap<>(Tier.class);
    boolean imputation = false;
    List<UncertainInput> inputs = spec.inputs();
    for (int k = 0; k < inputs.size(); k++) {
      String where = "uncertain input " + (k + 1);
      UncertainInput in = inputs.get(k);
      if (in instanceof UncertainInput.Points pts) {
        List<Integer> which = new ArrayList<>();
        if (pts.indicator().equals("*")) {
          for (int i = 0; i < points.length; i++) {
            which.add(i);
          }
        } else {
          int i = IndicatorId.isValid(pts.indicator()) ? plan.indexOf(IndicatorId.of(pts.indicator())) : -1;
          if (i < 0) {
            problems.add(new Problem(where, "no indicator \"" + pts.indicator() + "\" in rule set " + rs.id()));
          } else {
            which.add(i);
          }
        }
        for (int i : which) {
          String id = inds.get(i).id().value();
          double lo = pts.range().lowFor(points[i]);
          double hi = pts.range().highFor(points[i]);
          if (seenPoints[i]) {
            problems.add(new Problem(where, "the points of " + id + " are uncertain twice"));
          } else if (!(lo > 0)) {
            problems.add(new Problem(where, "the points of " + id + " must stay > 0, the range starts at " + lo));
          } else {
            seenPoints[i] = true;
            dims.add(new Dim("points " + id, Kind.POINTS, i, lo, hi));
          }
        }
      } else if (in instanceof UncertainInput.PillarWeight w) {
        if (rs.total().kind() != TotalMethod.Kind.WEIGHTED_SHARES) {
          problems.add(new Problem(where, "pillar weights apply only to a weighted total (WEIGHTED_SHARES); rule set "
              + rs.id() + " sums points: make the points uncertain instead"));
          continue;
        }
        List<Integer> which = new ArrayList<>();
        for (int p = 0; p < pillars.size(); p++) {
          if (w.pillar().equals("*") || pillars.get(p).id().equals(w.pillar())) {
            which.add(p);
          }
        }
        if (which.isEmpty()) {
          problems.add(new Problem(where, "no pillar \"" + w.pillar() + "\" in rule set " + rs.id()));
        }
        for (int p : which) {
          String id = pillars.get(p).id();
          double lo = w.range().lowFor(weights[p]);
          double hi = w.range().highFor(weights[p]);
          if (seenWeights[p]) {
            problems.add(new Problem(where, "the weight of pillar " + id + " is uncertain twice"));
          } else if (!(lo > 0)) {
            problems.add(new Problem(where, "the weight of pillar " + id + " must stay > 0, the range starts at " + lo));
          } else {
            seenWeights[p] = true;
            dims.add(new Dim("weight " + id, Kind.WEIGHT, p, lo, hi));
          }
        }
      } else if (in instanceof UncertainInput.Threshold t) {
        double nominal = rs.tiers().threshold(t.tier());
        double lo = t.range().lowFor(nominal);
        double hi = t.range().highFor(nominal);
        if (thresholds.containsKey(t.tier())) {
          problems.add(new Problem(where, "the " + t.tier() + " threshold is uncertain twice"));
        } else if (!(lo >= 0 && hi <= 1)) {
          problems.add(new Problem(where, "the " + t.tier() + " threshold must stay a share from 0 to 1, the range is ["
              + lo + ", " + hi + "]"));
        } else {
          thresholds.put(t.tier(), new double[] {lo, hi});
          dims.add(new Dim("threshold " + t.tier(), Kind.THRESHOLD, t.tier().ordinal(), lo, hi));
        }
      } else if (in instanceof UncertainInput.Imputation) {
        if (imputation) {
          problems.add(new Problem(where, "imputation is uncertain twice"));
        } else {
          imputation = true;
          dims.add(new Dim("imputation", Kind.IMPUTATION, 0, 0, 1));
        }
      }
    }
    // the thresholds must decrease in every replication
    Tier[] order = {Tier.EXCELLENT, Tier.GOOD, Tier.PASS};
    for (int k = 0; k + 1 < order.length; k++) {
      double lowerOfBetter = thresholds.containsKey(order[k]) ? requireNonNull(thresholds.get(order[k]))[0]
          : rs.tiers().threshold(order[k]);
      double upperOfWorse = thresholds.containsKey(order[k + 1]) ? requireNonNull(thresholds.get(order[k + 1]))[1]
          : rs.tiers().threshold(order[k + 1]);
      if (!(lowerOfBetter > upperOfWorse)) {
        problems.add(new Problem("thresholds", "the " + order[k] + " threshold can fall to " + lowerOfBetter
            + " and the " + order[k + 1] + " threshold rise to " + upperOfWorse
            + ": the ranges must not overlap, so that the tiers stay in order"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("the uncertainty spec does not fit rule set " + rs.id(), problems);
    }
    return new PlanModel(plan, points, weights, dims);
  }

  /** The dimension names, in design order. */
  List<String> names() {
    return dims.stream().map(Dim::name).toList();
  }

  int dimensions() {
    return dims.size();
  }

  /** The plan variant for a point {@code u} of the unit cube (one coordinate per dimension). */
  ScoringPlan variant(double[] u) {
    double[] pts = null;
    double[] w = null;
    double ex = nominalTiers.excellentAt();
    double good = nominalTiers.goodAt();
    double pass = nominalTiers.passAt();
    boolean thresholds = false;
    boolean impute = false;
    for (int k = 0; k < dims.size(); k++) {
      Dim d = dims.get(k);
      double x = d.low() + u[k] * (d.high() - d.low());
      switch (d.kind()) {
        case POINTS -> {
          if (pts == null) {
            pts = nominalPoints.clone();
          }
          pts[d.index()] = x;
        }
        case WEIGHT -> {
          if (w == null) {
            w = nominalWeights.clone();
          }
          w[d.index()] = x;
        }
        case THRESHOLD -> {
          thresholds = true;
          if (d.index() == Tier.EXCELLENT.ordinal()) {
            ex = x;
          } else if (d.index() == Tier.GOOD.ordinal()) {
            good = x;
          } else {
            pass = x;
          }
        }
        case IMPUTATION -> impute = u[k] >= 0.5; // two alternatives, each with probability ½
      }
    }
    return plan.withParameters(pts, w, thresholds ? nominalTiers.withThresholds(ex, good, pass) : null, impute);
  }
}
