package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.UnitResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files of the demo city's outputs as {@code fivetype demo} writes them (raw records in,
 * consequences, satisfaction and robustness sections; {@code src/test/resources/golden}):
 * results.json, results.csv, report.html, cadre-records.csv and robustness.csv byte for byte;
 * results.xlsx read back cell by cell against the result. The robustness analysis is seeded and runs
 * on two threads here, one in {@code fivetype demo}'s test: the library gives the same result on any
 * number. After an intended change, regenerate with {@code -Dfivetype.golden.update=true} and
 * review the diff.
 */
class GoldenOutputTest {

  @TempDir
  static Path tmp;
  static Path out;
  static AssessmentResult result;
  static Writers writers;

  @BeforeAll
  static void write() throws Exception {
    result = Demo.resultWithRecords();
    out = tmp.resolve("out");
    writers = Demo.writers(result).with(Demo.robustness(2));
    writers.write(result, out);
    if (Boolean.getBoolean("fivetype.golden.update")) {
      Path golden = Path.of("src/test/resources/golden");
      for (String f : List.of("results.json", "results.csv", "report.html", "cadre-records.csv", "robustness.csv")) {
        Files.copy(out.resolve(f), golden.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"results.json", "results.csv", "report.html", "cadre-records.csv", "robustness.csv"})
  void outputMatchesItsGoldenFile(String file) throws Exception {
    try (InputStream golden = getClass().getResourceAsStream("/golden/" + file)) {
      assertThat(golden).as("golden file " + file).isNotNull();
      String expected = new String(golden.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(Files.readString(out.resolve(file), StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }

  @Test
  void theDirectoryHoldsExactlyTheFourFilesTheCadreRecordsAndRobustness() throws Exception {
    assertThat(writers.files()).containsExactly("results.json", "results.csv", "results.xlsx", "report.html",
        "cadre-records.csv", "robustness.csv");
    try (var s = Files.list(out)) {
      // and the manifest: which command wrote the folder, and its files (AtomicDirectory)
      List<String> expected = new ArrayList<>(writers.files());
      expected.add(OutputTarget.MANIFEST);
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(Files.readString(out.resolve(OutputTarget.MANIFEST))).isEqualTo("fivetype-manifest/1\n"
        + "# fivetype may replace this folder on the next run of the same command, if it holds nothing else\n"
        + "command results\nfile cadre-records.csv\nfile report.html\nfile results.csv\nfile results.json\n"
        + "file results.xlsx\nfile robustness.csv\n");
    try (var s = Files.list(tmp)) {
      assertThat(s).as("no temporary directory left beside the output").containsExactly(out);
    }
  }

  @Test
  void theWorkbookHasASheetPerCategoryAndTheDetail() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("results.xlsx")))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      // bilingual sheet names: the category's Chinese label (from DemoCity.categories()) and its id
      assertThat(names).containsExactly("区(县) districts", "经济管理部门 economic", "执法监管部门 enforcement",
          "社会管理与公共服务部门 social", "consequences 奖惩", XlsxResults.DETAIL_SHEET);
      Sheet economic = wb.getSheet("经济管理部门 economic");
      assertThat(economic.getLastRowNum()).isEqualTo(14); // header + 14 units
      assertThat(economic.getRow(0).getCell(0).getStringCellValue()).isEqualTo("位次\nplace after caps");
      assertThat(economic.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名次\nrank by total");
      // an autofilter over the whole table, and column widths set from the contents (not the default)
      assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) economic).getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A1:N15");
      assertThat(economic.getColumnWidth(3)).isNotEqualTo(economic.getDefaultColumnWidth() * 256);
      // every row equals the result: place, rank, id, total (full precision, shown as 0.00), tier
      int lastPlace = 0;
      for (int r = 1; r <= 14; r++) {
        Row row = economic.getRow(r);
        UnitResult u = result.unit(row.getCell(2).getStringCellValue()).orElseThrow();
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(u.rank());
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(u.unit().name().zh());
        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(u.total());
        assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(row.getCell(7).getStringCellValue()).isEqualTo(u.tier().label().zh() + " " + u.tier().label().en());
        // places ascend down the sheet: a better tier first, whatever the rank by total
        int place = (int) row.getCell(0).getNumericCellValue();
        assertThat(place).isGreaterThanOrEqualTo(lastPlace);
        lastPlace = place;
        if (r > 1) {
          Row above = economic.getRow(r - 1);
          UnitResult a = result.unit(above.getCell(2).getStringCellValue()).orElseThrow();
          assertThat(a.tier().compareTo(u.tier())).isLessThanOrEqualTo(0);
        }
      }
      assertThat(economic.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
      // the consequences sheet: money, percentages and whole numbers formatted, "否 no" for no flag
      Sheet cons = wb.getSheet("consequences 奖惩");
      Row c1 = cons.getRow(1);
      assertThat(c1.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\" 元\"");
      assertThat(c1.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(c1.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0");
      assertThat(c1.getCell(7).getStringCellValue()).isEqualTo("否 no"); // no two-year failure without history
      Sheet detail = wb.getSheet(XlsxResults.DETAIL_SHEET);
      assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) detail).getCTWorksheet().getAutoFilter()).isNotNull();
      assertThat(detail.getLastRowNum()).isEqualTo(48 * 57); // header + 48 units × 57 indicators
      Row first = detail.getRow(1);
      UnitResult agriculture = result.units().get(0);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo(agriculture.unit().id());
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo(Demo.RULES.indicators().get(0).id().value());
      assertThat(first.getCell(5).getNumericCellValue())
          .isEqualTo(agriculture.points(Demo.RULES.indicators().get(0).id()));
    }
  }
}
