package org.fivetype.records;

import java.util.Objects;
import org.fivetype.api.Surface;

/**
 * Field research (调查研究, L7) by a member of a unit's leadership team: one trip or a yearly total.
 * Every member of the team must appear at least once (with 0 days if they did none), since the
 * team is known only from these records.
 *
 * @param leaderId the member's id, unique within the unit
 * @param unitId the unit whose leadership team the member belongs to
 * @param days research days of this entry, ≥ 0, a multiple of 0.5
 * @param reportSubmitted whether the member submitted a research report or paper (调研报告或论文)
 */
@Surface(Surface.Kind.API)
public record ResearchEntry(String leaderId, String unitId, double days, boolean reportSubmitted)
    implements RawRecord {
  public ResearchEntry {
    Objects.requireNonNull(leaderId, "leaderId");
    Objects.requireNonNull(unitId, "unitId");
    if (!(Double.isFinite(days) && days >= 0 && days * 2 == Math.rint(days * 2) && days <= 366)) {
      throw new IllegalArgumentException("research entry " + unitId + "/" + leaderId
          + ": days must be a multiple of 0.5 from 0 to 366, was " + days);
    }
  }
}
