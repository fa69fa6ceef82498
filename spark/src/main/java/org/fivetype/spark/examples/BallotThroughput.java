package org.fivetype.spark.examples;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.demo.DemoCity;
import org.fivetype.demo.DemoRecords;
import org.fivetype.plugin.Plugins;
import org.fivetype.records.Aggregation;
import org.fivetype.records.Ballot;
import org.fivetype.records.RecordBatch;
import org.fivetype.records.RecordEvidence;
import org.fivetype.records.RecordKind;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spark.AggregatorFactory;
import org.fivetype.spark.SparkAssessment;
import org.fivetype.spark.SparkRecords;
import org.fivetype.spark.UnitStates;

/**
 * The documented run of {@code docs/spark.md}: one CSV file of about {@code N} appraisal ballots
 * (default 10⁷) of the scaled demo city, read, aggregated and assessed on one machine (a line
 * reader into {@link RecordBatch}, then {@link ScoringPlan#assess}) and on Spark {@code local[2]}
 * ({@link SparkRecords}, {@link SparkAssessment}), with the time of each step, the records per
 * second, the load average, and a check that both give the same totals and tiers.
 *
 * <p>Arguments: {@code [ballots] [work-dir]}. Run with {@code spark/scaled-demo.sh --throughput}.
 */
@Surface(Surface.Kind.EXPERIMENTAL)
public final class BallotThroughput {
  private BallotThroughput() {}

  static final int YEAR = 2024;

  public static void main(String[] args) throws IOException {
    long target = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
    Path work = Path.of(args.length > 1 ? args[1] : "spark/target/ballot-throughput");
    Files.createDirectories(work);
    RuleSet rules = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());
    // about 481 ballots per unit on average (DemoRecords: 300–800, every seventh unit 60)
    int n = (int) Math.ceil(target / 481.0 / 112) * 112;
    List<Unit> units = DemoRecordFiles.units(n);
    List<String> ids = units.stream().map(Unit::id).toList();
    Path csv = work.resolve("ballots.csv");
    long t = System.nanoTime();
    long ballots = write(csv, units);
    System.out.printf("%,d ballots of %,d units written to %s (%,d MB) in %.1f s%n", ballots, n, csv,
        Files.size(csv) >> 20, secs(t));
    List<Observation> typedIn = DemoCity.observations(units, rules, YEAR);
    ScoringPlan plan = ScoringPlan.compile(rules);
    System.out.println(load("before"));

    // one machine: one thread reads the lines into a RecordBatch, then overlay and assess
    t = System.nanoTime();
    double c = cpu();
    Aggregation one = readOneMachine(csv, ids);
    double oneRead = secs(t);
    double oneReadCpu = cpu() - c;
    t = System.nanoTime();
    c = cpu();
    AssessmentResult expected = plan.assess(YEAR, units, RecordEvidence.overlay(typedIn, List.of(one)));
    double oneScore = secs(t);
    double oneScoreCpu = cpu() - c;
    System.out.printf("one machine (1 thread): read+parse+aggregate %.1f s, %.1f CPU s (%,.0f ballots/s); "
        + "overlay+assess %.2f s, %.2f CPU s%n", oneRead, oneReadCpu, ballots / oneRead, oneScore, oneScoreCpu);
    System.out.println(load("after one machine"));

    SparkSession spark = SparkSession.builder().master("local[2]").appName("fivetype ballot throughput")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      Dataset<Row> obs = SparkAssessment.observations(spark, typedIn).cache();
      obs.count();
      // reading alone: the scan and the CSV parsing into rows, written nowhere
      t = System.nanoTime();
      double c0 = cpu();
      Dataset<Row> rows = SparkRecords.read(spark, RecordKind.BALLOTS, "csv", csv.toString());
      rows.write().format("noop").mode("overwrite").save();
      double read = secs(t);
      double readCpu = cpu() - c0;
      t = System.nanoTime();
      c0 = cpu();
      UnitStates states = SparkRecords.aggregate(
          SparkRecords.read(spark, RecordKind.BALLOTS, "csv", csv.toString()),
          AggregatorFactory.defaults(RecordKind.BALLOTS), ids);
      double aggregate = secs(t);
      double aggregateCpu = cpu() - c0;
      t = System.nanoTime();
      c0 = cpu();
      List<Row> result = SparkAssessment.assess(spark, rules, YEAR, units, obs, List.of(states)).collectAsList();
      double score = secs(t);
      double scoreCpu = cpu() - c0;
      System.out.printf("Spark local[2] (%d input partitions): read alone %.1f s, %.1f CPU s; read+aggregate %.1f s, "
          + "%.1f CPU s (%,.0f ballots/s); so aggregating ≈ %.1f s, %.1f CPU s; assess and tier %.1f s, %.1f CPU s; "
          + "total %.1f s (%,.0f ballots/s)%n", rows.javaRDD().getNumPartitions(), read, readCpu, aggregate,
          aggregateCpu, ballots / aggregate, aggregate - read, aggregateCpu - readCpu, score, scoreCpu,
          aggregate + score, ballots / (aggregate + score));
      System.out.println(load("after Spark"));
      int same = 0;
      for (int u = 0; u < result.size(); u++) {
        Row r = result.get(u);
        if (r.<String>getAs("unit_id").equals(expected.units().get(u).unit().id())
            && r.<Double>getAs("total") == expected.total(u)
            && r.<String>getAs("tier").equals(expected.tier(u).name())) {
          same++;
        }
      }
      System.out.printf("identical totals and tiers: %,d of %,d units%n", same, expected.units().size());
    } finally {
      spark.stop();
    }
  }

  static long write(Path csv, List<Unit> units) {
    long count = 0;
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 16)) {
      w.write(DemoRecordFiles.header(RecordKind.BALLOTS));
      w.write('\n');
      for (int from = 0; from < units.size(); from += 112) {
        for (Ballot b : DemoRecords.ballots(units.subList(from, Math.min(units.size(), from + 112)), YEAR)) {
          w.write(DemoRecordFiles.line(DemoRecordFiles.cells(b)));
          w.write('\n');
          count++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }

  static Aggregation readOneMachine(Path csv, List<String> ids) {
    RecordBatch<?, ?> batch = RecordBatch.of(RecordKind.BALLOTS, csv.toString(), ids);
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      List<String> header = Arrays.asList(r.readLine().split(",", -1));
      batch.header(1, header);
      long row = 1;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        row++;
        String[] cells = line.split(",", -1);
        Map<String, String> m = new HashMap<>(16);
        for (int i = 0; i < cells.length && i < header.size(); i++) {
          m.put(header.get(i), cells[i]);
        }
        batch.row(row, m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return batch.finish(YEAR);
  }

  static String load(String when) {
    return String.format("load average %s: %.2f (%d cores)", when,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  /** CPU seconds of this JVM so far (driver and, on local[2], the executor threads). */
  static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
