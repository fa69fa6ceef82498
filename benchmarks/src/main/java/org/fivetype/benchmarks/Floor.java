package org.fivetype.benchmarks;

import org.fivetype.engine.EvidenceTable;

/** The floor of the benchmarks: one pass over a table's columns, reading every value once. */
final class Floor {
  private Floor() {}

  /**
   * The sum of every value, column by column (the order {@code ScoringPlan.assess} reads them),
   * through {@link EvidenceTable#value(int, int)}: the same arrays the kernel reads. NaN where a
   * value is missing, which is fine: the sum is only there to be consumed.
   */
  static double sum(EvidenceTable table) {
    int m = table.plan().indicatorCount();
    int n = table.units().size();
    double s = 0;
    for (int i = 0; i < m; i++) {
      for (int u = 0; u < n; u++) {
        s += table.value(u, i);
      }
    }
    return s;
  }

  /** Every value read once and written once into a new column per indicator. */
  static double[][] copy(EvidenceTable table) {
    int m = table.plan().indicatorCount();
    int n = table.units().size();
    double[][] out = new double[m][];
    for (int i = 0; i < m; i++) {
      double[] c = new double[n];
      for (int u = 0; u < n; u++) {
        c[u] = table.value(u, i);
      }
      out[i] = c;
    }
    return out;
  }
}
