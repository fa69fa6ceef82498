package org.fivetype.input;

import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading units and observations: encodings, byte-order marks, XLSX, order, and the problem format. */
class InputFilesTest {
  static final RuleSet RULES = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());


  static final String UNITS = "unit_id,name_zh,name_en,kind,category\n"
      + "b,市财政局,Finance Bureau,department,economic\n"
      + "a,天山区,\"Tianshan District, Urumqi\",区县,districts\n";
  static final String OBS = "unit_id,year,indicator_id,value,source,note\n"
      + "b,2024,L7.research-days,1,inspection,\n"
      + "a,2024,R1.red-header-review,2,records,两份未审\n"
      + "a,2024,L7.research-days,0.8,inspection,\n";

  @TempDir
  Path tmp;

  private Path write(String name, String text, Charset cs, boolean bom) throws Exception {
    Path p = tmp.resolve(name);
    byte[] body = text.getBytes(cs);
    try (OutputStream o = Files.newOutputStream(p)) {
      if (bom) {
        o.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      o.write(body);
    }
    return p;
  }

  @ParameterizedTest(name = "{0}, BOM {1}")
  @CsvSource({"UTF-8, false", "UTF-8, true", "GB18030, false"})
  void readsCsvInEachEncoding(String charset, boolean bom) throws Exception {
    Charset cs = Charset.forName(charset);
    Inputs in = InputFiles.read(write("units.csv", UNITS, cs, bom), write("obs.csv", OBS, cs, bom), RULES, 2024,
        ReadOptions.DEFAULT.withEncoding(cs));
    assertThat(in.units()).extracting(u -> u.id()).containsExactly("b", "a"); // file order
    assertThat(in.units().get(1).name().en()).isEqualTo("Tianshan District, Urumqi");
    assertThat(in.units().get(1).name().zh()).isEqualTo("天山区");
    assertThat(in.units().get(1).kind()).isEqualTo(UnitKind.DISTRICT); // 区县 is accepted for district
    // sorted by unit id, then indicator id
    assertThat(in.observations()).containsExactly(
        obs("a", "L7.research-days", 0.8, "inspection"),
        obs("a", "R1.red-header-review", 2, "records"),
        obs("b", "L7.research-days", 1, "inspection"));
  }

  private static Observation obs(String unit, String indicator, double v, String source) {
    return new Observation(unit, 2024, org.fivetype.api.IndicatorId.of(indicator), v, source);
  }

  @Test
  void gb18030ReadAsUtf8NamesTheLineAndTheOption() throws Exception {
    Path units = write("units.csv", UNITS, Charset.forName("GB18030"), false);
    assertThatThrownBy(() -> InputFiles.readUnits(units, ReadOptions.DEFAULT))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .hasToString("units.csv, line 2: bytes that are not UTF-8: expected text in UTF-8; if the file was "
                + "saved by Excel on Chinese Windows, run again with --encoding GB18030"));
  }

  @Test
  void readsXlsxWithNumericAndTextCells() throws Exception {
    Path units = tmp.resolve("units.xlsx");
    Path obs = tmp.resolve("obs.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("单位");
      row(s, 0, "unit_id", "name_zh", "name_en", "kind", "category");
      row(s, 1, "a", "天山区", "Tianshan District", "district", "districts");
      try (OutputStream o = Files.newOutputStream(units)) {
        wb.write(o);
      }
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("数据");
      row(s, 0, "unit_id", "year", "indicator_id", "value");
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("a");
      r.createCell(1).setCellValue(2024); // a number cell, as Excel stores years
      r.createCell(2).setCellValue("L7.research-days");
      r.createCell(3).setCellValue(0.85);
      Row bad = s.createRow(2);
      bad.createCell(0).setCellValue("a");
      bad.createCell(1).setCellValue(2024);
      bad.createCell(2).setCellValue("R1.red-header-review");
      bad.createCell(3).setCellValue(0.5); // a deduction counts whole occurrences
      try (OutputStream o = Files.newOutputStream(obs)) {
        wb.write(o);
      }
    }
    assertThatThrownBy(() -> InputFiles.read(units, obs, RULES, 2024, ReadOptions.DEFAULT))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .hasToString("obs.xlsx, row 3, column D (value): the value 0.5 is out of range for R1.red-header-review: "
                + "expected a whole number of occurrences ≥ 0, got 0.5"));
  }

  private static void row(Sheet s, int r, String... cells) {
    Row row = s.createRow(r);
    for (int c = 0; c < cells.length; c++) {
      row.createCell(c).setCellValue(cells[c]);
    }
  }

  /**
   * Issue 16: a quote opened in row 3 (b's name) and never closed; Jackson meets the end of the
   * file at line 6 and said so ("cannot be read: … line: 6"): the problem is in row 3.
   */
  @Test
  void unterminatedQuoteIsReportedAtTheRowThatOpensIt() throws Exception {
    Path units = write("units.csv", "unit_id,name_zh,name_en,kind,category\n"
        + "a,天山区,Tianshan,district,districts\n"
        + "b,\"市财政局,Finance Bureau,department,economic\n"
        + "c,x,y,department,economic\n"
        + "d,x2,y2,department,economic\n", StandardCharsets.UTF_8, false);
    assertThatThrownBy(() -> InputFiles.readUnits(units, ReadOptions.DEFAULT))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .hasToString("units.csv, row 3: a double quote opened in this row is never closed 引号未闭合: expected a "
                + "closing \" before the end of the file (or no quote at all)"));
    Path u = write("units2.csv", UNITS, StandardCharsets.UTF_8, false);
    Path o = write("obs.csv", "unit_id,year,indicator_id,value\nb,2024,L7.research-days,1\n"
        + "a,2024,\"L7.research-days,1\na,2024,R1.red-header-review,2\n", StandardCharsets.UTF_8, false);
    assertThatThrownBy(() -> InputFiles.read(u, o, RULES, 2024, ReadOptions.DEFAULT))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().toString())
            .contains("obs.csv, row 3: a double quote opened in this row is never closed"));
  }

  @Test
  void theCapStopsReadingAndSaysSo() throws Exception {
    StringBuilder obs = new StringBuilder("unit_id,year,indicator_id,value\n");
    // 500 different unknown units (the same problem on many rows would be said once: OfficeInputsTest)
    for (int k = 0; k < 500; k++) {
      obs.append("nobody").append(k).append(",2024,L7.research-days,1\n");
    }
    Path u = write("units.csv", UNITS, StandardCharsets.UTF_8, false);
    Path o = write("obs.csv", obs.toString(), StandardCharsets.UTF_8, false);
    assertThatThrownBy(() -> InputFiles.read(u, o, RULES, 2024, ReadOptions.DEFAULT.withMaxProblems(10)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).hasSize(11);
          assertThat(e.problems().get(10).toString()).isEqualTo("obs.csv: stopped after 10 problems: fix these and "
              + "run again (--max-problems sets how many are listed)");
        });
  }

  @Test
  void columnLettersAreSpreadsheetLetters() {
    assertThat(List.of(0, 25, 26, 27, 701, 702).stream().map(InputFiles::columnName))
        .containsExactly("A", "Z", "AA", "AB", "ZZ", "AAA");
  }
}
