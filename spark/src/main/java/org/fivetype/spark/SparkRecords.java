package org.fivetype.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.records.RecordKind;
import org.fivetype.records.RecordRows;
import org.fivetype.spark.internal.UnitPartial;
import scala.Tuple2;

/**
 * Raw records on Spark: {@link #read} files of one kind (CSV or Parquet) with the column contract
 * of {@code docs/records.md} ({@link RecordKind#columns()}), then {@link #aggregate} them per unit
 * with a record aggregator run as a Spark {@code Aggregator}. Bad rows are reported, never
 * dropped: every problem is counted and the first ones are listed as {@code file:row:column}, the
 * way {@link org.fivetype.records.RecordBatch} reports them on one machine.
 *
 * <pre>{@code
 * Dataset<Row> rows = SparkRecords.read(spark, RecordKind.BALLOTS, "csv", "hdfs:///appraisal/2024/");
 * UnitStates ballots = SparkRecords.aggregate(rows, AggregatorFactory.defaults(RecordKind.BALLOTS), unitIds);
 * }</pre>
 */
@Surface(Surface.Kind.EXPERIMENTAL)
public final class SparkRecords {
  private SparkRecords() {}

  /** The column with the file a row comes from ({@code input_file_name()}). */
  public static final String FILE = "_file";
  /** The column with a row's position in the read, from which its row number is worked out on error. */
  public static final String POSITION = "_pos";
  /** The column with the text of a CSV line that does not fit the header (null for good lines). */
  public static final String MALFORMED = "_malformed";

  /** Problems listed in an error at most (all are counted). */
  public static final int MAX_LISTED = 1000;

