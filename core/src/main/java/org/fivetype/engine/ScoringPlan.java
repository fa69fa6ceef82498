package org.fivetype.engine;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.rule.ScoringRule;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.ruleset.TotalMethod;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.TierPolicy;
import org.jspecify.annotations.Nullable;

/**
 * A rule set compiled for evaluation: primitive arrays prepared once (rules, points, pillar of
 * each indicator, hard and veto flags, pillar budgets) and the tiering chain. Immutable and
 * thread-safe: one plan can assess many years and many tables at once.
 *
 * <pre>{@code
 * ScoringPlan plan = ScoringPlan.compile(ruleSet);
 * AssessmentResult result = plan.assess(2024, units, observations);
 * }</pre>
 */
@Surface(Surface.Kind.API)
public final class ScoringPlan {

  /**
   * Evaluation options.
   *
   * @param strictMissing whether missing evidence is an error (true) or scores zero and is flagged
   * @param threads the most threads one {@code assess} may use, {@code >= 0}; 0 means the number
   *     of available processors. More than one is used only for {@value #PARALLEL_MIN_UNITS} units
   *     or more; results are identical, to the last bit, whatever the number of threads.
   */
  public record Options(boolean strictMissing, int threads) {
    /** Missing evidence scores zero and is flagged (the default); threads: available processors. */
    public static final Options DEFAULT = new Options(false);
    /** Missing evidence is an error listing every missing (unit, indicator). */
    public static final Options STRICT = new Options(true);

    /**
     * Checks the number of threads.
     *
     * @param strictMissing whether missing evidence is an error (true) or scores zero and is flagged
     * @param threads the most threads one {@code assess} may use, {@code >= 0}; 0: the available processors
     * @throws IllegalArgumentException if {@code threads} is negative
     */
    public Options {
      if (threads < 0) {
        throw new IllegalArgumentException("threads must be >= 0 (0: available processors), was " + threads);
      }
    }

    /**
     * These options with threads = available processors.
     *
     * @param strictMissing whether missing evidence is an error (true) or scores zero and is flagged
     */
    public Options(boolean strictMissing) {
      this(strictMissing, 0);
    }

    /**
     * These options with another number of threads (0: available processors).
     *
     * @param threads the number of threads, ≥ 0; 0 uses the available processors
     * @return a copy with every other option the same
     */
    public Options withThreads(int threads) {
      return new Options(strictMissing, threads);
    }

    /**
     * The number of threads to use: {@link #threads()}, or the available processors if 0.
     *
     * @return the number, ≥ 1
     */
    public int effectiveThreads() {
      return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
  }

  /** Below this many units {@code assess} runs on the calling thread alone. */
  public static final int PARALLEL_MIN_UNITS = 100_000;

  private volatile @Nullable RuleSet ruleSet;
  /** The compiled plan this one derives from (itself for a compiled plan). */
  private final ScoringPlan root;
  private final TierSettings tiers;
  private final boolean imputeMissing;
  private final IndicatorId[] ids;
  private final ScoringRule[] rules;
  private final double[] max;
  private final int[] pillarOf;
  private final boolean[] hard;
  private final boolean[] vetoRule;
  private final List<Pillar> pillars;
  private final double[] pillarMax;
  private final double[] pillarWeight;
  private final double weightSum;
  private final boolean weighted;
  private final double maxTotal;
  private final Map<IndicatorId, Integer> index;
  private final List<TierPolicy> chain;

  private ScoringPlan(RuleSet rs) {
    this.ruleSet = rs;
    this.root = this;
    this.tiers = rs.tiers();
    this.imputeMissing = false;
    List<IndicatorSpec> inds = rs.indicators();
    int m = inds.size();
    ids = new IndicatorId[m];
    rules = new ScoringRule[m];
    max = new double[m];
    pillarOf = new int[m];
    hard = new boolean[m];
    vetoRule = new boolean[m];
    pillars = rs.pillars();
    index = new HashMap<>(m * 2);
    for (int i = 0; i < m; i++) {
      IndicatorSpec s = inds.get(i);
      ids[i] = s.id();
      rules[i] = s.rule();
      max[i] = s.points();
      pillarOf[i] = pillars.indexOf(s.pillar());
      hard[i] = s.hard();
      vetoRule[i] = s.rule().canVeto();
      index.put(s.id(), i);
    }
    pillarMax = new double[pillars.size()];
    pillarWeight = new double[pillars.size()];
    double ws = 0;
    for (int p = 0; p < pillars.size(); p++) {
      pillarMax[p] = rs.budget(pillars.get(p));
      pillarWeight[p] = rs.total().weight(pillars.get(p).id());
      ws += pillarWeight[p];
    }
    weightSum = ws;
    weighted = rs.total().kind() == TotalMethod.Kind.WEIGHTED_SHARES;
    maxTotal = rs.maxTotal();
    List<TierPolicy> c = new ArrayList<>(TieringChain.builtIn(rs.tiers()));
    c.addAll(rs.extraSteps());
    chain = List.copyOf(c);
  }

