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
      assertThat(names).containsExactly("districts", "economic", "enforcement", "social", "consequences 奖惩",
          XlsxResults.DETAIL_SHEET);
      Sheet economic = wb.getSheet("economic");
      assertThat(economic.getLastRowNum()).isEqualTo(14); // header + 14 units
      assertThat(economic.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名次\nrank");
      // every row equals the result: rank, id, total, tier
      for (int r = 1; r <= 14; r++) {
        Row row = economic.getRow(r);
        UnitResult u = result.unit(row.getCell(1).getStringCellValue()).orElseThrow();
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(u.rank());
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(u.unit().name().zh());
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(u.total());
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo(u.tier().label().zh());
      }
      // ranks ascend down the sheet
      assertThat(economic.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
      Sheet detail = wb.getSheet(XlsxResults.DETAIL_SHEET);
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
