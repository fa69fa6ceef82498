package org.fivetype.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;

/**
 * One file of raw records on its way to observations: the glue a reader needs. Give it the header
 * ({@link #header}) and every row ({@link #row}); it parses each row ({@link RecordRows}), checks
 * it against the aggregator's configuration and the assessed units, and aggregates the good ones.
 * {@link #finish} then returns the aggregation, or throws with every problem of the file at once
 * (nothing is produced from a file with problems).
 *
 * @param <R> the record type
 * @param <S> the per-unit state type
 */
@Surface(Surface.Kind.API)
public final class RecordBatch<R extends RawRecord, S extends UnitState<S>> {
  private final RecordAggregator<R, S> aggregator;
  private final Accumulator<R, S> accumulator;
  private final String file;
  private final Set<String> unitIds;
  private final List<String> unitOrder;
  private final List<Problem> problems = new ArrayList<>();
  private long rows;

  private RecordBatch(RecordAggregator<R, S> aggregator, String file, Collection<String> unitIds) {
    this.aggregator = aggregator;
    this.accumulator = aggregator.accumulator();
    this.file = file;
    this.unitOrder = List.copyOf(unitIds);
    this.unitIds = Set.copyOf(unitIds);
  }

  /** A batch for records of {@code kind} with its default aggregator. */
  public static RecordBatch<?, ?> of(RecordKind kind, String file, Collection<String> unitIds) {
    return of(kind.defaultAggregator(), file, unitIds);
  }

  /** A batch with the given aggregator. */
  public static <R extends RawRecord, S extends UnitState<S>> RecordBatch<R, S> of(
      RecordAggregator<R, S> aggregator, String file, Collection<String> unitIds) {
    return new RecordBatch<>(aggregator, file, unitIds);
  }

  /** Checks the header row (its row number as the user sees it, usually 1). */
  public void header(long row, List<String> columns) {
    problems.addAll(RecordRows.checkHeader(aggregator.kind(), file, row, columns));
  }

  /** Reads one row: cell texts by column name; {@code row} as the user sees it. */
  @SuppressWarnings("unchecked")
  public void row(long row, Map<String, String> cells) {
    rows++;
    Optional<RawRecord> rec = RecordRows.parse(aggregator.kind(), file, row, cells, problems);
    if (rec.isEmpty()) {
      return;
    }
    R r = (R) rec.get();
    boolean ok = true;
    if (!unitIds.contains(r.unitId())) {
      problems.add(new Problem(file + ":" + row + ":unit_id", "unknown unit '" + r.unitId()
          + "': it is not among the units"));
      ok = false;
    }
    for (Map.Entry<String, String> e : aggregator.check(r).entrySet()) {
      problems.add(new Problem(file + ":" + row + ":" + e.getKey(), e.getValue()));
      ok = false;
    }
    if (ok) {
      accumulator.accept(r);
    }
  }

  /** The problems found so far. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** How many rows were read. */
  public long rows() {
    return rows;
  }

  /**
   * The aggregation of the file's records for the year.
   *
   * @throws InvalidInputException with every problem of the file, when there is any
   */
  public Aggregation finish(int year) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(file + ": the " + aggregator.kind().id() + " records have problems", problems);
    }
    return accumulator.finish(year, unitOrder);
  }
}
