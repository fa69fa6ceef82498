package org.fivetype.report;

import static org.fivetype.api.Numbers.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;
import org.fivetype.records.Aggregation;
import org.fivetype.records.Flag;
import org.fivetype.records.UnitDiagnostics;

/**
 * What {@code fivetype aggregate} writes, all at once into a directory: {@code observations.csv}
 * (the observations the records produce, in the observations format, so that an office can check
 * them and hand them to {@code fivetype assess}) and per kind {@code diagnostics-<kind>.csv}: a
 * row per unit with the aggregator's figures, its flags (codes and texts in both languages) and
 * the confidence interval, if any. UTF-8, the diagnostics with a byte-order mark for Excel.
 */
@Surface(Surface.Kind.API)
public final class AggregationFiles {
  private AggregationFiles() {}

  /** The name of the diagnostics file of an aggregation's kind. */
  public static String diagnosticsFile(Aggregation a) {
    return "diagnostics-" + a.kind().id() + ".csv";
  }

  /**
   * Writes the files into {@code outDir}, replacing a previous output there (a directory holding
   * anything else is refused); returns the names written.
   *
   * @throws IOException if the directory cannot be written; then nothing is left behind
   */
  public static List<String> write(List<Aggregation> aggregations, Path outDir) throws IOException {
    return write(aggregations, OutputTarget.of(outDir, "aggregate"));
  }

  /** Writes the files into the target's directory, atomically (see {@link OutputTarget}); returns the names written. */
  public static List<String> write(List<Aggregation> aggregations, OutputTarget target) throws IOException {
    List<String> names = new ArrayList<>();
    names.add("observations.csv");
    aggregations.forEach(a -> names.add(diagnosticsFile(a)));
    AtomicDirectory.write(target, dir -> {
      try (Writer w = writer(dir.resolve("observations.csv"), false)) {
        w.write("unit_id,year,indicator_id,value,source\n");
        for (Aggregation a : aggregations) {
          for (Observation o : a.observations()) {
            w.write(Cells.csvText(o.unitId()) + "," + o.year() + "," + o.indicator().value() + ","
                + number(o.value()) + "," + Cells.csvText(o.source()) + "\n");
          }
        }
      }
      for (Aggregation a : aggregations) {
        diagnostics(a, dir.resolve(diagnosticsFile(a)));
      }
    });
    return names;
  }

  private static void diagnostics(Aggregation a, Path file) throws IOException {
    Set<String> figures = new LinkedHashSet<>();
    a.units().forEach(d -> figures.addAll(d.figures().keySet()));
    try (Writer w = writer(file, true)) {
      List<String> header = new ArrayList<>();
      header.add("unit_id");
      figures.forEach(f -> header.add(f.replace('-', '_')));
      header.addAll(List.of("flags", "flags_zh", "flags_en", "interval_low", "interval_high", "interval_level",
          "interval_method"));
      w.write(String.join(",", header) + "\r\n");
      for (UnitDiagnostics d : a.units()) {
        List<String> cells = new ArrayList<>();
        cells.add(d.unitId());
        for (String f : figures) {
          double v = d.figure(f);
          cells.add(Double.isNaN(v) ? "" : format(v));
        }
        cells.add(d.flags().stream().map(Flag::code).collect(Collectors.joining(" ")));
        cells.add(d.flags().stream().map(f -> f.text().zh()).collect(Collectors.joining(" | ")));
        cells.add(d.flags().stream().map(f -> f.text().en()).collect(Collectors.joining(" | ")));
        cells.add(d.interval().map(i -> format(i.low())).orElse(""));
        cells.add(d.interval().map(i -> format(i.high())).orElse(""));
        cells.add(d.interval().map(i -> format(i.level())).orElse(""));
        cells.add(d.interval().map(i -> i.method()).orElse(""));
        w.write(cells.stream().map(Cells::csvText).collect(Collectors.joining(",")) + "\r\n");
      }
    }
  }

  private static Writer writer(Path file, boolean bom) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    if (bom) {
      w.write('\uFEFF');
    }
    return w;
  }

  /** The shortest text that reads back as the same double. */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
