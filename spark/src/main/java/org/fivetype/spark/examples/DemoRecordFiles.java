package org.fivetype.spark.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.demo.DemoCity;
import org.fivetype.demo.DemoRecords;
import org.fivetype.records.Ballot;
import org.fivetype.records.CaseAggregator;
import org.fivetype.records.Column;
import org.fivetype.records.Complaint;
import org.fivetype.records.Meeting;
import org.fivetype.records.RawRecord;
import org.fivetype.records.RecordKind;
import org.fivetype.records.ResearchEntry;
import org.fivetype.records.ServiceCase;
import org.fivetype.spark.AggregatorFactory;

/**
 * The demo city's raw records ({@link DemoRecords}) as files of the column contract, for any
 * number of units: the demo city scaled up ({@link #units}), its records ({@link #records}), one
 * CSV line per record ({@link #cells}, {@link #writeCsv}) and the aggregators the demo uses
 * ({@link #factories}).
 */
@Surface(Surface.Kind.EXPERIMENTAL)
public final class DemoRecordFiles {
  private DemoRecordFiles() {}

  /**
   * {@code n} units: unit k is a copy of demo unit {@code k mod 16} (same kind and category) with
   * the id {@code <id>-<k div 16>}; the first sixteen are the demo city itself.
   */
  public static List<Unit> units(int n) {
    return units(0, n);
  }

  /** Units {@code from} (inclusive) to {@code to} (exclusive) of {@link #units(int)}. */
  public static List<Unit> units(int from, int to) {
    List<Unit> demo = DemoCity.units();
    List<Unit> out = new ArrayList<>(Math.max(0, to - from));
    for (int k = from; k < to; k++) {
      Unit base = demo.get(k % demo.size());
      int copy = k / demo.size();
      out.add(copy == 0 ? base : new Unit(base.id() + "-" + copy,
          Label.of(base.name().zh() + copy, base.name().en() + " " + copy), base.kind(), base.category()));
    }
    return List.copyOf(out);
  }

  /** Every kind of the demo's records for the units, in {@link RecordKind} order. */
  public static Map<RecordKind, List<? extends RawRecord>> records(List<Unit> units, int year) {
    Map<RecordKind, List<? extends RawRecord>> m = new LinkedHashMap<>();
    for (RecordKind k : RecordKind.values()) {
      m.put(k, records(k, units, year));
    }
    return m;
  }

  /**
   * The demo's records of one kind for the units. {@link DemoRecords} gives every seventh unit of
   * the list few ballots, so a slice of {@link #units(int)} starting at a multiple of 7 gets the
   * same records as within the whole list.
   */
  public static List<? extends RawRecord> records(RecordKind kind, List<Unit> units, int year) {
    return switch (kind) {
      case BALLOTS -> DemoRecords.ballots(units, year);
      case COMPLAINTS -> DemoRecords.complaints(units, year);
      case MEETINGS -> DemoRecords.meetings(units, year);
      case CASES -> DemoRecords.cases(units, year);
      case RESEARCH_DAYS -> DemoRecords.research(units, year);
    };
  }

  /**
   * The aggregators of {@link DemoRecords#aggregate}: the defaults, with open cases judged on 31
   * December of the year.
   */
  public static Map<RecordKind, AggregatorFactory> factories(int year) {
    Map<RecordKind, AggregatorFactory> m = new LinkedHashMap<>();
    for (RecordKind k : RecordKind.values()) {
      m.put(k, k == RecordKind.CASES
          ? () -> CaseAggregator.of(CaseAggregator.Config.defaults().withAsOf(LocalDate.of(year, 12, 31)))
          : AggregatorFactory.defaults(k));
    }
    return m;
  }

  /** A record's cells in the order of {@link RecordKind#columns()} (blank for absent). */
  public static List<String> cells(RawRecord r) {
    if (r instanceof Ballot b) {
      return List.of(b.unitId(), b.raterGroup(), b.item(), b.answer().label().zh(), b.raterId());
    } else if (r instanceof Complaint c) {
      return List.of(c.complaintId(), c.unitId(), c.status().label().zh(), c.severity().label().zh());
    } else if (r instanceof Meeting m) {
      return List.of(m.meetingId(), m.unitId(), m.cityWide() ? "是" : "否", Double.toString(m.durationHours()),
          Integer.toString(m.cityLeadersSpoke()), m.clearPurpose() ? "是" : "否");
    } else if (r instanceof ServiceCase c) {
      return List.of(c.caseId(), c.unitId(), c.received().toString(), c.completed().map(LocalDate::toString).orElse(""),
          Integer.toString(c.statutoryLimitDays()), Integer.toString(c.promisedLimitDays()));
    } else if (r instanceof ResearchEntry e) {
      return List.of(e.leaderId(), e.unitId(), Double.toString(e.days()), e.reportSubmitted() ? "是" : "否");
    }
    throw new IllegalArgumentException("not a record of a known kind: " + r);
  }

  /** The header line of a kind's file. */
  public static String header(RecordKind kind) {
    return String.join(",", kind.columns().stream().map(Column::name).toList());
  }

  /** One CSV line (without the line break): cells quoted where they need it. */
  public static String line(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Writes records of one kind as a UTF-8 CSV file with the header row. */
  public static void writeCsv(Path file, RecordKind kind, List<? extends RawRecord> records) {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      w.write(header(kind));
      w.write('\n');
      for (RawRecord r : records) {
        w.write(line(cells(r)));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
