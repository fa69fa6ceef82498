package org.fivetype.records;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Numbers;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;

/**
 * The ten-thousand-person appraisal (万人评议, E8): ballots → each unit's satisfaction share, the
 * value of {@code E8.appraisal-satisfaction} (a rate in [0, 1]).
 *
 * <p><b>Satisfaction</b> is the share of the three positive answers (满意, 比较满意, 基本满意)
 * among the valid answers, i.e. all answers except 不了解, as Hangzhou's "satisfied or not"
 * appraisal of its departments counts them (满意不满意单位评选, held since 2000; see
 * {@code docs/records.md} for the sources). With rater-group weights {@code w_g}, a ballot of group
 * g counts {@code w_g} times: {@code p = Σ w_g·pos_g / Σ w_g·valid_g}.
 *
 * <p><b>Interval</b>: the Wilson score interval at the configured level (default 95 %) for the
 * unweighted case, with n the number of valid ballots (method {@code wilson}); with unequal
 * weights, the same formula at the weighted share with n replaced by Kish's effective sample size
 * {@code n_eff = (Σ w_i)² / Σ w_i²} (method {@code wilson-kish}; Kish, L. (1965), <i>Survey
 * Sampling</i>, §11.7). Several items of one rater are counted as separate ballots, so pooled
 * items narrow the interval more than independent raters would; restrict {@link Config#items} to
 * one item to avoid that.
 *
 * <p><b>Too few ballots</b>: a unit with fewer than {@link Config#minValidBallots} valid ballots
 * (default 100) is flagged {@code too-few-ballots} and gets no observation, so the engine's
 * missing-evidence rule applies instead of a share from a handful of answers.
 *
 * <p><b>Trimming</b> of extreme raters is a separate first pass, {@link RaterScreen}: its result
 * goes into {@link Config#trimmedRaters}, and this pass leaves those raters' ballots out (counted
 * as {@code trimmed}).
 *
 * <p><b>State</b>: per unit, one {@code long} counter per (configured group, answer) and three
 * more — fixed by the configuration, never by the number of ballots.
 */
@Surface(Surface.Kind.API)
public final class BallotAggregator implements RecordAggregator<Ballot, BallotAggregator.State> {

  /** Flag code: fewer valid ballots than the minimum; the unit is not scored. */
  public static final String TOO_FEW_BALLOTS = "too-few-ballots";

  /**
   * How the appraisal is counted.
   *
   * @param indicator the indicator fed (default {@code E8.appraisal-satisfaction})
   * @param groups the rater groups and their weights (default {@link RaterGroup#defaults()}, all 1)
   * @param minValidBallots the fewest valid ballots a unit needs to be scored (default 100: at a
   *     share of 0.8, 100 ballots give a 95 % Wilson interval of about ±0.08, a quarter of E8's
   *     60–95 % scoring range)
   * @param items the ballot items counted; empty (the default) counts every item
   * @param confidence the level of the interval (default 0.95)
   * @param trimmedRaters rater ids whose ballots are left out (from {@link RaterScreen}; default none)
   */
  public record Config(IndicatorId indicator, List<RaterGroup> groups, int minValidBallots, Set<String> items,
      double confidence, Set<String> trimmedRaters) {

    public Config {
      java.util.Objects.requireNonNull(indicator, "indicator");
      groups = List.copyOf(groups);
      items = Set.copyOf(items);
      trimmedRaters = Set.copyOf(trimmedRaters);
      if (groups.isEmpty()) {
        throw new IllegalArgumentException("the appraisal needs at least one rater group");
      }
      if (groups.stream().map(g -> g.id().toLowerCase(Locale.ROOT)).distinct().count() != groups.size()) {
        throw new IllegalArgumentException("rater group ids must be distinct: " + groups);
      }
      if (minValidBallots < 1) {
        throw new IllegalArgumentException("minValidBallots must be ≥ 1, was " + minValidBallots);
      }
      Stats.z(confidence); // checks the level
    }

    /** The defaults listed on each component. */
    public static Config defaults() {
      return new Config(IndicatorId.of("E8.appraisal-satisfaction"), RaterGroup.defaults(), 100, Set.of(), 0.95,
          Set.of());
    }

    /** This configuration with other groups and weights. */
    public Config withGroups(List<RaterGroup> g) {
      return new Config(indicator, g, minValidBallots, items, confidence, trimmedRaters);
    }

    /** This configuration with another minimum of valid ballots. */
    public Config withMinValidBallots(int n) {
      return new Config(indicator, groups, n, items, confidence, trimmedRaters);
    }

    /** This configuration counting only the given items. */
    public Config withItems(Set<String> i) {
      return new Config(indicator, groups, minValidBallots, i, confidence, trimmedRaters);
    }

    /** This configuration leaving out the given raters' ballots. */
    public Config withTrimmedRaters(Set<String> raters) {
      return new Config(indicator, groups, minValidBallots, items, confidence, raters);
    }

    /** This configuration feeding another indicator. */
    public Config withIndicator(IndicatorId id) {
      return new Config(id, groups, minValidBallots, items, confidence, trimmedRaters);
    }
  }

