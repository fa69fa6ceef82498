package org.fivetype.records;

import java.util.Objects;
import org.fivetype.api.Surface;

/**
 * A meeting a unit organised (E7).
 *
 * @param meetingId the unit's reference; may be empty
 * @param unitId the organising unit
 * @param cityWide whether it was a city-wide meeting (全市性会议)
 * @param durationHours how long it lasted, in hours, ≥ 0
 * @param cityLeadersSpoke how many city leaders (市领导) spoke, ≥ 0
 * @param clearPurpose whether it had a clear purpose and substance (无明确目的、无实质内容的会议不开)
 */
@Surface(Surface.Kind.API)
public record Meeting(String meetingId, String unitId, boolean cityWide, double durationHours, int cityLeadersSpoke,
    boolean clearPurpose) implements RawRecord {
  public Meeting {
    Objects.requireNonNull(meetingId, "meetingId");
    Objects.requireNonNull(unitId, "unitId");
    if (!(Double.isFinite(durationHours) && durationHours >= 0)) {
      throw new IllegalArgumentException("meeting " + meetingId + ": the duration must be ≥ 0 hours, was "
          + durationHours);
    }
    if (cityLeadersSpoke < 0) {
      throw new IllegalArgumentException("meeting " + meetingId + ": city leaders who spoke must be ≥ 0");
    }
  }
}
