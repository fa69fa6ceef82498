package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of {@code docs/} run as written: every {@code fivetype} command of the Chinese guide
 * ({@code docs/zh/guide.md}), in order, in a fresh folder (its relative paths taken from there),
 * each exiting with 0 and writing what the guide says; and the example spec of {@code
 * docs/uncertainty.md} on the demo city under the default rule set. The files are read from the
 * repository (this module's parent).
 */
class DocsExamplesTest {

  static final Path DOCS = Path.of("..", "docs");

  /** The options whose value is a path (or KIND=path), resolved against the test's folder. */
  static final Set<String> PATH_OPTIONS = Set.of("--inputs", "--units", "--observations", "--out", "-o", "--records",
      "--uncertain", "--result", "--history");

  @TempDir
  Path dir;

  /** The {@code fivetype …} lines of the {@code sh} blocks of a Markdown file. */
  static List<String> commands(Path md) throws Exception {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(md, StandardCharsets.UTF_8));
    while (m.find()) {
      for (String line : m.group(1).split("\\n")) {
        if (line.startsWith("fivetype ")) {
          out.add(line.strip());
        }
      }
    }
    return out;
  }

  private String[] args(String command) {
    String[] words = command.substring("fivetype ".length()).split(" +");
    for (int i = 1; i < words.length; i++) {
      if (PATH_OPTIONS.contains(words[i - 1])) {
        int eq = words[i - 1].equals("--records") ? words[i].indexOf('=') : -1;
        words[i] = words[i].substring(0, eq + 1) + dir.resolve(words[i].substring(eq + 1));
      }
    }
    return words;
  }

  @Test
  void everyCommandOfTheChineseGuideRunsAsWritten() throws Exception {
    List<String> commands = commands(DOCS.resolve("zh/guide.md"));
    // demo inputs, checklist, assess (checklist and observations), explain, sensitivity, assess with history, history
    assertThat(commands).hasSize(8);
    for (String c : commands) {
      Cli r = Cli.run(args(c));
      assertThat(r.exitCode()).as(c + "\n" + r.err()).isZero();
    }
    // what the guide says each step leaves behind
    assertThat(dir.resolve("demo-inputs/demo-uncertainty.json")).exists();
    assertThat(dir.resolve("checklist/checklist.xlsx")).exists();
    for (String out : List.of("results-checklist", "results", "robustness", "results-final")) {
      assertThat(dir.resolve(out + "/report.html")).as(out).exists();
    }
    // the unfilled checklist read as it is: every indicator of every unit is missing evidence
    var unfilled = Jsoup.parse(dir.resolve("results-checklist/report.html").toFile(), "UTF-8");
    assertThat(unfilled.select("#unit-tianshan tr[data-indicator]")).hasSizeGreaterThan(50)
        .hasSameSizeAs(unfilled.select("#unit-tianshan tr.explain")); // each row flagged, with its explanation
    // the report's categories carry the labels of the units file's category_zh / category_en
    var report = Jsoup.parse(dir.resolve("results/report.html").toFile(), "UTF-8");
    assertThat(report.select("#category-districts h3").text()).startsWith("区(县)");
  }

  @Test
  void theExampleSpecOfTheUncertaintyDocFitsTheDefaultRuleSet() throws Exception {
    String doc = Files.readString(DOCS.resolve("uncertainty.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("## The spec \\(JSON\\)\\s*```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("the spec block of docs/uncertainty.md").isTrue();
    Path spec = dir.resolve("uncertain.json");
    Files.writeString(spec, m.group(1), StandardCharsets.UTF_8);
    Path inputs = dir.resolve("in");
    assertThat(Cli.run("demo", "--inputs", inputs.toString(), "--inputs-only").exitCode()).isZero();
    Cli r = Cli.run("sensitivity", "--units", inputs.resolve("units.csv").toString(), "--observations",
        inputs.resolve("observations.csv").toString(), "--year", "2024", "--uncertain", spec.toString(), "--runs", "8",
        "--out", dir.resolve("out").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(dir.resolve("out/robustness.csv")).exists();
  }
}
