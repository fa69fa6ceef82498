package org.fivetype.api;

import java.util.Objects;

/**
 * The evidence an indicator needs: what is collected, in which unit of measure, and who
 * supplies it — so that one unified inspection (A3) knows what to ask for.
 *
 * @param what what to collect, e.g. "research days of each leadership-team member"
 * @param unitOfMeasure e.g. 天 / days, 件 / cases, 比率 / ratio
 * @param supplier who supplies it
 */
@Surface(Surface.Kind.API)
public record Evidence(Label what, Label unitOfMeasure, Supplier supplier) {

  /** Who supplies a piece of evidence. */
  public enum Supplier {
    /** The assessed unit itself (自报), checked at the inspection. */
    UNIT(Label.of("被考核单位自报", "the unit itself")),
    /** The unified year-end inspection (统一检查, A3). */
    INSPECTION(Label.of("年终统一检查", "the unified inspection")),
    /** The efficiency complaint centre (行政效能投诉中心, E6). */
    COMPLAINT_CENTRE(Label.of("行政效能投诉中心", "the efficiency complaint centre")),
    /** A survey, e.g. the ten-thousand-person appraisal (万人评议, E8). */
    SURVEY(Label.of("社会评议调查", "a survey")),
    /** Another office's records (discipline inspection, audit, the service centre …). */
    RECORDS(Label.of("相关部门记录", "another office's records"));

    private final Label label;

    Supplier(Label label) {
      this.label = label;
    }

    /** {@return the bilingual name of this supplier, for reports and checklists} */
    public Label label() {
      return label;
    }
  }

  /**
   * Checks the components.
   *
   * @param what what to collect, e.g. "research days of each leadership-team member"
   * @param unitOfMeasure e.g. 天 / days, 件 / cases, 比率 / ratio
   * @param supplier who supplies it
   * @throws NullPointerException if a component that must be given is null
   */
  public Evidence {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(unitOfMeasure, "unitOfMeasure");
    Objects.requireNonNull(supplier, "supplier");
  }
}