  /** A variant of {@code base}: shares its rules and layout, replaces points, weights, tiers. */
  private ScoringPlan(ScoringPlan base, double[] points, double[] weights, TierSettings tiers, boolean impute) {
    this.ruleSet = null; // derived on demand (see ruleSet())
    this.root = base.root;
    this.tiers = tiers;
    this.imputeMissing = impute;
    this.ids = base.ids;
    this.rules = base.rules;
    this.max = points;
    this.pillarOf = base.pillarOf;
    this.hard = base.hard;
    this.vetoRule = base.vetoRule;
    this.pillars = base.pillars;
    this.index = base.index;
    this.pillarMax = new double[pillars.size()];
    for (int i = 0; i < points.length; i++) {
      pillarMax[pillarOf[i]] += points[i];
    }
    this.pillarWeight = weights;
    double ws = 0;
    double sum = 0;
    for (int p = 0; p < pillars.size(); p++) {
      ws += weights[p];
      sum += pillarMax[p];
    }
    this.weightSum = ws;
    this.weighted = base.weighted;
    this.maxTotal = weighted ? base.maxTotal : sum;
    List<TierPolicy> c = new ArrayList<>(TieringChain.builtIn(tiers));
    c.addAll(requireNonNull(base.root.ruleSet).extraSteps());
    this.chain = List.copyOf(c);
  }

  /**
   * This plan evaluated with other parameters, without recompiling: the rules, the indicator
   * layout and the tables laid out for this plan are shared; only what is given changes. Meant
   * for Monte Carlo uncertainty analysis, where each replication changes parameters (see {@code
   * org.fivetype.uncertainty}); a variant is a plan like any other (immutable, thread-safe), its
   * {@link #ruleSet()} the effective rule set with the changed parameters (derived on demand).
   *
   * <p>Pillar budgets follow the points (a budget is the sum of its indicators' points), and so
   * does the largest total under {@link TotalMethod.Kind#SUM}; thresholds stay shares of it.
   *
   * @param points each indicator's points in plan order ({@link #indexOf}), finite and {@code >
   *     0}; null keeps this plan's
   * @param pillarWeights each pillar's weight in rule-set pillar order, finite and {@code > 0}
   *     (used only by {@link TotalMethod.Kind#WEIGHTED_SHARES}); null keeps this plan's
   * @param tierSettings the tier settings; null keeps this plan's
   * @param imputeMissing whether missing evidence is scored as the mean of the present values of
   *     the unit's category for that indicator (COINr {@code indgroup_mean}) instead of zero; the
   *     unit is still flagged as missing the evidence, and the missing-evidence cap still applies
   * @return the variant
   * @throws IllegalArgumentException if an array has the wrong length or a bad value
   */
  public ScoringPlan withParameters(double @Nullable [] points, double @Nullable [] pillarWeights,
      @Nullable TierSettings tierSettings, boolean imputeMissing) {
    double[] pts = points == null ? max : points.clone();
    double[] w = pillarWeights == null ? pillarWeight : pillarWeights.clone();
    if (pts.length != ids.length) {
      throw new IllegalArgumentException("expected " + ids.length + " points, got " + pts.length);
    }
    if (w.length != pillars.size()) {
      throw new IllegalArgumentException("expected " + pillars.size() + " pillar weights, got " + w.length);
    }
    for (int i = 0; i < pts.length; i++) {
      if (!(Double.isFinite(pts[i]) && pts[i] > 0)) {
        throw new IllegalArgumentException("points of " + ids[i] + " must be finite and > 0, was " + pts[i]);
      }
    }
    for (int p = 0; p < w.length; p++) {
      if (!(Double.isFinite(w[p]) && w[p] > 0)) {
        throw new IllegalArgumentException("weight of pillar " + pillars.get(p).id() + " must be finite and > 0, was "
            + w[p]);
      }
    }
    return new ScoringPlan(this, pts, w, tierSettings == null ? tiers : tierSettings, imputeMissing);
  }

  /**
   * Compiles a rule set.
   *
   * @param ruleSet the rule set
   * @return the plan: the rules, the indicator layout and the pillar budgets, ready to assess any
   *     number of years
   */
  public static ScoringPlan compile(RuleSet ruleSet) {
    return new ScoringPlan(Objects.requireNonNull(ruleSet, "ruleSet"));
  }

  /**
   * The rule set this plan was compiled from; for a {@linkplain #withParameters variant}, that
   * rule set with the variant's points, pillar weights and tier settings.
   *
   * @return the rule set
   */
  public RuleSet ruleSet() {
    RuleSet rs = ruleSet;
    if (rs == null) {
      rs = derivedRuleSet();
      ruleSet = rs;
    }
    return rs;
  }

  private RuleSet derivedRuleSet() {
    RuleSet base = requireNonNull(root.ruleSet);
    RuleSet.Builder b = base.toBuilder();
    for (int i = 0; i < ids.length; i++) {
      IndicatorSpec s = base.indicators().get(i);
      if (s.points() != max[i]) {
        b.indicator(s.withPoints(max[i]));
      }
    }
    if (weighted) {
      Map<String, Double> w = new java.util.TreeMap<>();
      for (int p = 0; p < pillars.size(); p++) {
        w.put(pillars.get(p).id(), pillarWeight[p]);
      }
      b.total(TotalMethod.weightedShares(base.total().scale(), w));
    }
    return b.tiers(tiers).build();
  }

