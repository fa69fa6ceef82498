package org.fivetype.pipeline;

import java.util.List;
import java.util.Map;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.records.Aggregation;

/**
 * A year's evidence, read and checked, ready to assess: the first half of a {@link Pipeline} run.
 *
 * @param table the units and their values, laid out for the pipeline's compiled plan (the raw
 *     records' values already in)
 * @param aggregations the raw-record aggregations whose values are in the table (their
 *     diagnostics feed the report's satisfaction section), empty when no records were given
 * @param staff the staff counts (在编人数) by unit id, for the civil-servant quota of the
 *     consequences; units without a count are left out
 */
@Surface(Surface.Kind.API)
public record Evidence(EvidenceTable table, List<Aggregation> aggregations, Map<String, Integer> staff) {
  /**
   * Copies the aggregations and the staff counts, which cannot change afterwards.
   *
   * @param table the checked evidence, laid out for the pipeline's plan
   * @param aggregations the raw-record aggregations whose values are in the table; may be empty
   * @param staff the staff counts by unit id; may be empty
   */
  public Evidence {
    aggregations = List.copyOf(aggregations);
    staff = Map.copyOf(staff);
  }

  /** {@return the year assessed} */
  public int year() {
    return table.year();
  }

  /** {@return the units assessed, in the table's order} */
  public List<Unit> units() {
    return table.units();
  }
}
