package org.fivetype.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fivetype.api.Measure;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/measures.md}, the repository's own measure catalogue, complete: every
 * measure id of the code ({@link Measure#ALL_IDS}) has a row with its pillar and a summary in
 * Chinese and English; and every id of the outline {@code ../shared/source/MEASURES.md} (read at
 * test time from the folder beside the repository, never copied; the test is skipped, saying so,
 * when that folder is absent) is in the catalogue.
 */
class MeasuresDocTest {

  /** A catalogue row: | id | pillar | 中文摘要 | summary |. */
  private static final Pattern ROW = Pattern.compile("^\\| ([LRISEOA]\\d{1,2}) \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static Map<String, String[]> catalogue() throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(EmbeddingExampleTest.repoRoot().resolve("docs/measures.md"))) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        assertThat(rows.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(4)}))
            .as("measure %s has one row", m.group(1)).isNull();
      }
    }
    return rows;
  }

  @Test
  void everyMeasureOfTheCodeHasARowWithPillarAndBilingualSummary() throws IOException {
    Map<String, String[]> rows = catalogue();
    assertThat(rows.keySet()).containsExactlyElementsOf(Measure.ALL_IDS);
    for (Map.Entry<String, String[]> e : rows.entrySet()) {
      String[] r = e.getValue();
      assertThat(r[0].strip()).as("%s: pillar", e.getKey()).isNotEmpty();
      assertThat(HAN.matcher(r[1]).find()).as("%s: Chinese summary '%s'", e.getKey(), r[1]).isTrue();
      assertThat(r[2]).as("%s: English summary", e.getKey()).matches(".*[A-Za-z]{3,}.*");
      assertThat(HAN.matcher(r[2]).find()).as("%s: the English summary has no Han '%s'", e.getKey(), r[2]).isFalse();
    }
    // the pillar column names the pillar of the measure's letter
    Map<Character, String> pillar = Map.of('L', "learning", 'R', "legal", 'I', "integrity", 'S', "service",
        'E', "efficiency", 'O', "organisation", 'A', "assessment");
    rows.forEach((id, r) -> assertThat(r[0]).as(id).startsWith(pillar.get(id.charAt(0))));
  }

  @Test
  void everyIdOfTheSourceOutlineIsInTheCatalogue() throws IOException {
    String shared = System.getProperty("fivetype.shared", "../shared");
    Path outline = Path.of(shared, "source", "MEASURES.md");
    Assumptions.assumeTrue(Files.isRegularFile(outline), "!!! " + outline.toAbsolutePath()
        + " is absent (system property fivetype.shared=" + shared + "): docs/measures.md was NOT compared with the "
        + "source outline !!!");
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^- ([LRISEOA]\\d{1,2}) ").matcher(Files.readString(outline));
    while (m.find()) {
      ids.add(m.group(1));
    }
    // the outline has 47 measures: L1-L8, R1-R5, I1-I6, S1-S7, E1-E8, O1-O3, A1-A10
    assertThat(ids).hasSize(47);
    assertThat(catalogue().keySet()).containsAll(ids);
  }
}
