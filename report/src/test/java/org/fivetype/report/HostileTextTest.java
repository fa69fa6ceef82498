package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.demo.DemoCity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile names (OWASP: cross-site scripting and CSV/formula injection) go through every writer
 * harmlessly: the HTML shows them as text, CSV and XLSX never let a spreadsheet take them for formulas.
 */
class HostileTextTest {

  /** Unit id → hostile English name (the Chinese name is the same text with a prefix). */
  static final String[][] HOSTILE = {
      {"h1", "<script>document.title='pwned'</script>"},
      {"h2", "\"><img src=x onerror=\"document.body.innerHTML='pwned'\">"},
      {"h3", "=HYPERLINK(\"http://evil.example\",\"click\")"},
      {"h4", "+cmd|' /C calc'!A0"},
      {"h5", "-2+3"},
      {"h6", "@SUM(1+1)"},
      {"h7", "</style><svg onload=alert(1)>"},
      {"h8", "a&amp;b 'single' \"double\""},
  };

  @TempDir
  static Path tmp;
  static Path out;

  static List<Unit> units() {
    List<Unit> us = new ArrayList<>();
    for (String[] h : HOSTILE) {
      us.add(new Unit(h[0], Label.of(h[1], h[1]), UnitKind.DEPARTMENT, h[1]));
    }
    return us;
  }

  @BeforeAll
  static void write() throws Exception {
    List<Unit> us = units();
    List<Observation> obs = DemoCity.observations(us, Demo.RULES, 2024);
    AssessmentResult r = ScoringPlan.compile(Demo.RULES).assess(2024, us, obs);
    out = tmp.resolve("out");
    Writers.standard().write(r, out);
  }

  @Test
  void htmlShowsHostileNamesAsTextAndRunsNothing() throws Exception {
    Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    assertThat(doc.title()).isEqualTo("五型政府考核结果 2024 · Five-type government assessment 2024");
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.select("[onerror], [onload], [onclick]")).isEmpty();
    assertThat(doc.select("svg[onload]")).isEmpty();
    for (String[] h : HOSTILE) {
      Element unit = doc.getElementById("unit-" + h[0]);
      assertThat(unit).as(h[0]).isNotNull();
      assertThat(unit.selectFirst("h3").text()).startsWith(h[1] + " " + h[1]);
    }
    // a Content Security Policy forbids scripts even if escaping failed
    assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
      "h3 ; `'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")`",
      "h4 ; '+cmd|' /C calc'!A0",
      "h5 ; '-2+3",
      "h6 ; '@SUM(1+1)",
  })
  void csvCellsThatLookLikeFormulasStartWithAnApostrophe(String id, String expectedCell) throws Exception {
    String csv = Files.readString(out.resolve("results.csv"), StandardCharsets.UTF_8);
    String row = csv.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
    assertThat(row).startsWith(id + "," + quoted(expectedCell) + "," + quoted(expectedCell) + ",department,");
  }

  private static String quoted(String cell) {
    return cell.startsWith("'=HYPERLINK") ? "\"" + cell + "\"" : cell;
  }

  @Test
  void xlsxCellsThatLookLikeFormulasAreQuotePrefixedText() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("results.xlsx")))) {
      var sheet = wb.getSheet(XlsxResults.DETAIL_SHEET);
      int formulas = 0;
      int checked = 0;
      for (var sh : wb) {
        for (var row : sh) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.FORMULA) {
              formulas++;
            }
            if (c.getCellType() == CellType.STRING && Cells.formulaLike(c.getStringCellValue())) {
              assertThat(c.getCellStyle().getQuotePrefixed()).as(c.getStringCellValue()).isTrue();
              checked++;
            }
          }
        }
      }
      assertThat(formulas).isZero();
      assertThat(checked).isGreaterThanOrEqualTo(4 * 3); // h3–h6: id sheet names + name zh/en + category
      assertThat(sheet).isNotNull();
    }
  }
}
