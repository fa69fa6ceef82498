package org.fivetype.records;

import org.fivetype.api.Surface;

/**
 * A raw record (原始记录): one ballot, complaint, meeting, service-centre case or research
 * entry. Each belongs to the unit it is about; aggregators keep their state per unit.
 */
@Surface(Surface.Kind.SPI)
public interface RawRecord {
  /** The unit this record is about (rated, complained about, organising, handling, led). */
  String unitId();
}
