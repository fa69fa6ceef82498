package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.consequence.Consequences;
import org.fivetype.demo.DemoCity;
import org.fivetype.demo.DemoRobustness;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.YearRecords;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.uncertainty.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the one formula guard ({@link Cells#csvText}, {@link Cells#xlsxText}) on every text
 * cell of every CSV and XLSX writer, whatever input the text came from: the units file (names,
 * categories), the rule file (indicator names, departures' reasons) and an index's data (unit
 * names, group labels, aggregate codes). The hostile texts are OWASP's CSV-injection examples:
 * a text starting with {@code = + - @}, a tab or a carriage return. Numbers, negative ones too,
 * stay numbers.
 *
 * <p>Each writer is checked the same way: no CSV cell starts with one of those characters unless
 * it is a plain number, and every hostile text appears in the file guarded ({@code '=HYPERLINK…});
 * no workbook cell is a formula, and every text cell a spreadsheet could take for a formula is
 * quote-prefixed. The counts of guarded cells are worked out from what each file holds per unit.
 */
class FormulaGuardTest {

  /** The hostile texts: each becomes a unit's names and category, and an indicator's name. */
  static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2+3",
      "@SUM(1)", "\tTAB", "\rCR");

  static final int YEAR = 2024;

  @TempDir
  static Path tmp;
  static RuleSet rules;
  static List<Unit> units;
  static Path out;
  static Path checklist;
  /** How many indicators got a hostile name. */
  static final int RENAMED = HOSTILE.size();

  @BeforeAll
  static void write() throws Exception {
    // the first indicators that are neither hard nor veto (their checklist note starts with the name)
    RuleSet.Builder b = Demo.RULES.toBuilder();
    int k = 0;
    for (IndicatorSpec i : Demo.RULES.indicators()) {
      if (k == RENAMED) {
        break;
      }
      if (i.hard() || i.rule().canVeto()) {
        continue;
      }
      String h = HOSTILE.get(k++);
      b.indicator(new IndicatorSpec(i.id(), i.pillar(), Label.of(h, h), i.description(), i.points(), i.hard(),
          i.measures(), i.evidence(), i.rule()));
    }
    // a departure whose reason is hostile too (the rule set is built in code: no principle check here)
    rules = b.departure("A7", "=1+1 equal bonus in the pilot year").build();
    units = new ArrayList<>();
    for (int u = 0; u < HOSTILE.size(); u++) {
      String h = HOSTILE.get(u);
      units.add(new Unit("h" + u, Label.of(h, h), UnitKind.DEPARTMENT, h));
    }
    List<Observation> obs = DemoCity.observations(units, rules, YEAR);
    ScoringPlan plan = ScoringPlan.compile(rules);
    AssessmentResult r = plan.assess(YEAR, units, obs);
    var consequences = Consequences.compute(YearRecords.of(r), Optional.empty(), Map.of(), rules.consequences());
    var robustness = RobustnessSection.of(DemoRobustness.analyse(plan, YEAR, units, obs, 8, 1, Progress.NONE),
        DemoRobustness.SPEC);
    out = tmp.resolve("out");
    Writers.standard().with(ConsequencesSection.of(consequences)).with(robustness).write(r, out);
    checklist = tmp.resolve("checklist");
    Checklists.write(rules, units, YEAR, checklist);
  }

  @Test
  void resultsCsv() throws Exception {
    // per unit: name_zh, name_en, category (the departures column starts with the principle, A7:
    // its hostile reason is inside the cell, where no spreadsheet evaluates it)
    assertCsvGuarded(out.resolve("results.csv"), 3 * units.size());
    assertThat(csv(out.resolve("results.csv")).get(1)).endsWith("A7: =1+1 equal bonus in the pilot year");
  }

  @Test
  void resultsCsvKeepsNegativeNumbersAsNumbers() throws Exception {
    // a plain negative number is not text: written as it is (checked by assertCsvGuarded for every
    // cell); and here one is made a unit's name on purpose, which stays unguarded
    assertThat(Cells.csvText("-12.5")).isEqualTo("-12.5");
    assertThat(Cells.formulaLike("-12.5")).isFalse();
    assertThat(Cells.formulaLike("-12.5 points")).isTrue();
  }

  @Test
  void cadreRecordsCsv() throws Exception {
    // per unit: name_zh, name_en, category
    assertCsvGuarded(out.resolve(ConsequencesSection.CADRE_FILE), 3 * units.size());
  }

  @Test
  void robustnessCsv() throws Exception {
    // per unit: name_zh, name_en, category
    assertCsvGuarded(out.resolve(RobustnessSection.CSV), 3 * units.size());
  }

  @Test
  void checklistCsv() throws Exception {
    // per unit: the note of each renamed indicator starts with its name
    assertCsvGuarded(checklist.resolve("checklist.csv"), RENAMED * units.size());
  }

  @Test
  void resultsXlsx() throws Exception {
    int perUnit = 3 // the category sheet: name (zh), name (en), category
        + 2 * RENAMED // the indicator sheet: each renamed indicator's names (zh, en)
        + 1; // the consequences sheet: the name (the robustness section has no sheet)
    int departures = 1; // the departures sheet: the reason
    assertXlsxGuarded(out.resolve("results.xlsx"), perUnit * units.size() + departures);
  }

  @Test
  void resultsXlsxListsTheDeparturesFirst() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("results.xlsx")))) {
      var sh = wb.getSheetAt(0);
      assertThat(sh.getSheetName()).isEqualTo("departures 偏离");
      assertThat(sh.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A7");
      assertThat(sh.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=1+1 equal bonus in the pilot year");
      assertThat(sh.getRow(1).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void checklistXlsx() throws Exception {
    assertXlsxGuarded(checklist.resolve("checklist.xlsx"), RENAMED * units.size());
  }

  @Test
  void indexCsvAndXlsx(@TempDir Path dir) throws Exception {
    int n = HOSTILE.size();
    // an index's unit codes, names and group labels are text of its data file
    List<String> codes = new ArrayList<>();
    double[] x = new double[n];
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      codes.add(HOSTILE.get(i) + " code");
      x[i] = i - 3; // negative values too: they stay numbers
      rank[i] = n - i;
    }
    // the aggregate's code comes from the recipe: hostile as well
    String agg = "@Index";
    List<IndexResult.Node> tree = List.of(new IndexResult.Node(agg, true, null, 1, 2, "arithmetic", null),
        new IndexResult.Node("x", false, agg, 1, 1, "none", "higher"));
    IndexResult r = new IndexResult("t", new IndexResult.Source("r.json", "00"), new IndexResult.Source("d.csv", "11"),
        "{}", codes, HOSTILE, Map.of("region", HOSTILE), tree, Map.of("x", x), Map.of("x", x), Map.of("x", x),
        Map.of("x", x), Map.of(agg, x), Map.of(agg, rank), null, List.of(), List.of(), List.of(), List.of(), List.of());
    List<IndexRobustness.UnitRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(new IndexRobustness.UnitRow(codes.get(i), rank[i], rank[i], 1, n, new double[0], new double[0]));
    }
    IndexWriters.standard().withRobustness(new IndexRobustness("spec.json", 8, 1, 16, List.of(), rows))
        .write(r, dir.resolve("out"));
    // results.csv: per unit its code, name and group label, and the aggregate's code in the header
    assertCsvGuarded(dir.resolve("out/results.csv"), 3 * n + 1);
    // robustness.csv: per unit its code
    assertCsvGuarded(dir.resolve("out/robustness.csv"), n);
    // results.xlsx: the results sheet (code, name, group, the aggregate's header), a sheet per step
    // of the data (raw, imputed, treated, normalised: the code) and the robustness sheet (the code)
    assertXlsxGuarded(dir.resolve("out/results.xlsx"), 3 * n + 1 + 4 * n + n);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("out/results.xlsx")))) {
      int negative = 0;
      for (var row : wb.getSheetAt(0)) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() < 0) {
            negative++;
          }
        }
      }
      assertThat(negative).as("x = -3, -2, -1: numbers, not text").isEqualTo(3);
    }
  }

  /**
   * Every cell of the CSV file is safe, and exactly {@code guarded} cells hold a hostile text
   * with its guard ({@code '} before it).
   */
  static void assertCsvGuarded(Path file, int guarded) throws Exception {
    List<List<String>> rows = csv(file);
    int found = 0;
    for (List<String> row : rows) {
      for (String cell : row) {
        assertThat(Cells.formulaLike(cell)).as(file.getFileName() + ": cell " + cell + " could be taken for a formula")
            .isFalse();
        assertThat(cell).as(file.getFileName() + ": a number is never guarded").doesNotMatch("'-[0-9.]+");
        if (cell.startsWith("'") && Cells.formulaLike(cell.substring(1))) {
          found++;
        }
      }
    }
    assertThat(found).as(file.getFileName() + ": guarded cells").isEqualTo(guarded);
  }

  static List<List<String>> csv(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = new ArrayList<>();
    CsvMapper m = new CsvMapper();
    m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(text)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }

  /**
   * No cell of the workbook is a formula, every text cell a spreadsheet could take for one is
   * quote-prefixed, and there are exactly {@code guarded} of them.
   */
  static void assertXlsxGuarded(Path file, int guarded) throws Exception {
    int found = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      for (var sh : wb) {
        for (var row : sh) {
          for (Cell c : row) {
            assertThat(c.getCellType()).as(file.getFileName() + " " + c.getAddress()).isNotEqualTo(CellType.FORMULA);
            if (c.getCellType() == CellType.STRING && Cells.formulaLike(c.getStringCellValue())) {
              assertThat(c.getCellStyle().getQuotePrefixed()).as(sh.getSheetName() + " " + c.getAddress() + ": "
                  + c.getStringCellValue()).isTrue();
              found++;
            }
          }
        }
      }
    }
    assertThat(found).as(file.getFileName() + ": quote-prefixed cells").isEqualTo(guarded);
  }
}
