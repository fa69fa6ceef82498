package org.fivetype.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file of the issue-8 benchmarks into the Markdown table of
 * benchmarks/README.md: each figure with its error, the time per unit × indicator, indicator
 * scores per second, the ratio to the floor at the same size ({@code AbsoluteBenchmark.floor},
 * or the class's own floor) and the peers' ratio to fivetype on the same rule set.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.fivetype.benchmarks.ResultsTable
 * benchmarks/results/issue-8.json}.
 */
public final class ResultsTable {
  private ResultsTable() {}

  record Row(String benchmark, Map<String, String> params, double score, double error, String unit,
      double allocatedBytes) {
    Row(String benchmark, Map<String, String> params, double score, double error, String unit) {
      this(benchmark, params, score, error, unit, Double.NaN);
    }

    String key() {
      return benchmark + params;
    }

    int units() {
      String u = params.get("units");
      return u == null ? 0 : Integer.parseInt(u);
    }

    double millis() {
      return switch (unit) {
        case "ms/op" -> score;
        case "us/op" -> score / 1000;
        case "ns/op" -> score / 1_000_000;
        case "s/op" -> score * 1000;
        default -> throw new IllegalArgumentException("unit " + unit);
      };
    }
  }

  /** Prints the table of {@code args[0]} to standard output. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ResultsTable RESULTS.json");
      System.exit(2);
    }
    String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    print(json, System.out);
    System.out.println();
    printAllocation(json, System.out);
  }

  static List<Row> rows(String json) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (JsonNode n : new ObjectMapper().readTree(json)) {
      Map<String, String> params = new LinkedHashMap<>();
      n.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
      String b = n.get("benchmark").asText().replaceFirst("^org\\.fivetype\\.benchmarks\\.", "");
      JsonNode m = n.get("primaryMetric");
      double err = m.path("scoreError").asDouble(Double.NaN);
      JsonNode alloc = n.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      rows.add(new Row(b, params, m.get("score").asDouble(), err, m.get("scoreUnit").asText(),
          alloc.isNumber() ? alloc.asDouble() : Double.NaN));
    }
    return rows;
  }

  static void print(String json, PrintStream out) throws IOException {
    List<Row> rows = rows(json);
    Map<String, Row> byKey = new LinkedHashMap<>();
    rows.forEach(r -> byKey.put(r.key(), r));
    out.println("| benchmark | params | time per op | ± (99.9 %) | ns per unit × indicator | M indicator scores/s"
        + " | × floor | peer ÷ fivetype |");
    out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    for (Row r : rows) {
      int n = r.units();
      String perCell = "";
      String rate = "";
      String floor = "";
      String peer = "";
      if (n > 0) {
        double ns = r.millis() * 1e6 / (n * (double) BenchmarkRules.INDICATORS);
        perCell = fmt(ns, 2);
        rate = fmt(1e3 / ns, 1e3 / ns >= 10 ? 1 : 3);
        String cls = r.benchmark().substring(0, r.benchmark().indexOf('.'));
        Row f = byKey.get(cls + ".floor" + Map.of("units", r.params().get("units")));
        if (f == null) {
          f = byKey.get("AbsoluteBenchmark.floor" + Map.of("units", r.params().get("units")));
        }
        if (f != null && !r.benchmark().endsWith(".floor")) {
          floor = fmt(r.millis() / f.millis(), 1) + "×";
        }
        String rules = r.params().get("rules");
        if (rules != null && r.benchmark().contains("Peer")) {
          String kernel = rules.equals("relative") ? "RelativeBenchmark.assess" : "AbsoluteBenchmark.assess";
          Row k = byKey.get(kernel + Map.of("units", r.params().get("units")));
          if (k != null) {
            peer = fmt(r.millis() / k.millis(), 0) + "×";
          }
        }
      }
      out.println("| " + r.benchmark() + " | " + r.params().toString().replaceAll("[{}]", "") + " | "
          + fmt(r.score(), 3) + " " + r.unit() + " | " + fmt(r.error(), 3) + " | " + perCell + " | " + rate + " | "
          + floor + " | " + peer + " |");
    }
  }

  /**
   * The bytes allocated per operation (JMH {@code -prof gc}, {@code gc.alloc.rate.norm}) beside the
   * size of the evidence table (units × indicators × 8 bytes), for the rows that have both; nothing
   * if the run had no GC profiler.
   */
  static void printAllocation(String json, PrintStream out) throws IOException {
    List<Row> rows = rows(json).stream().filter(r -> r.units() > 0 && !Double.isNaN(r.allocatedBytes())).toList();
    if (rows.isEmpty()) {
      return;
    }
    out.println("| benchmark | params | allocated per op | evidence table | allocated ÷ table |");
    out.println("|---|---|---:|---:|---:|");
    for (Row r : rows) {
      double table = r.units() * (double) BenchmarkRules.INDICATORS * 8;
      out.println("| " + r.benchmark() + " | " + r.params().toString().replaceAll("[{}]", "") + " | "
          + megabytes(r.allocatedBytes()) + " | " + megabytes(table) + " | " + fmt(r.allocatedBytes() / table, 3)
          + "× |");
    }
  }

  static String megabytes(double bytes) {
    return bytes >= 1e6 ? fmt(bytes / 1e6, 1) + " MB" : fmt(bytes / 1e3, 1) + " KB";
  }

  static String fmt(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }
}
