package org.fivetype.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.report.ResultFiles;
import org.fivetype.engine.UnitResult;
import org.fivetype.rule.ScoringRule;
import org.fivetype.spi.IndicatorSpec;

/**
 * The smallest changes of evidence that lift a unit to the next tier, found greedily: at each
 * step every indicator where the unit falls short (fewer than full points, a veto, missing
 * evidence) is tried at the value that earns full points, the unit's category is assessed again
 * (so caps and the quota take part), and the change that gives the best tier — then the most
 * points — is kept. Steps are counted per indicator changed; greedy is not always optimal, but
 * each step it shows is a real re-assessment.
 */
@Surface(Surface.Kind.API)
public final class Improvements {
  private Improvements() {}

  /**
   * One change.
   *
   * @param indicator the indicator changed
   * @param from the value before, NaN if evidence was missing
   * @param to the value that earns full points
   * @param pointsBefore points before
   * @param pointsAfter points after (the indicator's full points)
   * @param tierAfter the unit's tier after this and the earlier steps
   * @param totalAfter the unit's total after this and the earlier steps
   */
  public record Step(IndicatorId indicator, double from, double to, double pointsBefore, double pointsAfter,
      Tier tierAfter, double totalAfter) {}

  /**
   * The changes found.
   *
   * @param from the unit's tier now
   * @param target the next better tier (the same if already EXCELLENT)
   * @param steps the changes, in the order found
   * @param reached whether the steps reach the target
   */
  public record Path(Tier from, Tier target, List<Step> steps, boolean reached) {}

  /** At most this many steps are searched. */
  static final int MAX_STEPS = 30;

  /**
   * The greedy path of the unit to the next tier.
   *
   * @param saved a year's results read back from {@code results.json}
   * @param unitId the unit's id
   * @return the steps found, and whether they reach the next tier
   */
  public static Path toNextTier(ResultFiles.Saved saved, String unitId) {
    UnitResult now = saved.result().unit(unitId).orElseThrow(() -> new IllegalArgumentException("no unit " + unitId));
    Tier target = now.tier().better();
    if (now.tier() == Tier.EXCELLENT) {
      return new Path(now.tier(), target, List.of(), true);
    }
    String category = now.unit().category();
    List<Unit> units = saved.units().stream().filter(u -> u.category().equals(category)).toList();
    List<Observation> others = new ArrayList<>();
    Map<IndicatorId, Double> mine = new HashMap<>();
    for (Observation o : saved.observations()) {
      if (o.unitId().equals(unitId)) {
        mine.put(o.indicator(), o.value());
      } else if (units.stream().anyMatch(u -> u.id().equals(o.unitId()))) {
        others.add(o);
      }
    }
    List<Step> steps = new ArrayList<>();
    UnitResult current = assess(saved, units, others, mine, unitId);
    while (target.isBetterThan(current.tier()) && steps.size() < MAX_STEPS) {
      Step best = null;
      UnitResult bestResult = null;
      for (IndicatorSpec spec : saved.plan().ruleSet().indicators()) {
        double full = fullPointsValue(spec.rule());
        Double v = mine.get(spec.id());
        if (Double.isNaN(full) || (v != null && v == full)) {
          continue;
        }
        double before = current.points(spec.id());
        boolean flagged = v == null || current.vetoes().contains(spec.id()) || current.failedHard().contains(spec.id());
        if (!flagged && before >= spec.points() - 1e-9) {
          continue;
        }
        Map<IndicatorId, Double> trial = new HashMap<>(mine);
        trial.put(spec.id(), full);
        UnitResult r = assess(saved, units, others, trial, unitId);
        if (bestResult == null || r.tier().isBetterThan(bestResult.tier())
            || (r.tier() == bestResult.tier() && r.total() > bestResult.total() + 1e-9)) {
          bestResult = r;
          best = new Step(spec.id(), v == null ? Double.NaN : v, full, before, r.points(spec.id()), r.tier(), r.total());
        }
      }
      if (best == null || bestResult == null || !(bestResult.tier().isBetterThan(current.tier()) || bestResult.total() > current.total() + 1e-9)) {
        break;
      }
      steps.add(best);
      mine.put(best.indicator(), best.to());
      current = bestResult;
    }
    boolean reached = current.tier() == target || current.tier().isBetterThan(target);
    return new Path(now.tier(), target, List.copyOf(steps), reached);
  }

  private static UnitResult assess(ResultFiles.Saved saved, List<Unit> units, List<Observation> others,
      Map<IndicatorId, Double> mine, String unitId) {
    List<Observation> obs = new ArrayList<>(others);
    mine.forEach((id, v) -> obs.add(new Observation(unitId, saved.year(), id, v, "")));
    AssessmentResult r = saved.plan().assess(saved.year(), units, obs);
    return r.unit(unitId).orElseThrow();
  }

  /**
   * A value that earns a rule's full points (no occurrences for deductions and vetoes); NaN for
   * relative rules.
   *
   * @param r the rule
   * @return the value
   */
  public static double fullPointsValue(ScoringRule r) {
    return r.fullPointsValue();
  }
}
