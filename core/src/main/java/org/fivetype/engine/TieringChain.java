package org.fivetype.engine;

import static java.util.Objects.requireNonNull;
import static org.fivetype.api.Numbers.format;
import static org.fivetype.api.Numbers.percent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.scale.Scopes;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TieringContext;
import org.jspecify.annotations.Nullable;

/** The built-in tiering steps (see {@link TierSettings}) and the state they work on. */
final class TieringChain {
  private TieringChain() {}

  /** Totals closer than this count as equal (ties) — far below any meaningful point difference. */
  static final double EPS = 1e-9;

  static List<TierPolicy> builtIn(TierSettings s) {
    return List.of(new Thresholds(s), new VetoCap(s), new HardCap(s), new PillarFloor(s), new MissingCap(s),
        new Quota(s));
  }

  static State run(Scores scores) {
    State st = new State(scores);
    for (TierPolicy step : scores.plan.chain()) {
      st.current = step.id();
      step.apply(st);
    }
    st.current = null;
    st.rank();
    return st;
  }

  /** The mutable tiering state, seen by steps as a {@link TieringContext}. */
  static final class State implements TieringContext {
    final Scores s;
    final Tier[] tiers;
    /**
     * Per unit, the reasons recorded by the steps, in chain order: each a {@link Reason}, or a
     * {@link Deferred} that builds it when asked (the built-in steps' texts are made from numbers
     * that do not change after the kernel, so building them later gives the same text); null if
     * none.
     */
    final List<Object>[] reasons;
    final int[] ranks;
    final int[] categorySizes;
    @Nullable String current;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of lists: Java has no generic array creation
    State(Scores s) {
      this.s = s;
      int n = s.unitCount();
      tiers = new Tier[n];
      Arrays.fill(tiers, Tier.FAIL);
      reasons = new List[n];
      ranks = new int[n];
      categorySizes = new int[n];
    }

    @Override
    public int year() {
      return s.table.year();
    }

    @Override
    public int unitCount() {
      return tiers.length;
    }

    @Override
    public Unit unit(int u) {
      return s.table.units().get(u);
    }

    @Override
    public double total(int u) {
      return s.totals[u];
    }

    @Override
    public double maxTotal() {
      return s.plan.maxTotal();
    }

    @Override
    public List<Pillar> pillars() {
      return s.plan.pillars();
    }

    @Override
    public double pillarPoints(int u, Pillar pillar) {
      int p = s.plan.pillars().indexOf(pillar);
      return p < 0 ? 0 : s.pillarPoints[p][u];
    }

    @Override
    public double pillarMax(Pillar pillar) {
      int p = s.plan.pillars().indexOf(pillar);
      return p < 0 ? 0 : s.plan.pillarMax(p);
    }

    @Override
    public List<IndicatorId> vetoes(int u) {
      return s.vetoes(u);
    }

    @Override
    public List<IndicatorId> failedHard(int u) {
      return s.failedHard(u);
    }

    @Override
    public List<IndicatorId> missing(int u) {
      return s.missing(u);
    }

    @Override
    public double value(int u, IndicatorId indicator) {
      int i = s.plan.indexOf(indicator);
      return i < 0 ? Double.NaN : s.value(u, i);
    }

    @Override
    public Tier tier(int u) {
      return tiers[u];
    }

    @Override
    public void setTier(int u, Tier tier, Label reason) {
      tiers[u] = tier;
      record(u, new Reason(requireNonNull(current), tier, reason));
    }

    @Override
    public boolean cap(int u, Tier cap, Label reason) {
      if (tiers[u].isBetterThan(cap)) {
        setTier(u, cap, reason);
        return true;
      }
      return false;
    }

    void record(int u, Object r) {
      if (reasons[u] == null) {
        reasons[u] = new ArrayList<>(2);
      }
      reasons[u].add(r);
    }

    /**
     * Caps unit {@code u} at {@code cap} if its tier is better, with a reason built when asked (see
     * {@link #reasons}); the same as {@link #cap(int, Tier, Label)} with {@code label.get()}.
     */
    boolean capDeferred(int u, Tier cap, java.util.function.Supplier<Label> label) {
      if (tiers[u].isBetterThan(cap)) {
        setTierDeferred(u, cap, label);
        return true;
      }
      return false;
    }

