package org.fivetype.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.fivetype.api.Problem;
import org.fivetype.records.RawRecord;
import org.fivetype.records.RecordAggregator;
import org.fivetype.records.RecordKind;
import org.fivetype.records.RecordRows;
import org.fivetype.records.UnitState;
import org.fivetype.spark.internal.UnitPartial;
import org.jspecify.annotations.Nullable;

/**
 * A record aggregator of {@code org.fivetype.records} as a Spark {@link Aggregator} over the rows
 * of one unit: {@link #reduce} parses a row exactly as {@link org.fivetype.records.RecordBatch}
 * does ({@link RecordRows#parse}, the assessed-unit check, {@link RecordAggregator#check}) and
 * adds the record to the unit's {@link UnitState} with {@link RecordAggregator#add}; {@link
 * #merge} is {@link UnitState#merge}. Nothing of a rule is implemented here. Rows with problems
 * are kept as problems (by source file and position), never dropped.
 */
final class RecordAggregation extends Aggregator<Row, UnitPartial, UnitPartial> {
  private static final long serialVersionUID = 1L;

  private final RecordKind kind;
  private final AggregatorFactory factory;
  private final String[] columns;
  private final int fileIndex;
  private final int posIndex;
  private final int malformedIndex;
  private final Broadcast<? extends Set<String>> unitIds;
  @SuppressWarnings("rawtypes")
  private transient @Nullable RecordAggregator aggregator;

  RecordAggregation(RecordKind kind, AggregatorFactory factory, String[] columns, int fileIndex, int posIndex,
      int malformedIndex, Broadcast<? extends Set<String>> unitIds) {
    this.kind = kind;
    this.factory = factory;
    this.columns = columns.clone();
    this.fileIndex = fileIndex;
    this.posIndex = posIndex;
    this.malformedIndex = malformedIndex;
    this.unitIds = unitIds;
  }

  @SuppressWarnings("rawtypes")
  private RecordAggregator aggregator() {
    if (aggregator == null) {
      RecordAggregator<?, ?> a = factory.create();
      if (a.kind() != kind) {
        throw new IllegalStateException("the factory builds a " + a.kind().id() + " aggregator, not " + kind.id());
      }
      aggregator = a;
    }
    return aggregator;
  }

  @Override
  public UnitPartial zero() {
    return new UnitPartial();
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public UnitPartial reduce(UnitPartial b, Row row) {
    String file = row.getString(fileIndex);
    long pos = row.getLong(posIndex);
    if (malformedIndex >= 0 && !row.isNullAt(malformedIndex)) {
      b.problem(new UnitPartial.Located(file, pos, "", "the row does not have the " + columns.length
          + " cells of the header (" + String.join(", ", columns) + "): '" + row.getString(malformedIndex) + "'"));
      return b;
    }
    Map<String, String> cells = new HashMap<>(columns.length * 2);
    for (int i = 0; i < columns.length; i++) {
      if (!row.isNullAt(i)) {
        cells.put(columns[i], row.getString(i));
      }
    }
    List<Problem> problems = new ArrayList<>(1);
    Optional<RawRecord> parsed = RecordRows.parse(kind, "", 0, cells, problems);
    boolean ok = parsed.isPresent();
    if (ok) {
      RawRecord r = parsed.get();
      if (!unitIds.value().contains(r.unitId())) {
        problems.add(new Problem(":0:unit_id", "unknown unit '" + r.unitId() + "': it is not among the units"));
        ok = false;
      }
      for (Map.Entry<String, String> e : ((Map<String, String>) aggregator().check(r)).entrySet()) {
        problems.add(new Problem(":0:" + e.getKey(), e.getValue()));
        ok = false;
      }
      if (ok) {
        if (b.state() == null) {
          b.state((UnitState<?>) aggregator().newState());
        }
        aggregator().add(b.state(), r);
        return b;
      }
    }
    for (Problem p : problems) {
      String where = p.where();
      b.problem(new UnitPartial.Located(file, pos, where.substring(where.lastIndexOf(':') + 1), p.message()));
    }
    return b;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public UnitPartial merge(UnitPartial a, UnitPartial b) {
    if (a.state() == null) {
      a.state(b.state());
    } else if (b.state() != null) {
      ((UnitState) a.state()).merge(b.state());
    }
    a.addProblems(b);
    return a;
  }

  @Override
  public UnitPartial finish(UnitPartial reduction) {
    reduction.trim();
    return reduction;
  }

  @Override
  public Encoder<UnitPartial> bufferEncoder() {
    return Encoders.javaSerialization(UnitPartial.class);
  }

  @Override
  public Encoder<UnitPartial> outputEncoder() {
    return Encoders.javaSerialization(UnitPartial.class);
  }
}
