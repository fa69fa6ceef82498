package org.fivetype.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.fivetype.api.Tier;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.UnitResult;
import org.fivetype.demo.DemoCity;
import org.fivetype.pipeline.Outcome;
import org.fivetype.spi.HistoryStore;
import org.fivetype.store.jdbc.HistoryStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's embedding code: the tagged region of {@link EmbeddingExample} (which the build
 * compiles) must assess the demo city. {@code ExampleProjectsTest} checks that the README's project
 * ({@code examples/projects/embedding}) has exactly this tagged region and builds it separately.
 */
class EmbeddingExampleTest {

  static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve(".ci/run"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find the repository root (the folder with .ci/run) above "
          + Path.of("").toAbsolutePath());
    }
    return p;
  }

  @Test
  void theExampleAssessesTheDemoCity(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Outcome outcome = EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    AssessmentResult r = outcome.result();
    // the outputs are written, with the consequences of the year (the demo units have staff counts)
    assertThat(outcome.consequences()).isPresent();
    for (String f : List.of("results.json", "results.csv", "results.xlsx", "report.html", "cadre-records.csv")) {
      assertThat(dir.resolve("out").resolve(f)).isRegularFile();
    }
    // the year is in the history store
    try (HistoryStore h = HistoryStores.open(dir.resolve("history").toString())) {
      assertThat(h.years()).containsExactly(2024);
    }
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(DemoCity.units().size());
    assertThat(r.ruleSet().id()).isEqualTo("urumqi-2004");
    for (int k = 0; k < lines.length; k++) {
      UnitResult u = r.units().get(k);
      assertThat(lines[k]).startsWith(u.unit().id()).contains(u.tier().name());
      assertThat(u.total()).isBetween(0.0, r.maxTotal());
    }
    // every unit is in exactly one tier
    assertThat(r.tierCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(lines.length);
    assertThat(Arrays.stream(Tier.values())).allMatch(t -> r.tierCounts().containsKey(t));
  }
}