  /**
   * Reads files of one kind of records: every column of the header (which must be one of the
   * kind's, with the required ones present, none repeated) as text, plus {@link #FILE}, {@link
   * #POSITION} and, for CSV, {@link #MALFORMED}. CSV files are UTF-8 with a header row, all of one
   * kind with the same header; Parquet columns of any type are read as text (dates as
   * yyyy-mm-dd).
   *
   * @param format {@code csv} or {@code parquet}
   * @param paths files or directories (any path Spark reads: local, HDFS, S3, …)
   * @throws InvalidInputException with every header problem of every file
   */
  public static Dataset<Row> read(SparkSession spark, RecordKind kind, String format, String... paths) {
    String f = format.toLowerCase(Locale.ROOT);
    List<String> header;
    Dataset<Row> raw;
    boolean csv;
    switch (f) {
      case "csv" -> {
        csv = true;
        String[] files = spark.read().format("text").load(paths).inputFiles();
        Arrays.sort(files);
        header = csvHeader(spark.sparkContext().hadoopConfiguration(), kind, files);
        List<StructField> fields = new ArrayList<>();
        for (String h : header) {
          fields.add(DataTypes.createStructField(h, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(MALFORMED, DataTypes.StringType, true));
        raw = spark.read().format("csv").schema(DataTypes.createStructType(fields))
            .option("header", "true").option("enforceSchema", "true").option("encoding", "UTF-8")
            .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", MALFORMED)
            .load(paths);
      }
      case "parquet" -> {
        csv = false;
        raw = spark.read().format("parquet").load(paths);
        header = Arrays.asList(raw.columns());
        String[] files = raw.inputFiles();
        Arrays.sort(files);
        String shown = files.length == 0 ? String.join(",", paths) : display(files[0]);
        List<Problem> problems = new ArrayList<>();
        for (Problem p : RecordRows.checkHeader(kind, shown, 1, header)) {
          problems.add(new Problem(shown + ":schema", p.message()));
        }
        if (!problems.isEmpty()) {
          throw new InvalidInputException(shown + ": the " + kind.id() + " records have problems", problems);
        }
      }
      default -> throw new IllegalArgumentException("format must be csv or parquet, was " + format);
    }
    List<Column> cols = new ArrayList<>();
    for (String h : header) {
      cols.add(col("`" + h + "`").cast(DataTypes.StringType).as(h));
    }
    if (csv) {
      cols.add(col(MALFORMED));
    }
    cols.add(input_file_name().as(FILE));
    cols.add(monotonically_increasing_id().as(POSITION));
    return raw.select(cols.toArray(Column[]::new));
  }

  /**
   * Aggregates rows {@linkplain #read read} for one kind, per unit, with the aggregator the
   * factory builds: rows are grouped by {@code unit_id} and each group is reduced by a Spark
   * {@code Aggregator} that parses each row as {@link org.fivetype.records.RecordBatch} does and
   * adds it to the unit's state, partial states being merged by the state's own {@code merge}.
   * One pass over the rows; the states (one small row per unit) are persisted for the
   * assessment.
   *
   * @param unitIds the assessed units: records of other units are problems
   * @throws InvalidInputException naming the file, row and column of every bad row (the first
   *     {@value #MAX_LISTED}, by file and row, and how many there are in all)
   */
  public static UnitStates aggregate(Dataset<Row> records, AggregatorFactory factory, Collection<String> unitIds) {
    SparkSession spark = records.sparkSession();
    RecordKind kind = factory.create().kind();
    List<String> fields = Arrays.asList(records.columns());
    int fileIndex = fields.indexOf(FILE);
    int posIndex = fields.indexOf(POSITION);
    if (fileIndex < 0 || posIndex < 0) {
      throw new IllegalArgumentException("the records need the columns " + FILE + " and " + POSITION
          + ": read them with SparkRecords.read");
    }
    int malformedIndex = fields.indexOf(MALFORMED);
    List<String> cells = new ArrayList<>();
    for (String c : fields) {
      if (!c.equals(FILE) && !c.equals(POSITION) && !c.equals(MALFORMED)) {
        cells.add(c);
      }
    }
    // the cells must come first, in order, for the aggregator's column indexes
    List<Column> order = new ArrayList<>();
    cells.forEach(c -> order.add(col("`" + c + "`")));
    order.add(col(FILE));
    order.add(col(POSITION));
    if (malformedIndex >= 0) {
      order.add(col(MALFORMED));
    }
    Dataset<Row> rows = records.select(order.toArray(Column[]::new));
    int n = cells.size();
    Broadcast<HashSet<String>> units = new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext())
        .broadcast(new HashSet<>(unitIds));
    RecordAggregation agg = new RecordAggregation(kind, factory, cells.toArray(String[]::new), n, n + 1,
        malformedIndex >= 0 ? n + 2 : -1, units);
    int unitIndex = cells.indexOf("unit_id");
    MapFunction<Row, String> key = r -> {
      String u = unitIndex < 0 || r.isNullAt(unitIndex) ? "" : r.getString(unitIndex).strip();
      return u;
    };
    StructType schema = new StructType()
        .add("unit_id", DataTypes.StringType, false)
        .add("state", DataTypes.BinaryType, true)
        .add("problem_count", DataTypes.LongType, false)
        .add("problems", DataTypes.BinaryType, true);
    Dataset<Tuple2<String, UnitPartial>> grouped =
        rows.groupByKey(key, Encoders.STRING()).agg(agg.toColumn());
    Dataset<Row> out = grouped.map((MapFunction<Tuple2<String, UnitPartial>, Row>) t -> {
      UnitPartial p = t._2();
      return RowFactory.create(t._1(), p.state() == null ? null : serialize(p.state()), p.problemCount(),
          p.problemCount() == 0 ? null : serialize(new java.util.ArrayList<>(p.problems())));
    }, Encoders.row(schema)).persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> bad = out.where(col("problem_count").gt(0)).select("problem_count", "problems").collectAsList();
    if (!bad.isEmpty()) {
      out.unpersist();
      long total = 0;
      List<UnitPartial.Located> located = new ArrayList<>();
      for (Row r : bad) {
        total += r.getLong(0);
        @SuppressWarnings("unchecked")
        List<UnitPartial.Located> l = (List<UnitPartial.Located>) deserialize((byte[]) r.get(1));
        located.addAll(l);
      }
      located.sort(UnitPartial.Located.ORDER);
      if (located.size() > MAX_LISTED) {
        located = located.subList(0, MAX_LISTED);
      }
      List<Problem> problems = RowNumbers.locate(rows, located, malformedIndex >= 0);
      if (total > problems.size()) {
        problems = new ArrayList<>(problems);
        problems.add(new Problem("(" + kind.id() + " records)", (total - problems.size())
            + " more problems not listed; " + total + " in all"));
      }
      throw new InvalidInputException("the " + kind.id() + " records have " + total + " problem"
          + (total == 1 ? "" : "s"), problems);
    }
    return new UnitStates(kind, factory, out.select("unit_id", "state"));
  }

  /** A file as users should see it: the local path for {@code file:} URIs, else the URI. */
  static String display(String uri) {
    try {
      URI u = new URI(uri);
      if ("file".equals(u.getScheme())) {
        return u.getPath();
      }
    } catch (java.net.URISyntaxException e) {
      // shown as given
    }
    return uri;
  }

  private static List<String> csvHeader(Configuration conf, RecordKind kind, String[] files) {
    List<Problem> problems = new ArrayList<>();
    List<String> first = null;
    String firstFile = null;
    for (String file : files) {
      String shown = display(file);
      List<String> h = parseCsvLine(firstLine(conf, file));
      if (h.isEmpty()) {
        problems.add(new Problem(shown + ":1", "the file is empty; expected a header row"));
        continue;
      }
      problems.addAll(RecordRows.checkHeader(kind, shown, 1, h));
      if (first == null) {
        first = h;
        firstFile = shown;
      } else if (!first.equals(h)) {
        problems.add(new Problem(shown + ":1", "the header " + h + " differs from " + first + " of " + firstFile
            + "; every file of one kind read together needs the same header"));
      }
    }
    if (files.length == 0) {
      throw new InvalidInputException("no " + kind.id() + " files", List.of(new Problem("(paths)",
          "no file found")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("the " + kind.id() + " files have header problems", problems);
    }
    List<String> out = new ArrayList<>();
    requireNonNull(first).forEach(c -> out.add(c.strip()));
    return out;
  }

  private static String firstLine(Configuration conf, String file) {
    Path p = new Path(URI.create(file));
    try {
      FileSystem fs = p.getFileSystem(conf);
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(p);
      try (InputStream raw = fs.open(p);
          InputStream in = codec == null ? raw : codec.createInputStream(raw);
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line = r.readLine();
        return line == null ? "" : line;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the header of " + display(file), e);
    }
  }

  /** The cells of one CSV line (RFC 4180 quoting; a leading byte-order mark is dropped). */
  static List<String> parseCsvLine(String line) {
    List<String> out = new ArrayList<>();
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (line.isEmpty()) {
      return out;
    }
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  static byte[] serialize(Object o) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] b) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b)) {
      @Override
      protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        // the task's class loader sees the user's jar on a cluster
        return Class.forName(desc.getName(), false, Thread.currentThread().getContextClassLoader());
      }
    }) {
      return in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
