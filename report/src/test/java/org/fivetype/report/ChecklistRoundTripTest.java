package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Observation;
import org.fivetype.api.Unit;
import org.fivetype.demo.DemoCity;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.input.InputFiles;
import org.fivetype.input.Inputs;
import org.fivetype.input.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checklist round trip of the assessment office (A3): export the checklist, let the units fill
 * in the values, read the filled form back as it is. The demo city's first three units and its
 * typed-in evidence fill the form; a few value cells are left blank. Read back (XLSX and CSV), the
 * form gives exactly the values filled in, and each blank cell is an indicator without evidence
 * (the unit's {@code missing()} list), nothing else.
 */
class ChecklistRoundTripTest {

  static final int YEAR = DemoCity.YEAR;

  @TempDir
  Path tmp;

  /** The evidence filled in: the demo's observations of the units, by unit and indicator. */
  private static Map<String, Double> evidence(List<Unit> units) {
    Map<String, Double> v = new HashMap<>();
    for (Observation o : DemoCity.observations(units, Demo.RULES, YEAR)) {
      v.put(o.unitId() + "|" + o.indicator().value(), o.value());
    }
    return v;
  }

  private static final List<String> BLANK = List.of("agriculture|L1.study-hours", "agriculture|E8.appraisal-satisfaction",
      "commerce|R1.law-exam");

  private Path unitsFile(List<Unit> units) throws Exception {
    Path f = tmp.resolve("units.csv");
    StringBuilder sb = new StringBuilder("unit_id,name_zh,name_en,kind,category\n");
    for (Unit u : units) {
      sb.append(u.id()).append(',').append(u.name().zh()).append(',').append(u.name().en()).append(',')
          .append(u.kind().name().toLowerCase(java.util.Locale.ROOT)).append(',').append(u.category()).append('\n');
    }
    Files.writeString(f, sb, StandardCharsets.UTF_8);
    return f;
  }

  private static List<Unit> units() {
    Map<String, Unit> all = new HashMap<>();
    DemoCity.units().forEach(u -> all.put(u.id(), u));
    return List.of(all.get("agriculture"), all.get("commerce"), all.get("tianshan"));
  }

  @Test
  void theFormHasFixedTimesSoIdenticalRunsGiveIdenticalBytes() throws Exception {
    Path out = tmp.resolve("checklist-times");
    Checklists.write(Demo.RULES, units(), YEAR, out);
    assertThat(FixedTimeZipTest.entryTimes(out.resolve("checklist.xlsx"))).containsOnly(XlsxResults.FIXED_TIME);
  }

  @Test
  void aFilledXlsxChecklistWithBlankCellsIsAssessedAsItIs() throws Exception {
    List<Unit> units = units();
    Path out = tmp.resolve("checklist");
    Checklists.write(Demo.RULES, units, YEAR, out);
    Path form = out.resolve("checklist.xlsx");
    Map<String, Double> evidence = evidence(units);
    // the units fill in the value column (column D), leaving the BLANK rows' cells empty
    int filled = 0;
    try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sh = wb.getSheetAt(0);
      assertThat(sh.getRow(0).getCell(3).getStringCellValue()).isEqualTo("value\n取值(填写;无佐证留空)");
      assertThat(sh.getRow(1).getCell(4).getStringCellValue()).matches(".+ .+"); // the supplier in both languages
      for (int r = 1; r <= sh.getLastRowNum(); r++) {
        Row row = sh.getRow(r);
        String key = row.getCell(0).getStringCellValue() + "|" + row.getCell(2).getStringCellValue();
        assertThat(evidence).as("the demo has evidence for " + key).containsKey(key);
        if (!BLANK.contains(key)) {
          row.getCell(3).setCellValue(evidence.get(key));
          filled++;
        }
      }
      try (OutputStream os = Files.newOutputStream(form)) {
        wb.write(os);
      }
    }
    assertThat(filled).isEqualTo(3 * Demo.RULES.indicators().size() - BLANK.size());
    checkRoundTrip(units, form, evidence);
  }

  @Test
  void aFilledCsvChecklistWithBlankCellsIsAssessedAsItIs() throws Exception {
    List<Unit> units = units();
    Path out = tmp.resolve("checklist");
    Checklists.write(Demo.RULES, units, YEAR, out);
    Path form = out.resolve("checklist.csv");
    Map<String, Double> evidence = evidence(units);
    List<String> lines = Files.readAllLines(form, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("\uFEFFunit_id 单位编号,year 年度,indicator_id 指标编号,value 取值(填写;无佐证留空),"
        + "source 来源,note 说明");
    List<String> filledLines = new ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", 5); // unit_id, year, indicator_id, value (empty), the rest
      String key = c[0] + "|" + c[2];
      filledLines.add(c[0] + "," + c[1] + "," + c[2] + "," + (BLANK.contains(key) ? "" : evidence.get(key)) + "," + c[4]);
    }
    Files.write(form, filledLines, StandardCharsets.UTF_8);
    checkRoundTrip(units, form, evidence);
  }

  private void checkRoundTrip(List<Unit> units, Path form, Map<String, Double> evidence) throws Exception {
    Inputs in = InputFiles.read(unitsFile(units), form, Demo.RULES, YEAR, ReadOptions.DEFAULT);
    assertThat(in.observations()).hasSize(3 * Demo.RULES.indicators().size() - BLANK.size());
    for (Observation o : in.observations()) {
      assertThat(o.value()).as(o.unitId() + " " + o.indicator()).isEqualTo(evidence.get(o.unitId() + "|" + o.indicator().value()));
    }
    AssessmentResult r = ScoringPlan.compile(Demo.RULES).assess(YEAR, in.units(), in.observations());
    for (Unit u : units) {
      UnitResult ur = r.unit(u.id()).orElseThrow();
      List<String> expected = BLANK.stream().filter(k -> k.startsWith(u.id() + "|")).map(k -> k.substring(k.indexOf('|') + 1))
          .toList();
      assertThat(ur.missing()).as("missing evidence of " + u.id()).extracting(IndicatorId::value)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
