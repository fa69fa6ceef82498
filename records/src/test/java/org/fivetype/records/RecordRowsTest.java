package org.fivetype.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rows to records: every column contract of docs/records.md, problems at "file:row:column", all
 * problems of a file at once and nothing aggregated from a file with problems.
 */
class RecordRowsTest {

  static Map<String, String> row(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int k = 0; k < kv.length; k += 2) {
      m.put(kv[k], kv[k + 1]);
    }
    return m;
  }

  static RawRecord parse(RecordKind kind, Map<String, String> cells) {
    List<Problem> problems = new ArrayList<>();
    Optional<RawRecord> r = RecordRows.parse(kind, "f.csv", 2, cells, problems);
    assertThat(problems).isEmpty();
    return r.orElseThrow();
  }

  static List<Problem> problems(RecordKind kind, Map<String, String> cells) {
    List<Problem> problems = new ArrayList<>();
    assertThat(RecordRows.parse(kind, "f.csv", 7, cells, problems)).isEmpty();
    return problems;
  }

  @Test
  void goodRowsOfEveryKind() {
    assertThat(parse(RecordKind.BALLOTS, row("unit_id", "a", "rater_group", "citizens", "answer", "比较满意")))
        .isEqualTo(new Ballot("citizens", "a", "overall", Answer.FAIRLY_SATISFIED, ""));
    assertThat(parse(RecordKind.BALLOTS, row("unit_id", "a", "rater_group", "experts", "item", "attitude",
        "answer", "don't know", "rater_id", " r9 ")))
        .isEqualTo(new Ballot("experts", "a", "attitude", Answer.DONT_KNOW, "r9"));
    assertThat(parse(RecordKind.COMPLAINTS, row("unit_id", "a", "status", "查实", "severity", "严重")))
        .isEqualTo(new Complaint("", "a", Complaint.Status.VERIFIED, Complaint.Severity.SERIOUS));
    assertThat(parse(RecordKind.COMPLAINTS, row("complaint_id", "T-1", "unit_id", "a", "status", "Pending")))
        .isEqualTo(new Complaint("T-1", "a", Complaint.Status.PENDING, Complaint.Severity.ORDINARY));
    assertThat(parse(RecordKind.MEETINGS, row("unit_id", "a", "city_wide", "否", "duration_hours", "4.5",
        "city_leaders_spoke", "2.0")))
        .isEqualTo(new Meeting("", "a", false, 4.5, 2, true));
    assertThat(parse(RecordKind.CASES, row("unit_id", "a", "received", "2024-03-01", "completed", "",
        "statutory_limit_days", "20", "promised_limit_days", "5")))
        .isEqualTo(new ServiceCase("", "a", LocalDate.of(2024, 3, 1), Optional.empty(), 20, 5));
    assertThat(parse(RecordKind.RESEARCH_DAYS, row("leader_id", "l1", "unit_id", "a", "days", "12.5",
        "report_submitted", "yes")))
        .isEqualTo(new ResearchEntry("l1", "a", 12.5, true));
  }

  @Test
  void everyProblemOfARowIsReportedWithFileRowAndColumn() {
    assertThat(problems(RecordKind.BALLOTS, row("unit_id", "a b", "answer", "great")))
        .extracting(Problem::where)
        .containsExactly("f.csv:7:unit_id", "f.csv:7:rater_group", "f.csv:7:answer");
    assertThat(problems(RecordKind.MEETINGS, row("unit_id", "a", "city_wide", "maybe", "duration_hours", "-1",
        "city_leaders_spoke", "1.5", "clear_purpose", "2")))
        .extracting(Problem::where)
        .containsExactly("f.csv:7:city_wide", "f.csv:7:duration_hours", "f.csv:7:city_leaders_spoke",
            "f.csv:7:clear_purpose");
    assertThat(problems(RecordKind.CASES, row("unit_id", "a", "received", "2024-03-08", "completed", "2024-03-01",
        "statutory_limit_days", "5", "promised_limit_days", "7")))
        .extracting(Problem::toString)
        .containsExactly("f.csv:7:completed: 2024-03-01 is before the day received, 2024-03-08",
            "f.csv:7:promised_limit_days: 7 exceeds the statutory limit of 5 days; a promised limit may only "
                + "shorten it");
    assertThat(problems(RecordKind.RESEARCH_DAYS, row("leader_id", "l1", "unit_id", "a", "days", "3.3",
        "report_submitted", "是的")))
        .extracting(Problem::where).containsExactly("f.csv:7:days", "f.csv:7:report_submitted");
    assertThat(problems(RecordKind.COMPLAINTS, row("unit_id", "a", "status", "closed")))
        .singleElement().satisfies(p -> assertThat(p.message())
            .isEqualTo("'closed' is not one of [查实/verified, 不实/unfounded, 待查/pending]"));
  }

  /**
   * Issue 16: cases dated across 0001–9999 took one to two minutes (the aggregator walks the days);
   * a date outside 1900-01-01…2999-12-31 (the years --year accepts) is a problem with its place.
   */
  @Test
  void implausibleDatesAreProblemsAtTheirCell() {
    assertThat(problems(RecordKind.CASES, row("unit_id", "a", "received", "0001-01-01", "completed", "9999-12-31",
        "statutory_limit_days", "20", "promised_limit_days", "5")))
        .extracting(Problem::toString)
        .containsExactly(
            "f.csv:7:received: 0001-01-01 is not a plausible date: expected a day from 1900-01-01 to 2999-12-31 "
                + "日期超出合理范围",
            "f.csv:7:completed: 9999-12-31 is not a plausible date: expected a day from 1900-01-01 to 2999-12-31 "
                + "日期超出合理范围");
    // the bounds themselves are plausible
    assertThat(parse(RecordKind.CASES, row("unit_id", "a", "received", "1900-01-01", "completed", "2999-12-31",
        "statutory_limit_days", "20", "promised_limit_days", "5")))
        .isEqualTo(new ServiceCase("", "a", LocalDate.of(1900, 1, 1), Optional.of(LocalDate.of(2999, 12, 31)), 20, 5));
  }

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void theDocumentedHeaderPassesAndTyposDoNot(RecordKind kind) {
    List<String> header = kind.columns().stream().map(Column::name).toList();
    assertThat(RecordRows.checkHeader(kind, "f.csv", 1, header)).isEmpty();
    List<String> typo = new ArrayList<>(header);
    typo.set(typo.indexOf("unit_id"), "unit");
    assertThat(RecordRows.checkHeader(kind, "f.csv", 1, typo)).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).startsWith("unknown column 'unit'"))
        .contains("required column 'unit_id' is missing");
    assertThat(RecordKind.fromId(kind.id())).contains(kind);
    assertThat(kind.defaultAggregator().kind()).isEqualTo(kind);
  }

  @Test
  void aBatchReportsEveryProblemOfTheFileAndProducesNothing() {
    RecordBatch<?, ?> batch = RecordBatch.of(RecordKind.BALLOTS, "ballots.csv", List.of("a", "b"));
    batch.header(1, List.of("unit_id", "rater_group", "answer"));
    batch.row(2, row("unit_id", "a", "rater_group", "citizens", "answer", "满意"));
    batch.row(3, row("unit_id", "x", "rater_group", "citizens", "answer", "满意"));   // unknown unit
    batch.row(4, row("unit_id", "a", "rater_group", "tourists", "answer", "满意"));   // group not configured
    batch.row(5, row("unit_id", "b", "rater_group", "citizens", "answer", "?"));      // no answer
    assertThat(batch.rows()).isEqualTo(4);
    assertThatThrownBy(() -> batch.finish(2024)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).extracting(Problem::where)
            .containsExactly("ballots.csv:3:unit_id", "ballots.csv:4:rater_group", "ballots.csv:5:answer"));
  }

  @Test
  void aCleanBatchAggregatesItsRows() {
    RecordBatch<?, ?> batch = RecordBatch.of(RecordKind.COMPLAINTS, "complaints.csv", List.of("a", "b"));
    batch.header(1, List.of("unit_id", "status"));
    batch.row(2, row("unit_id", "a", "status", "verified"));
    batch.row(3, row("unit_id", "a", "status", "查实"));
    Aggregation r = batch.finish(2024);
    assertThat(r.observations()).contains(new Observation("a", 2024, IndicatorId.of("E6.verified-complaints"), 2,
        "records:complaints"));
  }
}
