package org.fivetype.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fivetype.api.Measure;
import org.fivetype.api.Pillar;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default catalogue ({@code urumqi-2004}, the five pillar modules found by
 * {@link ServiceLoader}) covers every one of the 34 pillar measures of docs/measures.md — each has an
 * indicator, or {@code docs/coverage.md} gives a reason in a line {@code - **X9**: reason} — its
 * points add up to 100, its indicator ids are unique, and {@code docs/coverage.md} lists every
 * indicator with its points and its rule's own English description.
 */
class MeasureCoverageTest {

  private static final String RULE_SET = "urumqi-2004";
  /** A reason why a measure has no indicator: {@code - **E9**: reason…}. */
  private static final Pattern REASON = Pattern.compile("^- \\*\\*([A-Z][0-9]{1,2})\\*\\*: (\\S.*)$");
  /** A row of the coverage table: {@code | L7 | `L7.research-days` … | … | … | 3 |}. */
  private static final Pattern ROW = Pattern.compile("^\\| ([A-Z][0-9]{1,2}) \\| `([^`]+)`.*\\| ([0-9.]+) \\|\\s*$");

  private static List<PillarProvider> defaults;
  private static List<String> coverageLines;

  @BeforeAll
  static void load() throws IOException {
    defaults = new ArrayList<>();
    for (PillarProvider p : ServiceLoader.load(PillarProvider.class)) {
      if (p.ruleSets().contains(RULE_SET)) {
        defaults.add(p);
      }
    }
    coverageLines = Files.readAllLines(docsFolder().resolve("coverage.md"), StandardCharsets.UTF_8);
  }

  /** The nearest folder named {@code docs} in the working directory or above it. */
  static Path docsFolder() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("docs"))) {
        return d.resolve("docs");
      }
    }
    throw new AssertionError("no folder with docs/ at or above " + Path.of("").toAbsolutePath());
  }

  private static List<Indicator> defaultIndicators() {
    List<Indicator> all = new ArrayList<>();
    defaults.forEach(p -> all.addAll(p.indicators()));
    return all;
  }

  @Test
  void theFiveStandardPillarsAreFoundAndEachOnce() {
    assertThat(defaults.stream().map(PillarProvider::pillar)).containsExactlyInAnyOrderElementsOf(Pillar.STANDARD);
  }

  @Test
  void everyPillarMeasureHasAnIndicatorOrAWrittenReason() {
    Set<String> covered = new TreeSet<>();
    defaultIndicators().forEach(i -> i.measures().forEach(m -> covered.add(m.id())));
    Set<String> reasoned = new TreeSet<>();
    for (String line : coverageLines) {
      Matcher m = REASON.matcher(line.strip());
      if (m.matches()) {
        reasoned.add(m.group(1));
      }
    }
    List<String> neither = new ArrayList<>();
    for (String id : Measure.PILLAR_IDS) {
      if (!covered.contains(id) && !reasoned.contains(id)) {
        neither.add(id);
      }
    }
    assertThat(neither).as("pillar measures with neither an indicator nor a '- **X9**: reason' line in "
        + "docs/coverage.md").isEmpty();
    assertThat(Measure.PILLAR_IDS).hasSize(34);
  }

  @Test
  void pointsOfTheFivePillarsSumTo100() {
    double sum = defaultIndicators().stream().mapToDouble(Indicator::points).sum();
    assertThat(sum).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void indicatorIdsAreUniqueAcrossAllPillars() {
    Set<String> seen = new LinkedHashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (PillarProvider p : ServiceLoader.load(PillarProvider.class)) {
      for (Indicator i : p.indicators()) {
        if (!seen.add(i.id().value())) {
          duplicates.add(i.id().value());
        }
      }
    }
    assertThat(duplicates).as("indicator ids offered by more than one provider or twice").isEmpty();
  }

  @Test
  void coverageTableListsEveryIndicatorUnderItsMeasuresWithItsPoints() {
    Map<String, Double> pointsInDoc = new HashMap<>();
    Map<String, Set<String>> measuresInDoc = new HashMap<>();
    Map<String, String> ruleInDoc = new HashMap<>();
    for (String line : coverageLines) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        measuresInDoc.computeIfAbsent(m.group(2), k -> new TreeSet<>()).add(m.group(1));
        pointsInDoc.put(m.group(2), Double.parseDouble(m.group(3)));
        // | measure | indicator | evidence | scoring rule | points |
        ruleInDoc.put(m.group(2), line.split("\\|", -1)[4].strip());
      }
    }
    for (Indicator i : defaultIndicators()) {
      String id = i.id().value();
      assertThat(pointsInDoc).as("docs/coverage.md has a table row for %s", id).containsKey(id);
      assertThat(pointsInDoc.get(id)).as("points of %s in docs/coverage.md", id).isCloseTo(i.points(), within(1e-9));
      Set<String> measures = new TreeSet<>();
      i.measures().forEach(ms -> measures.add(ms.id()));
      assertThat(measuresInDoc.get(id)).as("measures of %s in docs/coverage.md", id).isEqualTo(measures);
      assertThat(ruleInDoc.get(id)).as("scoring rule of %s in docs/coverage.md: the rule kind and its describe()", id)
          .isEqualTo(i.rule().kind() + ": " + i.rule().describe(i.points()).en());
    }
  }
}
