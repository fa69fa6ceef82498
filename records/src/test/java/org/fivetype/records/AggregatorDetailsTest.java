package org.fivetype.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fivetype.records.Answer.BASICALLY_SATISFIED;
import static org.fivetype.records.Answer.DISSATISFIED;
import static org.fivetype.records.Answer.DONT_KNOW;
import static org.fivetype.records.Answer.FAIRLY_SATISFIED;
import static org.fivetype.records.Answer.SATISFIED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.records.Complaint.Severity;
import org.fivetype.records.Complaint.Status;
import org.junit.jupiter.api.Test;

/**
 * The figures, flags and edge cases of each aggregator beyond its headline value, on records
 * counted by hand (docs/records.md lists the figures and flags). Written for issue 18: each
 * assertion pins a figure or flag that no other test looked at.
 */
class AggregatorDetailsTest {

  static final int YEAR = 2024;

  static List<Ballot> ballots(String group, String unit, Answer a, int times) {
    List<Ballot> out = new ArrayList<>();
    for (int k = 0; k < times; k++) {
      out.add(Ballot.of(group, unit, a));
    }
    return out;
  }

  // ------------------------------------------------------------------ ballots (E8)

  @Test
  void everyAnswerHasItsFigureAndAllBallotsCountInTheTotal() {
    BallotAggregator agg = BallotAggregator.of(BallotAggregator.Config.defaults().withMinValidBallots(1)
        .withItems(Set.of("overall")).withTrimmedRaters(Set.of("r9")));
    List<Ballot> b = new ArrayList<>();
    b.addAll(ballots("citizens", "a", SATISFIED, 1));
    b.addAll(ballots("citizens", "a", FAIRLY_SATISFIED, 2));
    b.addAll(ballots("experts", "a", BASICALLY_SATISFIED, 3));
    b.addAll(ballots("experts", "a", DISSATISFIED, 4));
    b.addAll(ballots("experts", "a", DONT_KNOW, 5));
    b.add(new Ballot("tourists", "a", "overall", SATISFIED, ""));  // unknown group
    b.add(new Ballot("citizens", "a", "overall", SATISFIED, "r9")); // trimmed
    b.add(new Ballot("citizens", "a", "attitude", SATISFIED, ""));  // other item
    UnitDiagnostics a = agg.accumulator().acceptAll(b).finish(YEAR, List.of("a")).unit("a").orElseThrow();
    // 15 counted ballots + 1 unknown group + 1 trimmed + 1 other item
    assertThat(a.figure("ballots")).isEqualTo(18);
    assertThat(a.figure("satisfied")).isEqualTo(1);
    assertThat(a.figure("fairly-satisfied")).isEqualTo(2);
    assertThat(a.figure("basically-satisfied")).isEqualTo(3);
    assertThat(a.figure("dissatisfied")).isEqualTo(4);
    assertThat(a.figure("dont-know")).isEqualTo(5);
    assertThat(a.figure("valid")).isEqualTo(10);
    assertThat(a.figure("positive")).isEqualTo(6);
    assertThat(a.figure("satisfaction")).isEqualTo(0.6);
    assertThat(a.figure("effective-n")).isEqualTo(10);
    assertThat(a.figure("trimmed")).isEqualTo(1);
    assertThat(a.figure("other-items")).isEqualTo(1);
    assertThat(a.figure("unknown-group")).isEqualTo(1);
    assertThat(a.flags()).extracting(Flag::code).containsExactly("unknown-group", "trimmed");
    assertThat(a.flags().get(0).text().en()).isEqualTo("1 ballots of a rater group that is not configured were left out");
    assertThat(a.flags().get(1).text()).isEqualTo(Label.of("剔除极端评议人选票1张", "1 ballots of extreme raters were trimmed"));
  }

