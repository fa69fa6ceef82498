package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line: exit codes (README), help everywhere, and each command's effect. */
class CliTest {

  @ParameterizedTest(name = "fivetype {0} --help")
  @ValueSource(strings = {"", "assess", "checklist", "rules", "rules show", "rules export", "rules validate", "explain",
      "sensitivity", "demo"})
  void everyCommandHasHelp(String command) {
    String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
    Cli r = Cli.run(args);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("Usage: fivetype" + (command.isEmpty() ? "" : " " + command));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void topLevelHelpListsCommandsAndExitCodes() {
    String help = Cli.run("--help").out();
    assertThat(help).contains("assess", "checklist", "rules", "explain", "demo", "Exit codes",
        "2  bad input", "3  bad usage", "4  cannot read or write");
  }

  @ParameterizedTest(name = "{0} → exit {1}")
  @CsvSource(delimiter = '|', value = {
      "frobnicate | 3",
      "assess --units u.csv | 3",
      "assess --units u.csv --observations o.csv --year twenty --out x | 3",
      "demo --colour | 3",
      "rules | 3",
      "rules show no-such-rules | 2",
      "rules validate no-such-file.json | 2",
  })
  void usageAndInputErrorsHaveTheirExitCodes(String args, int code) {
    Cli r = Cli.run(args.split(" "));
    assertThat(r.exitCode()).isEqualTo(code);
    assertThat(r.err()).startsWith(code == 3 ? "fivetype: " : "").doesNotContain("\tat org.");
  }

  @Test
  void demoWritesTheFourOutputsAndExplainReadsThemBack(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("demo", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(out.resolve("results.json")).isRegularFile();
    assertThat(out.resolve("results.csv")).isRegularFile();
    assertThat(out.resolve("results.xlsx")).isRegularFile();
    assertThat(out.resolve("report.html")).isRegularFile();
    assertThat(r.out()).contains("assessed 已考核 48 units, 2024");
    assertThat(out.resolve("cadre-records.csv")).isRegularFile();
    // with its raw records in, environment is the demo's pillar-floor unit: GOOD by the cap
    Cli e = Cli.run("explain", "--result", out.toString(), "--unit", "environment");
    assertThat(e.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(e.out()).contains("等次 tier: 优良 good", "[pillar-floor → good]", "Smallest changes to reach excellent");
    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    JsonNode tourism = null;
    for (JsonNode u : json.get("units")) {
      if (u.get("id").asText().equals("environment")) {
        tourism = u;
      }
    }
    assertThat(tourism.get("tier").asText()).isEqualTo("GOOD");
    // the explanation's greedy path ends at EXCELLENT, its last line says so
    String last = e.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).endsWith("优秀 excellent");
  }

  @Test
  void explainOfAnUnknownUnitIsBadInput(@TempDir Path tmp) {
    Path out = tmp.resolve("out");
    assertThat(Cli.run("demo", "--out", out.toString()).exitCode()).isZero();
    Cli e = Cli.run("explain", "--result", out.toString(), "--unit", "atlantis");
    assertThat(e.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(e.err()).contains("--unit atlantis: not a unit of");
    Cli missing = Cli.run("explain", "--result", tmp.resolve("nothing").toString(), "--unit", "tianshan");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("the file does not exist");
  }

  @Test
  void anOutputDirectoryWithOtherFilesIsRefusedAndKept(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.docx"), "mine");
    Cli r = Cli.run("demo", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).contains("holds files fivetype did not write", "\n  - thesis.docx");
    assertThat(Files.readString(out.resolve("thesis.docx"))).isEqualTo("mine");
    try (var s = Files.list(tmp)) {
      assertThat(s).containsExactly(out);
    }
  }

  @Test
  void aSecondRunReplacesThePreviousOutput(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    assertThat(Cli.run("demo", "--out", out.toString()).exitCode()).isZero();
    byte[] first = Files.readAllBytes(out.resolve("results.json"));
    assertThat(Cli.run("demo", "--out", out.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(out.resolve("results.json"))).isEqualTo(first);
    try (var s = Files.list(tmp)) {
      assertThat(s).containsExactly(out);
    }
  }

  @ParameterizedTest(name = "--encoding {0}")
  @CsvSource(delimiter = '|', value = {"NO-SUCH-CHARSET | NO-SUCH-CHARSET", "observations.csv=LATIN-99 | LATIN-99"})
  void aBadEncodingIsAUsageErrorNamingTheValue(String value, String named, @TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    assertThat(Cli.run("demo", "--inputs-only", "--inputs", in.toString()).exitCode()).isZero();
    Path out = tmp.resolve("out");
    Cli r = Cli.run("assess", "--units", in.resolve("units.csv").toString(), "--observations",
        in.resolve("observations.csv").toString(), "--year", "2024", "--out", out.toString(), "--encoding", value);
    // a mistyped option value is the user's usage error (exit 3), not an internal error (exit 1)
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("fivetype: ").contains("--encoding", "\"" + named + "\"", "not a character set")
        .doesNotContain("\tat org.");
    assertThat(out).doesNotExist();
  }

  @Test
  void assessOnTheDemoInputsGivesTheDemoResults(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Path demoOut = tmp.resolve("demo");
    assertThat(Cli.run("demo", "--out", demoOut.toString(), "--inputs", in.toString(), "--no-robustness").exitCode())
        .isZero();
    Path out = tmp.resolve("out");
    Cli r = Cli.run("assess", "--units", in.resolve("units.csv").toString(), "--observations",
        in.resolve("observations.csv").toString(), "--year", "2024", "--out", out.toString(),
        "--records", "ballots=" + in.resolve("ballots.csv"), "--records", "complaints=" + in.resolve("complaints.csv"),
        "--records", "meetings=" + in.resolve("meetings.csv"), "--records", "cases=" + in.resolve("cases.csv"),
        "--records", "research-days=" + in.resolve("research-days.csv"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    // the same evidence from files (typed-in values, staff counts and raw records) as from memory:
    // the same input fingerprint, the same bytes, the same consequences and satisfaction
    for (String f : List.of("results.json", "results.csv", "report.html", "cadre-records.csv")) {
      assertThat(Files.readString(out.resolve(f), StandardCharsets.UTF_8)).as(f)
          .isEqualTo(Files.readString(demoOut.resolve(f), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theProgressLineGoesToStderrOnlyOnATerminal(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    assertThat(Cli.run("demo", "--inputs-only", "--inputs", in.toString()).exitCode()).isZero();
    String[] args = {"assess", "--units", in.resolve("units.csv").toString(), "--observations",
        in.resolve("observations.csv").toString(), "--year", "2024", "--out", tmp.resolve("out").toString()};
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
    int code = Main.run(args, new java.io.PrintStream(o, true, StandardCharsets.UTF_8),
        new java.io.PrintStream(e, true, StandardCharsets.UTF_8), true);
    assertThat(code).isZero();
    assertThat(e.toString(StandardCharsets.UTF_8)).startsWith("\r").contains("assessing 评分定等: 48 units");
    assertThat(o.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
    Cli piped = Cli.run(args);
    assertThat(piped.exitCode()).isZero();
    assertThat(piped.err()).isEmpty();
  }

  @Test
  void verboseShowsTheStackTraceOfAnInternalErrorOnlyWhenAsked(@TempDir Path tmp) {
    Cli quiet = Cli.run("rules", "show", "no-such-rules");
    assertThat(quiet.err()).doesNotContain("\tat ");
    Cli verbose = Cli.run("rules", "show", "no-such-rules", "--verbose");
    assertThat(verbose.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(verbose.err()).contains("\tat org.fivetype");
  }

  @Test
  void rulesExportWritesACompleteRuleFileThatValidates(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("urumqi.json");
    assertThat(Cli.run("rules", "export", "urumqi-2004", "--out", file.toString()).exitCode()).isZero();
    Cli v = Cli.run("rules", "validate", file.toString());
    assertThat(v.exitCode()).isZero();
    assertThat(v.out()).startsWith("ok 有效: " + file + " (urumqi-2004, 57 indicators, 100 points");
    Cli show = Cli.run("rules", "show");
    assertThat(show.out()).startsWith("urumqi-2004: ").contains("L7.research-days");
  }

  @Test
  void checklistWritesOnePagePerUnit(@TempDir Path tmp) throws Exception {
    Path units = Path.of(BadInputCorpusTest.dir().resolve("good-units.csv").toString());
    Path out = tmp.resolve("check");
    Cli r = Cli.run("checklist", "--units", units.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String html = Files.readString(out.resolve("checklist.html"));
    assertThat(html.split("<section class=\"unit\"", -1)).hasSize(3); // 2 units
    // the CSV is an observations file to fill in: header + 2 units × 57 indicators
    assertThat(Files.readAllLines(out.resolve("checklist.csv"))).hasSize(1 + 2 * 57);
  }
}