  private static final int ANSWERS = Answer.values().length;
  private static final Answer[] ANSWER = Answer.values();

  private final Config config;
  private final HashMap<String, Integer> groupIndex = new HashMap<>();

  private BallotAggregator(Config config) {
    this.config = config;
    for (int g = 0; g < config.groups().size(); g++) {
      RaterGroup rg = config.groups().get(g);
      groupIndex.put(rg.id(), g);
      groupIndex.putIfAbsent(rg.id().toLowerCase(Locale.ROOT), g);
      groupIndex.putIfAbsent(rg.name().zh(), g);
    }
  }

  /** An aggregator with the given configuration. */
  public static BallotAggregator of(Config config) {
    return new BallotAggregator(config);
  }

  /** An aggregator with {@link Config#defaults()}. */
  public static BallotAggregator defaults() {
    return of(Config.defaults());
  }

  /** The configuration. */
  public Config config() {
    return config;
  }

  @Override
  public RecordKind kind() {
    return RecordKind.BALLOTS;
  }

  @Override
  public State newState() {
    return new State(this);
  }

  @Override
  public void add(State state, Ballot ballot) {
    state.add(this, ballot);
  }

  int group(String id) {
    Integer g = groupIndex.get(id);
    if (g == null) {
      g = groupIndex.get(id.strip().toLowerCase(Locale.ROOT));
    }
    return g == null ? -1 : g;
  }

  @Override
  public Map<String, String> check(Ballot b) {
    if (group(b.raterGroup()) < 0) {
      return Map.of("rater_group", "'" + b.raterGroup() + "' is not a configured rater group; expected one of "
          + config.groups().stream().map(RaterGroup::id).toList());
    }
    return Map.of();
  }

  /**
   * A unit's counts: {@code counts[g·5 + a]} ballots of group g with answer a (ordinal), plus
   * ballots of unknown groups, of trimmed raters and of items not counted. Fixed size.
   */
  public static final class State implements UnitState<State> {
    private static final long serialVersionUID = 1L;

    private final long[] counts;
    private long unknownGroup;
    private long trimmed;
    private long otherItems;

    State(BallotAggregator aggregator) {
      this.counts = new long[aggregator.config.groups().size() * ANSWERS];
    }

    void add(BallotAggregator aggregator, Ballot b) {
      Config c = aggregator.config;
      if (!c.items().isEmpty() && !c.items().contains(b.item())) {
        otherItems++;
        return;
      }
      if (!b.raterId().isEmpty() && !c.trimmedRaters().isEmpty() && c.trimmedRaters().contains(b.raterId())) {
        trimmed++;
        return;
      }
      int g = aggregator.group(b.raterGroup());
      if (g < 0) {
        unknownGroup++;
        return;
      }
      counts[g * ANSWERS + b.answer().ordinal()]++;
    }

    @Override
    public void merge(State o) {
      for (int k = 0; k < counts.length; k++) {
        counts[k] += o.counts[k];
      }
      unknownGroup += o.unknownGroup;
      trimmed += o.trimmed;
      otherItems += o.otherItems;
    }

    /** Ballots of group index {@code g} with answer {@code a}. */
    public long count(int g, Answer a) {
      return counts[g * ANSWERS + a.ordinal()];
    }
  }

