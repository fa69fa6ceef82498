package org.fivetype.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.uncertainty.Progress;
import org.fivetype.uncertainty.UncertaintyAnalysis;
import org.fivetype.uncertainty.UncertaintyResult;
import org.fivetype.uncertainty.UncertaintySpec;

/**
 * The demo city's robustness analysis, run by {@code fivetype demo}: the built-in spec {@value
 * #SPEC} (every indicator's points ±25 %, each tier line ±2 points of 100, imputation of missing
 * evidence on or off: 57 + 3 + 1 = 61 inputs under {@code urumqi-2004}), a sensitivity analysis of
 * base size {@value #RUNS} (N(d + 2) = 63 · {@value #RUNS} = 4,032 assessments of the 48 units) at
 * the fixed seed {@value #SEED}. The result does not depend on the number of threads.
 */
@Surface(Surface.Kind.EXPERIMENTAL)
public final class DemoRobustness {
  private DemoRobustness() {}

  /** The name of the built-in spec (a resource beside this class). */
  public static final String SPEC = "demo-uncertainty.json";
  /** The default base sample size N. */
  public static final int RUNS = 64;
  /** The fixed seed. */
  public static final long SEED = 2024;

  /** The built-in spec. */
  public static UncertaintySpec spec() {
    try (InputStream in = DemoRobustness.class.getResourceAsStream(SPEC)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + SPEC + " is missing");
      }
      return UncertaintySpec.fromJson(in, SPEC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the analysis of the built-in spec on an assessment.
   *
   * @param plan the compiled rule set
   * @param year the year
   * @param units the units
   * @param observations their evidence
   * @param runs the base sample size N (≥ 2)
   * @param threads worker threads (≥ 1); the result is the same for any number
   * @param progress told how far the replications have got
   */
  public static UncertaintyResult analyse(ScoringPlan plan, int year, Collection<Unit> units,
      Collection<Observation> observations, int runs, int threads, Progress progress) {
    return analyse(plan, plan.table(year, units, observations), runs, threads, progress);
  }

  /**
   * Runs the analysis of the built-in spec on evidence already laid out for the plan.
   *
   * @param plan the compiled rule set
   * @param table the evidence, laid out for {@code plan}
   * @param runs the base sample size N (≥ 2)
   * @param threads worker threads (≥ 1); the result is the same for any number
   * @param progress told how far the replications have got
   */
  public static UncertaintyResult analyse(ScoringPlan plan, EvidenceTable table, int runs, int threads,
      Progress progress) {
    return UncertaintyAnalysis.run(plan, table, spec(),
        UncertaintyAnalysis.Options.sensitivity(runs, SEED).withThreads(threads), progress);
  }
}
