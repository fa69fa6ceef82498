package org.fivetype.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One cell at a time: every accepted spelling of a yes/no, number, date and choice cell of
 * docs/records.md, each range tried on and just past its ends, and the exact message a user reads
 * for a bad cell. Written for issue 18 (mutation testing of the row reader).
 */
class RecordCellsTest {

  static Map<String, String> meeting(String column, String value) {
    Map<String, String> m = new java.util.HashMap<>(Map.of("unit_id", "a", "city_wide", "no", "duration_hours", "2",
        "city_leaders_spoke", "1"));
    m.put(column, value);
    return m;
  }

  static Optional<RawRecord> parse(RecordKind kind, Map<String, String> cells, List<Problem> problems) {
    return RecordRows.parse(kind, "f.csv", 3, cells, problems);
  }

  static RawRecord ok(RecordKind kind, Map<String, String> cells) {
    List<Problem> problems = new ArrayList<>();
    Optional<RawRecord> r = parse(kind, cells, problems);
    assertThat(problems).isEmpty();
    return r.orElseThrow();
  }

  static String problem(RecordKind kind, Map<String, String> cells) {
    List<Problem> problems = new ArrayList<>();
    assertThat(parse(kind, cells, problems)).isEmpty();
    assertThat(problems).hasSize(1);
    return problems.get(0).toString();
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource({"yes, true", "Y, true", "TRUE, true", "1, true", "是, true", "1.0, true", "no, false", "N, false",
      "False, false", "0, false", "否, false", "0.0, false"})
  void yesNoSpellings(String text, boolean expected) {
    assertThat(((Meeting) ok(RecordKind.MEETINGS, meeting("city_wide", text))).cityWide()).isEqualTo(expected);
    assertThat(((Meeting) ok(RecordKind.MEETINGS, meeting("clear_purpose", text))).clearPurpose()).isEqualTo(expected);
  }

  @Test
  void aBlankOptionalYesNoIsTheDefaultAndABadOneIsAProblem() {
    assertThat(((Meeting) ok(RecordKind.MEETINGS, meeting("clear_purpose", " "))).clearPurpose()).isTrue();
    assertThat(problem(RecordKind.MEETINGS, meeting("city_wide", "maybe")))
        .isEqualTo("f.csv:3:city_wide: 'maybe' is not yes or no (yes/no, true/false, 1/0, 是/否)");
    assertThat(problem(RecordKind.MEETINGS, meeting("city_wide", "")))
        .isEqualTo("f.csv:3:city_wide: a value is required");
  }

  @ParameterizedTest(name = "{0} hours")
  @CsvSource({"0, 0", "744, 744", "' 2.5 ', 2.5"})
  void hoursFromZeroToAMonthOfDays(String text, double hours) {
    assertThat(((Meeting) ok(RecordKind.MEETINGS, meeting("duration_hours", text))).durationHours()).isEqualTo(hours);
  }

  @ParameterizedTest(name = "{0} hours: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "744.5|744.5 is out of range; expected a number from 0.0 to 744.0",
      "-0.5|-0.5 is out of range; expected a number from 0.0 to 744.0",
      "NaN|NaN is out of range; expected a number from 0.0 to 744.0",
      "two|'two' is not a number"})
  void hoursOutOfRangeOrNotANumber(String text, String message) {
    assertThat(problem(RecordKind.MEETINGS, meeting("duration_hours", text))).isEqualTo("f.csv:3:duration_hours: " + message);
  }

  @ParameterizedTest(name = "{0} speakers")
  @CsvSource({"0, 0", "1000, 1000", "3.0, 3"})
  void speakersFromZeroToAThousand(String text, int speakers) {
    assertThat(((Meeting) ok(RecordKind.MEETINGS, meeting("city_leaders_spoke", text))).cityLeadersSpoke())
        .isEqualTo(speakers);
  }

