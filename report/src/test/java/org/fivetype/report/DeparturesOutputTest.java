package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fivetype.demo.DemoCity;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.ruleset.RuleSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a rule set's {@code departures} (principles of the programme it departs from on
 * purpose, with the reasons) are in every result: results.json ({@code ruleSet.departures}),
 * report.html (under the title), results.csv (a last column {@code departures} on every row) and
 * results.xlsx (a first sheet {@code departures 偏离}). A rule set without departures writes none of
 * this: its files are as before.
 */
class DeparturesOutputTest {

  static final String A5 = "pilot year: vetoes are reported, not capped";
  static final String A7 = "one bonus for every tier, 2025 only";

  static AssessmentResult assess(RuleSet rs) {
    return ScoringPlan.compile(rs).assess(DemoCity.YEAR, DemoCity.units(), DemoCity.observations(rs, DemoCity.YEAR));
  }

  @Test
  void everyResultFileShowsTheDepartures(@TempDir Path tmp) throws Exception {
    RuleSet rs = Demo.RULES.toBuilder().departure("A7", A7).departure("A5", A5).build();
    AssessmentResult r = assess(rs);
    Path out = tmp.resolve("out");
    Writers.standard().write(r, out);

    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertThat(json.at("/ruleSet/departures/A5").asText()).isEqualTo(A5);
    assertThat(json.at("/ruleSet/departures/A7").asText()).isEqualTo(A7);

    Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    assertThat(doc.select("div.departures li").eachText()).containsExactly("A5: " + A5, "A7: " + A7);

    List<List<String>> csv = FormulaGuardTest.csv(out.resolve("results.csv"));
    List<String> header = csv.get(0);
    assertThat(header.get(header.size() - 1)).isEqualTo("departures");
    assertThat(csv).hasSize(1 + DemoCity.units().size());
    for (List<String> row : csv.subList(1, csv.size())) {
      assertThat(row).as("a rectangular table").hasSameSizeAs(header);
      // by principle, as results.json has them
      assertThat(row.get(row.size() - 1)).isEqualTo("A5: " + A5 + "; A7: " + A7);
    }

    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("results.xlsx")))) {
      var sh = wb.getSheetAt(0);
      assertThat(sh.getSheetName()).isEqualTo("departures 偏离");
      List<String> rows = new ArrayList<>();
      for (var row : sh) {
        rows.add(row.getCell(0).getStringCellValue().replace('\n', ' ') + " | "
            + row.getCell(1).getStringCellValue().replace('\n', ' '));
      }
      assertThat(rows).containsExactly("原则 principle | 偏离理由 reason", "A5 | " + A5, "A7 | " + A7);
    }
  }

  @Test
  void aRuleSetWithoutDeparturesWritesNoneOfIt(@TempDir Path tmp) throws Exception {
    AssessmentResult r = assess(Demo.RULES);
    Path out = tmp.resolve("out");
    Writers.standard().write(r, out);
    List<List<String>> csv = FormulaGuardTest.csv(out.resolve("results.csv"));
    assertThat(csv.get(0)).doesNotContain("departures").endsWith("vetoes", "failed_hard", "missing");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("results.xlsx")))) {
      assertThat(wb.getSheet("departures 偏离")).isNull();
    }
    assertThat(new ObjectMapper().readTree(out.resolve("results.json").toFile()).at("/ruleSet/departures").isMissingNode())
        .isTrue();
  }
}