    /** {@link #setTier} with the reason's label built when asked. */
    void setTierDeferred(int u, Tier tier, java.util.function.Supplier<Label> label) {
      tiers[u] = tier;
      record(u, new Deferred(requireNonNull(current), tier, label));
    }

    /** The reasons of unit {@code u}, each built now if it was deferred. */
    List<Reason> reasons(int u) {
      List<Object> rs = reasons[u];
      if (rs == null) {
        return List.of();
      }
      List<Reason> out = new ArrayList<>(rs.size());
      for (Object r : rs) {
        out.add(r instanceof Deferred d ? d.reason() : (Reason) r);
      }
      return out;
    }

    private int @Nullable [][] byCategory;

    /**
     * Unit indices by category (categories in sorted name order), each sorted by total descending;
     * equal totals keep id order (units are sorted by id and the sort is stable). Totals do not
     * change while tiers are set, so this is worked out once, on primitive arrays.
     */
    int[][] byCategory() {
      if (byCategory != null) {
        return byCategory;
      }
      int[] group = s.table.categoryGroups();
      int groups = 0;
      for (int g : group) {
        groups = Math.max(groups, g + 1);
      }
      int[] size = new int[groups];
      for (int g : group) {
        size[g]++;
      }
      int[][] out = new int[groups][];
      for (int g = 0; g < groups; g++) {
        out[g] = new int[size[g]];
      }
      int[] fill = new int[groups];
      for (int u = 0; u < group.length; u++) {
        out[group[u]][fill[group[u]]++] = u;
      }
      int[] buffer = new int[tiers.length];
      for (int[] l : out) {
        sortByTotalDescending(l, buffer, s.totals);
      }
      byCategory = out;
      return out;
    }

    /** Competition ranking ("1224") by total within each category; equal totals share a rank. */
    void rank() {
      for (int[] l : byCategory()) {
        int rank = 0;
        for (int k = 0; k < l.length; k++) {
          int u = l[k];
          if (k == 0 || !same(s.totals[l[k - 1]], s.totals[u])) {
            rank = k + 1;
          }
          ranks[u] = rank;
          categorySizes[u] = l.length;
        }
      }
    }
  }

  /** A reason whose label is built when asked: the step, the tier it set, and how to word it. */
  record Deferred(String step, Tier tier, java.util.function.Supplier<Label> label) {
    Reason reason() {
      return new Reason(step, tier, label.get());
    }
  }

  /**
   * Sorts unit indices by total, highest first, equal totals keeping their order (stable): a
   * least-significant-digit radix sort on the totals' bits (eight passes of one byte, a pass
   * skipped when every key has the same byte there), with no comparison and so no mispredicted
   * branch. The key of a total {@code t} is its IEEE bits made to order as unsigned numbers, then
   * inverted for highest first; {@code t + 0.0} first, so that −0 and +0 are one key, as they are
   * equal for {@code >}. Totals are never NaN. Below 64 units, a merge sort that compares the
   * totals gives the same order.
   */
  static void sortByTotalDescending(int[] a, int[] buffer, double[] totals) {
    int n = a.length;
    if (n < 64) {
      mergeSortByTotalDescending(a, buffer, totals);
      return;
    }
    long[] keys = new long[n];
    for (int k = 0; k < n; k++) {
      keys[k] = ~Scopes.ascendingKey(totals[a[k]]); // inverted: highest first
    }
    Scopes.sortByKeys(a, keys, n, buffer);
  }

