package org.fivetype.records;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.fivetype.api.Surface;

/**
 * A case taken in at the government service centre (政务中心, E4).
 *
 * @param caseId the centre's reference; may be empty
 * @param unitId the unit (window department) handling it
 * @param received the day it was received
 * @param completed the day it was completed; empty while it is open
 * @param statutoryLimitDays the statutory time limit (法定时限), in days, ≥ 1
 * @param promisedLimitDays the limit the unit promised (承诺时限), in days, 1 … statutory
 */
@Surface(Surface.Kind.API)
public record ServiceCase(String caseId, String unitId, LocalDate received, Optional<LocalDate> completed,
    int statutoryLimitDays, int promisedLimitDays) implements RawRecord {
  public ServiceCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(completed, "completed");
    if (statutoryLimitDays < 1 || promisedLimitDays < 1 || promisedLimitDays > statutoryLimitDays) {
      throw new IllegalArgumentException("case " + caseId + ": limits need 1 ≤ promised ≤ statutory, got promised "
          + promisedLimitDays + ", statutory " + statutoryLimitDays);
    }
    if (completed.isPresent() && completed.get().isBefore(received)) {
      throw new IllegalArgumentException("case " + caseId + ": completed " + completed.get() + " before received "
          + received);
    }
  }
}
