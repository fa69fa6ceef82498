package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code src/test/resources/bad}): every file has its exact expected
 * problems in {@code bad/cases.tsv}; {@code fivetype assess} must exit with 2, print exactly those
 * problems, and write nothing — no output directory, no temporary directory beside it.
 */
class BadInputCorpusTest {

  static Path dir() throws URISyntaxException {
    return Path.of(BadInputCorpusTest.class.getResource("/bad/cases.tsv").toURI()).getParent();
  }

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir().resolve("cases.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", 2);
      expected.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
    }
    return expected.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void theCorpusHasAtLeastFortyFilesAndEachHasExpectedProblems() throws Exception {
    List<String> files;
    try (Stream<Path> s = Files.list(dir())) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("u-") || n.startsWith("o-")).toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(40);
    assertThat(cases().map(a -> (String) a.get()[0])).containsExactlyInAnyOrderElementsOf(files);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblemsAndWritesNothing(String file, List<String> problems, @TempDir Path tmp)
      throws Exception {
    Path d = dir();
    Path units = d.resolve(file.startsWith("u-") ? file : "good-units.csv");
    Path observations = d.resolve(file.startsWith("o-") ? file : "good-observations.csv");
    Path out = tmp.resolve("out");
    Cli r = Cli.run("assess", "--units", units.toString(), "--observations", observations.toString(),
        "--year", "2024", "--out", out.toString(), "--max-problems", "3");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    List<String> lines = r.err().lines().toList();
    assertThat(lines.get(0)).startsWith("fivetype: the input files are not valid (");
    assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(
        problems.stream().map(p -> "  - " + p).toList());
    assertThat(r.out()).isEmpty();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).as("nothing written, not even a temporary directory").isEmpty();
    }
  }
}
