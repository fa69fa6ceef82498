package org.fivetype.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the assessment office's files bring (issue 17): category labels in the units file,
 * bilingual headers, blank values as no evidence, a repeated problem said once, and an encoding
 * per file.
 */
class OfficeInputsTest {

  @TempDir
  Path tmp;

  private Path write(String name, String text, Charset cs) throws Exception {
    Path p = tmp.resolve(name);
    Files.write(p, text.getBytes(cs));
    return p;
  }

  static final String UNITS = "unit_id,name_zh,name_en,kind,category,category_zh,category_en\n"
      + "a,天山区,Tianshan District,district,districts,区县,districts\n"
      + "b,市财政局,Finance Bureau,department,economic,经济部门,economic departments\n"
      + "c,市商务局,Commerce Bureau,department,economic,经济部门,economic departments\n";

  @Test
  void categoryLabelsComeFromTheUnitsFile() throws Exception {
    Map<String, Label> c = InputFiles.readCategories(write("units.csv", UNITS, StandardCharsets.UTF_8), ReadOptions.DEFAULT);
    assertThat(c).containsExactly(Map.entry("districts", Label.of("区县", "districts")),
        Map.entry("economic", Label.of("经济部门", "economic departments")));
  }

  @Test
  void twoLabelsForOneCategoryOrHalfALabelAreProblems() throws Exception {
    Path units = write("units.csv", UNITS.replace("c,市商务局,Commerce Bureau,department,economic,经济部门,",
        "c,市商务局,Commerce Bureau,department,economic,经济类,") + "d,市农业局,Agriculture Bureau,department,social,社会,\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> InputFiles.readUnits(units, ReadOptions.DEFAULT))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly("units.csv, row 4, column F (category_zh): the category \"economic\" is labelled \"经济类 / "
                    + "economic departments\" here but \"经济部门 / economic departments\" in row 3: expected one label per "
                    + "category",
                "units.csv, row 5, column G (category_en): empty: the category's label is given in both languages or in "
                    + "neither (category_zh and category_en, e.g. 区县 and districts)"));
  }

  @Test
  void bilingualHeadersAndBlankValuesAreRead() throws Exception {
    Path units = write("units.csv", UNITS, StandardCharsets.UTF_8);
    Path obs = write("obs.csv", "unit_id 单位编号,year 年度,indicator_id 指标编号,value 取值,source 来源\n"
        + "a,2024,L7.research-days,0.8,inspection\n"
        + "a,2024,R1.red-header-review,,inspection\n"
        + "b,2024,L7.research-days,1,inspection\n"
        + "c,2024,L7.research-days,,inspection\n", StandardCharsets.UTF_8);
    Inputs in = InputFiles.read(units, obs, InputFilesTest.RULES, 2024, ReadOptions.DEFAULT);
    // the blank values are rows left out: no evidence (c keeps its row, so it is not "without observations")
    assertThat(in.observations()).extracting(o -> o.unitId() + " " + o.indicator().value() + " " + o.value())
        .containsExactly("a L7.research-days 0.8", "b L7.research-days 1.0");
  }

  @Test
  void theSameProblemOnManyRowsIsSaidOnceWithItsCountAndFirstRow() throws Exception {
    Path units = write("units.csv", UNITS, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder("unit_id,year,indicator_id,value\n");
    List<String> ids = InputFilesTest.RULES.indicators().stream().map(i -> i.id().value()).toList();
    for (String u : List.of("a", "b", "c")) {
      for (String i : ids) {
        sb.append(u).append(",2023,").append(i).append(",1\n");
      }
    }
    sb.append("x,2024,L7.research-days,1\n");
    Path obs = write("obs.csv", sb.toString(), StandardCharsets.UTF_8);
    int rows = 3 * ids.size();
    assertThatThrownBy(() -> InputFiles.read(units, obs, InputFilesTest.RULES, 2024, ReadOptions.DEFAULT))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly(String.format(java.util.Locale.ROOT, "obs.csv, column B (year): %,d rows: the year 2023 is "
                + "not the year assessed: expected 2024 (--year); keep one year per file; first at row 2", rows),
                "obs.csv, row " + (rows + 2) + ", column A (unit_id): unknown unit \"x\": expected a unit_id of units.csv"));
  }

  @Test
  void anEncodingForOneFileLeavesTheOthersInUtf8() throws Exception {
    Path units = write("units.csv", UNITS, StandardCharsets.UTF_8);
    Path obs = write("obs.csv", "unit_id,year,indicator_id,value,source\n"
        + "a,2024,L7.research-days,0.8,检查组\nb,2024,L7.research-days,1,检查组\nc,2024,L7.research-days,1,检查组\n",
        Charset.forName("GB18030"));
    Inputs in = InputFiles.read(units, obs, InputFilesTest.RULES, 2024,
        ReadOptions.DEFAULT.withEncoding("obs.csv", Charset.forName("GB18030")));
    assertThat(in.units().get(0).name().zh()).isEqualTo("天山区");
    assertThat(in.observations().get(0).source()).isEqualTo("检查组");
  }
}
