package org.fivetype.records;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * The kinds of raw records, with the columns of their files ({@code docs/records.md}) and their
 * default aggregators. {@link #id()} is the name a command line uses, e.g. {@code
 * --records ballots=ballots.csv}.
 */
@Surface(Surface.Kind.API)
public enum RecordKind {
  /** Ballots of the ten-thousand-person appraisal (E8). */
  BALLOTS("ballots", Label.of("万人评议选票", "appraisal ballots"), List.of(
      col("unit_id", "text", true, "被评议单位 / the unit rated"),
      col("rater_group", "text", true, "评议群体 / the rater group (an id of the configured groups)"),
      col("item", "text", false, "评议项目 / the ballot item (default overall)"),
      new Column("answer", "choice", true, List.of("满意", "比较满意", "基本满意", "不满意", "不了解", "satisfied",
          "fairly satisfied", "basically satisfied", "dissatisfied", "don't know"),
          Label.of("评议意见", "the answer")),
      col("rater_id", "text", false, "评议人编号 / the rater's id (needed only for trimming)"))),
  /** Complaints of the efficiency complaint centre (E6). */
  COMPLAINTS("complaints", Label.of("效能投诉", "efficiency complaints"), List.of(
      col("complaint_id", "text", false, "投诉编号 / the centre's reference"),
      col("unit_id", "text", true, "被投诉单位 / the unit complained about"),
      new Column("status", "choice", true, List.of("查实", "不实", "待查", "verified", "unfounded", "pending"),
          Label.of("办理状态", "where the investigation stands")),
      new Column("severity", "choice", false, List.of("一般", "严重", "ordinary", "serious"),
          Label.of("严重程度(默认一般)", "how serious (default ordinary)")))),
  /** Meetings organised by the units (E7). */
  MEETINGS("meetings", Label.of("会议记录", "meetings"), List.of(
      col("meeting_id", "text", false, "会议编号 / the unit's reference"),
      col("unit_id", "text", true, "主办单位 / the organising unit"),
      col("city_wide", "yes/no", true, "是否全市性会议 / whether city-wide"),
      col("duration_hours", "decimal", true, "会期(小时) / duration in hours, ≥ 0"),
      col("city_leaders_spoke", "integer", true, "讲话的市领导人数 / city leaders who spoke, ≥ 0"),
      col("clear_purpose", "yes/no", false, "是否目的明确、内容实在(默认是) / clear purpose (default yes)"))),
  /** Cases of the government service centre (E4). */
  CASES("cases", Label.of("政务中心办件", "service-centre cases"), List.of(
      col("case_id", "text", false, "办件编号 / the centre's reference"),
      col("unit_id", "text", true, "承办单位 / the window department"),
      col("received", "date", true, "受理日期 / day received (yyyy-mm-dd)"),
      col("completed", "date", false, "办结日期(在办则空) / day completed, empty while open"),
      col("statutory_limit_days", "integer", true, "法定时限(日) / statutory limit in days, ≥ 1"),
      col("promised_limit_days", "integer", true, "承诺时限(日) / promised limit in days, 1 … statutory"))),
  /** Research days of leadership-team members (L7). */
  RESEARCH_DAYS("research-days", Label.of("调研记录", "research days"), List.of(
      col("leader_id", "text", true, "班子成员编号 / the team member"),
      col("unit_id", "text", true, "所在单位 / the member's unit"),
      col("days", "decimal", true, "调研天数 / research days, ≥ 0, in steps of 0.5"),
      col("report_submitted", "yes/no", true, "是否提交调研报告或论文 / report or paper submitted")));

  private final String id;
  private final Label label;
  private final List<Column> columns;

  RecordKind(String id, Label label, List<Column> columns) {
    this.id = id;
    this.label = label;
    this.columns = columns;
  }

  private static Column col(String name, String type, boolean required, String zhEn) {
    int slash = zhEn.indexOf(" / ");
    return new Column(name, type, required, List.of(), Label.of(zhEn.substring(0, slash), zhEn.substring(slash + 3)));
  }

  /** The name used on the command line and in file names, e.g. {@code research-days}. */
  public String id() {
    return id;
  }

  /** The kind's name. */
  public Label label() {
    return label;
  }

  /** The columns of a file of this kind, in their documented order. */
  public List<Column> columns() {
    return columns;
  }

  /** The kind with the given {@link #id()} (any case; '_' for '-'), if any. */
  public static Optional<RecordKind> fromId(String id) {
    String k = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (RecordKind r : values()) {
      if (r.id.equals(k)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** This kind's aggregator with its documented defaults. */
  public RecordAggregator<?, ?> defaultAggregator() {
    return switch (this) {
      case BALLOTS -> BallotAggregator.defaults();
      case COMPLAINTS -> ComplaintAggregator.defaults();
      case MEETINGS -> MeetingAggregator.defaults();
      case CASES -> CaseAggregator.defaults();
      case RESEARCH_DAYS -> ResearchDaysAggregator.defaults();
    };
  }
}
