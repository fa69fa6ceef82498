package org.fivetype.engine;

import static org.fivetype.api.Numbers.format;
import static org.fivetype.api.Numbers.percent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TieringContext;

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
    final List<Reason>[] reasons;
    final int[] ranks;
    final int[] categorySizes;
    String current;

    @SuppressWarnings("unchecked")
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
    public Tier tier(int u) {
      return tiers[u];
    }

    @Override
    public void setTier(int u, Tier tier, Label reason) {
      tiers[u] = tier;
      record(u, new Reason(current, tier, reason));
    }

    @Override
    public boolean cap(int u, Tier cap, Label reason) {
      if (tiers[u].isBetterThan(cap)) {
        setTier(u, cap, reason);
        return true;
      }
      return false;
    }

    void record(int u, Reason r) {
      if (reasons[u] == null) {
        reasons[u] = new ArrayList<>(2);
      }
      reasons[u].add(r);
    }

    private Map<String, List<Integer>> byCategory;

    /**
     * Units by category (sorted by category name), each list sorted by total descending, then id.
     * Totals do not change while tiers are set, so this is worked out once.
     */
    Map<String, List<Integer>> byCategory() {
      if (byCategory != null) {
        return byCategory;
      }
      Map<String, List<Integer>> m = new TreeMap<>();
      for (int u = 0; u < tiers.length; u++) {
        m.computeIfAbsent(unit(u).category(), k -> new ArrayList<>()).add(u);
      }
      for (List<Integer> l : m.values()) {
        // units are already sorted by id (EvidenceTable), and the sort is stable
        l.sort(Comparator.comparingDouble((Integer u) -> -s.totals[u]));
      }
      byCategory = m;
      return m;
    }

    /** Competition ranking ("1224") by total within each category; equal totals share a rank. */
    void rank() {
      for (List<Integer> l : byCategory().values()) {
        int rank = 0;
        for (int k = 0; k < l.size(); k++) {
          int u = l.get(k);
          if (k == 0 || !same(s.totals[l.get(k - 1)], s.totals[u])) {
            rank = k + 1;
          }
          ranks[u] = rank;
          categorySizes[u] = l.size();
        }
      }
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
          String ids = ids(ctx.vetoes(u));
          ctx.cap(u, cap, Label.of("触发一票否决指标" + ids + ",等次最高为" + cap.label().zh(),
              "veto triggered by " + ids + ": capped at " + cap.label().en()));
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
          StringBuilder zh = new StringBuilder();
          StringBuilder en = new StringBuilder();
          for (IndicatorId id : ctx.failedHard(u)) {
            int i = st.s.plan.indexOf(id);
            String got = format(st.s.points[i][u]);
            String of = format(st.s.plan.max(i));
            zh.append(zh.length() > 0 ? "、" : "").append(id).append("(得").append(got).append("分/满分").append(of)
                .append("分)");
            en.append(en.length() > 0 ? ", " : "").append(id).append(" (").append(got).append(" of ").append(of)
                .append(st.s.plan.max(i) == 1 ? " point)" : " points)");
          }
          String need = percent(s.hardPassShare());
          ctx.cap(u, cap, Label.of(
              "硬指标未达标:" + zh + ",需得到该项分值的" + need + "(硬约束,A5),等次最高为" + cap.label().zh(),
              "hard indicator not met: " + en + "; " + need + " of its points is required (A5): capped at "
                  + cap.label().en()));
        }
      }
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
      Tier cap = s.pillarFloorCap();
      double share = s.pillarFloorShare();
      for (int u = 0; u < ctx.unitCount(); u++) {
        if (!ctx.tier(u).isBetterThan(cap)) {
          continue;
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Pillar p : ctx.pillars()) {
          double got = ctx.pillarPoints(u, p);
          double max = ctx.pillarMax(p);
          if (got < share * max - EPS) {
            zh.append(zh.length() > 0 ? "、" : "").append(p.name().zh()).append(format(got)).append("/")
                .append(format(max));
            en.append(en.length() > 0 ? ", " : "").append(p.name().en()).append(' ').append(format(got))
                .append(" of ").append(format(max));
          }
        }
        if (zh.length() > 0) {
          ctx.cap(u, cap, Label.of(
              "单项低于该项分值的" + percent(share) + ":" + zh + "(五型切不可偏废,O1),等次最高为" + cap.label().zh(),
              "pillar below " + percent(share) + " of its points: " + en + " (none may be neglected, O1): capped at "
                  + cap.label().en()));
        }
      }
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
          List<IndicatorId> miss = ctx.missing(u);
          ctx.cap(u, cap, Label.of(
              "缺少" + miss.size() + "项指标的佐证(" + ids(miss) + "),记0分,等次最高为" + cap.label().zh(),
              "no evidence for " + miss.size() + " indicator" + (miss.size() == 1 ? "" : "s") + " (" + ids(miss)
                  + "), scored 0: capped at " + cap.label().en()));
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
        for (var e : st.byCategory().entrySet()) {
          String cat = e.getKey();
          List<Integer> all = e.getValue();
          int n = all.size();
          int k = s.quotaRounding().apply(share * n);
          List<Integer> inTier = all.stream().filter(u -> !t.isBetterThan(ctx.tier(u))).toList();
          if (inTier.size() <= k) {
            continue;
          }
          double cutoff = k > 0 ? ctx.total(inTier.get(k - 1)) : Double.NaN;
          boolean tieAcross = k > 0 && k < inTier.size() && same(cutoff, ctx.total(inTier.get(k)));
          String quotaZh = "类别“" + cat + "”共" + n + "个单位," + t.label().zh() + "及以上名额" + percent(share) + "×" + n
              + "=" + k + "个(" + s.quotaRounding() + ")";
          String quotaEn = "category '" + cat + "' has " + n + " units; the quota for " + t.label().en()
              + " or better is " + percent(share) + " × " + n + " = " + k + " (" + s.quotaRounding() + ")";
          for (int r = 0; r < inTier.size(); r++) {
            int u = inTier.get(r);
            boolean tied = tieAcross && same(cutoff, ctx.total(u));
            boolean keep;
            if (tied) {
              keep = s.ties() == TierSettings.Ties.ALL_IN;
            } else {
              keep = r < k;
            }
            if (keep && tied && r >= k) {
              st.record(u, new Reason(id(), ctx.tier(u), Label.of(
                  quotaZh + ";总分" + format(ctx.total(u)) + "与名额内最后一名并列,按并列规则(ALL_IN)保留,名额因此超出",
                  quotaEn + "; total " + format(ctx.total(u)) + " ties with the last unit within the quota: kept by "
                      + "the ALL_IN tie rule, so the quota is exceeded")));
            } else if (!keep) {
              String why = tied ? "与名额边界并列,按并列规则(ALL_OUT)一并调整" : "按总分排第" + (r + 1) + "位,超出名额";
              String whyEn = tied ? "tied at the quota's cut-off: dropped by the ALL_OUT tie rule"
                  : "ranked " + (r + 1) + " by total, over the quota";
              ctx.setTier(u, below, Label.of(quotaZh + ";" + why + ",调整为" + below.label().zh(),
                  quotaEn + "; " + whyEn + " → " + below.label().en()));
            }
          }
        }
      }
    }
  }
}
