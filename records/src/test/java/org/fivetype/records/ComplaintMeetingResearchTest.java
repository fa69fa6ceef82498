package org.fivetype.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.fivetype.api.IndicatorId;
import org.fivetype.records.Complaint.Severity;
import org.fivetype.records.Complaint.Status;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Veto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Complaints (E6), meetings (E7) and research days (L7) on records counted by hand; the values are
 * fed through the default catalogue's rules to show they fit them (E6: {@code Deduction(0.5, 0)} at
 * 2 points; I5.major-violations: {@code Veto(1)}; E7: {@code Deduction(0.5, 0)} at 1 point; L7:
 * {@code Rate(0, 1)} at 3 points — see docs/coverage.md).
 */
class ComplaintMeetingResearchTest {

  static final int YEAR = 2024;

  @Test
  void verifiedComplaintsCountSeriousOnesFeedTheVetoPendingOnesAreOnlyReported() {
    Aggregation r = ComplaintAggregator.defaults().accumulator().acceptAll(List.of(
        new Complaint("c1", "a", Status.VERIFIED, Severity.ORDINARY),
        new Complaint("c2", "a", Status.VERIFIED, Severity.ORDINARY),
        new Complaint("c3", "a", Status.VERIFIED, Severity.SERIOUS),
        new Complaint("c4", "a", Status.UNFOUNDED, Severity.SERIOUS),
        new Complaint("c5", "a", Status.PENDING, Severity.ORDINARY),
        new Complaint("c6", "a", Status.PENDING, Severity.SERIOUS),
        new Complaint("c7", "b", Status.UNFOUNDED, Severity.ORDINARY)))
        .finish(YEAR, List.of("a", "b", "c"));

    // a: verified c1, c2, c3 = 3 (c4 unfounded, c5 and c6 pending); serious verified: c3 = 1
    assertThat(r.observation("a", "E6.verified-complaints").orElseThrow().value()).isEqualTo(3);
    assertThat(r.observation("a", "I5.major-violations").orElseThrow().value()).isEqualTo(1);
    // E6 points: 2 − 0.5 · 3 = 0.5; one serious case vetoes (Veto(1))
    assertThat(new Deduction(0.5, 0).points(3, 2)).isEqualTo(0.5);
    assertThat(new Veto(1).vetoes(1)).isTrue();
    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.figure("pending")).isEqualTo(2);
    assertThat(a.figure("serious-pending")).isEqualTo(1);
    assertThat(a.figure("unfounded")).isEqualTo(1);
    assertThat(a.flagged("pending")).isTrue();
    assertThat(a.flagged("veto")).isTrue();
    // b: only an unfounded one; c: none at all — both 0 and 0
    for (String u : List.of("b", "c")) {
      assertThat(r.observation(u, "E6.verified-complaints").orElseThrow().value()).isZero();
      assertThat(r.observation(u, "I5.major-violations").orElseThrow().value()).isZero();
    }
    assertThat(r.unit("c").orElseThrow().flagged("no-records")).isTrue();
    assertThat(r.observations()).hasSize(6);
  }

  @Test
  void theVetoFeedCanBeSwitchedOffAndTheIndicatorRenamed() {
    ComplaintAggregator agg = ComplaintAggregator.of(
        new ComplaintAggregator.Config(IndicatorId.of("E6.my-complaints"), Optional.empty()));
    Aggregation r = agg.accumulator().acceptAll(List.of(new Complaint("", "a", Status.VERIFIED, Severity.SERIOUS)))
        .finish(YEAR, List.of("a"));
    assertThat(r.observations()).singleElement().satisfies(o -> {
      assertThat(o.indicator().value()).isEqualTo("E6.my-complaints");
      assertThat(o.value()).isEqualTo(1);
    });
  }

  /** One meeting at a time: (city-wide, hours, speakers, clear purpose) → (long, speech) breaches. */
  @ParameterizedTest(name = "city-wide={0} {1} h {2} speakers purpose={3} → long {4}, speech {5}")
  @CsvSource({
      // non-city-wide: at most half a day (4 h) and one city leader speaking
      "false, 4.0, 1, true, 0, 0",    // exactly half a day, one speaker: fine
      "false, 4.5, 1, true, 1, 0",    // over half a day
      "false, 2.0, 2, true, 0, 1",    // two city leaders spoke
      "false, 2.0, 0, false, 1, 0",   // no clear purpose counts with the long meetings (E7.long-meetings)
      "false, 8.0, 3, false, 1, 1",   // both rules broken: one long-meeting breach (not two), one speech breach
      // city-wide: no half-day limit; only the leader in charge speaks
      "true, 8.0, 1, true, 0, 0",
      "true, 8.0, 2, true, 0, 1",
      "true, 1.0, 1, false, 0, 0"})   // the purpose rule is scored with the half-day one, for non-city-wide only
  void eachMeetingAgainstTheHalfDayAndOneSpeechRules(boolean cityWide, double hours, int speakers, boolean purpose,
      int longBreaches, int speechBreaches) {
    Aggregation r = MeetingAggregator.defaults().accumulator()
        .acceptAll(List.of(new Meeting("m", "a", cityWide, hours, speakers, purpose))).finish(YEAR, List.of("a"));
    assertThat(r.observation("a", "E7.long-meetings").orElseThrow().value()).isEqualTo(longBreaches);
    assertThat(r.observation("a", "E7.leader-speeches").orElseThrow().value()).isEqualTo(speechBreaches);
  }

  @Test
  void meetingComplianceRatesAndCounts() {
    Aggregation r = MeetingAggregator.defaults().accumulator().acceptAll(List.of(
        new Meeting("1", "a", false, 3, 1, true),
        new Meeting("2", "a", false, 6, 1, true),   // long
        new Meeting("3", "a", false, 2, 2, true),   // two speakers
        new Meeting("4", "a", false, 1, 0, true),
        new Meeting("5", "a", true, 7, 1, true),    // city-wide, fine
        new Meeting("6", "a", true, 7, 3, true)))   // city-wide, three speakers
        .finish(YEAR, List.of("a", "b"));
    UnitDiagnostics a = r.unit("a").orElseThrow();
    // non-city-wide: 4 meetings, 1 long → 3/4 within half a day; all 6: 2 speech breaches → 4/6
    assertThat(a.figure("half-day-compliance")).isEqualTo(0.75);
    assertThat(a.figure("speech-compliance")).isEqualTo(4.0 / 6);
    assertThat(r.observation("a", "E7.long-meetings").orElseThrow().value()).isEqualTo(1);
    assertThat(r.observation("a", "E7.leader-speeches").orElseThrow().value()).isEqualTo(2);
    // points: 1 − 0.5 · 1 = 0.5 and 1 − 0.5 · 2 = 0
    assertThat(new Deduction(0.5, 0).points(1, 1)).isEqualTo(0.5);
    assertThat(new Deduction(0.5, 0).points(2, 1)).isEqualTo(0);
    // b held no meetings: no breaches, full compliance
    assertThat(r.observation("b", "E7.long-meetings").orElseThrow().value()).isZero();
    assertThat(r.unit("b").orElseThrow().figure("half-day-compliance")).isEqualTo(1);
  }

  @Test
  void researchDaysTheTeamOfFiveWithOneMemberShort() {
    // docs/coverage.md: "A team of five with one member short reports 0.8 and earns 2.4 of 3 points"
    Aggregation r = ResearchDaysAggregator.defaults().accumulator().acceptAll(List.of(
        new ResearchEntry("l1", "a", 12.5, false), // l1: 12.5 + 12.5 = 25 days, report on the second → meets
        new ResearchEntry("l1", "a", 12.5, true),
        new ResearchEntry("l2", "a", 30, true),
        new ResearchEntry("l3", "a", 25, true),
        new ResearchEntry("l4", "a", 40, true),
        new ResearchEntry("l5", "a", 24.5, true),  // l5: half a day short → fails
        new ResearchEntry("m1", "b", 30, false),   // b: m1 no report → fails; m2 meets → 1 of 2
        new ResearchEntry("m2", "b", 26, true)))
        .finish(YEAR, List.of("a", "b", "c"));
    assertThat(r.observation("a", "L7.research-days").orElseThrow().value()).isEqualTo(0.8); // 4 / 5
    assertThat(r.observation("b", "L7.research-days").orElseThrow().value()).isEqualTo(0.5); // 1 / 2
    assertThat(r.observation("c", "L7.research-days")).isEmpty(); // no team known
    assertThat(r.unit("c").orElseThrow().flagged("no-records")).isTrue();
    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.figure("members")).isEqualTo(5);
    assertThat(a.figure("enough-days")).isEqualTo(4);
    assertThat(a.figure("reports")).isEqualTo(5);
    assertThat(a.flagged("short")).isTrue();
    assertThat(new org.fivetype.rule.Rate(0, 1, org.fivetype.api.Direction.HIGHER_IS_BETTER).points(0.8, 3))
        .isCloseTo(2.4, org.assertj.core.api.Assertions.within(1e-12));

    // without the report requirement, b's m1 meets the rule too: 2 / 2
    Aggregation noReport = ResearchDaysAggregator.of(
            new ResearchDaysAggregator.Config(IndicatorId.of("L7.research-days"), 25, false)).accumulator()
        .acceptAll(List.of(new ResearchEntry("m1", "b", 30, false), new ResearchEntry("m2", "b", 26, true)))
        .finish(YEAR, List.of("b"));
    assertThat(noReport.observation("b", "L7.research-days").orElseThrow().value()).isEqualTo(1.0);
  }
}
