package org.fivetype.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.fivetype.api.Label;
import org.fivetype.records.Complaint.Severity;
import org.fivetype.records.Complaint.Status;
import org.fivetype.testkit.Seeded;
import org.junit.jupiter.api.Test;

/**
 * Merging partial states equals one pass: random records (from a seed {@link Seeded} draws; a failure prints it), dealt at
 * random into 1–8 partitions, each aggregated alone, the partials merged pairwise in a random order
 * (a random merge tree) — the finished aggregation equals, record for record and bit for bit, the
 * one of a single pass over all records. The states of one partial also go through Java serialization
 * first, as they would between Spark executors.
 */
class MergePropertiesTest {

  static final List<String> UNITS = List.of("a", "b", "c", "d");
  static final List<String> ALL_UNITS = List.of("a", "b", "c", "d", "ghost"); // ghost is not assessed

  static String unit(Random r) {
    return ALL_UNITS.get(r.nextInt(ALL_UNITS.size()));
  }

  static <R extends RawRecord, S extends UnitState<S>> void mergeEqualsOnePass(RecordAggregator<R, S> agg,
      List<R> records, long seed, int parts) {
    Aggregation onePass = agg.accumulator().acceptAll(records).finish(2024, UNITS);

    Random r = new Random(seed ^ 0x5DEECE66DL);
    List<Accumulator<R, S>> partials = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      partials.add(agg.accumulator());
    }
    for (R rec : records) {
      partials.get(r.nextInt(parts)).accept(rec);
    }
    Accumulator<R, S> shipped = agg.accumulator(); // partial 0's states travel through serialization
    for (var e : partials.get(0).states().entrySet()) {
      shipped.mergeState(e.getKey(), roundTrip(e.getValue()));
    }
    partials.set(0, shipped);
    while (partials.size() > 1) {
      Accumulator<R, S> x = partials.remove(r.nextInt(partials.size()));
      Accumulator<R, S> y = partials.remove(r.nextInt(partials.size()));
      partials.add(x.merge(y));
    }
    Aggregation merged = partials.get(0).finish(2024, UNITS);
    assertThat(merged).isEqualTo(onePass);
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T object) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(object);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** One case: a seed for the records and the merge tree, how many partitions and how many records. */
  record Case(long seed, int parts, int n) {
    static Case draw(Random r, int maxRecords) {
      return new Case(r.nextLong(), 1 + r.nextInt(8), r.nextInt(maxRecords + 1));
    }
  }

  static <R> List<R> records(long seed, int n, Function<Random, R> one) {
    Random r = new Random(seed);
    List<R> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(one.apply(r));
    }
    Collections.shuffle(out, r);
    return out;
  }

  @Test
  void ballots() {
    Seeded.check("ballots: merging partial states equals one pass", 200, r -> Case.draw(r, 400), c -> {
      long seed = c.seed();
      int parts = c.parts();
      int n = c.n();
      BallotAggregator agg = BallotAggregator.of(BallotAggregator.Config.defaults().withMinValidBallots(20)
          .withItems(Set.of("overall", "service"))
          .withTrimmedRaters(Set.of("r0", "r1"))
          .withGroups(List.of(new RaterGroup("citizens", Label.of("市民", "citizens"), 1),
              new RaterGroup("deputies", Label.of("人大代表", "deputies"), 2.5),
              new RaterGroup("experts", Label.of("专家", "experts"), 0.3))));
      List<String> groups = List.of("citizens", "deputies", "experts", "tourists");
      List<String> items = List.of("overall", "service", "attitude");
      mergeEqualsOnePass(agg, records(seed, n, r -> new Ballot(groups.get(r.nextInt(groups.size())), unit(r),
          items.get(r.nextInt(items.size())), Answer.values()[r.nextInt(5)],
          r.nextBoolean() ? "" : "r" + r.nextInt(10))), seed, parts);
    });
  }

  @Test
  void raterScreen() {
    Seeded.check("raterScreen: merging partial states equals one pass", 200, r -> Case.draw(r, 0), c -> {
      long seed = c.seed();
      int parts = c.parts();
      List<Ballot> ballots = records(seed, 300, r -> new Ballot("citizens", unit(r), "overall",
          r.nextInt(4) == 0 ? Answer.values()[r.nextInt(5)] : (r.nextBoolean() ? Answer.SATISFIED : Answer.DISSATISFIED),
          "r" + r.nextInt(40)));
      RaterScreen one = new RaterScreen(3);
      ballots.forEach(one::accept);
      Random r = new Random(seed);
      List<RaterScreen> partials = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        partials.add(new RaterScreen(3));
      }
      ballots.forEach(b -> partials.get(r.nextInt(parts)).accept(b));
      while (partials.size() > 1) {
        RaterScreen x = partials.remove(r.nextInt(partials.size()));
        partials.add(x.merge(partials.remove(r.nextInt(partials.size()))));
      }
      assertThat(partials.get(0).extremeRaters()).isEqualTo(one.extremeRaters());
    });
  }

  @Test
  void complaints() {
    Seeded.check("complaints: merging partial states equals one pass", 200, r -> Case.draw(r, 200), c -> {
      long seed = c.seed();
      int parts = c.parts();
      int n = c.n();
      mergeEqualsOnePass(ComplaintAggregator.defaults(), records(seed, n, r -> new Complaint("c", unit(r),
          Status.values()[r.nextInt(3)], Severity.values()[r.nextInt(2)])), seed, parts);
    });
  }

  @Test
  void meetings() {
    Seeded.check("meetings: merging partial states equals one pass", 200, r -> Case.draw(r, 200), c -> {
      long seed = c.seed();
      int parts = c.parts();
      int n = c.n();
      mergeEqualsOnePass(MeetingAggregator.defaults(), records(seed, n, r -> new Meeting("m", unit(r), r.nextBoolean(),
          r.nextInt(17) / 2.0, r.nextInt(4), r.nextInt(5) > 0)), seed, parts);
    });
  }

  @Test
  void cases() {
    Seeded.check("cases: merging partial states equals one pass", 200, r -> Case.draw(r, 200), c -> {
      long seed = c.seed();
      int parts = c.parts();
      int n = c.n();
      CaseAggregator agg = CaseAggregator.of(CaseAggregator.Config.defaults()
          .withCalendar(CaseAggregatorTest.HOLIDAYS, CaseAggregatorTest.WORKED).withAsOf(LocalDate.of(2024, 12, 31)));
      mergeEqualsOnePass(agg, records(seed, n, r -> {
        LocalDate received = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(366));
        int statutory = 1 + r.nextInt(30);
        Optional<LocalDate> completed = r.nextInt(6) == 0 ? Optional.empty()
            : Optional.of(received.plusDays(r.nextInt(40)));
        return new ServiceCase("k", unit(r), received, completed, statutory, 1 + r.nextInt(statutory));
      }), seed, parts);
    });
  }

  @Test
  void researchDays() {
    Seeded.check("researchDays: merging partial states equals one pass", 200, r -> Case.draw(r, 200), c -> {
      long seed = c.seed();
      int parts = c.parts();
      int n = c.n();
      mergeEqualsOnePass(ResearchDaysAggregator.defaults(), records(seed, n, r -> new ResearchEntry(
          "l" + r.nextInt(7), unit(r), r.nextInt(21) / 2.0, r.nextInt(4) == 0)), seed, parts);
    });
  }
}
