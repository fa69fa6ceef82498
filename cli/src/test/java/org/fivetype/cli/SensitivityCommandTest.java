package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fivetype.demo.DemoRobustness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fivetype sensitivity} and the robustness of {@code fivetype demo}: help, exit codes, the
 * bad-spec corpus ({@code src/test/resources/bad-spec}, exact expected problems in its {@code
 * cases.tsv}), and that files on disk give the demo's robustness byte for byte.
 */
class SensitivityCommandTest {

  static Path bad() throws URISyntaxException {
    return Path.of(SensitivityCommandTest.class.getResource("/bad/cases.tsv").toURI()).getParent();
  }

  static Path badSpecs() throws URISyntaxException {
    return Path.of(SensitivityCommandTest.class.getResource("/bad-spec/cases.tsv").toURI()).getParent();
  }

  /** A small valid spec: two indicators' points and the GOOD line. */
  static Path smallSpec(Path dir) throws IOException {
    Path spec = dir.resolve("small.json");
    Files.writeString(spec, "{ \"inputs\": [ { \"points\": \"L7.research-days\", \"plus-minus\": 0.5 },"
        + " { \"points\": \"R1.red-header-review\", \"between\": [1, 6] },"
        + " { \"threshold\": \"GOOD\", \"between\": [0.75, 0.85] } ] }", StandardCharsets.UTF_8);
    return spec;
  }