  @Test
  void groupIdsAreMatchedIgnoringCaseAndSurroundingSpaces() {
    BallotAggregator agg = BallotAggregator.defaults();
    assertThat(agg.group("citizens")).isZero();
    assertThat(agg.group("Experts")).isEqualTo(4);
    assertThat(agg.group(" SERVICE-USERS ")).isEqualTo(5);
    assertThat(agg.group("专家学者")).isEqualTo(4);
    assertThat(agg.group("tourists")).isEqualTo(-1);
    assertThat(agg.check(Ballot.of("tourists", "a", SATISFIED))).containsEntry("rater_group",
        "'tourists' is not a configured rater group; expected one of "
            + "[citizens, deputies, cppcc, enterprises, experts, service-users]");
    BallotAggregator.State s = agg.newState();
    agg.add(s, Ballot.of("Experts", "a", DISSATISFIED));
    assertThat(s.count(4, DISSATISFIED)).isEqualTo(1);
    assertThat(s.count(0, DISSATISFIED)).isZero();
  }

  @Test
  void aGroupOfWeightZeroIsLeftOutAndEqualWeightsOtherThanOneAreStillWilson() {
    // citizens weight 2: 3 of 4 positive; deputies weight 2: 1 of 2; experts weight 0: 0 of 5, left out.
    // p = (2·3 + 2·1) / (2·4 + 2·2) = 8 / 12; the weights that count are equal, so plain Wilson with n = 6
    BallotAggregator agg = BallotAggregator.of(BallotAggregator.Config.defaults().withMinValidBallots(6)
        .withGroups(List.of(new RaterGroup("citizens", Label.of("市民", "citizens"), 2),
            new RaterGroup("deputies", Label.of("人大代表", "deputies"), 2),
            new RaterGroup("experts", Label.of("专家学者", "experts"), 0))));
    List<Ballot> b = new ArrayList<>();
    b.addAll(ballots("citizens", "a", SATISFIED, 3));
    b.addAll(ballots("citizens", "a", DISSATISFIED, 1));
    b.addAll(ballots("deputies", "a", SATISFIED, 1));
    b.addAll(ballots("deputies", "a", DISSATISFIED, 1));
    b.addAll(ballots("experts", "a", DISSATISFIED, 5));
    Aggregation r = agg.accumulator().acceptAll(b).finish(YEAR, List.of("a"));
    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.figure("valid")).isEqualTo(6);
    assertThat(a.figure("positive")).isEqualTo(4);
    assertThat(a.figure("dissatisfied")).isEqualTo(7); // the figure still counts every ballot
    assertThat(a.figure("satisfaction")).isCloseTo(8.0 / 12, within(1e-15));
    assertThat(a.figure("effective-n")).isEqualTo(6);
    assertThat(a.interval().orElseThrow().method()).isEqualTo("wilson");
    // six valid ballots reach the minimum of six
    assertThat(r.observation("a", "E8.appraisal-satisfaction")).isPresent();
  }

  @Test
  void onlyDontKnowGivesNoShareNoIntervalAndNoScore() {
    Aggregation r = BallotAggregator.of(BallotAggregator.Config.defaults().withMinValidBallots(1)).accumulator()
        .acceptAll(ballots("citizens", "a", DONT_KNOW, 4)).finish(YEAR, List.of("a"));
    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.figure("valid")).isZero();
    assertThat(a.figure("satisfaction")).isNaN();
    assertThat(a.interval()).isEmpty();
    assertThat(a.flagged(BallotAggregator.TOO_FEW_BALLOTS)).isTrue();
    assertThat(a.flags().get(0).text().zh()).isEqualTo("有效票0张,少于最低1张,未评分");
    assertThat(r.observations()).isEmpty();
    assertThat(BallotAggregator.describe(a)).isEqualTo("–");
  }

  @Test
  void aUnitThatIsNotAssessedIsFlaggedUnknownNotTooFew() {
    Aggregation r = BallotAggregator.defaults().accumulator().acceptAll(ballots("citizens", "ghost", SATISFIED, 3))
        .finish(YEAR, List.of("a"));
    UnitDiagnostics ghost = r.unit("ghost").orElseThrow();
    assertThat(ghost.flags()).extracting(Flag::code).containsExactly("unknown-unit");
    assertThat(ghost.flags().get(0).text().en())
        .isEqualTo("unit \"ghost\" is not among the assessed units; its records are not used");
    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.flags()).extracting(Flag::code).containsExactly("no-records");
    assertThat(a.flags().get(0).text()).isEqualTo(Label.of("无万人评议选票记录:未评分",
        "no appraisal ballots records: not scored"));
    assertThat(a.figures()).isEmpty();
    assertThat(r.indicators()).containsExactly(IndicatorId.of("E8.appraisal-satisfaction"));
    assertThat(r.kind()).isEqualTo(RecordKind.BALLOTS);
    assertThat(r.year()).isEqualTo(YEAR);
  }

  @Test
  void theShareIsDescribedWithItsInterval() {
    // BallotAggregatorTest's case: 8 of 10, Wilson [0.4901625, 0.9433178]
    List<Ballot> b = new ArrayList<>();
    b.addAll(ballots("citizens", "a", SATISFIED, 8));
    b.addAll(ballots("citizens", "a", DISSATISFIED, 2));
    UnitDiagnostics a = BallotAggregator.of(BallotAggregator.Config.defaults().withMinValidBallots(10)).accumulator()
        .acceptAll(b).finish(YEAR, List.of("a")).unit("a").orElseThrow();
    assertThat(BallotAggregator.describe(a)).isEqualTo("80% [49.02%, 94.33%]");
    UnitDiagnostics noInterval = new UnitDiagnostics("x", java.util.Map.of("satisfaction", 0.5), List.of(),
        Optional.empty());
    assertThat(BallotAggregator.describe(noInterval)).isEqualTo("50%");
  }

  // ------------------------------------------------------------------ complaints (E6)

  @Test
  void complaintFlagsAndTheIndicatorsFed() {
    Aggregation r = ComplaintAggregator.defaults().accumulator().acceptAll(List.of(
        new Complaint("", "a", Status.VERIFIED, Severity.SERIOUS),
        new Complaint("", "a", Status.VERIFIED, Severity.SERIOUS),
        new Complaint("", "a", Status.PENDING, Severity.SERIOUS),
        new Complaint("", "ghost", Status.VERIFIED, Severity.ORDINARY)))
        .finish(YEAR, List.of("a", "b"));
    assertThat(r.indicators()).extracting(IndicatorId::value)
        .containsExactly("E6.verified-complaints", "I5.major-violations");
    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.figure("verified")).isEqualTo(2);
    assertThat(a.figure("serious-verified")).isEqualTo(2);
    assertThat(a.figure("pending")).isEqualTo(1);
    assertThat(a.figure("serious-pending")).isEqualTo(1);
    assertThat(a.figure("unfounded")).isZero();
    assertThat(a.flags()).extracting(Flag::code).containsExactly("pending", "veto");
    assertThat(a.flags().get(0).text()).isEqualTo(Label.of("1件投诉待查,本年不计",
        "1 complaints pending, not counted this year"));
    assertThat(a.flags().get(1).text()).isEqualTo(Label.of("查实严重投诉2件,计入I5.major-violations",
        "2 serious verified complaints, counted for I5.major-violations"));
    assertThat(r.observation("a", "I5.major-violations").orElseThrow().value()).isEqualTo(2);
    // b: nothing at all
    assertThat(r.unit("b").orElseThrow().flags()).extracting(Flag::code).containsExactly("no-records");
    assertThat(r.unit("b").orElseThrow().flags().get(0).text().en())
        .isEqualTo("no efficiency complaints records: 0 verified complaints");
    // ghost: reported, not scored
    assertThat(r.unit("ghost").orElseThrow().flags()).extracting(Flag::code).containsExactly("unknown-unit");
    assertThat(r.observations()).extracting(o -> o.unitId()).containsExactly("a", "a", "b", "b");
    assertThat(r.observations()).allSatisfy(o -> assertThat(o.source()).isEqualTo("records:complaints"));

    // without the veto feed: one indicator, no veto flag
    Aggregation noVeto = ComplaintAggregator.of(new ComplaintAggregator.Config(
            IndicatorId.of("E6.verified-complaints"), Optional.empty())).accumulator()
        .acceptAll(List.of(new Complaint("", "a", Status.VERIFIED, Severity.SERIOUS))).finish(YEAR, List.of("a"));
    assertThat(noVeto.indicators()).extracting(IndicatorId::value).containsExactly("E6.verified-complaints");
    assertThat(noVeto.unit("a").orElseThrow().flags()).isEmpty();
  }

  // ------------------------------------------------------------------ meetings (E7)

  @Test
  void meetingFiguresFlagsAndConfiguredLimits() {
    // two speakers allowed at a local meeting, none at a city-wide one; half a day = 3 hours
    MeetingAggregator agg = MeetingAggregator.of(new MeetingAggregator.Config(IndicatorId.of("E7.long-meetings"),
        IndicatorId.of("E7.leader-speeches"), 3, 2, 0));
    Aggregation r = agg.accumulator().acceptAll(List.of(
        new Meeting("1", "a", false, 3, 2, true),    // on both lines: fine
        new Meeting("2", "a", false, 3.5, 3, true),  // over 3 h, 3 > 2 speakers
        new Meeting("3", "a", false, 1, 0, false),   // no clear purpose
        new Meeting("4", "a", true, 9, 1, true),     // city-wide: 1 > 0 speakers
        new Meeting("5", "ghost", false, 1, 0, true)))
        .finish(YEAR, List.of("a", "b"));
    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.figure("meetings")).isEqualTo(4);
    assertThat(a.figure("city-wide")).isEqualTo(1);
    assertThat(a.figure("over-half-day")).isEqualTo(1);
    assertThat(a.figure("no-clear-purpose")).isEqualTo(1);
    assertThat(a.figure("long-meeting-breaches")).isEqualTo(2);
    assertThat(a.figure("speech-breaches")).isEqualTo(2);
    assertThat(a.figure("half-day-compliance")).isCloseTo(1.0 / 3, within(1e-15)); // 1 of 3 local meetings
    assertThat(a.figure("speech-compliance")).isEqualTo(0.5);                       // 2 of 4
    assertThat(a.flags()).isEmpty();
    assertThat(r.unit("b").orElseThrow().flags()).extracting(Flag::code).containsExactly("no-records");
    assertThat(r.unit("b").orElseThrow().figure("speech-compliance")).isEqualTo(1);
    assertThat(r.unit("ghost").orElseThrow().flags()).extracting(Flag::code).containsExactly("unknown-unit");
    assertThat(r.observations()).extracting(o -> o.unitId()).containsExactly("a", "a", "b", "b");
    assertThat(r.indicators()).extracting(IndicatorId::value).containsExactly("E7.long-meetings", "E7.leader-speeches");
  }

  // ------------------------------------------------------------------ cases (E4)

  @Test
  void caseLinesAreInclusiveAndTheStatutoryShareCanFeedAnIndicatorCappedAtOne() {
    // calendar days for easy counting; as of 11 March
    CaseAggregator agg = CaseAggregator.of(new CaseAggregator.Config(IndicatorId.of("E4.on-time"),
        Optional.of(IndicatorId.of("E4.share-used")), CaseAggregator.DayCount.CALENDAR, Set.of(), Set.of(),
        Optional.of(LocalDate.of(2024, 3, 11))));
    Aggregation r = agg.accumulator().acceptAll(List.of(
        // 1 → 6 March: 5 days = promised 5 = statutory 5: on time and within the statutory limit
        new ServiceCase("", "a", LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2024, 3, 6)), 5, 5),
        // 1 → 8 March: 7 days > statutory 6 > promised 3
        new ServiceCase("", "a", LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2024, 3, 8)), 6, 3),
        // open since 6 March: 5 days on the 11th = promised 5: not late yet
        new ServiceCase("", "a", LocalDate.of(2024, 3, 6), Optional.empty(), 9, 5),
        // open since 5 March: 6 days > promised 5: late
        new ServiceCase("", "a", LocalDate.of(2024, 3, 5), Optional.empty(), 9, 5),
        // b: 10 days used of a statutory 4
        new ServiceCase("", "b", LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2024, 3, 11)), 4, 4),
        // ghost: open since 10 March, 1 day of 4: open, not late
        new ServiceCase("", "ghost", LocalDate.of(2024, 3, 10), Optional.empty(), 4, 4)))
        .finish(YEAR, List.of("a", "b", "c"));
    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.figure("cases")).isEqualTo(4);
    assertThat(a.figure("completed")).isEqualTo(2);
    assertThat(a.figure("on-time")).isEqualTo(1);
    assertThat(a.figure("within-statutory")).isEqualTo(1);
    assertThat(a.figure("promised-shorter")).isEqualTo(3); // 5 of 5 is not shorter
    assertThat(a.figure("open")).isEqualTo(2);
    assertThat(a.figure("open-late")).isEqualTo(1);
    assertThat(a.figure("on-time-rate")).isCloseTo(1.0 / 3, within(1e-15)); // 1 of (2 completed + 1 late)
    assertThat(a.figure("statutory-share-used")).isCloseTo(12.0 / 11, within(1e-15)); // (5 + 7) / (5 + 6)
    assertThat(a.flags()).extracting(Flag::code).containsExactly("open");
    assertThat(a.flags().get(0).text()).isEqualTo(Label.of("1件在办且未超时,不计",
        "1 open cases within their limit, not counted"));
    // the share fed is capped at 1; b used 10 of 4 days
    assertThat(r.observation("a", "E4.share-used").orElseThrow().value()).isEqualTo(1.0);
    assertThat(r.unit("b").orElseThrow().figure("statutory-share-used")).isEqualTo(2.5);
    assertThat(r.observation("b", "E4.share-used").orElseThrow().value()).isEqualTo(1.0);
    // c had no cases: on-time rate 1, no share (nothing completed)
    UnitDiagnostics c = r.unit("c").orElseThrow();
    assertThat(c.figure("statutory-share-used")).isNaN();
    assertThat(r.observation("c", "E4.share-used")).isEmpty();
    assertThat(c.flags()).extracting(Flag::code).containsExactly("no-records");
    assertThat(c.flags().get(0).text().en()).isEqualTo("no service-centre cases records: on-time rate 1");
    assertThat(r.unit("ghost").orElseThrow().flags()).extracting(Flag::code).containsExactly("unknown-unit", "open");
    assertThat(r.observation("ghost", "E4.on-time")).isEmpty();
    assertThat(r.indicators()).extracting(IndicatorId::value).containsExactly("E4.on-time", "E4.share-used");
    assertThat(CaseAggregator.defaults().kind()).isEqualTo(RecordKind.CASES);
  }

  @Test
  void aCompletionBeforeReceiptCountsNoDaysAndAShareIsFedOnlyWhenConfigured() {
    CaseAggregator agg = CaseAggregator.defaults();
    assertThat(agg.days(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 1))).isZero();
    // a working-day count over a holiday that falls on a weekday and an extra working Saturday:
    // Fri 4 Oct 2024 (holiday) → Mon 14 Oct: Sat 12 worked, Mon 7 holiday → 8, 9, 10, 11, 12, 14 = 6
    CaseAggregator cal = CaseAggregator.of(CaseAggregator.Config.defaults()
        .withCalendar(Set.of(LocalDate.of(2024, 10, 7)), Set.of(LocalDate.of(2024, 10, 12))));
    assertThat(cal.days(LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 14))).isEqualTo(6);
    Aggregation r = agg.accumulator().acceptAll(List.of(
        new ServiceCase("", "a", LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2024, 3, 4)), 5, 5)))
        .finish(YEAR, List.of("a"));
    assertThat(r.indicators()).extracting(IndicatorId::value).containsExactly("E4.on-time");
    assertThat(r.observations()).hasSize(1);
  }

  // ------------------------------------------------------------------ research days (L7)

  @Test
  void aFractionalMinimumIsRoundedUpToTheNextHalfDayAndShortMembersAreCounted() {
    // minimum 24.2 days → 48.4 half-days → 49 half-days: 24.5 days meet it, 24 do not
    ResearchDaysAggregator agg = ResearchDaysAggregator.of(
        new ResearchDaysAggregator.Config(IndicatorId.of("L7.research-days"), 24.2, true));
    Aggregation r = agg.accumulator().acceptAll(List.of(
        new ResearchEntry("l1", "a", 24.5, true),
        new ResearchEntry("l2", "a", 24, true),
        new ResearchEntry("l3", "a", 30, false),
        new ResearchEntry("m1", "b", 24.5, true),
        new ResearchEntry("g1", "ghost", 30, true)))
        .finish(YEAR, List.of("a", "b"));
    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.figure("members")).isEqualTo(3);
    assertThat(a.figure("enough-days")).isEqualTo(2);
    assertThat(a.figure("reports")).isEqualTo(2);
    assertThat(a.figure("meeting-rule")).isEqualTo(1);
    assertThat(a.figure("share")).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(a.flags()).extracting(Flag::code).containsExactly("short");
    assertThat(a.flags().get(0).text()).isEqualTo(Label.of("2名班子成员未达到调研要求",
        "2 team members short of the research rule"));
    UnitDiagnostics b = r.unit("b").orElseThrow();
    assertThat(b.figure("share")).isEqualTo(1);
    assertThat(b.flags()).isEmpty();
    assertThat(r.unit("ghost").orElseThrow().flags()).extracting(Flag::code).containsExactly("unknown-unit");
    assertThat(r.observations()).extracting(o -> o.unitId()).containsExactly("a", "b");
    assertThat(r.indicators()).extracting(IndicatorId::value).containsExactly("L7.research-days");
  }

  @Test
  void mergedResearchStatesAddHalfDaysAndKeepAnyReport() {
    ResearchDaysAggregator agg = ResearchDaysAggregator.defaults();
    ResearchDaysAggregator.State x = agg.newState();
    agg.add(x, new ResearchEntry("l1", "a", 12.5, true));
    ResearchDaysAggregator.State y = agg.newState();
    agg.add(y, new ResearchEntry("l1", "a", 12.5, false));
    agg.add(y, new ResearchEntry("l2", "a", 25, false));
    x.merge(y);
    assertThat(x.members()).isEqualTo(2);
    UnitDiagnostics a = agg.accumulator().mergeState("a", x).finish(YEAR, List.of("a")).unit("a").orElseThrow();
    // l1: 25 days with a report → meets; l2: 25 days, no report → short
    assertThat(a.figure("enough-days")).isEqualTo(2);
    assertThat(a.figure("reports")).isEqualTo(1);
    assertThat(a.figure("share")).isEqualTo(0.5);
  }

  @Test
  void mergedCounterStatesAddEveryCounter() {
    MeetingAggregator m = MeetingAggregator.defaults();
    MeetingAggregator.State m1 = m.newState();
    m.add(m1, new Meeting("", "a", false, 5, 2, false));
    MeetingAggregator.State m2 = m.newState();
    m.add(m2, new Meeting("", "a", true, 5, 2, true));
    m1.merge(m2);
    UnitDiagnostics a = m.accumulator().mergeState("a", m1).finish(YEAR, List.of("a")).unit("a").orElseThrow();
    assertThat(List.of(a.figure("meetings"), a.figure("city-wide"), a.figure("over-half-day"),
        a.figure("no-clear-purpose"), a.figure("long-meeting-breaches"), a.figure("speech-breaches")))
        .containsExactly(2.0, 1.0, 1.0, 1.0, 1.0, 2.0);

    CaseAggregator c = CaseAggregator.of(CaseAggregator.Config.defaults().withAsOf(LocalDate.of(2024, 3, 29))
        .withDayCount(CaseAggregator.DayCount.CALENDAR));
    CaseAggregator.State c1 = c.newState();
    c.add(c1, new ServiceCase("", "a", LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2024, 3, 3)), 5, 2));
    CaseAggregator.State c2 = c.newState();
    c.add(c2, new ServiceCase("", "a", LocalDate.of(2024, 3, 1), Optional.empty(), 5, 2));
    c.add(c2, new ServiceCase("", "a", LocalDate.of(2024, 3, 28), Optional.empty(), 5, 5));
    c1.merge(c2);
    UnitDiagnostics ca = c.accumulator().mergeState("a", c1).finish(YEAR, List.of("a")).unit("a").orElseThrow();
    assertThat(List.of(ca.figure("cases"), ca.figure("completed"), ca.figure("on-time"), ca.figure("open"),
        ca.figure("open-late"), ca.figure("within-statutory"), ca.figure("promised-shorter"),
        ca.figure("statutory-share-used")))
        .containsExactly(3.0, 1.0, 1.0, 2.0, 1.0, 1.0, 2.0, 0.4);

    ComplaintAggregator k = ComplaintAggregator.defaults();
    ComplaintAggregator.State k1 = k.newState();
    k.add(k1, new Complaint("", "a", Status.VERIFIED, Severity.SERIOUS));
    ComplaintAggregator.State k2 = k.newState();
    k.add(k2, new Complaint("", "a", Status.UNFOUNDED, Severity.SERIOUS));
    k.add(k2, new Complaint("", "a", Status.PENDING, Severity.SERIOUS));
    k.add(k2, new Complaint("", "a", Status.VERIFIED, Severity.ORDINARY));
    k1.merge(k2);
    UnitDiagnostics ka = k.accumulator().mergeState("a", k1).finish(YEAR, List.of("a")).unit("a").orElseThrow();
    assertThat(List.of(ka.figure("verified"), ka.figure("serious-verified"), ka.figure("unfounded"),
        ka.figure("pending"), ka.figure("serious-pending")))
        .containsExactly(2.0, 1.0, 1.0, 1.0, 1.0);

    BallotAggregator bg = BallotAggregator.of(BallotAggregator.Config.defaults().withMinValidBallots(1)
        .withItems(Set.of("overall")).withTrimmedRaters(Set.of("r")));
    BallotAggregator.State b1 = bg.newState();
    bg.add(b1, Ballot.of("citizens", "a", SATISFIED));
    BallotAggregator.State b2 = bg.newState();
    bg.add(b2, Ballot.of("citizens", "a", DISSATISFIED));
    bg.add(b2, Ballot.of("tourists", "a", DISSATISFIED));
    bg.add(b2, new Ballot("citizens", "a", "overall", SATISFIED, "r"));
    bg.add(b2, new Ballot("citizens", "a", "other", SATISFIED, ""));
    b1.merge(b2);
    UnitDiagnostics ba = bg.accumulator().mergeState("a", b1).finish(YEAR, List.of("a")).unit("a").orElseThrow();
    assertThat(List.of(ba.figure("valid"), ba.figure("positive"), ba.figure("unknown-group"), ba.figure("trimmed"),
        ba.figure("other-items"), ba.figure("ballots")))
        .containsExactly(2.0, 1.0, 1.0, 1.0, 1.0, 5.0);
  }
}
