package org.fivetype.records;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Builds records from rows, whatever the file format: a reader (CSV, XLSX, a database) hands over
 * each row as a map from column name to cell text, and gets a record or the row's problems, each
 * with {@code where = "file:row:column"}. Blank cells count as absent. The columns are those of
 * {@link RecordKind#columns()}.
 */
@Surface(Surface.Kind.API)
public final class RecordRows {
  private RecordRows() {}

  /**
   * Problems of a header row: required columns missing, unknown or repeated columns (typos must not
   * pass silently). {@code where} is {@code "file:row"}.
   */
  public static List<Problem> checkHeader(RecordKind kind, String file, long row, List<String> header) {
    List<Problem> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> known = new HashSet<>();
    kind.columns().forEach(c -> known.add(c.name()));
    for (String h : header) {
      String name = h == null ? "" : h.strip();
      if (!known.contains(name)) {
        out.add(new Problem(file + ":" + row, "unknown column '" + name + "' for " + kind.id() + "; expected "
            + kind.columns().stream().map(Column::name).toList()));
      } else if (!seen.add(name)) {
        out.add(new Problem(file + ":" + row, "column '" + name + "' appears twice"));
      }
    }
    for (Column c : kind.columns()) {
      if (c.required() && !seen.contains(c.name())) {
        out.add(new Problem(file + ":" + row, "required column '" + c.name() + "' is missing"));
      }
    }
    return out;
  }

  /**
   * The record of one row, or empty with the row's problems added to {@code problems} (every
   * problem of the row, not only the first).
   *
   * @param kind the kind of records
   * @param file the file name as the user should see it
   * @param row the row number as the user should see it (e.g. 2 for the first row under the header)
   * @param cells cell texts by column name
   * @param problems where the row's problems go
   */
  public static Optional<RawRecord> parse(RecordKind kind, String file, long row, Map<String, String> cells,
      List<Problem> problems) {
    Row r = new Row(file, row, cells, problems);
    int before = problems.size();
    RawRecord rec = switch (kind) {
      case BALLOTS -> ballot(r);
      case COMPLAINTS -> complaint(r);
      case MEETINGS -> meeting(r);
      case CASES -> serviceCase(r);
      case RESEARCH_DAYS -> research(r);
    };
    return problems.size() > before ? Optional.empty() : Optional.ofNullable(rec);
  }

  private static @Nullable Ballot ballot(Row r) {
    String unit = r.unit();
    String group = r.text("rater_group", true);
    String item = r.text("item", false);
    String a = r.text("answer", true);
    Answer answer = null;
    if (a != null) {
      answer = Answer.parse(a).orElse(null);
      if (answer == null) {
        r.problem("answer", "'" + a + "' is not an answer; expected 满意, 比较满意, 基本满意, 不满意 or 不了解 "
            + "(or satisfied, fairly satisfied, basically satisfied, dissatisfied, don't know)");
      }
    }
    String rater = r.text("rater_id", false);
    return r.ok() ? new Ballot(requireNonNull(group), requireNonNull(unit), item == null ? "overall" : item, requireNonNull(answer), rater == null ? "" : rater)
        : null;
  }

  private static @Nullable Complaint complaint(Row r) {
    String id = r.text("complaint_id", false);
    String unit = r.unit();
    Complaint.Status status = r.choice("status", true, Complaint.Status.values(), s -> s.label().zh(),
        s -> s.label().en());
    Complaint.Severity sev = r.choice("severity", false, Complaint.Severity.values(), s -> s.label().zh(),
        s -> s.label().en());
    return r.ok() ? new Complaint(id == null ? "" : id, requireNonNull(unit), requireNonNull(status),
        sev == null ? Complaint.Severity.ORDINARY : sev) : null;
  }

  private static @Nullable Meeting meeting(Row r) {
    String id = r.text("meeting_id", false);
    String unit = r.unit();
    Boolean cityWide = r.yesNo("city_wide", true);
    Double hours = r.decimal("duration_hours", true, 0, 24 * 31);
    Long speakers = r.integer("city_leaders_spoke", true, 0, 1000);
    Boolean purpose = r.yesNo("clear_purpose", false);
    return r.ok() ? new Meeting(id == null ? "" : id, requireNonNull(unit), requireNonNull(cityWide), requireNonNull(hours),
        requireNonNull(speakers).intValue(),
        purpose == null || purpose) : null;
  }

  private static @Nullable ServiceCase serviceCase(Row r) {
    String id = r.text("case_id", false);
    String unit = r.unit();
    LocalDate received = r.date("received", true);
    LocalDate completed = r.date("completed", false);
    Long statutory = r.integer("statutory_limit_days", true, 1, 3650);
    Long promised = r.integer("promised_limit_days", true, 1, 3650);
    if (received != null && completed != null && completed.isBefore(received)) {
      r.problem("completed", completed + " is before the day received, " + received);
    }
    if (statutory != null && promised != null && promised > statutory) {
      r.problem("promised_limit_days", promised + " exceeds the statutory limit of " + statutory
          + " days; a promised limit may only shorten it");
    }
    return r.ok() ? new ServiceCase(id == null ? "" : id, requireNonNull(unit), requireNonNull(received),
        Optional.ofNullable(completed), requireNonNull(statutory).intValue(), requireNonNull(promised).intValue()) : null;
  }

  private static @Nullable ResearchEntry research(Row r) {
    String leader = r.text("leader_id", true);
    String unit = r.unit();
    Double days = r.decimal("days", true, 0, 366);
    if (days != null && days * 2 != Math.rint(days * 2)) {
      r.problem("days", days + " is not a whole or half day");
    }
    Boolean report = r.yesNo("report_submitted", true);
    return r.ok() ? new ResearchEntry(requireNonNull(leader), requireNonNull(unit), requireNonNull(days), requireNonNull(report)) : null;
  }

  /** One row being read. */
  private static final class Row {
    final String file;
    final long row;
    final Map<String, String> cells;
    final List<Problem> problems;
    boolean ok = true;

    Row(String file, long row, Map<String, String> cells, List<Problem> problems) {
      this.file = file;
      this.row = row;
      this.cells = cells;
      this.problems = problems;
    }

    boolean ok() {
      return ok;
    }

    void problem(String column, String message) {
      ok = false;
      problems.add(new Problem(file + ":" + row + ":" + column, message));
    }

    @Nullable String text(String column, boolean required) {
      String v = cells.get(column);
      if (v == null || v.isBlank()) {
        if (required) {
          problem(column, "a value is required");
        }
        return null;
      }
      return v.strip();
    }

    @Nullable String unit() {
      String u = text("unit_id", true);
      if (u != null && !Unit.isValidId(u)) {
        problem("unit_id", "'" + u + "' is not a unit id (1-64 letters, digits, '-', '_' or '.')");
      }
      return u;
    }

    @Nullable Double decimal(String column, boolean required, double min, double max) {
      String v = text(column, required);
      if (v == null) {
        return null;
      }
      try {
        double d = Double.parseDouble(v);
        if (!(d >= min && d <= max)) {
          problem(column, v + " is out of range; expected a number from " + min + " to " + max);
          return null;
        }
        return d;
      } catch (NumberFormatException e) {
        problem(column, "'" + v + "' is not a number");
        return null;
      }
    }

    @Nullable Long integer(String column, boolean required, long min, long max) {
      String v = text(column, required);
      if (v == null) {
        return null;
      }
      try {
        double d = Double.parseDouble(v); // spreadsheets write 3 as 3.0
        if (d != Math.rint(d) || !(d >= min && d <= max)) {
          problem(column, v + " is not a whole number from " + min + " to " + max);
          return null;
        }
        return (long) d;
      } catch (NumberFormatException e) {
        problem(column, "'" + v + "' is not a whole number");
        return null;
      }
    }

    @Nullable Boolean yesNo(String column, boolean required) {
      String v = text(column, required);
      if (v == null) {
        return null;
      }
      return switch (v.toLowerCase(Locale.ROOT)) {
        case "yes", "y", "true", "1", "是", "1.0" -> true;
        case "no", "n", "false", "0", "否", "0.0" -> false;
        default -> {
          problem(column, "'" + v + "' is not yes or no (yes/no, true/false, 1/0, 是/否)");
          yield null;
        }
      };
    }

    /** The first year of a plausible record date (the first year {@code --year} accepts). */
    static final int MIN_YEAR = 1900;
    /** The last year of a plausible record date (the last year {@code --year} accepts). */
    static final int MAX_YEAR = 2999;

    @Nullable LocalDate date(String column, boolean required) {
      String v = text(column, required);
      if (v == null) {
        return null;
      }
      LocalDate d;
      try {
        d = LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        problem(column, "'" + v + "' is not a date yyyy-mm-dd");
        return null;
      }
      // the years --year accepts: a date far outside them is a typo, and would make the day-by-day
      // work of the case aggregator span thousands of years (issue 16)
      if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
        problem(column, d + " is not a plausible date: expected a day from " + MIN_YEAR + "-01-01 to " + MAX_YEAR
            + "-12-31 日期超出合理范围");
        return null;
      }
      return d;
    }

    <E extends Enum<E>> @Nullable E choice(String column, boolean required, E[] values,
        java.util.function.Function<E, String> zh, java.util.function.Function<E, String> en) {
      String v = text(column, required);
      if (v == null) {
        return null;
      }
      for (E e : values) {
        if (zh.apply(e).equals(v) || en.apply(e).equalsIgnoreCase(v) || e.name().equalsIgnoreCase(v)) {
          return e;
        }
      }
      List<String> expected = new ArrayList<>();
      for (E e : values) {
        expected.add(zh.apply(e) + "/" + en.apply(e));
      }
      problem(column, "'" + v + "' is not one of " + expected);
      return null;
    }
  }
}
