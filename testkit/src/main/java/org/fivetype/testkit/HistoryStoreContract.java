package org.fivetype.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.consequence.ConsequenceSettings;
import org.fivetype.consequence.Consequences;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.PillarRecord;
import org.fivetype.spi.UnitRecord;
import org.fivetype.spi.YearRecord;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link HistoryStore} keeps — part of the fivetype test kit (core's test-jar).
 * An implementation extends this class and returns from {@link #open()} a new handle (its own
 * connections) on one store that is empty when each test starts.
 */
@Surface(Surface.Kind.SPI)
public abstract class HistoryStoreContract {

  /** {@return a new handle on this test's store (empty at the start of the test)} */
  protected abstract HistoryStore open();

  @Test
  void emptyStoreHasNoYears() {
    try (HistoryStore s = open()) {
      assertThat(s.years()).isEmpty();
      assertThat(s.get(2006)).isEmpty();
      assertThat(s.delete(2006)).isFalse();
    }
  }

  @Test
  void yearReadsBackEqual() {
    YearRecord y = ThreeYearCity.assess(2007);
    YearRecord big = syntheticYear(2030, 50, "x");
    try (HistoryStore s = open()) {
      s.put(y);
      s.put(big);
      assertThat(s.get(2007)).contains(y);
      assertThat(s.get(2030)).contains(big);
      assertThat(s.years()).containsExactly(2007, 2030);
    }
    try (HistoryStore again = open()) {
      assertThat(again.get(2007)).contains(y);
    }
  }

  @Test
  void replacingAYearLeavesTheOthersAlone() {
    try (HistoryStore s = open()) {
      YearRecord y2006 = ThreeYearCity.assess(2006);
      YearRecord first = syntheticYear(2007, 6, "first");
      YearRecord second = syntheticYear(2007, 3, "second");
      YearRecord y2008 = ThreeYearCity.assess(2008);
      s.put(y2006);
      s.put(first);
      s.put(y2008);
      s.put(second);
      assertThat(s.get(2007)).contains(second);
      assertThat(s.get(2006)).contains(y2006);
      assertThat(s.get(2008)).contains(y2008);
      assertThat(s.delete(2007)).isTrue();
      assertThat(s.years()).containsExactly(2006, 2008);
      assertThat(s.get(2006)).contains(y2006);
      assertThat(s.get(2008)).contains(y2008);
    }
  }

  @Test
  void writersOfDifferentYearsAtOnceBothSucceed() throws Exception {
    int rounds = 15;
    try (HistoryStore one = open(); HistoryStore two = open()) {
      List<Future<?>> done = race(
          () -> writeRounds(one, 2001, rounds),
          () -> writeRounds(two, 2002, rounds));
      for (Future<?> f : done) {
        f.get();
      }
      assertThat(one.years()).containsExactly(2001, 2002);
      assertThat(one.get(2001)).contains(syntheticYear(2001, 20, "round" + (rounds - 1)));
      assertThat(two.get(2002)).contains(syntheticYear(2002, 20, "round" + (rounds - 1)));
    }
  }

  @Test
  void writersOfTheSameYearAtOnceLeaveOneWholeVersion() throws Exception {
    YearRecord a = syntheticYear(2003, 30, "a");
    YearRecord b = syntheticYear(2003, 25, "b");
    try (HistoryStore one = open(); HistoryStore two = open()) {
      for (Future<?> f : race(() -> putTimes(one, a, 12), () -> putTimes(two, b, 12))) {
        f.get();
      }
      YearRecord stored = one.get(2003).orElseThrow();
      assertThat(stored.equals(a) || stored.equals(b)).as("2003 is one whole version").isTrue();
    }
  }

  @Test
  void threeYearCityAndItsConsequencesFromTheStore() {
    try (HistoryStore s = open()) {
      for (int year : ThreeYearCity.YEARS) {
        s.put(ThreeYearCity.assess(year));
      }
    }
    // a fresh handle: everything below is read back from the store
    try (HistoryStore s = open()) {
      assertThat(s.years()).containsExactlyElementsOf(ThreeYearCity.YEARS);
      for (int year : ThreeYearCity.YEARS) {
        ThreeYearCity.checkYear(s.get(year).orElseThrow());
        ThreeYearCity.checkConsequences(
            Consequences.compute(s, year, ThreeYearCity.STAFF, ConsequenceSettings.DEFAULTS));
      }
      // re-running 2007 replaces it with an equal year; the consequences stay the same
      s.put(ThreeYearCity.assess(2007));
      ThreeYearCity.checkConsequences(Consequences.compute(s, 2008, ThreeYearCity.STAFF, ConsequenceSettings.DEFAULTS));
    }
  }

  private static Void writeRounds(HistoryStore s, int year, int rounds) {
    for (int r = 0; r < rounds; r++) {
      s.put(syntheticYear(year, 20, "round" + r));
    }
    return null;
  }

  private static Void putTimes(HistoryStore s, YearRecord y, int times) {
    for (int i = 0; i < times; i++) {
      s.put(y);
    }
    return null;
  }

  private static List<Future<?>> race(Callable<?>... jobs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(jobs.length);
    try {
      CyclicBarrier start = new CyclicBarrier(jobs.length);
      List<Future<?>> out = new ArrayList<>();
      for (Callable<?> job : jobs) {
        out.add(pool.submit(() -> {
          start.await();
          return job.call();
        }));
      }
      for (Future<?> f : out) {
        f.get(120, TimeUnit.SECONDS);
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A year of {@code units} made-up units whose every text carries {@code marker}: two versions
   * of a year differ in every row, so a half-written year would show.
   *
   * @param year the year
   * @param units how many units
   * @param marker the text every text of the year carries
   * @return the year's record
   */
  public static YearRecord syntheticYear(int year, int units, String marker) {
    List<UnitRecord> out = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      String id = String.format("u%04d", u);
      Tier tier = Tier.values()[u % 4];
      double total = 100 - u % 41 - 0.25;
      out.add(new UnitRecord(new Unit(id, Label.of("单位" + id + marker, "Unit " + id + " " + marker),
          u % 2 == 0 ? UnitKind.DISTRICT : UnitKind.DEPARTMENT, "cat" + u % 3), total, 100, tier,
          List.of(new Reason("thresholds", tier, Label.of("门槛" + marker, "thresholds " + marker)),
              new Reason("veto", tier, Label.of("否决" + marker + "“引号”", "veto " + marker + " 'quoted'"))),
          List.of(new PillarRecord(Pillar.LEARNING, total / 2, 50), new PillarRecord(Pillar.SERVICE, total / 2, 50),
              new PillarRecord(new Pillar("OWN", Label.of("自设", "own")), 0, 0)),
          1 + u % 5, 5 + u % 5, u % 3 == 0 ? List.of(IndicatorId.of("I3.x")) : List.of(),
          List.of(IndicatorId.of("S1.a"), IndicatorId.of("S1.b")), u % 2 == 0 ? List.of() : List.of(IndicatorId.of("L1.m"))));
    }
    String fp = String.format("%064x", Math.abs((long) marker.hashCode()));
    return new YearRecord(year, "synthetic", fp, "f".repeat(64), out);
  }

}