  @ParameterizedTest(name = "{0} speakers: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "1001|1001 is not a whole number from 0 to 1000",
      "-1|-1 is not a whole number from 0 to 1000",
      "2.5|2.5 is not a whole number from 0 to 1000",
      "NaN|NaN is not a whole number from 0 to 1000",
      "some|'some' is not a whole number"})
  void speakersOutOfRangeOrNotWhole(String text, String message) {
    assertThat(problem(RecordKind.MEETINGS, meeting("city_leaders_spoke", text)))
        .isEqualTo("f.csv:3:city_leaders_spoke: " + message);
  }

  static Map<String, String> serviceCase(String column, String value) {
    Map<String, String> m = new java.util.HashMap<>(Map.of("unit_id", "a", "received", "2024-03-01",
        "statutory_limit_days", "20", "promised_limit_days", "5"));
    m.put(column, value);
    return m;
  }

  @Test
  void caseLimitsRunFromOneTo3650DaysAndDatesAreIso() {
    assertThat(((ServiceCase) ok(RecordKind.CASES, serviceCase("statutory_limit_days", "3650"))).statutoryLimitDays())
        .isEqualTo(3650);
    assertThat(((ServiceCase) ok(RecordKind.CASES, serviceCase("promised_limit_days", "1"))).promisedLimitDays())
        .isEqualTo(1);
    // promised = statutory is allowed; one more day is not
    assertThat(((ServiceCase) ok(RecordKind.CASES, serviceCase("promised_limit_days", "20"))).promisedLimitDays())
        .isEqualTo(20);
    assertThat(problem(RecordKind.CASES, serviceCase("promised_limit_days", "21")))
        .startsWith("f.csv:3:promised_limit_days: 21 exceeds the statutory limit of 20 days");
    assertThat(problem(RecordKind.CASES, serviceCase("promised_limit_days", "0")))
        .isEqualTo("f.csv:3:promised_limit_days: 0 is not a whole number from 1 to 3650");
    assertThat(problem(RecordKind.CASES, serviceCase("statutory_limit_days", "3651")))
        .isEqualTo("f.csv:3:statutory_limit_days: 3651 is not a whole number from 1 to 3650");
    assertThat(problem(RecordKind.CASES, serviceCase("received", "2024-13-01")))
        .isEqualTo("f.csv:3:received: '2024-13-01' is not a date yyyy-mm-dd");
    assertThat(problem(RecordKind.CASES, serviceCase("completed", "1 March")))
        .isEqualTo("f.csv:3:completed: '1 March' is not a date yyyy-mm-dd");
    // completed the day received: allowed
    assertThat(((ServiceCase) ok(RecordKind.CASES, serviceCase("completed", "2024-03-01"))).completed())
        .contains(java.time.LocalDate.of(2024, 3, 1));
    assertThat(problem(RecordKind.CASES, serviceCase("received", "1899-12-31"))).startsWith(
        "f.csv:3:received: 1899-12-31 is not a plausible date");
    assertThat(problem(RecordKind.CASES, serviceCase("received", "3000-01-01"))).startsWith(
        "f.csv:3:received: 3000-01-01 is not a plausible date");
  }

  @Test
  void researchDaysAreHalfDaysUpTo366() {
    Map<String, String> base = Map.of("leader_id", "l1", "unit_id", "a", "days", "366", "report_submitted", "否");
    assertThat(ok(RecordKind.RESEARCH_DAYS, base)).isEqualTo(new ResearchEntry("l1", "a", 366, false));
    Map<String, String> over = new java.util.HashMap<>(base);
    over.put("days", "366.5");
    assertThat(problem(RecordKind.RESEARCH_DAYS, over))
        .isEqualTo("f.csv:3:days: 366.5 is out of range; expected a number from 0.0 to 366.0");
    over.put("days", "0.75");
    assertThat(problem(RecordKind.RESEARCH_DAYS, over)).isEqualTo("f.csv:3:days: 0.75 is not a whole or half day");
    over.put("days", "0.5");
    assertThat(ok(RecordKind.RESEARCH_DAYS, over)).isEqualTo(new ResearchEntry("l1", "a", 0.5, false));
    over.put("leader_id", "");
    assertThat(problem(RecordKind.RESEARCH_DAYS, over)).isEqualTo("f.csv:3:leader_id: a value is required");
  }

  @ParameterizedTest(name = "status ''{0}''")
  @CsvSource({"查实, VERIFIED", "Verified, VERIFIED", "UNFOUNDED, UNFOUNDED", "不实, UNFOUNDED", "pending, PENDING"})
  void complaintStatusInChineseEnglishOrByName(String text, Complaint.Status status) {
    assertThat(((Complaint) ok(RecordKind.COMPLAINTS, Map.of("unit_id", "a", "status", text))).status())
        .isEqualTo(status);
  }

  @Test
  void complaintSeverityAndBadChoices() {
    assertThat(((Complaint) ok(RecordKind.COMPLAINTS, Map.of("unit_id", "a", "status", "查实", "severity", "Serious")))
        .severity()).isEqualTo(Complaint.Severity.SERIOUS);
    assertThat(((Complaint) ok(RecordKind.COMPLAINTS, Map.of("unit_id", "a", "status", "查实", "severity", "一般")))
        .severity()).isEqualTo(Complaint.Severity.ORDINARY);
    assertThat(problem(RecordKind.COMPLAINTS, Map.of("unit_id", "a", "status", "查实", "severity", "major")))
        .isEqualTo("f.csv:3:severity: 'major' is not one of [一般/ordinary, 严重/serious]");
    assertThat(problem(RecordKind.COMPLAINTS, Map.of("unit_id", "a b", "status", "查实")))
        .isEqualTo("f.csv:3:unit_id: 'a b' is not a unit id (1-64 letters, digits, '-', '_' or '.')");
  }

  @Test
  void aBallotWithoutAnAnswerNamesTheAnswersExpected() {
    assertThat(problem(RecordKind.BALLOTS, Map.of("unit_id", "a", "rater_group", "citizens", "answer", "great")))
        .isEqualTo("f.csv:3:answer: 'great' is not an answer; expected 满意, 比较满意, 基本满意, 不满意 or 不了解 "
            + "(or satisfied, fairly satisfied, basically satisfied, dissatisfied, don't know)");
    assertThat(ok(RecordKind.BALLOTS, Map.of("unit_id", "a", "rater_group", "citizens", "answer", "unknown",
        "item", "  ", "rater_id", "")))
        .isEqualTo(new Ballot("citizens", "a", "overall", Answer.DONT_KNOW, ""));
  }

  @Test
  void headerProblemsTheirPlaceAndMessage() {
    assertThat(RecordRows.checkHeader(RecordKind.BALLOTS, "b.csv", 1,
        Arrays.asList(" unit_id ", "rater_group", "answer", "unit_id", null)))
        .extracting(Problem::toString)
        .containsExactly("b.csv:1: column 'unit_id' appears twice",
            "b.csv:1: unknown column '' for ballots; expected [unit_id, rater_group, item, answer, rater_id]");
    assertThat(RecordRows.checkHeader(RecordKind.BALLOTS, "b.csv", 1, List.of("unit_id", "answer")))
        .extracting(Problem::toString).containsExactly("b.csv:1: required column 'rater_group' is missing");
  }

  @Test
  void aBatchCountsItsRowsAndKeepsHeaderProblems() {
    RecordBatch<?, ?> batch = RecordBatch.of(RecordKind.COMPLAINTS, "c.csv", List.of("a"));
    batch.header(1, List.of("unit_id", "state"));
    batch.row(2, Map.of("unit_id", "a", "status", "查实"));
    assertThat(batch.rows()).isEqualTo(1);
    assertThat(batch.problems()).extracting(Problem::where).containsExactly("c.csv:1", "c.csv:1");
    assertThatThrownBy(() -> batch.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> batch.finish(2024)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.getMessage()).startsWith("c.csv: the complaints records have problems");
      assertThat(e.problems()).hasSize(2);
    });
  }
}
