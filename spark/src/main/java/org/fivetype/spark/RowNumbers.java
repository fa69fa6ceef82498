package org.fivetype.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.shiftright;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.fivetype.api.Problem;
import org.fivetype.spark.internal.UnitPartial;

/**
 * Turns a bad row's position in the read into its row number in its file, only when there are
 * problems (a second, cheap pass over the files concerned). A position is {@code
 * monotonically_increasing_id()}: the partition in the upper bits, the row's index within the
 * partition below. A file is read in splits, each split within one partition, and splits of one
 * file go to partitions in file order; so a row's number in its file is the rows of the file in
 * earlier partitions plus its index within its own split.
 */
final class RowNumbers {
  private RowNumbers() {}

  static List<Problem> locate(Dataset<Row> rows, List<UnitPartial.Located> problems, boolean csvHeader) {
    List<String> files = problems.stream().map(UnitPartial.Located::file).distinct().toList();
    List<Row> splits = rows.where(col(SparkRecords.FILE).isin(files.toArray()))
        .groupBy(col(SparkRecords.FILE), shiftright(col(SparkRecords.POSITION), 33).as("part"))
        .agg(min(col(SparkRecords.POSITION)).as("first"), count(lit(1)).as("rows"))
        .collectAsList();
    // per file: partition → (first position, rows)
    Map<String, TreeMap<Long, long[]>> byFile = new HashMap<>();
    for (Row r : splits) {
      byFile.computeIfAbsent(r.getString(0), k -> new TreeMap<>()).put(r.getLong(1),
          new long[] {r.getLong(2), r.getLong(3)});
    }
    List<Problem> out = new ArrayList<>(problems.size());
    for (UnitPartial.Located p : problems) {
      long part = p.pos() >>> 33;
      long before = 0;
      long first = p.pos();
      TreeMap<Long, long[]> m = byFile.get(p.file());
      if (m != null) {
        for (Map.Entry<Long, long[]> e : m.headMap(part, true).entrySet()) {
          if (e.getKey() == part) {
            first = e.getValue()[0];
          } else {
            before += e.getValue()[1];
          }
        }
      }
      // the header is row 1 of a CSV file; a Parquet file's first record is row 1
      long row = before + (p.pos() - first) + (csvHeader ? 2 : 1);
      String where = SparkRecords.display(p.file()) + ":" + row + (p.column().isEmpty() ? "" : ":" + p.column());
      out.add(new Problem(where, p.message()));
    }
    return List.copyOf(out);
  }
}
