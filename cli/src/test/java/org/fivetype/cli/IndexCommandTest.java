package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code fivetype index} on small files written here: values worked by hand, every problem of a
 * bad data file with its file, row and column, every problem of a bad recipe with its JSON path,
 * exit code 2 and nothing written; the recipe sub-commands; the help.
 */
class IndexCommandTest {

  /** Three schools, two indicators, min-max to [0, 1], the arithmetic mean. */
  static final String RECIPE = """
      {"name": "Schools 学校",
       "normalise": {"method": "min-max", "low": 0, "high": 1},
       "indicators": [{"code": "reading", "direction": "higher", "parent": "Index"},
                      {"code": "absence", "direction": "lower", "parent": "Index"}],
       "aggregates": [{"code": "Index", "method": "arithmetic"}]}
      """;

  static final String DATA = """
      unit_id,name,region,reading,absence,note
      S1,North School,north,60,5,
      S2,South School,south,80,15,new building
      S3,East School,north,75,7,
      """;

  private static Cli index(Path tmp, String recipe, String data, String... more) throws Exception {
    Path r = tmp.resolve("recipe.json");
    Files.writeString(r, recipe, StandardCharsets.UTF_8);
    Path d = tmp.resolve("data.csv");
    Files.writeString(d, data, StandardCharsets.UTF_8);
    List<String> args = new java.util.ArrayList<>(List.of("index", "--recipe", r.toString(), "--data", d.toString(),
        "--out", tmp.resolve("out").toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void valuesWorkedByHand(@TempDir Path tmp) throws Exception {
    Cli r = index(tmp, RECIPE, DATA, "--groups", "region");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    // reading, higher is better, range 60..80: S1 0, S2 1, S3 (75 − 60)/20 = 0.75
    // absence, lower is better, range 5..15: S1 1, S2 0, S3 (15 − 7)/10 = 0.8
    // Index = mean: S1 0.5, S2 0.5, S3 0.775; places: S3 1, S1 and S2 share 2
    JsonNode json = new ObjectMapper().readTree(tmp.resolve("out/results.json").toFile());
    Map<String, Double> want = Map.of("S1", 0.5, "S2", 0.5, "S3", 0.775);
    Map<String, Integer> place = Map.of("S1", 2, "S2", 2, "S3", 1);
    for (JsonNode u : json.get("units")) {
      String code = u.get("code").asText();
      assertThat(u.at("/scores/Index").asDouble()).as(code).isCloseTo(want.get(code), within(1e-12));
      assertThat(u.get("rank").asInt()).as(code).isEqualTo(place.get(code));
    }
    assertThat(json.at("/units/0/code").asText()).isEqualTo("S3");
    assertThat(json.at("/units/0/name").asText()).isEqualTo("East School");
    assertThat(json.at("/units/0/groups/region").asText()).isEqualTo("north");
    assertThat(json.at("/units/0/normalised/reading").asDouble()).isEqualTo(0.75);
    assertThat(json.get("ignoredColumns").toString()).isEqualTo("[\"note\"]");
    assertThat(json.get("imputedCells")).isEmpty();
    assertThat(json.get("treatmentLog")).isEmpty();
    List<String> csv = Files.readAllLines(tmp.resolve("out/results.csv"), StandardCharsets.UTF_8);
    assertThat(csv).containsExactly("\uFEFFrank,unit,name,region,Index", "1,S3,East School,north,0.775",
        "2,S1,North School,north,0.5", "2,S2,South School,south,0.5");
    assertThat(r.out()).contains("index 指数 Index: 3 units, 2 indicators", "columns not used 未使用的列: note");
  }

  @Test
  void aMissingValueIsLeftOutOfTheMeanAndShownAsMissing(@TempDir Path tmp) throws Exception {
    Cli r = index(tmp, RECIPE, DATA.replace("S3,East School,north,75,7,", "S3,East School,north,75,NA,"));
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(tmp.resolve("out/results.json").toFile());
    // absence over S1, S2 only: S1 1, S2 0; S3's Index is its reading alone, 0.75 (weights re-normalised)
    assertThat(json.at("/units/0/code").asText()).isEqualTo("S3");
    assertThat(json.at("/units/0/scores/Index").asDouble()).isEqualTo(0.75);
    assertThat(json.at("/units/0/raw/absence").isNull()).isTrue();
  }

  @Test
  void denominatorsScreeningAndClassesReachTheOutputs(@TempDir Path tmp) throws Exception {
    String recipe = """
        {"name": "Schools with books",
         "screen": {"threshold": 0.5},
         "classes": {"column": "Index", "decimals": 0,
                     "bands": [{"name": "weak 弱"}, {"name": "fair 中", "from": 40}, {"name": "strong 强", "from": 60}]},
         "normalise": {"method": "min-max", "low": 0, "high": 100},
         "indicators": [{"code": "reading", "direction": "higher", "parent": "Index"},
                        {"code": "absence", "direction": "lower", "parent": "Index"},
                        {"code": "books", "direction": "higher", "parent": "Index", "denominator": "pupils"}],
         "aggregates": [{"code": "Index", "method": "arithmetic"}]}
        """;
    String data = """
        unit_id,name,reading,absence,books,pupils
        S1,North,60,5,1000,100
        S2,South,80,15,3000,200
        S3,East,75,7,1200,100
        S4,West,70,,,100
        """;
    Cli r = index(tmp, recipe, data);
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    // S4 has 1 of 3 indicators (1/3 < 0.5): screened out. Books per pupil: S1 10, S2 15, S3 12.
    // min-max to [0, 100]: reading 0, 100, 75; absence (lower) 100, 0, 80; books 0, 100, 40.
    // Index: S1 100/3 = 33.33 → "weak"; S2 200/3 = 66.67 → "strong"; S3 195/3 = 65 → "strong".
    JsonNode json = new ObjectMapper().readTree(tmp.resolve("out/results.json").toFile());
    assertThat(json.get("excludedUnits").toString()).isEqualTo("[\"S4\"]");
    assertThat(json.at("/classes/names").toString()).isEqualTo("[\"weak 弱\",\"fair 中\",\"strong 强\"]");
    Map<String, Double> want = Map.of("S1", 100.0 / 3, "S2", 200.0 / 3, "S3", 65.0);
    Map<String, String> cls = Map.of("S1", "weak 弱", "S2", "strong 强", "S3", "strong 强");
    for (JsonNode u : json.get("units")) {
      String code = u.get("code").asText();
      if (code.equals("S4")) {
        assertThat(u.get("rank").isNull()).isTrue();
        assertThat(u.at("/scores/Index").isNull()).isTrue();
        assertThat(u.get("class").isNull()).isTrue();
        continue;
      }
      assertThat(u.at("/scores/Index").asDouble()).as(code).isCloseTo(want.get(code), within(1e-9));
      assertThat(u.get("class").asText()).as(code).isEqualTo(cls.get(code));
    }
    assertThat(json.at("/units/2/code").asText()).isEqualTo("S1");
    assertThat(json.at("/units/2/normalised/books").asDouble()).isCloseTo(0, within(1e-12));
    assertThat(json.at("/units/3/code").asText()).isEqualTo("S4");
    assertThat(Files.readAllLines(tmp.resolve("out/results.csv"), StandardCharsets.UTF_8).get(0))
        .isEqualTo("\uFEFFrank,unit,name,class,Index");
    assertThat(r.out()).contains("1 units screened out", "1. S2 66.6667 strong 强");
    assertThat(json.at("/effectiveRecipe/indicators/2/denominator").asText()).isEqualTo("pupils");
    assertThat(json.at("/effectiveRecipe/indicators/2/scale").asDouble()).isEqualTo(1);
    assertThat(json.at("/effectiveRecipe/screen/stage").asText()).isEqualTo("denominated");
    // the export of this recipe reads back to the same export
    String once = Cli.run("index", "recipe", "export", tmp.resolve("recipe.json").toString()).out();
    Path again = tmp.resolve("again.json");
    Files.writeString(again, once);
    assertThat(Cli.run("index", "recipe", "export", again.toString()).out()).isEqualTo(once);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "not a number | S2,South School,south,eighty,15, | data.csv, row 3, column D (reading) | \"eighty\" is not a number",
      "a unit twice | S1,South School,south,80,15, | data.csv, row 3, column A (unit_id) | appears twice: also in row 2",
      "no unit code | ,South School,south,80,15, | data.csv, row 3, column A (unit_id) | empty: expected the unit's code",
      "beyond the header | S2,South School,south,80,15,,extra | data.csv, row 3, column G | a cell beyond the header",
      "empty group | S2,South School,,80,15, | data.csv, row 3, column C (region) | expected the unit's group label",
  })
  void aBadRowIsNamedByFileRowAndColumnAndNothingIsWritten(String name, String row, String where, String what,
      @TempDir Path tmp) throws Exception {
    String data = DATA.replace("S2,South School,south,80,15,new building", row);
    Cli r = index(tmp, RECIPE, data, "--groups", "region");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("the data file data.csv is not valid").contains("  - " + where + ": ").contains(what);
    assertThat(tmp.resolve("out")).doesNotExist();
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "missing indicator | unit_id,name,region,reading,note | data.csv, row 1 | the indicator column \"absence\" is missing",
      "case differs | unit_id,name,region,reading,Absence | data.csv, row 1 | column E is \"Absence\"",
      "missing group | unit_id,name,reading,absence,note | data.csv, row 1 | the group column \"region\" is missing",
      "no unit column | school,name,region,reading,absence | data.csv, row 1 | no unit code column",
      "header twice | unit_id,name,region,reading,reading | data.csv, row 1, column E | appears twice",
  })
  void aBadHeaderIsNamed(String name, String header, String where, String what, @TempDir Path tmp) throws Exception {
    String data = header + "\nS1,North,north,60,5\n";
    Cli r = index(tmp, RECIPE, data, "--groups", "region");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("  - " + where).contains(what);
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void everyProblemOfTheFileComesInOnePass(@TempDir Path tmp) throws Exception {
    String data = """
        unit_id,name,region,reading,absence
        S1,North,north,sixty,5
        S1,South,south,80,1.5.2
        ,East,north,75,7
        """;
    Cli r = index(tmp, RECIPE, data);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("data.csv, row 2, column D (reading): \"sixty\" is not a number",
        "data.csv, row 3, column A (unit_id): the unit code \"S1\" appears twice",
        "data.csv, row 3, column E (absence): \"1.5.2\" is not a number",
        "data.csv, row 4, column A (unit_id): empty");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void theProblemsStopAtMaxProblems(@TempDir Path tmp) throws Exception {
    StringBuilder data = new StringBuilder("unit_id,reading,absence\n");
    for (int i = 0; i < 20; i++) {
      data.append("U").append(i).append(",x,y\n");
    }
    Cli r = index(tmp, RECIPE, data.toString(), "--max-problems", "5");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().lines().filter(l -> l.startsWith("  - "))).hasSize(6);
    assertThat(r.err()).contains("stopped after 5 problems");
  }

  @Test
  void dataThatDoNotFitTheRecipeNameTheDataFile(@TempDir Path tmp) throws Exception {
    // S3 has no value for either indicator and the recipe does not impute: nothing to aggregate
    Cli r = index(tmp, RECIPE, DATA.replace("S3,East School,north,75,7,", "S3,East School,north,,,"));
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("fivetype: the data file data.csv does not fit the recipe recipe.json")
        .contains("  - data.csv: ");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aMissingDataFileIsAProblemOfItsOwn(@TempDir Path tmp) throws Exception {
    Path r = tmp.resolve("recipe.json");
    Files.writeString(r, RECIPE);
    Cli c = Cli.run("index", "--recipe", r.toString(), "--data", tmp.resolve("nope.csv").toString(), "--out",
        tmp.resolve("out").toString());
    assertThat(c.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(c.err()).contains("nope.csv: the file does not exist");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "unknown key | '\"low\": 0, \"high\": 1}' | '\"lo\": 0, \"high\": 1}' | recipe.json: $.normalise.lo | unknown key",
      "bad direction | '\"direction\": \"lower\"' | '\"direction\": \"down\"' | recipe.json: $.indicators[1].direction | expected \"higher\" or \"lower\"",
      "unknown parent | '\"parent\": \"Index\"},' | '\"parent\": \"Pillar\"},' | recipe.json | parent Pillar is not an aggregate",
      "unknown method | '\"arithmetic\"' | '\"mean\"' | recipe.json: $.aggregates[0].method | unknown \"mean\"",
      "not JSON | '\"name\": \"Schools 学校\",' | '\"name\": \"Schools 学校\"' | recipe.json, line 2 | not valid JSON",
  })
  void aBadRecipeIsNamedByItsJsonPathAndNothingIsWritten(String name, String from, String to, String where,
      String what, @TempDir Path tmp) throws Exception {
    String recipe = RECIPE.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    assertThat(recipe).isNotEqualTo(RECIPE);
    Cli r = index(tmp, recipe, DATA);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("  - " + where).contains(what);
    assertThat(tmp.resolve("out")).doesNotExist();
    Cli v = Cli.run("index", "recipe", "validate", tmp.resolve("recipe.json").toString());
    assertThat(v.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(v.err()).startsWith("invalid 无效: ").contains("  - " + where).contains(what);
  }

  @Test
  void everyProblemOfARecipeComesInOnePass(@TempDir Path tmp) throws Exception {
    String recipe = RECIPE.replace("\"low\": 0", "\"lo\": 0").replace("\"lower\"", "\"down\"")
        .replace("\"arithmetic\"", "\"mean\"");
    Path f = tmp.resolve("bad.json");
    Files.writeString(f, recipe);
    Cli v = Cli.run("index", "recipe", "validate", f.toString());
    assertThat(v.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(v.err()).contains("bad.json: $.normalise.lo", "bad.json: $.indicators[1].direction",
        "bad.json: $.aggregates[0].method");
  }

  @Test
  void validateShowAndExport(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("schools.json");
    Files.writeString(f, RECIPE);
    Cli v = Cli.run("index", "recipe", "validate", f.toString());
    assertThat(v.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(v.out()).startsWith("ok 有效: ").contains("2 indicators, 1 aggregates, sha256 ");
    Cli s = Cli.run("index", "recipe", "show", f.toString());
    assertThat(s.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(s.out()).contains("Schools 学校", "normalise 标准化: min-max(0, 1)", "Index  [level 2, arithmetic]",
        "absence  (lower 越低越好, weight 1)");
    Cli e = Cli.run("index", "recipe", "export", f.toString());
    assertThat(e.exitCode()).isEqualTo(ExitCodes.OK);
    JsonNode x = new ObjectMapper().readTree(e.out());
    // every default written out
    assertThat(x.at("/indicators/0/weight").asDouble()).isEqualTo(1);
    assertThat(x.at("/aggregates/0/weight").asDouble()).isEqualTo(1);
    assertThat(x.at("/normalise/low").asDouble()).isEqualTo(0);
    // the export is a valid recipe, and exporting it again gives the same text
    Path again = tmp.resolve("exported.json");
    assertThat(Cli.run("index", "recipe", "export", f.toString(), "--out", again.toString()).exitCode()).isZero();
    assertThat(Files.readString(again)).isEqualTo(e.out());
    assertThat(Cli.run("index", "recipe", "export", again.toString()).out()).isEqualTo(e.out());
  }

  @Test
  void exportWritesTheTreatmentDefaultsOfTheAsemRecipe() {
    Cli e = Cli.run("index", "recipe", "export", "../examples/src/main/resources/asem/asem-recipe.json");
    assertThat(e.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(e.out()).contains("\"winMax\" : 5", "\"fallback\" : \"ct-log\"", "\"groupBy\" : \"Group_GDP\"");
  }

  @Test
  void aPreviousOutputIsReplacedButAForeignDirectoryIsRefused(@TempDir Path tmp) throws Exception {
    assertThat(index(tmp, RECIPE, DATA).exitCode()).isZero();
    assertThat(index(tmp, RECIPE, DATA).exitCode()).isZero();
    Files.writeString(tmp.resolve("out/mine.txt"), "keep me");
    Cli r = index(tmp, RECIPE, DATA);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).contains("did not write", "\n  - mine.txt");
    assertThat(tmp.resolve("out/mine.txt")).hasContent("keep me");
  }

  @ParameterizedTest(name = "fivetype {0} --help")
  @ValueSource(strings = {"index", "index recipe", "index recipe show", "index recipe validate", "index recipe export"})
  void everyIndexCommandHasHelp(String command) {
    Cli r = Cli.run((command + " --help").split(" "));
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("Usage: fivetype " + command);
  }

  @Test
  void theHelpDocumentsTheCommand() {
    String help = Cli.run("index", "--help").out();
    assertThat(help).contains("--recipe=R", "--data=FILE", "--groups=COLUMN", "--out=DIR", "--id=COLUMN",
        "--encoding", "--max-problems", "results.json", "report.html", "recipe", "docs/composite.md");
    assertThat(Cli.run("--help").out()).contains("index");
  }

  @Test
  void missingOptionsAreAUsageError() {
    Cli r = Cli.run("index", "--recipe", "r.json");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Missing required options: --data=FILE, --out=DIR");
  }
}
