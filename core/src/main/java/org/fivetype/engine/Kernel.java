package org.fivetype.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.fivetype.rule.ScoringRule;
import org.jspecify.annotations.Nullable;

/**
 * The scoring pass of {@link ScoringPlan#assess}: points, pillar subtotals, totals and the
 * veto and hard flags (the missing counts are the table's, counted as it was filled), worked out in blocks of {@link #BLOCK} units across all
 * indicators, so that a block's subtotals and the points of the indicator being scored stay in
 * cache. No points column is kept for an absolute rule (its points are computed again on demand
 * by {@link Scores#points}); a relative rule's whole column is scored first and kept, as it needs
 * every unit's value.
 *
 * <p>Each unit's subtotals and total receive the same additions in the same order as a plain
 * per-indicator evaluation (indicators in plan order, pillars in rule-set order), so every number
 * is identical to the last bit, whatever the block size and the number of threads: blocks are
 * disjoint ranges of units, each written by one thread only.
 */
final class Kernel {

  /** Units per block: 2 K units × (points + 5 pillars + flags) ≈ 110 KB, within L2. */
  static final int BLOCK = 2048;

  final ScoringPlan plan;
  final EvidenceTable table;
  final double[][] values;
  final double[][] scored;
  final double[][] kept;
  final double[][] pillarPoints;
  final double[] totals;
  final int[] missingCount;
  final boolean[] vetoed;
  final boolean[] hardFailed;
  private final int n;
  private final int block;
  private final double[] hardNeed;

  Kernel(ScoringPlan plan, EvidenceTable table, double[][] scored, int block) {
    if (block < 1) {
      throw new IllegalArgumentException("block must be >= 1, was " + block);
    }
    this.plan = plan;
    this.table = table;
    this.values = table.columns();
    this.scored = scored;
    this.block = block;
    this.n = table.units().size();
    int m = plan.indicatorCount();
    this.kept = new double[m][];
    this.pillarPoints = new double[plan.pillars().size()][n];
    this.totals = new double[n];
    this.missingCount = table.missingCounts(); // counted as the table was filled
    this.vetoed = new boolean[n];
    this.hardFailed = new boolean[n];
    this.hardNeed = new double[m];
    double share = plan.tiers().hardPassShare();
    for (int i = 0; i < m; i++) {
      hardNeed[i] = share * plan.max(i) - 1e-9; // as Scores.hardFails
    }
  }

  /** Runs the pass on up to {@code threads} threads (the calling one included). */
  void run(int threads) {
    ScoringRule[] rules = plan.rulesArray();
    int m = rules.length;
    int[] relative = new int[m];
    int r = 0;
    for (int i = 0; i < m; i++) {
      if (rules[i].isRelative()) {
        relative[r++] = i;
      }
    }
    int relatives = r;
    int blocks = (n + block - 1) / block;
    if (threads <= 1 || blocks <= 1) {
      for (int k = 0; k < relatives; k++) {
        relativeColumn(relative[k]);
      }
      double[] scratch = new double[n];
      for (int b = 0; b < blocks; b++) {
        block(b * block, Math.min(n, (b + 1) * block), scratch);
      }
      return;
    }
    int workers = Math.min(threads, Math.max(blocks, relatives));
    if (relatives > 0) {
      AtomicInteger next = new AtomicInteger();
      parallel(Math.min(workers, relatives), () -> {
        for (int k = next.getAndIncrement(); k < relatives; k = next.getAndIncrement()) {
          relativeColumn(relative[k]);
        }
      });
    }
    AtomicInteger next = new AtomicInteger();
    parallel(Math.min(workers, blocks), () -> {
      double[] scratch = new double[n];
      for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
        block(b * block, Math.min(n, (b + 1) * block), scratch);
      }
    });
  }

  private void relativeColumn(int i) {
    double[] pts = new double[n];
    plan.rule(i).scoreColumn(scored[i], table.categoryGroups(), plan.max(i), pts);
    kept[i] = pts;
  }

  /** Units {@code [from, to)} across every indicator, then their totals. */
  private void block(int from, int to, double[] scratch) {
    ScoringRule[] rules = plan.rulesArray();
    double[] max = plan.maxArray();
    int[] pillarOf = plan.pillarOfArray();
    boolean[] hard = plan.hardArray();
    boolean[] veto = plan.vetoArray();
    for (int i = 0; i < rules.length; i++) {
      double[] v = values[i];
      double[] pts = kept[i];
      if (pts == null) {
        rules[i].scoreAll(scored[i], from, to, max[i], scratch);
        pts = scratch;
      }
      add(pillarPoints[pillarOf[i]], pts, from, to);
      if (veto[i]) {
        ScoringRule rule = rules[i];
        boolean[] vt = vetoed;
        // missing data never helps: by default a veto indicator without evidence vetoes (TierSettings, issue 16)
        boolean missingVetoes = plan.tiers().missingVetoEvidence() == org.fivetype.ruleset.TierSettings.MissingVeto.VETO;
        for (int u = from; u < to; u++) {
          vt[u] |= rule.vetoes(v[u]) || (missingVetoes && Double.isNaN(v[u]));
        }
      }
      if (hard[i]) {
        double need = hardNeed[i];
        boolean[] hf = hardFailed;
        for (int u = from; u < to; u++) {
          hf[u] |= pts[u] < need;
        }
      }
    }
    double[] t = totals;
    if (plan.weighted()) {
      for (int p = 0; p < pillarPoints.length; p++) {
        double f = plan.maxTotal() * plan.pillarWeight(p) / (plan.weightSum() * plan.pillarMax(p));
        double[] pp = pillarPoints[p];
        for (int u = from; u < to; u++) {
          t[u] += f * pp[u];
        }
      }
    } else {
      for (double[] pp : pillarPoints) {
        add(t, pp, from, to);
      }
    }
  }

  // loops of their own, branch-free, so that the JIT can unroll and vectorise them
  private static void add(double[] acc, double[] x, int from, int to) {
    for (int u = from; u < to; u++) {
      acc[u] += x[u];
    }
  }


  private static volatile @Nullable ExecutorService pool;

  /** Runs {@code task} on {@code workers} threads (the calling thread is one) and waits for all. */
  private static void parallel(int workers, Runnable task) {
    if (workers <= 1) {
      task.run();
      return;
    }
    ExecutorService p = pool();
    List<Future<?>> futures = new ArrayList<>(workers - 1);
    for (int w = 1; w < workers; w++) {
      futures.add(p.submit(task));
    }
    Throwable failure = null;
    try {
      task.run();
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        if (failure == null) {
          failure = e;
        }
      }
    }
    if (failure instanceof RuntimeException re) {
      throw re;
    }
    if (failure instanceof Error er) {
      throw er;
    }
    if (failure != null) {
      throw new IllegalStateException("assess was interrupted", failure);
    }
  }

  private static ExecutorService pool() {
    ExecutorService p = pool;
    if (p == null) {
      synchronized (Kernel.class) {
        p = pool;
        if (p == null) {
          AtomicInteger count = new AtomicInteger();
          p = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fivetype-assess-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
          pool = p;
        }
      }
    }
    return p;
  }
}
