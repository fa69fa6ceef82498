package org.fivetype.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;

/**
 * Thread CPU time (not wall time) of {@code ScoringPlan.assess} on one thread and of the read
 * floor ({@link Floor#sum}) on the same {@link SyntheticCity} table, the median of repeated runs
 * after as many warm-up runs, for both benchmark rule sets at 10³ … 10⁶ units. On a machine
 * shared with other builds, CPU time is the steadier figure: wall time there measures the load.
 * GC threads' work is not in the figure (JMH {@code -prof gc} reports the allocation).
 *
 * <p>Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar
 * org.fivetype.benchmarks.CpuTimeProbe [units...]}.
 */
public final class CpuTimeProbe {
  private CpuTimeProbe() {}

  /** Prints one line per rule set and size. */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1000, 10000, 100000, 1000000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    ScoringPlan.Options one = ScoringPlan.Options.DEFAULT.withThreads(1);
    for (String rules : new String[] {"absolute", "relative"}) {
      for (int n : sizes) {
        ScoringPlan plan = ScoringPlan.compile(rules.equals("absolute") ? BenchmarkRules.absolute()
            : BenchmarkRules.relative());
        EvidenceTable t = new SyntheticCity(n).table(plan);
        int reps = n >= 1_000_000 ? 6 : n >= 100_000 ? 20 : n >= 10_000 ? 100 : 1000;
        double[] assess = new double[reps];
        double[] floor = new double[reps];
        double sink = 0;
        for (int pass = 0; pass < 2; pass++) { // the first pass warms up
          for (int k = 0; k < reps; k++) {
            long c0 = mx.getCurrentThreadCpuTime();
            AssessmentResult r = plan.assess(t, one);
            long c1 = mx.getCurrentThreadCpuTime();
            sink += Floor.sum(t) + r.total(0);
            long c2 = mx.getCurrentThreadCpuTime();
            assess[k] = (c1 - c0) / 1e6;
            floor[k] = (c2 - c1) / 1e6;
          }
        }
        Arrays.sort(assess);
        Arrays.sort(floor);
        double a = assess[reps / 2];
        double f = floor[reps / 2];
        System.out.printf(Locale.ROOT, "%s units=%d: assess %.3f ms CPU (%.2f ns/score, %.0f M scores/s), floor %.3f ms"
            + " CPU, ratio %.1fx%s%n", rules, n, a, a * 1e6 / (n * 100.0), n * 100.0 / (a * 1e3), f, a / f,
            sink == 42 ? " " : "");
      }
    }
  }
}
