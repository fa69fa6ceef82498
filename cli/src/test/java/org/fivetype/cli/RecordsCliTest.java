package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fivetype.api.Unit;
import org.fivetype.records.Aggregation;
import org.fivetype.demo.DemoCity;
import org.fivetype.demo.DemoRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 through the command line: {@code --records KIND=FILE} on {@code assess} (a bad-records
 * corpus with its exact problems, {@code src/test/resources/bad-records/expected.txt}) and the
 * {@code aggregate} command on the demo city's record files.
 */
class RecordsCliTest {

  static Path bad(String file) throws Exception {
    return Path.of(RecordsCliTest.class.getResource("/bad-records/" + file).toURI());
  }

  static Path good(String file) throws Exception {
    return Path.of(RecordsCliTest.class.getResource("/bad/" + file).toURI());
  }

  static List<String> assess(Path out, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("assess", "--units", good("good-units.csv").toString(),
        "--observations", good("good-observations.csv").toString(), "--year", "2024", "--out", out.toString()));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void everyProblemOfEveryRecordFileIsListedAndNothingIsWritten(@TempDir Path tmp) throws Exception {
    Cli r = Cli.run(assess(tmp.resolve("out"), "--records", "ballots=" + bad("ballots.csv"),
        "--records", "complaints=" + bad("complaints.csv"), "--records", "meetings=" + bad("meetings.csv"),
        "--records", "cases=" + bad("cases.csv")).toArray(String[]::new));
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().lines().toList()).containsExactlyElementsOf(
        Files.readAllLines(bad("expected.txt"), StandardCharsets.UTF_8));
    assertThat(r.out()).isEmpty();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).as("nothing written, not even a temporary directory").isEmpty();
    }
  }

  @Test
  void problemsOfTheObservationsAndOfTheRecordsComeTogether(@TempDir Path tmp) throws Exception {
    List<String> args = new ArrayList<>(List.of("assess", "--units", good("good-units.csv").toString(),
        "--observations", good("o-percent-value.csv").toString(), "--year", "2024", "--out",
        tmp.resolve("out").toString(), "--records", "ballots=" + bad("ballots.csv")));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("fivetype: the input files are not valid (4 problems)")
        .contains("o-percent-value.csv, row ", "ballots.csv:3:rater_group", "ballots.csv:4:unit_id",
            "ballots.csv:5:answer");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void anUnknownKindOrATwiceGivenKindIsBadUsage(@TempDir Path tmp) throws Exception {
    Cli r = Cli.run(assess(tmp.resolve("out"), "--records", "votes=" + bad("ballots.csv")).toArray(String[]::new));
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--records: unknown kind \"votes\": expected one of ballots, complaints, meetings, "
        + "cases, research-days");
    Cli twice = Cli.run(assess(tmp.resolve("out"), "--records", "ballots=" + bad("ballots.csv"), "--records",
        "ballots=" + bad("ballots.csv")).toArray(String[]::new));
    assertThat(twice.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(twice.err()).contains("--records: ballots is given twice");
  }

  @Test
  void aggregateWritesTheObservationsAndTheDiagnosticsOfTheDemoRecords(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    assertThat(Cli.run("demo", "--inputs-only", "--inputs", in.toString()).exitCode()).isZero();
    Path out = tmp.resolve("agg");
    Cli r = Cli.run("aggregate", "--units", in.resolve("units.csv").toString(), "--year", "2024", "--out",
        out.toString(), "--records", "ballots=" + in.resolve("ballots.csv"), "--records",
        "complaints=" + in.resolve("complaints.csv"), "--records", "meetings=" + in.resolve("meetings.csv"),
        "--records", "cases=" + in.resolve("cases.csv"), "--records", "research-days=" + in.resolve("research-days.csv"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".fivetype-manifest",
          "observations.csv", "diagnostics-ballots.csv", "diagnostics-complaints.csv", "diagnostics-meetings.csv",
          "diagnostics-cases.csv", "diagnostics-research-days.csv");
    }
    // the files give the same observations as the records aggregated in memory, one line each
    List<Unit> units = DemoCity.units();
    List<Aggregation> direct = DemoRecords.aggregate(units, 2024);
    List<String> lines = Files.readAllLines(out.resolve("observations.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("unit_id,year,indicator_id,value,source");
    assertThat(lines).hasSize(1 + direct.stream().mapToInt(a -> a.observations().size()).sum());
    var first = direct.get(0).observations().get(0);
    assertThat(lines.get(1)).startsWith(first.unitId() + ",2024,E8.appraisal-satisfaction," + first.value() + ",");
    // ballots: a row per unit; every seventh unit of the list (index 5, 12, …) has 60 ballots,
    // fewer than the minimum of 100 valid ones: flagged (and, in observations.csv, left without a value)
    List<String> ballots = Files.readAllLines(out.resolve("diagnostics-ballots.csv"), StandardCharsets.UTF_8);
    assertThat(ballots).hasSize(1 + 48);
    assertThat(ballots.get(0)).startsWith("\uFEFFunit_id,ballots,").endsWith(
        "flags,flags_zh,flags_en,interval_low,interval_high,interval_level,interval_method");
    String sixth = units.get(5).id();
    assertThat(ballots.stream().filter(l -> l.startsWith(sixth + ",60,"))).singleElement().asString()
        .contains("too-few-ballots", "fewer than the minimum of 100; not scored");
    assertThat(lines).noneMatch(l -> l.startsWith(sixth + ",2024,E8."));
    assertThat(ballots.stream().filter(l -> l.startsWith(units.get(0).id() + ",")))
        .singleElement().asString().endsWith(",0.95,wilson");
    assertThat(r.out()).contains("wrote 已写出 " + out);
  }
}
