package org.fivetype.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.records.Aggregation;
import org.fivetype.records.Answer;
import org.fivetype.records.Ballot;
import org.fivetype.records.BallotAggregator;
import org.fivetype.records.CaseAggregator;
import org.fivetype.records.Complaint;
import org.fivetype.records.ComplaintAggregator;
import org.fivetype.records.Meeting;
import org.fivetype.records.MeetingAggregator;
import org.fivetype.records.RecordEvidence;
import org.fivetype.records.RecordKind;
import org.fivetype.records.ResearchDaysAggregator;
import org.fivetype.records.ResearchEntry;
import org.fivetype.records.ServiceCase;
import org.fivetype.ruleset.RuleSet;

/**
 * The demo city's raw records: appraisal ballots (E8), efficiency complaints (E6), meetings (E7),
 * service-centre cases (E4) and research days (L7), synthetic and deterministic — one random
 * stream per unit, kind and year, so the same units and year always give the same records and
 * adding a unit changes no other unit's records. The numbers are invented.
 *
 * <p>Every unit gets 300–800 ballots except every seventh unit of the list (index 5, 12, …), which
 * gets 60: fewer than the default minimum of 100 valid ballots, so the demo shows a unit flagged
 * and left without an appraisal value.
 *
 * <p>{@link #writeFiles} writes them as record files ({@code docs/records.md}), which {@code
 * fivetype assess --records} reads back to the same aggregations.
 */
@Surface(Surface.Kind.EXPERIMENTAL)
public final class DemoRecords {
  private DemoRecords() {}

  private static final String[] GROUPS = {"citizens", "service-users", "enterprises", "deputies", "cppcc", "experts"};
  private static final double[] GROUP_SHARE = {0.60, 0.15, 0.10, 0.06, 0.05, 0.04};

  private static SplittableRandom stream(Unit u, String kind, int year) {
    return new SplittableRandom(((long) u.id().hashCode() << 24) ^ ((long) kind.hashCode() << 8) ^ year);
  }

  /** Ballots of the ten-thousand-person appraisal. */
  public static List<Ballot> ballots(List<Unit> units, int year) {
    List<Ballot> out = new ArrayList<>();
    for (int k = 0; k < units.size(); k++) {
      Unit u = units.get(k);
      SplittableRandom r = stream(u, "ballots", year);
      double satisfied = 0.62 + 0.36 * r.nextDouble(); // the unit's true share of positive answers
      int n = k % 7 == 5 ? 60 : 300 + r.nextInt(501);
      for (int b = 0; b < n; b++) {
        double g = r.nextDouble();
        int group = 0;
        for (double acc = GROUP_SHARE[0]; g > acc && group < GROUPS.length - 1; acc += GROUP_SHARE[++group]) {
          // walk to the group the draw falls in
        }
        Answer a;
        if (r.nextDouble() < 0.15) {
          a = Answer.DONT_KNOW;
        } else if (r.nextDouble() < satisfied) {
          double p = r.nextDouble();
          a = p < 0.5 ? Answer.SATISFIED : p < 0.8 ? Answer.FAIRLY_SATISFIED : Answer.BASICALLY_SATISFIED;
        } else {
          a = Answer.DISSATISFIED;
        }
        out.add(new Ballot(GROUPS[group], u.id(), "overall", a, "r" + r.nextInt(5000)));
      }
    }
    return List.copyOf(out);
  }

  /** Complaints of the efficiency complaint centre: 0–6 per unit, now and then a serious one. */
  public static List<Complaint> complaints(List<Unit> units, int year) {
    List<Complaint> out = new ArrayList<>();
    for (Unit u : units) {
      SplittableRandom r = stream(u, "complaints", year);
      int n = r.nextInt(7);
      for (int c = 0; c < n; c++) {
        double s = r.nextDouble();
        Complaint.Status status = s < 0.4 ? Complaint.Status.VERIFIED : s < 0.85 ? Complaint.Status.UNFOUNDED
            : Complaint.Status.PENDING;
        Complaint.Severity severity = r.nextDouble() < 0.02 ? Complaint.Severity.SERIOUS : Complaint.Severity.ORDINARY;
        out.add(new Complaint(u.id() + "-" + year + "-" + (c + 1), u.id(), status, severity));
      }
    }
    return List.copyOf(out);
  }