  /** A stable merge sort of unit indices by total, highest first (bottom-up, no boxing). */
  static void mergeSortByTotalDescending(int[] a, int[] buffer, double[] totals) {
    int n = a.length;
    int[] src = a;
    int[] dst = buffer;
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
          // take from the left run unless the right one is strictly higher: stability
          if (i < mid && (j >= hi || !(totals[src[j]] > totals[src[i]]))) {
            dst[k] = src[i++];
          } else {
            dst[k] = src[j++];
          }
        }
      }
      int[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
  }

  static boolean same(double a, double b) {
    return Math.abs(a - b) <= EPS * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  /** The reason the thresholds step gives: built on demand from the total, not stored per unit. */
  static Reason thresholdReason(Tier tier, double total, double maxTotal, TierSettings s) {
    String share = maxTotal > 0 ? percent(total / maxTotal) : "0%";
    String head = "总分" + format(total) + "(满分" + format(maxTotal) + "的" + share + ")";
    String headEn = "total " + format(total) + " of " + format(maxTotal) + " (" + share + ")";
    if (tier == Tier.FAIL) {
      return new Reason("thresholds", tier, Label.of(
          head + ",低于合格线" + percent(s.passAt()) + ",定为不合格",
          headEn + " is below the pass line of " + percent(s.passAt()) + " → fail"));
    }
    String missedZh = "";
    String missedEn = "";
    if (tier != Tier.EXCELLENT) {
      Tier next = tier.better();
      missedZh = "(未达" + next.label().zh() + "线" + percent(s.threshold(next)) + ")";
      missedEn = " (the " + next.label().en() + " line is " + percent(s.threshold(next)) + ")";
    }
    return new Reason("thresholds", tier, Label.of(
        head + ",达到" + tier.label().zh() + "线" + percent(s.threshold(tier)) + missedZh + ",定为" + tier.label().zh(),
        headEn + " reaches the " + tier.label().en() + " line of " + percent(s.threshold(tier)) + missedEn + " → "
            + tier.label().en()));
  }

  static String ids(List<IndicatorId> ids) {
    return ids.stream().map(IndicatorId::value).collect(Collectors.joining(", "));
  }

  /** Thresholds on the total. */
  static final class Thresholds implements TierPolicy {
    private final TierSettings s;

    Thresholds(TierSettings s) {
      this.s = s;
    }

    @Override
    public String id() {
      return "thresholds";
    }

    @Override
    public Label name() {
      return Label.of("按总分划分等次", "thresholds on the total");
    }

    @Override
    public void apply(TieringContext ctx) {
      double max = ctx.maxTotal();
      State st = (State) ctx;
      for (int u = 0; u < ctx.unitCount(); u++) {
        double t = ctx.total(u);
        Tier tier;
        if (t >= s.excellentAt() * max - EPS) {
          tier = Tier.EXCELLENT;
        } else if (t >= s.goodAt() * max - EPS) {
          tier = Tier.GOOD;
        } else if (t >= s.passAt() * max - EPS) {
          tier = Tier.PASS;
        } else {
          tier = Tier.FAIL;
        }
        st.tiers[u] = tier; // its reason is rebuilt from the total on demand
      }
    }
  }

  /** Vetoes (一票否决). */
  static final class VetoCap implements TierPolicy {
    private final TierSettings s;

    VetoCap(TierSettings s) {
      this.s = s;
    }

    @Override
    public String id() {
      return "veto";
    }

    @Override
    public Label name() {
      return Label.of("一票否决", "veto");
    }

    @Override
    public void apply(TieringContext ctx) {
      State st = (State) ctx;
      Tier cap = s.vetoCap();
      for (int u = 0; u < ctx.unitCount(); u++) {
        if (st.s.vetoed[u] && ctx.tier(u).isBetterThan(cap)) {
          int unit = u;
          st.capDeferred(u, cap, () -> {
            List<IndicatorId> triggered = new java.util.ArrayList<>();
            List<IndicatorId> unproven = new java.util.ArrayList<>();
            for (IndicatorId id : st.s.vetoes(unit)) {
              (Double.isNaN(st.s.table.value(unit, st.s.plan.indexOf(id))) ? unproven : triggered).add(id);
            }
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            if (!triggered.isEmpty()) {
              zh.append("触发一票否决指标").append(ids(triggered));
              en.append("veto triggered by ").append(ids(triggered));
            }
            if (!unproven.isEmpty()) {
              zh.append(zh.length() > 0 ? ";" : "").append("一票否决指标").append(ids(unproven))
                  .append("缺少佐证,按否决处理");
              en.append(en.length() > 0 ? "; " : "").append("no evidence for the veto indicator")
                  .append(unproven.size() > 1 ? "s " : " ").append(ids(unproven))
                  .append(", treated as vetoed (missing evidence never helps)");
            }
            return Label.of(zh + ",等次最高为" + cap.label().zh(), en + ": capped at " + cap.label().en());
          });
        }
      }
    }
  }

  /** Hard indicators, hard constraints (A5). */
  static final class HardCap implements TierPolicy {
    private final TierSettings s;

    HardCap(TierSettings s) {
      this.s = s;
    }

    @Override
    public String id() {
      return "hard";
    }

    @Override
    public Label name() {
      return Label.of("硬指标硬约束", "hard indicators, hard constraints");
    }

    @Override
    public void apply(TieringContext ctx) {
      State st = (State) ctx;
      Tier cap = s.hardCap();
      for (int u = 0; u < ctx.unitCount(); u++) {
        if (st.s.hardFailed[u] && ctx.tier(u).isBetterThan(cap)) {
          int unit = u;
          st.capDeferred(u, cap, () -> label(st, unit, cap));
        }
      }
    }

    private Label label(State st, int u, Tier cap) {
      StringBuilder zh = new StringBuilder();
      StringBuilder en = new StringBuilder();
      for (IndicatorId id : st.s.failedHard(u)) {
        int i = st.s.plan.indexOf(id);
        String got = format(st.s.points(i, u));
        String of = format(st.s.plan.max(i));
        zh.append(zh.length() > 0 ? "、" : "").append(id).append("(得").append(got).append("分/满分").append(of)
            .append("分)");
        en.append(en.length() > 0 ? ", " : "").append(id).append(" (").append(got).append(" of ").append(of)
            .append(st.s.plan.max(i) == 1 ? " point)" : " points)");
      }
      String need = percent(s.hardPassShare());
      return Label.of(
          "硬指标未达标:" + zh + ",需得到该项分值的" + need + "(硬约束,A5),等次最高为" + cap.label().zh(),
          "hard indicator not met: " + en + "; " + need + " of its points is required (A5): capped at "
              + cap.label().en());
    }
  }

  /** Pillar floor (O1: none may be neglected). */
  static final class PillarFloor implements TierPolicy {
    private final TierSettings s;

    PillarFloor(TierSettings s) {
      this.s = s;
    }

    @Override
    public String id() {
      return "pillar-floor";
    }

    @Override
    public Label name() {
      return Label.of("五型不可偏废", "pillar floor");
    }

    @Override
    public void apply(TieringContext ctx) {
      State st = (State) ctx;
      Tier cap = s.pillarFloorCap();
      double share = s.pillarFloorShare();
      List<Pillar> pillars = ctx.pillars();
      double[] floor = new double[pillars.size()];
      for (int p = 0; p < floor.length; p++) {
        floor[p] = share * st.s.plan.pillarMax(p) - EPS;
      }
      for (int u = 0; u < ctx.unitCount(); u++) {
        if (!st.tiers[u].isBetterThan(cap)) {
          continue;
        }
        boolean below = false;
        for (int p = 0; p < floor.length && !below; p++) {
          below = st.s.pillarPoints[p][u] < floor[p];
        }
        if (!below) {
          continue;
        }
        int unit = u;
        st.capDeferred(u, cap, () -> label(st, unit, floor, cap, share));
      }
    }

    private static Label label(State st, int u, double[] floor, Tier cap, double share) {
      List<Pillar> pillars = st.pillars();
      StringBuilder zh = new StringBuilder();
      StringBuilder en = new StringBuilder();
      for (int pi = 0; pi < floor.length; pi++) {
        Pillar p = pillars.get(pi);
        double got = st.s.pillarPoints[pi][u];
        double max = st.s.plan.pillarMax(pi);
        if (got < floor[pi]) {
          zh.append(zh.length() > 0 ? "、" : "").append(p.name().zh()).append(format(got)).append("/")
              .append(format(max));
          en.append(en.length() > 0 ? ", " : "").append(p.name().en()).append(' ').append(format(got))
              .append(" of ").append(format(max));
        }
      }
      return Label.of(
          "单项低于该项分值的" + percent(share) + ":" + zh + "(五型切不可偏废,O1),等次最高为" + cap.label().zh(),
          "pillar below " + percent(share) + " of its points: " + en + " (none may be neglected, O1): capped at "
              + cap.label().en());
    }
  }

  /** Missing evidence. */
  static final class MissingCap implements TierPolicy {
    private final TierSettings s;

    MissingCap(TierSettings s) {
      this.s = s;
    }

    @Override
    public String id() {
      return "missing";
    }

    @Override
    public Label name() {
      return Label.of("佐证缺失", "missing evidence");
    }

    @Override
    public void apply(TieringContext ctx) {
      State st = (State) ctx;
      Tier cap = s.missingCap();
      for (int u = 0; u < ctx.unitCount(); u++) {
        if (st.s.missingCount[u] > 0 && ctx.tier(u).isBetterThan(cap)) {
          int unit = u;
          st.capDeferred(u, cap, () -> {
            List<IndicatorId> miss = st.s.missing(unit);
            return Label.of(
                "缺少" + miss.size() + "项指标的佐证(" + ids(miss) + "),记0分,等次最高为" + cap.label().zh(),
                "no evidence for " + miss.size() + " indicator" + (miss.size() == 1 ? "" : "s") + " (" + ids(miss)
                    + "), scored 0: capped at " + cap.label().en());
          });
        }
      }
    }
  }

  /** Quota per category, with the tie rule. */
  static final class Quota implements TierPolicy {
    private final TierSettings s;

    Quota(TierSettings s) {
      this.s = s;
    }

    @Override
    public String id() {
      return "quota";
    }

    @Override
    public Label name() {
      return Label.of("等次名额", "quota per category");
    }

    @Override
    public void apply(TieringContext ctx) {
      State st = (State) ctx;
      for (Tier t : Tier.values()) {
        Double share = s.quota().get(t);
        if (share == null) {
          continue;
        }
        Tier below = Tier.values()[t.ordinal() + 1];
        int[] inTier = new int[ctx.unitCount()];
        for (int[] all : st.byCategory()) {
          String cat = ctx.unit(all[0]).category();
          int n = all.length;
          int k = s.quotaRounding().apply(share * n);
          int count = 0;
          for (int u : all) {
            if (!t.isBetterThan(st.tiers[u])) {
              inTier[count++] = u;
            }
          }
          if (count <= k) {
            continue;
          }
          double cutoff = k > 0 ? ctx.total(inTier[k - 1]) : Double.NaN;
          boolean tieAcross = k > 0 && same(cutoff, ctx.total(inTier[k]));
          String quotaZh = "类别“" + cat + "”共" + n + "个单位," + t.label().zh() + "及以上名额" + percent(share) + "×" + n
              + "=" + k + "个(" + s.quotaRounding() + ")";
          String quotaEn = "category '" + cat + "' has " + n + " units; the quota for " + t.label().en()
              + " or better is " + percent(share) + " × " + n + " = " + k + " (" + s.quotaRounding() + ")";
          for (int r = 0; r < count; r++) {
            int u = inTier[r];
            boolean tied = tieAcross && same(cutoff, ctx.total(u));
            boolean keep;
            if (tied) {
              keep = s.ties() == TierSettings.Ties.ALL_IN;
            } else {
              keep = r < k;
            }
            // the texts are built when asked (see State.reasons): from values that do not change
            if (keep && tied && r >= k) {
              double total = ctx.total(u);
              st.record(u, new Deferred(id(), ctx.tier(u), () -> Label.of(
                  quotaZh + ";总分" + format(total) + "与名额内最后一名并列,按并列规则(ALL_IN)保留,名额因此超出",
                  quotaEn + "; total " + format(total) + " ties with the last unit within the quota: kept by "
                      + "the ALL_IN tie rule, so the quota is exceeded")));
            } else if (!keep) {
              int place = r + 1;
              st.setTierDeferred(u, below, () -> {
                String why = tied ? "与名额边界并列,按并列规则(ALL_OUT)一并调整" : "按总分排第" + place + "位,超出名额";
                String whyEn = tied ? "tied at the quota's cut-off: dropped by the ALL_OUT tie rule"
                    : "ranked " + place + " by total, over the quota";
                return Label.of(quotaZh + ";" + why + ",调整为" + below.label().zh(),
                    quotaEn + "; " + whyEn + " → " + below.label().en());
              });
            }
          }
        }
      }
    }
  }
}
