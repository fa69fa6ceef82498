package org.fivetype.engine;

import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.Surface;
import org.fivetype.spi.PillarRecord;
import org.fivetype.spi.UnitRecord;
import org.fivetype.spi.YearRecord;

/**
 * Turns an {@link AssessmentResult} into the plain {@link YearRecord} a
 * {@link org.fivetype.spi.HistoryStore} keeps and {@code org.fivetype.consequence} works from.
 */
@Surface(Surface.Kind.API)
public final class YearRecords {

  private YearRecords() {}

  /**
   * The year record of an assessment: every unit with its total, tier, reasons, pillars, rank and flags.
   *
   * @param result the assessment
   * @return the record to keep in a {@link org.fivetype.spi.HistoryStore}
   */
  public static YearRecord of(AssessmentResult result) {
    List<UnitRecord> units = new ArrayList<>(result.units().size());
    for (UnitResult u : result.units()) {
      List<PillarRecord> pillars = new ArrayList<>();
      for (PillarScore p : u.pillars()) {
        pillars.add(new PillarRecord(p.pillar(), p.points(), p.max()));
      }
      units.add(new UnitRecord(u.unit(), u.total(), u.maxTotal(), u.tier(), u.reasons(), pillars, u.rank(),
          u.categorySize(), u.vetoes(), u.failedHard(), u.missing()));
    }
    return new YearRecord(result.year(), result.ruleSet().id(), result.ruleSetFingerprint(),
        result.inputFingerprint(), units);
  }
}