  /** The tier settings this plan applies (those of its rule set). */
  TierSettings tiers() {
    return tiers;
  }

  /** {@return how many indicators the plan has} */
  public int indicatorCount() {
    return ids.length;
  }

  /**
   * The index of an indicator, or -1.
   *
   * @param id the indicator's id
   * @return its index in plan order (rule-set order), or -1 if the plan has no such indicator
   */
  public int indexOf(IndicatorId id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  IndicatorId id(int i) {
    return ids[i];
  }

  ScoringRule rule(int i) {
    return rules[i];
  }

  double max(int i) {
    return max[i];
  }

  boolean hard(int i) {
    return hard[i];
  }

  boolean vetoRule(int i) {
    return vetoRule[i];
  }

  int pillarOf(int i) {
    return pillarOf[i];
  }

  List<Pillar> pillars() {
    return pillars;
  }

  double pillarMax(int p) {
    return pillarMax[p];
  }

  double maxTotal() {
    return maxTotal;
  }

  List<TierPolicy> chain() {
    return chain;
  }

  /**
   * Checks and lays out one year's units and observations (see {@link EvidenceTable}).
   *
   * @param year the assessment year
   * @param units the units, in any order
   * @param observations their observations of this year; others are ignored
   * @return the table
   * @throws InvalidInputException listing every problem: duplicate units or values, unknown units or
   *     indicators, values outside a rule's domain
   */
  public EvidenceTable table(int year, Collection<Unit> units, Collection<Observation> observations) {
    return EvidenceTable.build(this, year, units, observations);
  }

  /**
   * Assesses one year with the default options.
   *
   * @param year the assessment year
   * @param units the units, in any order
   * @param observations their observations of this year
   * @return the result
   * @throws InvalidInputException as {@link #table} throws
   */
  public AssessmentResult assess(int year, Collection<Unit> units, Collection<Observation> observations) {
    return assess(table(year, units, observations), Options.DEFAULT);
  }

  /**
   * Assesses a prepared table with the default options.
   *
   * @param table a table laid out for this plan
   * @return the result
   */
  public AssessmentResult assess(EvidenceTable table) {
    return assess(table, Options.DEFAULT);
  }

  /**
   * Assesses a prepared table.
   *
   * @param table a table laid out for this plan
   * @param options strictness and threads
   * @return the result
   * @throws InvalidInputException in strict mode, listing every missing (unit, indicator)
   */
  public AssessmentResult assess(EvidenceTable table, Options options) {
    return assess(table, options, Kernel.BLOCK, threads(table.units().size(), options));
  }

  /** The threads {@code assess} uses for {@code n} units: the options' from {@value #PARALLEL_MIN_UNITS} on, else 1. */
  static int threads(int n, Options options) {
    return n >= PARALLEL_MIN_UNITS ? options.effectiveThreads() : 1;
  }

  /**
   * {@link #assess(EvidenceTable, Options)} with the block size and the number of threads given
   * (for the tests of the block edges and of threads at small sizes).
   */
  AssessmentResult assess(EvidenceTable table, Options options, int block, int threads) {
    if (table.plan().root != root) {
      throw new IllegalArgumentException("the table was laid out for another plan");
    }
    int n = table.units().size();
    int m = ids.length;
    double[][] values = table.columns();
    Kernel k = new Kernel(this, table, imputeMissing ? table.imputedColumns() : values, block);
    k.run(threads);
    if (options.strictMissing()) {
      List<Problem> problems = new ArrayList<>();
      for (int u = 0; u < n; u++) {
        if (k.missingCount[u] > 0) {
          for (int i = 0; i < m; i++) {
            if (Double.isNaN(values[i][u])) {
              problems.add(new Problem("unit " + table.units().get(u).id() + " / " + ids[i],
                  "no evidence for " + table.year() + " (strict mode: every indicator needs a value)"));
            }
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException("evidence is missing", problems);
      }
    }
    Scores scores = new Scores(this, table, k.scored, k.kept, k.pillarPoints, k.totals, k.missingCount, k.vetoed,
        k.hardFailed);
    TieringChain.State state = TieringChain.run(scores);
    return new AssessmentResult(scores, state);
  }

  // package-private views of the compiled arrays for the kernel (no copies)
  ScoringRule[] rulesArray() {
    return rules;
  }

  double[] maxArray() {
    return max;
  }

  int[] pillarOfArray() {
    return pillarOf;
  }

  boolean[] hardArray() {
    return hard;
  }

  boolean[] vetoArray() {
    return vetoRule;
  }

  boolean weighted() {
    return weighted;
  }

  double pillarWeight(int p) {
    return pillarWeight[p];
  }

  double weightSum() {
    return weightSum;
  }
}