  @Override
  public Aggregation finish(int year, Map<String, State> states, Collection<String> unitIds) {
    List<Observation> obs = new ArrayList<>();
    List<UnitDiagnostics> diags = new ArrayList<>();
    Set<String> assessed = Set.copyOf(unitIds);
    double z = Stats.z(config.confidence());
    for (String u : Flags.order(states, unitIds)) {
      State s = states.get(u);
      Map<String, Double> fig = new LinkedHashMap<>();
      List<Flag> flags = new ArrayList<>();
      if (s == null) {
        flags.add(Flags.noRecords(kind(), "未评分", "not scored"));
        diags.add(new UnitDiagnostics(u, fig, flags, Optional.empty()));
        continue;
      }
      long[] byAnswer = new long[ANSWERS];
      long valid = 0;
      long positive = 0;
      double w = 0;
      double w2 = 0;
      double wPos = 0;
      boolean equalWeights = true;
      double firstWeight = Double.NaN;
      for (int g = 0; g < config.groups().size(); g++) {
        double wg = config.groups().get(g).weight();
        long gValid = 0;
        long gPos = 0;
        for (int a = 0; a < ANSWERS; a++) {
          long n = s.counts[g * ANSWERS + a];
          byAnswer[a] += n;
          if (ANSWER[a].valid()) {
            gValid += n;
          }
          if (ANSWER[a].positive()) {
            gPos += n;
          }
        }
        if (wg == 0 || gValid == 0) {
          continue;
        }
        valid += gValid;
        positive += gPos;
        w += wg * gValid;
        w2 += wg * wg * gValid;
        wPos += wg * gPos;
        if (Double.isNaN(firstWeight)) {
          firstWeight = wg;
        } else if (wg != firstWeight) {
          equalWeights = false;
        }
      }
      long ballots = s.unknownGroup + s.trimmed + s.otherItems;
      for (long n : byAnswer) {
        ballots += n;
      }
      fig.put("ballots", (double) ballots);
      for (Answer a : ANSWER) {
        fig.put(a.name().toLowerCase(Locale.ROOT).replace('_', '-'), (double) byAnswer[a.ordinal()]);
      }
      fig.put("valid", (double) valid);
      fig.put("positive", (double) positive);
      fig.put("trimmed", (double) s.trimmed);
      fig.put("other-items", (double) s.otherItems);
      fig.put("unknown-group", (double) s.unknownGroup);
      Optional<Interval> ci = Optional.empty();
      if (valid > 0) {
        double p = wPos / w;
        double nEff = equalWeights ? valid : w * w / w2;
        double[] lh = Stats.wilson(p, nEff, z);
        fig.put("satisfaction", p);
        fig.put("effective-n", nEff);
        ci = Optional.of(new Interval(lh[0], lh[1], config.confidence(), equalWeights ? "wilson" : "wilson-kish"));
      }
      if (!assessed.contains(u)) {
        flags.add(Flags.unknownUnit(u));
      } else if (valid < config.minValidBallots()) {
        flags.add(new Flag(TOO_FEW_BALLOTS, Label.of(
            "有效票" + valid + "张,少于最低" + config.minValidBallots() + "张,未评分",
            valid + " valid ballots, fewer than the minimum of " + config.minValidBallots() + "; not scored")));
      } else {
        obs.add(new Observation(u, year, config.indicator(), requireNonNull(fig.get("satisfaction")), "records:ballots"));
      }
      if (s.unknownGroup > 0) {
        flags.add(new Flag("unknown-group", Label.of(s.unknownGroup + "张选票的评议群体未配置,未计入",
            s.unknownGroup + " ballots of a rater group that is not configured were left out")));
      }
      if (s.trimmed > 0) {
        flags.add(new Flag("trimmed", Label.of("剔除极端评议人选票" + s.trimmed + "张",
            s.trimmed + " ballots of extreme raters were trimmed")));
      }
      diags.add(new UnitDiagnostics(u, fig, flags, ci));
    }
    return new Aggregation(kind(), year, List.of(config.indicator()), obs, diags);
  }

  /** The satisfaction of a diagnostics entry as text with its interval, e.g. {@code 85% [78.2%, 90.1%]}. */
  public static String describe(UnitDiagnostics d) {
    double p = d.figure("satisfaction");
    if (Double.isNaN(p)) {
      return "–";
    }
    return Numbers.percent(p) + d.interval().map(i -> " [" + Numbers.percent(i.low()) + ", "
        + Numbers.percent(i.high()) + "]").orElse("");
  }
}
