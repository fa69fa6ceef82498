package org.fivetype.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Service-centre cases (E4), days counted by hand on the 2024 calendar. Holidays from the State
 * Council's 2024 holiday notice (国办发明电〔2023〕7号): National Day 1–7 October off, Sunday
 * 29 September and Saturday 12 October worked.
 */
class CaseAggregatorTest {

  static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2),
      LocalDate.of(2024, 10, 3), LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 7));
  static final Set<LocalDate> WORKED = Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12));

  static CaseAggregator calendar() {
    return CaseAggregator.of(CaseAggregator.Config.defaults().withCalendar(HOLIDAYS, WORKED)
        .withAsOf(LocalDate.of(2024, 12, 31)));
  }

  @ParameterizedTest(name = "{0} → {1}: {2} working days with the holidays, {3} without, {4} calendar")
  @CsvSource({
      "2024-03-01, 2024-03-08, 5, 5, 7",  // Fri → Fri: Mon 4 … Fri 8 (the day received is not counted)
      "2024-03-01, 2024-03-01, 0, 0, 0",  // the same day
      "2024-03-01, 2024-03-04, 1, 1, 3",  // Fri → Mon: the weekend is skipped
      "2024-09-30, 2024-10-08, 1, 6, 8",  // Mon → Tue: 1–7 Oct off, so only Tue 8 Oct; without holidays 1–4, 7, 8
      "2024-10-11, 2024-10-14, 2, 1, 3",  // Fri → Mon: Sat 12 Oct was worked
      "2024-09-27, 2024-09-30, 2, 1, 3"}) // Fri → Mon: Sun 29 Sep was worked
  void daysFromTheDayAfterReceiptToCompletion(LocalDate from, LocalDate to, long withHolidays, long weekdays,
      long calendarDays) {
    assertThat(calendar().days(from, to)).isEqualTo(withHolidays);
    assertThat(CaseAggregator.defaults().days(from, to)).isEqualTo(weekdays);
    assertThat(CaseAggregator.of(CaseAggregator.Config.defaults().withDayCount(CaseAggregator.DayCount.CALENDAR))
        .days(from, to)).isEqualTo(calendarDays);
  }

  static ServiceCase done(String unit, String received, String completed, int statutory, int promised) {
    return new ServiceCase("", unit, LocalDate.parse(received), Optional.of(LocalDate.parse(completed)), statutory,
        promised);
  }

  static ServiceCase open(String unit, String received, int statutory, int promised) {
    return new ServiceCase("", unit, LocalDate.parse(received), Optional.empty(), statutory, promised);
  }

  @Test
  void onTimeRateAndShareOfTheStatutoryLimitUsed() {
    Aggregation r = calendar().accumulator().acceptAll(List.of(
        done("a", "2024-03-01", "2024-03-08", 20, 5),  // 5 days ≤ 5 promised: on time
        done("a", "2024-09-30", "2024-10-08", 10, 3),  // 1 day ≤ 3: on time
        done("a", "2024-10-11", "2024-10-14", 5, 1),   // 2 days > 1: late (within the statutory 5)
        open("a", "2024-12-20", 20, 5),                // 7 working days to 31 Dec (23–27, 30, 31) > 5: late, counted
        open("a", "2024-12-30", 20, 5)))               // 1 day so far: open, not counted
        .finish(2024, List.of("a", "b"));
    UnitDiagnostics a = r.unit("a").orElseThrow();
    // on time 2 of (3 completed + 1 open late) = 0.5
    assertThat(a.figure("on-time-rate")).isEqualTo(0.5);
    assertThat(r.observation("a", "E4.on-time").orElseThrow().value()).isEqualTo(0.5);
    // statutory limit used over completed cases: (5 + 1 + 2) / (20 + 10 + 5) = 8 / 35
    assertThat(a.figure("statutory-share-used")).isEqualTo(8.0 / 35);
    assertThat(a.figure("cases")).isEqualTo(5);
    assertThat(a.figure("open")).isEqualTo(2);
    assertThat(a.figure("open-late")).isEqualTo(1);
    assertThat(a.figure("within-statutory")).isEqualTo(3);
    assertThat(a.figure("promised-shorter")).isEqualTo(5); // every promise here is below the statutory limit
    assertThat(a.flagged("open")).isTrue();
    // b had no cases: the indicator says "a unit without cases reports 1"
    assertThat(r.observation("b", "E4.on-time").orElseThrow().value()).isEqualTo(1.0);
    // no indicator is fed with the statutory share by default
    assertThat(r.observations()).hasSize(2);
  }

  @Test
  void withoutAnAsOfDayOpenCasesAreNeverCounted() {
    Aggregation r = CaseAggregator.defaults().accumulator().acceptAll(List.of(
        done("a", "2024-03-01", "2024-03-08", 20, 4),  // 5 weekdays > 4: late
        open("a", "2024-01-02", 20, 5)))
        .finish(2024, List.of("a"));
    assertThat(r.observation("a", "E4.on-time").orElseThrow().value()).isEqualTo(0.0); // 0 of 1
    assertThat(r.unit("a").orElseThrow().figure("open-late")).isZero();
  }
}
