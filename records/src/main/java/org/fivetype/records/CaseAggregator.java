package org.fivetype.records;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
 * Service-centre cases (E4) → per unit the on-time rate, the value of {@code E4.on-time} (a rate in
 * [0, 1]), and the share of the statutory limit used.
 *
 * <p><b>Days.</b> A case's time is counted from the day after it was received up to and including
 * the day it was completed (the first day is not counted: 民法典 art. 201). By default in working
 * days, as the Administrative Licensing Law counts its limits (行政许可法 art. 82: "以工作日计算,
 * 不含法定节假日"): Saturdays, Sundays and the configured {@code holidays} are skipped, the
 * configured {@code extraWorkdays} (调休上班日) are counted. Without a holiday list only weekends are
 * skipped; {@link DayCount#CALENDAR} counts every day.
 *
 * <p><b>On time</b>: completed within the promised limit ({@code days ≤ promised}). An open case is
 * late once the promised limit has passed on {@link Config#asOf} (counted, not on time); otherwise it
 * is reported ({@code open}) and not counted. {@code on-time rate = on time / (completed + open
 * late)}; a unit without counted cases gets 1, as the indicator prescribes ("无办件的单位填1").
 *
 * <p><b>Statutory limit used</b>: over the completed cases, {@code Σ days / Σ statutory limit} (a
 * ratio of totals, so that it merges exactly); reported, and fed to an indicator only if one is
 * configured (the default catalogue has none: {@code E4.time-limit-cut} counts approval
 * <i>items</i>, not cases).
 *
 * <p>State: nine {@code long} counters per unit.
 */
@Surface(Surface.Kind.API)
public final class CaseAggregator implements RecordAggregator<ServiceCase, CaseAggregator.State> {

  /** How days are counted. */
  public enum DayCount {
    /** Monday to Friday, less holidays, plus extra working days. */
    WORKING,
    /** Every day. */
    CALENDAR
  }

  /**
   * The rules and the indicators fed.
   *
   * @param onTimeIndicator default {@code E4.on-time}
   * @param statutoryShareIndicator fed with the share of the statutory limit used; default none
   * @param dayCount default {@link DayCount#WORKING}
   * @param holidays public holidays skipped in working days; default none
   * @param extraWorkdays weekend days that are working days; default none
   * @param asOf the day open cases are judged on; default none (open cases are not counted)
   */
  public record Config(IndicatorId onTimeIndicator, Optional<IndicatorId> statutoryShareIndicator, DayCount dayCount,
      Set<LocalDate> holidays, Set<LocalDate> extraWorkdays, Optional<LocalDate> asOf) {

    public Config {
      java.util.Objects.requireNonNull(onTimeIndicator, "onTimeIndicator");
      java.util.Objects.requireNonNull(statutoryShareIndicator, "statutoryShareIndicator");
      java.util.Objects.requireNonNull(dayCount, "dayCount");
      holidays = Set.copyOf(holidays);
      extraWorkdays = Set.copyOf(extraWorkdays);
      java.util.Objects.requireNonNull(asOf, "asOf");
    }

    /** The defaults listed on each component. */
    public static Config defaults() {
      return new Config(IndicatorId.of("E4.on-time"), Optional.empty(), DayCount.WORKING, Set.of(), Set.of(),
          Optional.empty());
    }

    /** This configuration judging open cases on the given day. */
    public Config withAsOf(LocalDate day) {
      return new Config(onTimeIndicator, statutoryShareIndicator, dayCount, holidays, extraWorkdays,
          Optional.of(day));
    }

    /** This configuration with a holiday calendar. */
    public Config withCalendar(Set<LocalDate> holidayDays, Set<LocalDate> extraWorkingDays) {
      return new Config(onTimeIndicator, statutoryShareIndicator, dayCount, holidayDays, extraWorkingDays, asOf);
    }

    /** This configuration counting days the given way. */
    public Config withDayCount(DayCount count) {
      return new Config(onTimeIndicator, statutoryShareIndicator, count, holidays, extraWorkdays, asOf);
    }
  }

  private final Config config;

  private CaseAggregator(Config config) {
    this.config = java.util.Objects.requireNonNull(config, "config");
  }

  /** An aggregator with the given configuration. */
  public static CaseAggregator of(Config config) {
    return new CaseAggregator(config);
  }

  /** An aggregator with {@link Config#defaults()}. */
  public static CaseAggregator defaults() {
    return of(Config.defaults());
  }

  @Override
  public RecordKind kind() {
    return RecordKind.CASES;
  }

  @Override
  public State newState() {
    return new State();
  }

  /** Days from {@code from} (not counted) to {@code to} (counted), by the configured count. */
  public long days(LocalDate from, LocalDate to) {
    return days(config, from, to);
  }

  static long days(Config c, LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    if (c.dayCount() == DayCount.CALENDAR) {
      return to.toEpochDay() - from.toEpochDay();
    }
    long n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      DayOfWeek w = d.getDayOfWeek();
      boolean weekend = w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
      boolean working = weekend ? c.extraWorkdays().contains(d) : !c.holidays().contains(d);
      if (working) {
        n++;
      }
    }
    return n;
  }

  @Override
  public void add(State state, ServiceCase record) {
    state.add(config, record);
  }

  /** A unit's counters. */
  public static final class State implements UnitState<State> {
    private static final long serialVersionUID = 1L;
    private long cases;
    private long completed;
    private long onTime;
    private long open;
    private long openLate;
    private long daysUsed;
    private long statutoryDays;
    private long promisedShorter;
    private long withinStatutory;

    void add(Config config, ServiceCase c) {
      cases++;
      if (c.promisedLimitDays() < c.statutoryLimitDays()) {
        promisedShorter++;
      }
      if (c.completed().isPresent()) {
        long d = days(config, c.received(), c.completed().get());
        completed++;
        if (d <= c.promisedLimitDays()) {
          onTime++;
        }
        if (d <= c.statutoryLimitDays()) {
          withinStatutory++;
        }
        daysUsed += d;
        statutoryDays += c.statutoryLimitDays();
      } else {
        open++;
        if (config.asOf().isPresent() && days(config, c.received(), config.asOf().get()) > c.promisedLimitDays()) {
          openLate++;
        }
      }
    }

    @Override
    public void merge(State o) {
      cases += o.cases;
      completed += o.completed;
      onTime += o.onTime;
      open += o.open;
      openLate += o.openLate;
      daysUsed += o.daysUsed;
      statutoryDays += o.statutoryDays;
      promisedShorter += o.promisedShorter;
      withinStatutory += o.withinStatutory;
    }
  }

  @Override
  public Aggregation finish(int year, Map<String, State> states, Collection<String> unitIds) {
    List<Observation> obs = new ArrayList<>();
    List<UnitDiagnostics> diags = new ArrayList<>();
    Set<String> assessed = Set.copyOf(unitIds);
    for (String u : Flags.order(states, unitIds)) {
      State s = states.getOrDefault(u, new State());
      long counted = s.completed + s.openLate;
      double onTimeRate = counted == 0 ? 1.0 : (double) s.onTime / counted;
      Map<String, Double> fig = new LinkedHashMap<>();
      fig.put("cases", (double) s.cases);
      fig.put("completed", (double) s.completed);
      fig.put("on-time", (double) s.onTime);
      fig.put("open", (double) s.open);
      fig.put("open-late", (double) s.openLate);
      fig.put("on-time-rate", onTimeRate);
      fig.put("within-statutory", (double) s.withinStatutory);
      fig.put("promised-shorter", (double) s.promisedShorter);
      if (s.statutoryDays > 0) {
        fig.put("statutory-share-used", (double) s.daysUsed / s.statutoryDays);
      }
      List<Flag> flags = new ArrayList<>();
      if (!assessed.contains(u)) {
        flags.add(Flags.unknownUnit(u));
      } else {
        obs.add(new Observation(u, year, config.onTimeIndicator(), onTimeRate, "records:cases"));
        if (config.statutoryShareIndicator().isPresent() && s.statutoryDays > 0) {
          obs.add(new Observation(u, year, config.statutoryShareIndicator().get(),
              Math.min(1.0, (double) s.daysUsed / s.statutoryDays), "records:cases"));
        }
      }
      if (!states.containsKey(u)) {
        flags.add(Flags.noRecords(kind(), "按时办结率计1", "on-time rate 1"));
      }
      if (s.open - s.openLate > 0) {
        flags.add(new Flag("open", org.fivetype.api.Label.of((s.open - s.openLate) + "件在办且未超时,不计",
            (s.open - s.openLate) + " open cases within their limit, not counted")));
      }
      diags.add(new UnitDiagnostics(u, fig, flags, Optional.empty()));
    }
    return new Aggregation(kind(), year, config.statutoryShareIndicator().map(v -> List.of(config.onTimeIndicator(), v)).orElse(List.of(config.onTimeIndicator())), obs, diags);
  }
}
