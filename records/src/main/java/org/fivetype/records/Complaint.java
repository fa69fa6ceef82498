package org.fivetype.records;

import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * A complaint handled by the efficiency complaint centre (行政效能投诉中心, E6).
 *
 * @param complaintId the centre's reference; may be empty
 * @param unitId the unit complained about
 * @param status where the centre's investigation stands
 * @param severity how serious the centre judged it
 */
@Surface(Surface.Kind.API)
public record Complaint(String complaintId, String unitId, Status status, Severity severity) implements RawRecord {
  public Complaint {
    Objects.requireNonNull(complaintId, "complaintId");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(severity, "severity");
  }

  /** Where the investigation of a complaint stands. */
  public enum Status {
    /** 查实: investigated and found true. */
    VERIFIED("查实", "verified"),
    /** 不实: investigated and found unfounded. */
    UNFOUNDED("不实", "unfounded"),
    /** 待查: not concluded yet. */
    PENDING("待查", "pending");

    private final Label label;

    Status(String zh, String en) {
      this.label = Label.of(zh, en);
    }

    /** The status's name. */
    public Label label() {
      return label;
    }
  }

  /** How serious the centre judged a complaint. */
  public enum Severity {
    /** 一般. */
    ORDINARY("一般", "ordinary"),
    /** 严重: serious, e.g. abuse of power for private gain; can trigger a veto. */
    SERIOUS("严重", "serious");

    private final Label label;

    Severity(String zh, String en) {
      this.label = Label.of(zh, en);
    }

    /** The severity's name. */
    public Label label() {
      return label;
    }
  }
}
