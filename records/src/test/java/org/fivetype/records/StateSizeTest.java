package org.fivetype.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.fivetype.records.Complaint.Severity;
import org.fivetype.records.Complaint.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-unit state does not grow with the number of records: the counter states have only
 * primitive fields (and, for ballots, one {@code long[]} sized by the configuration), and their
 * serialized form is the same number of bytes after one record as after 100 000.
 */
class StateSizeTest {

  static Stream<Arguments> counterStates() {
    return Stream.of(
        Arguments.of(BallotAggregator.defaults(), (IntFunction<RawRecord>) k ->
            Ballot.of(k % 2 == 0 ? "citizens" : "experts", "a", Answer.values()[k % 5])),
        Arguments.of(ComplaintAggregator.defaults(), (IntFunction<RawRecord>) k ->
            new Complaint("c" + k, "a", Status.values()[k % 3], Severity.values()[k % 2])),
        Arguments.of(MeetingAggregator.defaults(), (IntFunction<RawRecord>) k ->
            new Meeting("m" + k, "a", k % 3 == 0, k % 9, k % 3, k % 5 > 0)),
        Arguments.of(CaseAggregator.of(CaseAggregator.Config.defaults().withAsOf(LocalDate.of(2024, 12, 31))),
            (IntFunction<RawRecord>) k -> new ServiceCase("k" + k, "a", LocalDate.of(2024, 1, 1).plusDays(k % 300),
                k % 7 == 0 ? Optional.empty() : Optional.of(LocalDate.of(2024, 1, 1).plusDays(k % 300 + k % 11)),
                20, 10)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counterStates")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void counterStatesKeepTheirSize(RecordAggregator agg, IntFunction<RawRecord> record) {
    UnitState one = agg.newState();
    agg.add(one, record.apply(0));
    UnitState many = agg.newState();
    for (int k = 0; k < 100_000; k++) {
      agg.add(many, record.apply(k));
    }
    for (Field f : many.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      assertThat(f.getType() == long[].class || f.getType().isPrimitive())
          .as("field %s of %s", f.getName(), many.getClass().getName()).isTrue();
    }
    assertThat(serializedSize(many)).isEqualTo(serializedSize(one));
  }

  @Test
  void ballotCountersAreSizedByTheGroupsNotTheBallots() throws Exception {
    BallotAggregator agg = BallotAggregator.defaults();
    BallotAggregator.State s = agg.newState();
    for (int k = 0; k < 100_000; k++) {
      agg.add(s, Ballot.of("citizens", "a", Answer.SATISFIED));
    }
    Field counts = BallotAggregator.State.class.getDeclaredField("counts");
    counts.setAccessible(true);
    // six default groups × five answers
    assertThat(((long[]) counts.get(s)).length).isEqualTo(6 * 5);
    assertThat(s.count(0, Answer.SATISFIED)).isEqualTo(100_000);
  }

  @Test
  void researchStateGrowsWithTheTeamNotTheEntries() {
    ResearchDaysAggregator agg = ResearchDaysAggregator.defaults();
    ResearchDaysAggregator.State s = agg.newState();
    for (int k = 0; k < 100_000; k++) {
      agg.add(s, new ResearchEntry("l" + (k % 7), "a", 0.5, false));
    }
    assertThat(s.members()).isEqualTo(7);
    // 100 000 half-days over 7 members: 14 286 or 14 285 half-days each, all ≥ 50 → but no reports
    Aggregation r = agg.accumulator().mergeState("a", s).finish(2024, List.of("a"));
    assertThat(r.unit("a").orElseThrow().figure("enough-days")).isEqualTo(7);
    assertThat(r.observation("a", "L7.research-days").orElseThrow().value()).isZero();
  }

  static int serializedSize(Object o) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(o);
      }
      return bytes.size();
    } catch (IOException e) {
      throw new AssertionError(Arrays.toString(e.getStackTrace()), e);
    }
  }
}