  /** Meetings: 10–40 per unit, a few too long or with too many city leaders speaking. */
  public static List<Meeting> meetings(List<Unit> units, int year) {
    List<Meeting> out = new ArrayList<>();
    for (Unit u : units) {
      SplittableRandom r = stream(u, "meetings", year);
      int n = 10 + r.nextInt(31);
      for (int m = 0; m < n; m++) {
        boolean cityWide = r.nextDouble() < 0.15;
        double hours = r.nextDouble() < 0.93 ? 1 + r.nextInt(7) / 2.0 : 4.5 + r.nextInt(8) / 2.0;
        int speakers = r.nextDouble() < 0.95 ? r.nextInt(2) : 2 + r.nextInt(2);
        boolean purpose = r.nextDouble() < 0.98;
        out.add(new Meeting(u.id() + "-m" + (m + 1), u.id(), cityWide, hours, speakers, purpose));
      }
    }
    return List.copyOf(out);
  }

  /** Service-centre cases: 50–400 per unit over the year, most within the promised limit. */
  public static List<ServiceCase> cases(List<Unit> units, int year) {
    int[] statutory = {5, 10, 15, 20, 30};
    List<ServiceCase> out = new ArrayList<>();
    LocalDate first = LocalDate.of(year, 1, 1);
    int daysInYear = first.lengthOfYear();
    for (Unit u : units) {
      SplittableRandom r = stream(u, "cases", year);
      double onTime = 0.9 + 0.1 * r.nextDouble();
      int n = 50 + r.nextInt(351);
      for (int c = 0; c < n; c++) {
        int limit = statutory[r.nextInt(statutory.length)];
        int promised = Math.max(1, (int) Math.round(limit * (0.5 + 0.5 * r.nextDouble())));
        LocalDate received = first.plusDays(r.nextInt(daysInYear));
        int working = r.nextDouble() < onTime ? r.nextInt(promised + 1) : promised + 1 + r.nextInt(5);
        LocalDate done = plusWorkingDays(received, working);
        Optional<LocalDate> completed = done.getYear() > year ? Optional.empty() : Optional.of(done);
        out.add(new ServiceCase(u.id() + "-c" + (c + 1), u.id(), received, completed, limit, promised));
      }
    }
    return List.copyOf(out);
  }

