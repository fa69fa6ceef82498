package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fivetype.api.Label;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16: results.xlsx opens whatever the names, is byte-identical between runs, and guards text only. */
class SpreadsheetSafetyTest {

  @Test
  void identicalRunsGiveByteIdenticalWorkbooks(@TempDir Path tmp) throws Exception {
    // before: docProps/core.xml held the creation time and every zip entry the time of writing
    AssessmentResult r = Demo.result();
    XlsxResults.write(r, tmp.resolve("a.xlsx"));
    Thread.sleep(2100); // past the two-second resolution of zip times
    XlsxResults.write(r, tmp.resolve("b.xlsx"));
    assertThat(Files.readAllBytes(tmp.resolve("a.xlsx"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.xlsx")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aaaaaaaaaaaaaaaaaaaaaaaaaaa\uD83D\uDE00\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", "a/b\\c[d]e:f*g?h",
      "'quoted'", "History", "  ", "abc\u202Edef", "tab\there", "\u0000nul", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  void everySheetNameIsOneExcelAccepts(String category) {
    Set<String> used = new HashSet<>();
    String name = XlsxResults.sheetName(category, used);
    WorkbookUtil.validateSheetName(name); // throws for a name Excel refuses
    assertThat(name.length()).isLessThanOrEqualTo(31);
    assertThat(name.codePoints().allMatch(cp -> !Character.isSurrogate((char) cp) || cp > 0xFFFF))
        .as("no half of an emoji").isTrue();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))).isTrue();
      }
      assertThat(Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(name.charAt(i - 1)))).isFalse();
    }
    // a second category that cuts to the same name gets another
    assertThat(XlsxResults.sheetName(category, used)).isNotEqualToIgnoringCase(name);
  }

  @Test
  void textLongerThanACellHoldsIsCutBetweenCodePoints() {
    String emoji = "\uD83D\uDE00".repeat(20_000); // 40 000 chars
    String cut = Cells.fit(emoji);
    assertThat(cut.length()).isLessThanOrEqualTo(Cells.CELL_LIMIT);
    assertThat(cut).endsWith("…");
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    assertThat(Cells.fit("x".repeat(32_767))).hasSize(32_767).doesNotContain("…");
    assertThat(Cells.fit("a\u0001b")).isEqualTo("a\uFFFDb");
    assertThatThrownBy(() -> {
      try (XSSFWorkbook wb = new XSSFWorkbook()) {
        wb.createSheet("s").createRow(0).createCell(0).setCellValue("x".repeat(32_768));
      }
    }).as("POI's own limit, which fit keeps under").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numbersStayNumbersAndOnlyTextIsGuarded() {
    // before: '-5.1 in results.csv
    assertThat(Cells.csvText("-5.1")).isEqualTo("-5.1");
    assertThat(Cells.csvText("-0.25")).isEqualTo("-0.25");
    assertThat(Cells.csvText("-3e-4")).isEqualTo("-3e-4");
    assertThat(Cells.csvText("-5.1x")).isEqualTo("'-5.1x");
    assertThat(Cells.csvText("=1+1")).isEqualTo("'=1+1");
    assertThat(Cells.csvText("-1+cmd|' /C calc'!A0")).isEqualTo("'-1+cmd|' /C calc'!A0");
    assertThat(Cells.csvText("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }

  @Test
  void textFromTheRuleFileIsGuardedInTheWorkbook(@TempDir Path tmp) throws Exception {
    // an indicator named like a formula (rule files are input too): its cells are quote-prefixed text
    RuleSet base = Demo.RULES;
    IndicatorSpec first = base.indicators().get(0);
    RuleSet.Builder b = base.toBuilder();
    b.indicator(new IndicatorSpec(first.id(), first.pillar(), Label.of("=HYPERLINK(\"http://x\",\"点\")",
        "=cmd|'/C calc'!A0"), first.description(), first.points(), first.hard(), first.measures(), first.evidence(),
        first.rule()));
    RuleSet rs = b.build();
    AssessmentResult r = ScoringPlan.compile(rs).assess(org.fivetype.demo.DemoCity.YEAR,
        org.fivetype.demo.DemoCity.units(), org.fivetype.demo.DemoCity.observations(org.fivetype.demo.DemoCity.units(),
            rs, org.fivetype.demo.DemoCity.YEAR));
    Path x = tmp.resolve("r.xlsx");
    XlsxResults.write(r, x);
    int guarded = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(x))) {
      for (var sh : wb) {
        for (var row : sh) {
          for (Cell c : row) {
            assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("=")) {
              assertThat(c.getCellStyle().getQuotePrefixed()).as(c.getStringCellValue()).isTrue();
              guarded++;
            }
          }
        }
      }
    }
    assertThat(guarded).isEqualTo(2 * List.copyOf(r.units()).size());
  }
}
