package org.fivetype.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documented limits of the records' values and of the aggregators' configurations
 * (docs/records.md), each tried on both sides of its boundary: the value on the line is accepted,
 * the next one out is refused. Written for issue 18 (mutation testing): a boundary moved by one
 * step must fail one of these.
 */
class RecordContractsTest {

  static final IndicatorId E8 = IndicatorId.of("E8.appraisal-satisfaction");

  @Test
  void raterGroupsNeedAnIdAndAFiniteWeightOfAtLeastZero() {
    assertThatCode(() -> new RaterGroup("g", Label.of("组", "group"), 0)).doesNotThrowAnyException();
    for (double w : new double[] {-0.001, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new RaterGroup("g", Label.of("组", "group"), w))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("rater group g: the weight must be a finite number ≥ 0, was " + w);
    }
    assertThatThrownBy(() -> new RaterGroup(" ", Label.of("组", "group"), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a rater group needs an id");
    assertThat(RaterGroup.defaults()).extracting(RaterGroup::id)
        .containsExactly("citizens", "deputies", "cppcc", "enterprises", "experts", "service-users");
    assertThat(RaterGroup.defaults()).allSatisfy(g -> assertThat(g.weight()).isEqualTo(1));
  }

  @ParameterizedTest(name = "[{0}, {1}] is an interval")
  @CsvSource({"0, 0", "1, 1", "0, 1", "0.25, 0.25"})
  void intervalsWithinTheUnitRange(double low, double high) {
    assertThat(new Interval(low, high, 0.95, "wilson").high()).isEqualTo(high);
  }

  @ParameterizedTest(name = "[{0}, {1}] is not")
  @CsvSource({"-0.001, 0.5", "0.5, 1.001", "0.6, 0.5", "NaN, 0.5", "0.5, NaN"})
  void intervalsOutsideTheUnitRangeOrReversed(double low, double high) {
    assertThatThrownBy(() -> new Interval(low, high, 0.95, "wilson"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an interval needs 0 ≤ low ≤ high ≤ 1, got " + low + ", " + high);
  }

  @Test
  void meetingsLastZeroHoursOrMoreAndHaveZeroSpeakersOrMore() {
    assertThat(new Meeting("m", "a", false, 0, 0, true).durationHours()).isZero();
    assertThatThrownBy(() -> new Meeting("m", "a", false, -0.5, 0, true))
        .hasMessage("meeting m: the duration must be ≥ 0 hours, was -0.5");
    assertThatThrownBy(() -> new Meeting("m", "a", false, Double.POSITIVE_INFINITY, 0, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Meeting("m", "a", false, 1, -1, true))
        .hasMessage("meeting m: city leaders who spoke must be ≥ 0");
  }

  @ParameterizedTest(name = "{0} research days")
  @ValueSource(doubles = {0, 0.5, 25, 365.5, 366})
  void researchDaysAreHalfDaysFromZeroTo366(double days) {
    assertThat(new ResearchEntry("l", "a", days, false).days()).isEqualTo(days);
  }

  @ParameterizedTest(name = "{0} research days are refused")
  @ValueSource(doubles = {-0.5, 0.25, 12.3, 366.5, Double.NaN, Double.POSITIVE_INFINITY})
  void otherResearchDaysAreRefused(double days) {
    assertThatThrownBy(() -> new ResearchEntry("l", "a", days, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("research entry a/l: days must be a multiple of 0.5 from 0 to 366, was " + days);
  }

  @Test
  void casesNeedOneDayOrMoreAPromiseWithinTheStatutoryLimitAndNoCompletionBeforeReceipt() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    // on the lines: 1 day, promised = statutory, completed the day received
    assertThatCode(() -> new ServiceCase("k", "a", d, Optional.of(d), 1, 1)).doesNotThrowAnyException();
    assertThatThrownBy(() -> new ServiceCase("k", "a", d, Optional.empty(), 0, 1))
        .hasMessage("case k: limits need 1 ≤ promised ≤ statutory, got promised 1, statutory 0");
    assertThatThrownBy(() -> new ServiceCase("k", "a", d, Optional.empty(), 5, 0))
        .hasMessage("case k: limits need 1 ≤ promised ≤ statutory, got promised 0, statutory 5");
    assertThatThrownBy(() -> new ServiceCase("k", "a", d, Optional.empty(), 5, 6))
        .hasMessage("case k: limits need 1 ≤ promised ≤ statutory, got promised 6, statutory 5");
    assertThatThrownBy(() -> new ServiceCase("k", "a", d, Optional.of(d.minusDays(1)), 5, 5))
        .hasMessage("case k: completed 2024-02-29 before received 2024-03-01");
  }

  @Test
  void theAppraisalConfigurationIsCheckedWhole() {
    BallotAggregator.Config c = BallotAggregator.Config.defaults();
    assertThat(c.withMinValidBallots(1).minValidBallots()).isEqualTo(1);
    assertThatThrownBy(() -> c.withMinValidBallots(0)).hasMessage("minValidBallots must be ≥ 1, was 0");
    assertThatThrownBy(() -> c.withGroups(List.of())).hasMessage("the appraisal needs at least one rater group");
    // ids differ only in case: the same group for the ballots, so refused
    assertThatThrownBy(() -> c.withGroups(List.of(new RaterGroup("Citizens", Label.of("市民", "citizens"), 1),
        new RaterGroup("citizens", Label.of("居民", "residents"), 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rater group ids must be distinct");
    for (double level : new double[] {0, 1, Double.NaN}) {
      assertThatThrownBy(() -> new BallotAggregator.Config(E8, RaterGroup.defaults(), 100, Set.of(), level, Set.of()))
          .hasMessage("a confidence level must lie strictly between 0 and 1, was " + level);
    }
    assertThat(c.withIndicator(IndicatorId.of("E8.other")).indicator().value()).isEqualTo("E8.other");
    assertThat(c.withItems(Set.of("overall")).items()).containsExactly("overall");
    assertThat(c.withTrimmedRaters(Set.of("r1")).trimmedRaters()).containsExactly("r1");
    assertThat(BallotAggregator.of(c).config()).isEqualTo(c);
  }

  @Test
  void theMeetingAndResearchConfigurationsAreChecked() {
    IndicatorId l = IndicatorId.of("E7.long-meetings");
    IndicatorId s = IndicatorId.of("E7.leader-speeches");
    assertThatCode(() -> new MeetingAggregator.Config(l, s, 0.5, 0, 0)).doesNotThrowAnyException();
    for (double h : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new MeetingAggregator.Config(l, s, h, 1, 1))
          .hasMessage("half a day must be > 0 hours and speaker limits ≥ 0");
    }
    assertThatThrownBy(() -> new MeetingAggregator.Config(l, s, 4, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MeetingAggregator.Config(l, s, 4, 1, -1)).isInstanceOf(IllegalArgumentException.class);

    IndicatorId l7 = IndicatorId.of("L7.research-days");
    assertThat(new ResearchDaysAggregator.Config(l7, 0, true).minDays()).isZero();
    assertThatThrownBy(() -> new ResearchDaysAggregator.Config(l7, -0.5, true))
        .hasMessage("minDays must be ≥ 0, was -0.5");
    assertThatThrownBy(() -> new ResearchDaysAggregator.Config(l7, Double.POSITIVE_INFINITY, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theQuantileNeedsALevelStrictlyBetweenZeroAndOne() {
    for (double level : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> Stats.z(level)).isInstanceOf(IllegalArgumentException.class);
    }
    // the central region of Acklam's approximation and both tails (p < 0.02425 and p > 0.97575):
    // Φ⁻¹(0.5) = 0, Φ⁻¹(0.975) = 1.959964, Φ⁻¹(0.01) = −2.326348, Φ⁻¹(0.99) = 2.326348
    // (standard normal table, e.g. Abramowitz & Stegun 26.2)
    assertThat(Stats.inverseNormal(0.5)).isZero();
    assertThat(Stats.inverseNormal(0.975)).isCloseTo(1.959964, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(Stats.inverseNormal(0.01)).isCloseTo(-2.326348, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(Stats.inverseNormal(0.99)).isCloseTo(2.326348, org.assertj.core.api.Assertions.within(1e-6));
    // at the edges of the central region, 0.02425 and 0.97575: Φ⁻¹ = ∓1.972961 (the standard normal quantile there is 1.9729611)
    assertThat(Stats.inverseNormal(0.02425)).isCloseTo(-1.972961, org.assertj.core.api.Assertions.within(1e-5));
    assertThat(Stats.inverseNormal(0.97575)).isCloseTo(1.972961, org.assertj.core.api.Assertions.within(1e-5));
  }

  @Test
  void theWilsonIntervalOfAShareOfZeroOrOneStaysInTheUnitRange() {
    double z = Stats.z(0.95);
    // p = 0, n = 10: centre z²/20 / (1 + z²/10) = 0.192073 / 1.384146 = 0.138766, half-width the
    // same (p(1−p) = 0), so [0, 0.277533]; p = 1 mirrors it: [0.722467, 1]
    double[] zero = Stats.wilson(0, 10, z);
    assertThat(zero[0]).isBetween(0.0, 1e-12); // centre − half-width is 0 up to rounding, never below
    assertThat(zero[1]).isCloseTo(0.277533, org.assertj.core.api.Assertions.within(1e-6));
    double[] one = Stats.wilson(1, 10, z);
    assertThat(one[0]).isCloseTo(0.722467, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(one[1]).isEqualTo(1);
  }

  @Test
  void theRaterScreenNeedsAMinimumOfOneAndMergesOnlyWithItsLike() {
    assertThatThrownBy(() -> new RaterScreen(0)).hasMessage("minAnswers must be ≥ 1, was 0");
    RaterScreen one = new RaterScreen(1);
    one.accept(new Ballot("citizens", "a", "overall", Answer.DISSATISFIED, "r1"));
    assertThat(one.extremeRaters()).containsExactly("r1"); // one answer is enough at a minimum of 1
    assertThatThrownBy(() -> one.merge(new RaterScreen(2))).hasMessage("cannot merge screens with different minimums");

    // the default minimum is 10 valid answers: 9 × 满意 plus 不了解 are not enough, the 10th 满意 is
    RaterScreen a = RaterScreen.defaults();
    RaterScreen b = RaterScreen.defaults();
    for (int k = 0; k < 5; k++) {
      a.accept(new Ballot("citizens", "u" + k, "overall", Answer.SATISFIED, "r"));
      b.accept(new Ballot("citizens", "v" + k, "overall", Answer.SATISFIED, "r"));
    }
    b.accept(new Ballot("citizens", "w", "overall", Answer.DONT_KNOW, "r"));
    b.accept(new Ballot("citizens", "w", "overall", Answer.SATISFIED, "s")); // s only in b
    RaterScreen nine = RaterScreen.defaults();
    for (int k = 0; k < 9; k++) {
      nine.accept(new Ballot("citizens", "u" + k, "overall", Answer.SATISFIED, "r"));
    }
    assertThat(nine.extremeRaters()).isEmpty();
    assertThat(a.merge(b).extremeRaters()).containsExactly("r");
    assertThat(a.raters()).isEqualTo(2);
    assertThat(b.raters()).isZero(); // taken over
  }

  @Test
  void anAccumulatorCannotMergeWithItselfAndKeepsOneStatePerUnit() {
    Accumulator<Complaint, ComplaintAggregator.State> acc = ComplaintAggregator.defaults().accumulator();
    assertThatThrownBy(() -> acc.merge(acc)).hasMessage("an accumulator cannot be merged with itself");
    acc.accept(new Complaint("", "a", Complaint.Status.VERIFIED, Complaint.Severity.ORDINARY));
    acc.accept(new Complaint("", "a", Complaint.Status.VERIFIED, Complaint.Severity.ORDINARY));
    acc.accept(new Complaint("", "b", Complaint.Status.VERIFIED, Complaint.Severity.ORDINARY));
    assertThat(acc.states()).containsOnlyKeys("a", "b");
    assertThat(acc.aggregator().kind()).isEqualTo(RecordKind.COMPLAINTS);
    Aggregation r = acc.finish(2024, List.of("a", "b"));
    assertThat(r.observation("a", "E6.verified-complaints").orElseThrow().value()).isEqualTo(2);
    assertThat(r.observation("b", "E6.verified-complaints").orElseThrow().value()).isEqualTo(1);
    assertThatThrownBy(() -> acc.states().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource({"ballots, BALLOTS", "Research_Days, RESEARCH_DAYS", "' cases ', CASES", "MEETINGS, MEETINGS",
      "complaints, COMPLAINTS"})
  void recordKindsByTheirCommandLineName(String id, RecordKind kind) {
    assertThat(RecordKind.fromId(id)).contains(kind);
  }

  @Test
  void anUnknownKindIsNone() {
    assertThat(RecordKind.fromId("votes")).isEmpty();
    assertThat(RecordKind.RESEARCH_DAYS.id()).isEqualTo("research-days");
    assertThat(RecordKind.BALLOTS.label().en()).isEqualTo("appraisal ballots");
    // docs/records.md: the columns of each file, in order, and which must have a value
    assertThat(RecordKind.CASES.columns()).extracting(Column::name).containsExactly("case_id", "unit_id",
        "received", "completed", "statutory_limit_days", "promised_limit_days");
    assertThat(RecordKind.CASES.columns()).extracting(Column::required)
        .containsExactly(false, true, true, false, true, true);
    Column days = RecordKind.RESEARCH_DAYS.columns().get(2);
    assertThat(days.description().zh()).isEqualTo("调研天数");
    assertThat(days.description().en()).isEqualTo("research days, ≥ 0, in steps of 0.5");
  }

  @Test
  void diagnosticsLookUps() {
    UnitDiagnostics d = new UnitDiagnostics("a", java.util.Map.of("valid", 3.0),
        List.of(new Flag("trimmed", Label.of("剔除", "trimmed"))), Optional.empty());
    assertThat(d.figure("valid")).isEqualTo(3);
    assertThat(d.figure("positive")).isNaN();
    assertThat(d.flagged("trimmed")).isTrue();
    assertThat(d.flagged("unknown-unit")).isFalse();
    Aggregation a = new Aggregation(RecordKind.BALLOTS, 2024, List.of(E8),
        List.of(org.fivetype.api.Observation.of("a", 2024, "E8.appraisal-satisfaction", 0.9)), List.of(d));
    assertThat(a.unit("b")).isEmpty();
    assertThat(a.observation("a", "E8.other")).isEmpty();
    assertThat(a.observation("b", "E8.appraisal-satisfaction")).isEmpty();
  }
}