  private static LocalDate plusWorkingDays(LocalDate from, int days) {
    LocalDate d = from;
    for (int k = 0; k < days; ) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        k++;
      }
    }
    return d;
  }

  /** Research days: a team of 5–9 per unit, in trips of 1–5 days; most teams meet L7 in full. */
  public static List<ResearchEntry> research(List<Unit> units, int year) {
    List<ResearchEntry> out = new ArrayList<>();
    for (Unit u : units) {
      SplittableRandom r = stream(u, "research", year);
      int team = 5 + r.nextInt(5);
      // L7 is a hard indicator: as in DemoCity, most teams meet it in full; one in eight has a
      // member short of days or without a report
      int shortMember = r.nextDouble() < 0.125 ? r.nextInt(team) : -1;
      boolean shortOfDays = r.nextBoolean();
      for (int m = 0; m < team; m++) {
        String leader = u.id() + "-l" + (m + 1);
        boolean isShort = m == shortMember;
        double target = isShort && shortOfDays ? 10 + r.nextInt(15) : 25 + r.nextInt(21);
        boolean report = !(isShort && !shortOfDays);
        double done = 0;
        while (done < target) {
          double trip = Math.min(target - done, 1 + r.nextInt(9) / 2.0);
          done += trip;
          out.add(new ResearchEntry(leader, u.id(), trip, report && done >= target));
        }
      }
    }
    return List.copyOf(out);
  }

  /** Every kind aggregated with its default aggregator; open cases judged on 31 December. */
  public static List<Aggregation> aggregate(List<Unit> units, int year) {
    List<String> ids = units.stream().map(Unit::id).toList();
    return List.of(
        BallotAggregator.defaults().accumulator().acceptAll(ballots(units, year)).finish(year, ids),
        ComplaintAggregator.defaults().accumulator().acceptAll(complaints(units, year)).finish(year, ids),
        MeetingAggregator.defaults().accumulator().acceptAll(meetings(units, year)).finish(year, ids),
        CaseAggregator.of(CaseAggregator.Config.defaults().withAsOf(LocalDate.of(year, 12, 31))).accumulator()
            .acceptAll(cases(units, year)).finish(year, ids),
        ResearchDaysAggregator.defaults().accumulator().acceptAll(research(units, year)).finish(year, ids));
  }

  /**
   * The demo city's evidence with the records in: {@link DemoCity#observations} with every value
   * the records produce put in its place ({@link RecordEvidence#overlay}).
   */
  public static List<Observation> observations(RuleSet rules, List<Unit> units, int year,
      List<Aggregation> aggregations) {
    return RecordEvidence.overlay(DemoCity.observations(units, rules, year), aggregations);
  }

  /** The record files {@link #writeFiles} writes, by kind: {@code ballots.csv} … {@code research-days.csv}. */
  public static String fileName(RecordKind kind) {
    return kind.id() + ".csv";
  }

  /**
   * Writes every kind of records as a CSV record file ({@link #fileName}) into {@code dir}, in the
   * column contract of {@code docs/records.md}; returns the files written, in {@link RecordKind} order.
   */
  public static List<Path> writeFiles(List<Unit> units, int year, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      Path file = dir.resolve(fileName(kind));
      out.add(file);
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
        switch (kind) {
          case BALLOTS -> {
            w.write("unit_id,rater_group,item,answer,rater_id\n");
            for (Ballot b : ballots(units, year)) {
              w.write(csv(b.unitId()) + "," + b.raterGroup() + "," + csv(b.item()) + "," + b.answer().label().zh() + ","
                  + csv(b.raterId()) + "\n");
            }
          }
          case COMPLAINTS -> {
            w.write("complaint_id,unit_id,status,severity\n");
            for (Complaint c : complaints(units, year)) {
              w.write(csv(c.complaintId()) + "," + csv(c.unitId()) + "," + c.status().label().zh() + ","
                  + c.severity().label().zh() + "\n");
            }
          }
          case MEETINGS -> {
            w.write("meeting_id,unit_id,city_wide,duration_hours,city_leaders_spoke,clear_purpose\n");
            for (Meeting m : meetings(units, year)) {
              w.write(csv(m.meetingId()) + "," + csv(m.unitId()) + "," + (m.cityWide() ? "yes" : "no") + ","
                  + number(m.durationHours()) + "," + m.cityLeadersSpoke() + "," + (m.clearPurpose() ? "yes" : "no")
                  + "\n");
            }
          }
          case CASES -> {
            w.write("case_id,unit_id,received,completed,statutory_limit_days,promised_limit_days\n");
            for (ServiceCase c : cases(units, year)) {
              w.write(csv(c.caseId()) + "," + csv(c.unitId()) + "," + c.received() + ","
                  + c.completed().map(LocalDate::toString).orElse("") + "," + c.statutoryLimitDays() + ","
                  + c.promisedLimitDays() + "\n");
            }
          }
          case RESEARCH_DAYS -> {
            w.write("leader_id,unit_id,days,report_submitted\n");
            for (ResearchEntry e : research(units, year)) {
              w.write(csv(e.leaderId()) + "," + csv(e.unitId()) + "," + number(e.days()) + ","
                  + (e.reportSubmitted() ? "yes" : "no") + "\n");
            }
          }
          default -> throw new IllegalStateException("no writer for " + kind);
        }
      }
    }
    return out;
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
