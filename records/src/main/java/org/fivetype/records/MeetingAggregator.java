package org.fivetype.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;

/**
 * Meeting logs (E7) → the breach counts the two E7 deduction indicators take:
 * <ul>
 *   <li>{@code E7.long-meetings}: meetings the unit held, other than city-wide ones, that lasted
 *       more than half a day ({@link Config#halfDayHours}, default 4 hours: half of the 8-hour
 *       working day of 《国务院关于职工工作时间的规定》 art. 3) or had no clear purpose —
 *       "除全市性的会议以外,其他会议会期原则上不超过半天";</li>
 *   <li>{@code E7.leader-speeches}: meetings with more city leaders speaking than allowed — one at a
 *       meeting that is not city-wide ("原则上只安排一位市领导讲话"), and at a city-wide meeting run by
 *       a department only the leader in charge ("只安排分管市领导讲话"), i.e. also one (both limits
 *       configurable).</li>
 * </ul>
 * The diagnostics add the compliance rates: {@code half-day-compliance} (share of non-city-wide
 * meetings without a breach; 1 when there were none) and {@code speech-compliance} (share of all
 * meetings within the speaker limit). A unit without meetings gets 0 breaches.
 *
 * <p>State: five {@code long} counters per unit.
 */
@Surface(Surface.Kind.API)
public final class MeetingAggregator implements RecordAggregator<Meeting, MeetingAggregator.State> {

  /**
   * The rules and the indicators fed.
   *
   * @param longMeetingsIndicator default {@code E7.long-meetings}
   * @param speechesIndicator default {@code E7.leader-speeches}
   * @param halfDayHours the longest a non-city-wide meeting may last, default 4
   * @param maxSpeakers city leaders allowed to speak at a non-city-wide meeting, default 1
   * @param maxSpeakersCityWide city leaders allowed at a city-wide meeting, default 1
   */
  public record Config(IndicatorId longMeetingsIndicator, IndicatorId speechesIndicator, double halfDayHours,
      int maxSpeakers, int maxSpeakersCityWide) {

    public Config {
      java.util.Objects.requireNonNull(longMeetingsIndicator, "longMeetingsIndicator");
      java.util.Objects.requireNonNull(speechesIndicator, "speechesIndicator");
      if (!(Double.isFinite(halfDayHours) && halfDayHours > 0) || maxSpeakers < 0 || maxSpeakersCityWide < 0) {
        throw new IllegalArgumentException("half a day must be > 0 hours and speaker limits ≥ 0");
      }
    }

    /** The defaults listed on each component. */
    public static Config defaults() {
      return new Config(IndicatorId.of("E7.long-meetings"), IndicatorId.of("E7.leader-speeches"), 4, 1, 1);
    }
  }

  private final Config config;

  private MeetingAggregator(Config config) {
    this.config = java.util.Objects.requireNonNull(config, "config");
  }

  /** An aggregator with the given configuration. */
  public static MeetingAggregator of(Config config) {
    return new MeetingAggregator(config);
  }

  /** An aggregator with {@link Config#defaults()}. */
  public static MeetingAggregator defaults() {
    return of(Config.defaults());
  }

  @Override
  public RecordKind kind() {
    return RecordKind.MEETINGS;
  }

  @Override
  public State newState() {
    return new State();
  }

  @Override
  public void add(State state, Meeting record) {
    state.add(config, record);
  }

  /** A unit's counters. */
  public static final class State implements UnitState<State> {
    private static final long serialVersionUID = 1L;
    private long meetings;
    private long cityWide;
    private long overHalfDay;
    private long noPurpose;
    private long longBreaches;
    private long speechBreaches;

    void add(Config config, Meeting m) {
      meetings++;
      if (m.cityWide()) {
        cityWide++;
      } else {
        boolean over = m.durationHours() > config.halfDayHours();
        if (over) {
          overHalfDay++;
        }
        if (!m.clearPurpose()) {
          noPurpose++;
        }
        if (over || !m.clearPurpose()) {
          longBreaches++;
        }
      }
      if (m.cityLeadersSpoke() > (m.cityWide() ? config.maxSpeakersCityWide() : config.maxSpeakers())) {
        speechBreaches++;
      }
    }

    @Override
    public void merge(State o) {
      meetings += o.meetings;
      cityWide += o.cityWide;
      overHalfDay += o.overHalfDay;
      noPurpose += o.noPurpose;
      longBreaches += o.longBreaches;
      speechBreaches += o.speechBreaches;
    }
  }

  @Override
  public Aggregation finish(int year, Map<String, State> states, Collection<String> unitIds) {
    List<Observation> obs = new ArrayList<>();
    List<UnitDiagnostics> diags = new ArrayList<>();
    Set<String> assessed = Set.copyOf(unitIds);
    for (String u : Flags.order(states, unitIds)) {
      State s = states.getOrDefault(u, new State());
      long local = s.meetings - s.cityWide;
      Map<String, Double> fig = new LinkedHashMap<>();
      fig.put("meetings", (double) s.meetings);
      fig.put("city-wide", (double) s.cityWide);
      fig.put("over-half-day", (double) s.overHalfDay);
      fig.put("no-clear-purpose", (double) s.noPurpose);
      fig.put("long-meeting-breaches", (double) s.longBreaches);
      fig.put("speech-breaches", (double) s.speechBreaches);
      fig.put("half-day-compliance", local == 0 ? 1.0 : (double) (local - s.longBreaches) / local);
      fig.put("speech-compliance", s.meetings == 0 ? 1.0 : (double) (s.meetings - s.speechBreaches) / s.meetings);
      List<Flag> flags = new ArrayList<>();
      if (!assessed.contains(u)) {
        flags.add(Flags.unknownUnit(u));
      } else {
        obs.add(new Observation(u, year, config.longMeetingsIndicator(), s.longBreaches, "records:meetings"));
        obs.add(new Observation(u, year, config.speechesIndicator(), s.speechBreaches, "records:meetings"));
      }
      if (!states.containsKey(u)) {
        flags.add(Flags.noRecords(kind(), "违规会议计0次", "0 breaches"));
      }
      diags.add(new UnitDiagnostics(u, fig, flags, Optional.empty()));
    }
    return new Aggregation(kind(), year, List.of(config.longMeetingsIndicator(), config.speechesIndicator()), obs, diags);
  }
}
