package org.fivetype.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;

/**
 * Leaders' research days (L7) → the value of {@code L7.research-days}: the share of the unit's
 * leadership-team members who did at least 25 days of field research in the year <i>and</i>
 * submitted a report or paper ("领导班子的调研时间每年不得少于25天,并撰写调研报告或论文"). A member's
 * days are the sum of their entries; "report submitted" holds if any entry says so. The team is
 * every member with at least one entry; a unit without entries gets no observation (flag {@code
 * no-records}: its team is unknown).
 *
 * <p>State: per unit, one {@code long} (half-days) and one flag per team member — it grows with the
 * size of the team, never with the number of entries.
 */
@Surface(Surface.Kind.API)
public final class ResearchDaysAggregator implements RecordAggregator<ResearchEntry, ResearchDaysAggregator.State> {

  /**
   * The rule and the indicator fed.
   *
   * @param indicator default {@code L7.research-days}
   * @param minDays the days a member needs, default 25 (L7)
   * @param reportRequired whether a member also needs a report, default true (L7)
   */
  public record Config(IndicatorId indicator, double minDays, boolean reportRequired) {

    public Config {
      java.util.Objects.requireNonNull(indicator, "indicator");
      if (!(Double.isFinite(minDays) && minDays >= 0)) {
        throw new IllegalArgumentException("minDays must be ≥ 0, was " + minDays);
      }
    }

    /** The defaults listed on each component. */
    public static Config defaults() {
      return new Config(IndicatorId.of("L7.research-days"), 25, true);
    }
  }

  private final Config config;

  private ResearchDaysAggregator(Config config) {
    this.config = java.util.Objects.requireNonNull(config, "config");
  }

  /** An aggregator with the given configuration. */
  public static ResearchDaysAggregator of(Config config) {
    return new ResearchDaysAggregator(config);
  }

  /** An aggregator with {@link Config#defaults()}. */
  public static ResearchDaysAggregator defaults() {
    return of(Config.defaults());
  }

  @Override
  public RecordKind kind() {
    return RecordKind.RESEARCH_DAYS;
  }

  @Override
  public State newState() {
    return new State();
  }

  @Override
  public void add(State state, ResearchEntry entry) {
    state.add(entry);
  }

  /** A unit's team: per member, half-days of research and whether a report was submitted. */
  public static final class State implements UnitState<State> {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, Member> members = new HashMap<>();

    void add(ResearchEntry e) {
      Member m = members.computeIfAbsent(e.leaderId(), k -> new Member());
      m.halfDays += Math.round(e.days() * 2);
      m.report |= e.reportSubmitted();
    }

    @Override
    public void merge(State o) {
      for (Map.Entry<String, Member> e : o.members.entrySet()) {
        Member m = members.computeIfAbsent(e.getKey(), k -> new Member());
        m.halfDays += e.getValue().halfDays;
        m.report |= e.getValue().report;
      }
    }

    /** The number of team members seen. */
    public int members() {
      return members.size();
    }
  }

  /** One member's running totals. */
  static final class Member implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    long halfDays;
    boolean report;
  }

  @Override
  public Aggregation finish(int year, Map<String, State> states, Collection<String> unitIds) {
    List<Observation> obs = new ArrayList<>();
    List<UnitDiagnostics> diags = new ArrayList<>();
    Set<String> assessed = Set.copyOf(unitIds);
    long needHalfDays = (long) Math.ceil(config.minDays() * 2);
    for (String u : Flags.order(states, unitIds)) {
      State s = states.get(u);
      Map<String, Double> fig = new LinkedHashMap<>();
      List<Flag> flags = new ArrayList<>();
      if (s == null) {
        flags.add(Flags.noRecords(kind(), "班子成员未知,未评分", "the team is unknown; not scored"));
        diags.add(new UnitDiagnostics(u, fig, flags, Optional.empty()));
        continue;
      }
      long members = s.members.size();
      long enoughDays = 0;
      long reports = 0;
      long both = 0;
      for (Member m : s.members.values()) {
        boolean days = m.halfDays >= needHalfDays;
        enoughDays += days ? 1 : 0;
        reports += m.report ? 1 : 0;
        both += days && (m.report || !config.reportRequired()) ? 1 : 0;
      }
      double share = (double) both / members;
      fig.put("members", (double) members);
      fig.put("enough-days", (double) enoughDays);
      fig.put("reports", (double) reports);
      fig.put("meeting-rule", (double) both);
      fig.put("share", share);
      if (!assessed.contains(u)) {
        flags.add(Flags.unknownUnit(u));
      } else {
        obs.add(new Observation(u, year, config.indicator(), share, "records:research-days"));
      }
      if (both < members) {
        flags.add(new Flag("short", Label.of((members - both) + "名班子成员未达到调研要求",
            (members - both) + " team members short of the research rule")));
      }
      diags.add(new UnitDiagnostics(u, fig, flags, Optional.empty()));
    }
    return new Aggregation(kind(), year, List.of(config.indicator()), obs, diags);
  }
}