  static String[] args(Path spec, Path out, String... more) throws URISyntaxException {
    List<String> a = new ArrayList<>(List.of("sensitivity", "--units", bad().resolve("good-units.csv").toString(),
        "--observations", bad().resolve("good-observations.csv").toString(), "--year", "2024", "--uncertain",
        spec.toString(), "--out", out.toString()));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void helpNamesEveryOptionWithItsDefault() {
    Cli r = Cli.run("sensitivity", "--help");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("Usage: fivetype sensitivity")
        .contains("--uncertain=SPEC", "--runs=N", "(default 256)", "--seed=S", "(default 42)", "--threads=T",
            "--robust-at=P", "(default 0.9)", "--uncertainty-only", "--bootstrap=B", "(default 100)",
            "--top-inputs=K", "(default 5)", "robustness.csv");
    assertThat(Cli.run("--help").out()).contains("sensitivity");
    assertThat(Cli.run("demo", "--help").out()).contains("--no-robustness", "--runs=N", "(default 64");
  }

  @ParameterizedTest(name = "{0} → exit {1}")
  @CsvSource(delimiter = '|', value = {
      "--runs 1 | 3",
      "--runs many | 3",
      "--threads 0 | 3",
      "--robust-at 0 | 3",
      "--robust-at 1.5 | 3",
      "--bootstrap -1 | 3",
      "--top-inputs 0 | 3",
  })
  void badOptionValuesAreUsageErrorsAndWriteNothing(String extra, int code, @TempDir Path tmp) throws Exception {
    Path spec = smallSpec(tmp);
    Cli r = Cli.run(args(spec, tmp.resolve("out"), extra.split(" ")));
    assertThat(r.exitCode()).isEqualTo(code);
    assertThat(r.err()).startsWith("fivetype: ").contains("fivetype sensitivity --help");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void missingOptionsAndFilesHaveTheirExitCodes(@TempDir Path tmp) throws Exception {
    // no --uncertain: bad usage
    Cli r = Cli.run("sensitivity", "--units", "u.csv", "--observations", "o.csv", "--year", "2024", "--out", "x");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("fivetype: Missing required option: '--uncertain=SPEC'");
    // a spec that is not there: a file that cannot be read
    Cli missing = Cli.run(args(tmp.resolve("no-such-spec.json"), tmp.resolve("out")));
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(missing.err()).isEqualTo("fivetype: no such file: " + tmp.resolve("no-such-spec.json") + "\n");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  static Stream<Arguments> badSpecCases() throws IOException, URISyntaxException {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(badSpecs().resolve("cases.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", 3);
      List<String> lines = expected.computeIfAbsent(f[0], k -> new ArrayList<>());
      if (lines.isEmpty()) {
        lines.add(f[1]);
      }
      lines.add("  - " + f[2]);
    }
    return expected.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void theBadSpecCorpusHasExpectedProblemsForEveryFile() throws Exception {
    List<String> files;
    try (Stream<Path> s = Files.list(badSpecs())) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(19);
    assertThat(badSpecCases().map(a -> (String) a.get()[0])).containsExactlyInAnyOrderElementsOf(files);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSpecCases")
  void aBadSpecExitsWith2ListingEveryProblemAndWritesNothing(String file, List<String> lines, @TempDir Path tmp)
      throws Exception {
    Path out = tmp.resolve("out");
    Cli r = Cli.run(args(badSpecs().resolve(file), out, "--runs", "4"));
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().lines().toList()).containsExactlyElementsOf(lines);
    assertThat(r.out()).isEmpty();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).as("nothing written, not even a temporary directory").isEmpty();
    }
  }

  @Test
  void writesTheFourOutputsAndRobustnessCsvAndReplacesItsOwnOutput(@TempDir Path tmp) throws Exception {
    Path spec = smallSpec(tmp);
    Path out = tmp.resolve("out");
    // d = 3 inputs: a sensitivity analysis of N = 8 makes N(d + 2) = 40 assessments, probabilities over 2N = 16
    Cli r = Cli.run(args(spec, out, "--runs", "8", "--bootstrap", "10", "--threads", "2"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("assessed 已考核 2 units, 2024",
        "published tier in ≥ 90% of 16 draws; 40 assessments, seed 42",
        "wrote 已写出 " + out + "/{results.json,results.csv,results.xlsx,report.html,cadre-records.csv,"
            + "robustness.csv}");
    try (Stream<Path> s = Files.list(out)) {
      // like assess, the consequences of the year (bonus, quota, cadre records) come along
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".fivetype-manifest",
          "results.json", "results.csv", "results.xlsx", "report.html", "cadre-records.csv", "robustness.csv");
    }
    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    JsonNode section = json.get("sections").get("robustness");
    assertThat(section.get("spec").asText()).isEqualTo("small.json");
    assertThat(section.get("runs").asInt()).isEqualTo(8);
    assertThat(section.get("evaluations").asInt()).isEqualTo(40);
    assertThat(section.get("inputs")).extracting(JsonNode::asText)
        .containsExactly("points L7.research-days", "points R1.red-header-review", "threshold GOOD");
    assertThat(section.get("units")).hasSize(2);
    assertThat(Files.readAllLines(out.resolve("robustness.csv"))).hasSize(3);

    // again into the same directory (it holds only fivetype's files), uncertainty only: N = 8 assessments
    Cli again = Cli.run(args(spec, out, "--runs", "8", "--uncertainty-only"));
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("of 8 draws; 8 assessments");
    JsonNode ua = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("sections").get("robustness");
    assertThat(ua.get("sensitivity").asBoolean()).isFalse();
    assertThat(ua.get("units").get(0).has("sensitivity")).isFalse();
  }

  @Test
  void theProgressLineGoesToStderrOnlyOnATerminal(@TempDir Path tmp) throws Exception {
    Path spec = smallSpec(tmp);
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
    int code = Main.run(args(spec, tmp.resolve("out"), "--runs", "8"), new java.io.PrintStream(o, true,
        StandardCharsets.UTF_8), new java.io.PrintStream(e, true, StandardCharsets.UTF_8), true);
    assertThat(code).isZero();
    // 40 assessments in chunks of 4: the last update says all 40 are done
    assertThat(e.toString(StandardCharsets.UTF_8)).startsWith("\r").contains("robustness 稳健性分析: 40 / 40 assessments");
    assertThat(o.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
  }

  @Test
  void theDemoInputsOnDiskGiveTheDemosRobustnessByteForByte(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path demo = tmp.resolve("demo");
    Cli d = Cli.run("demo", "--out", demo.toString(), "--inputs", in.toString(), "--threads", "1");
    assertThat(d.exitCode()).as(d.err()).isZero();
    assertThat(d.out()).contains("robust 稳健: ", "of 48 units", "4,032 assessments, seed 2024",
        "robustness.csv}");
    // the built-in spec under its own name, the demo's seed and runs, on two threads instead of one
    Path spec = tmp.resolve(DemoRobustness.SPEC);
    try (InputStream s = DemoRobustness.class.getResourceAsStream(DemoRobustness.SPEC)) {
      Files.copy(s, spec);
    }
    Path out = tmp.resolve("out");
    Cli r = Cli.run("sensitivity", "--units", in.resolve("units.csv").toString(), "--observations",
        in.resolve("observations.csv").toString(), "--year", "2024", "--uncertain", spec.toString(), "--runs",
        "" + DemoRobustness.RUNS, "--seed", "" + DemoRobustness.SEED, "--threads", "2", "--out", out.toString(),
        "--records", "ballots=" + in.resolve("ballots.csv"), "--records", "complaints=" + in.resolve("complaints.csv"),
        "--records", "meetings=" + in.resolve("meetings.csv"), "--records", "cases=" + in.resolve("cases.csv"),
        "--records", "research-days=" + in.resolve("research-days.csv"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    for (String f : List.of("results.json", "report.html", "robustness.csv", "cadre-records.csv")) {
      assertThat(Files.readString(out.resolve(f), StandardCharsets.UTF_8)).as(f)
          .isEqualTo(Files.readString(demo.resolve(f), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theDemoWithoutRobustnessWritesTheFourOutputsOnly(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("demo", "--out", out.toString(), "--no-robustness");
    assertThat(r.exitCode()).isZero();
    assertThat(out.resolve("robustness.csv")).doesNotExist();
    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertThat(json.get("sections").has("robustness")).isFalse();
    assertThat(Cli.run("demo", "--out", out.toString(), "--runs", "1").exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
