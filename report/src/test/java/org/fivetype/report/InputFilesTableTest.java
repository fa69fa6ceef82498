package org.fivetype.report;

import org.fivetype.input.InputFiles;
import org.fivetype.input.Inputs;
import org.fivetype.input.ReadOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.api.Unit;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.demo.DemoCity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link InputFiles#table}, the reading path of {@code fivetype assess}: values go straight into
 * an evidence table's builder. It must give what {@link InputFiles#read} and
 * {@link ScoringPlan#table} give together — the same table, the same input fingerprint (sources
 * included), the same {@code results.json} — and the same problems, with the same rows and columns.
 */
class InputFilesTableTest {

  static final ScoringPlan PLAN = ScoringPlan.compile(Demo.RULES);

  @TempDir
  Path tmp;

  /** The demo city as files, each observation with one of a few sources (some non-ASCII, some quoted). */
  private Path[] demoFiles() throws Exception {
    String[] sources = {"inspection", "", "投诉中心", "survey, wave 2", "records"};
    StringBuilder u = new StringBuilder("unit_id,name_zh,name_en,kind,category\n");
    for (Unit x : DemoCity.units()) {
      u.append(x.id()).append(',').append(csv(x.name().zh())).append(',').append(csv(x.name().en())).append(',')
          .append(x.kind().name().toLowerCase(Locale.ROOT)).append(',').append(csv(x.category())).append('\n');
    }
    StringBuilder o = new StringBuilder("unit_id,year,indicator_id,value,source\n");
    int k = 0;
    List<Observation> obs = new java.util.ArrayList<>(DemoCity.observations(Demo.RULES, DemoCity.YEAR));
    java.util.Collections.reverse(obs); // the order of rows never matters
    for (Observation x : obs) {
      o.append(x.unitId()).append(',').append(x.year()).append(',').append(x.indicator().value()).append(',')
          .append(Double.toString(x.value())).append(',').append(csv(sources[k++ % sources.length])).append('\n');
    }
    Path units = tmp.resolve("units.csv");
    Path observations = tmp.resolve("observations.csv");
    Files.writeString(units, u, StandardCharsets.UTF_8);
    Files.writeString(observations, o, StandardCharsets.UTF_8);
    return new Path[] {units, observations};
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  @Test
  void theDemoCityGivesTheSameTableAndResultsAsObservations() throws Exception {
    Path[] f = demoFiles();
    Inputs in = InputFiles.read(f[0], f[1], Demo.RULES, DemoCity.YEAR, ReadOptions.DEFAULT);
    assertThat(in.observations()).extracting(Observation::source).contains("投诉中心", "survey, wave 2", "");
    EvidenceTable expected = PLAN.table(DemoCity.YEAR, in.units(), in.observations());
    EvidenceTable table = InputFiles.table(f[0], f[1], PLAN, DemoCity.YEAR, ReadOptions.DEFAULT);

    assertThat(table.units()).isEqualTo(expected.units());
    for (int u = 0; u < table.units().size(); u++) {
      for (int i = 0; i < PLAN.indicatorCount(); i++) {
        assertThat(Double.doubleToLongBits(table.value(u, i))).as("unit %d indicator %d", u, i)
            .isEqualTo(Double.doubleToLongBits(expected.value(u, i)));
      }
    }
    assertThat(table.inputFingerprint()).isEqualTo(expected.inputFingerprint());

    Writers.standard().write(PLAN.assess(expected), tmp.resolve("from-observations"));
    Writers.standard().write(PLAN.assess(table), tmp.resolve("from-table"));
    for (String file : List.of("results.json", "results.csv", "report.html")) {
      assertThat(Files.readString(tmp.resolve("from-table").resolve(file), StandardCharsets.UTF_8)).as(file)
          .isEqualTo(Files.readString(tmp.resolve("from-observations").resolve(file), StandardCharsets.UTF_8));
    }
  }

  static final String UNITS = "unit_id,name_zh,name_en,kind,category\n"
      + "b,市财政局,Finance Bureau,department,economic\n"
      + "a,天山区,Tianshan District,区县,districts\n"
      + "c,市司法局,Justice Bureau,department,economic\n";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // each: the observations file (\n between rows); the units file is UNITS unless the case says otherwise
      "unknown unit, bad year, unknown indicator, bad value, empty value|"
          + "nobody,2024,L7.research-days,1\nb,2023,L7.research-days,1\na,2024,X9.nothing,1\n"
          + "c,2024,R1.red-header-review,0.5\nc,2024,L7.research-days,\na,2024,L7.research-days,1,x,y\n",
      "a second value for the same cell, and a unit without observations (c)|"
          + "a,2024,L7.research-days,1\nb,2024,L7.research-days,0.5\na,2024,L7.research-days,0.25\n",
      "the cap|" + "nobody,2024,L7.research-days,1\nnobody,2024,L7.research-days,1\nnobody,2024,L7.research-days,1\n"
          + "nobody,2024,L7.research-days,1\nnobody,2024,L7.research-days,1\n",
      "a bad units file as well|BAD_UNITS"
          + "a,2024,L7.research-days,1\nb,2024,L7.research-days,2\n",
      "no rows|",
  })
  void reportsTheSameProblemsAsRead(String testCase) throws Exception {
    String body = testCase.substring(testCase.indexOf('|') + 1);
    String unitsText = UNITS;
    if (body.startsWith("BAD_UNITS")) {
      body = body.substring("BAD_UNITS".length());
      unitsText = UNITS + "d,,No Chinese name,department,economic\n";
    }
    Path units = tmp.resolve("units.csv");
    Path obs = tmp.resolve("obs.csv");
    Files.writeString(units, unitsText, StandardCharsets.UTF_8);
    Files.writeString(obs, "unit_id,year,indicator_id,value,source\n" + body, StandardCharsets.UTF_8);
    ReadOptions options = ReadOptions.DEFAULT.withMaxProblems(testCase.startsWith("the cap") ? 3 : 100);

    List<String> expected = problems(() -> InputFiles.read(units, obs, Demo.RULES, 2024, options));
    List<String> actual = problems(() -> InputFiles.table(units, obs, PLAN, 2024, options));
    assertThat(expected).isNotEmpty();
    assertThat(actual).isEqualTo(expected);
    if (testCase.startsWith("a second value")) {
      assertThat(actual).containsExactly(
          "obs.csv, row 4: a second value for unit \"a\", indicator \"L7.research-days\", year 2024: the first is "
              + "in row 2",
          "units.csv, row 4: the unit \"c\" has no observations for 2024 in obs.csv: expected at least one");
    }
  }

  private static List<String> problems(Runnable read) {
    InvalidInputException[] thrown = new InvalidInputException[1];
    assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
    return thrown[0].problems().stream().map(Problem::toString).toList();
  }
}
