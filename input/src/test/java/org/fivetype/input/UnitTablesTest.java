package org.fivetype.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wide-table reader of composite indices: what it takes, and every problem by file, row and column. */
class UnitTablesTest {

  private static final UnitTables.Spec SPEC = new UnitTables.Spec(null, null, List.of("GDP", "CO2"),
      List.of("Region"));

  @Test
  void readsCoinrStyleColumnsMissingValuesAndListsTheOthers(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("iData.csv");
    Files.writeString(f, "\uFEFFuName,uCode,Year,Region,GDP,CO2\n"
        + "Austria,AUT,2018,Europe,390.8,NA\n"
        + ",BEL,2018,Europe,,7.5e1\n", StandardCharsets.UTF_8);
    UnitTable t = UnitTables.read(f, SPEC, ReadOptions.DEFAULT);
    assertThat(t.idColumn()).isEqualTo("uCode");
    assertThat(t.nameColumn()).isEqualTo("uName");
    assertThat(t.units()).containsExactly("AUT", "BEL");
    assertThat(t.names()).containsExactly("Austria", "BEL"); // an empty name falls back to the code
    assertThat(t.column("GDP")).containsExactly(390.8, Double.NaN);
    assertThat(t.column("CO2")).containsExactly(Double.NaN, 75.0);
    assertThat(t.groups().get("Region")).containsExactly("Europe", "Europe");
    assertThat(t.ignored()).containsExactly("Year");
  }

  @Test
  void aNamedIdColumnAndGb18030(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("学校.csv");
    Charset gb = Charset.forName("GB18030");
    Files.writeString(f, "学校编号,学校,Region,GDP,CO2\nS1,第一中学,北区,1,2\n", gb);
    UnitTable t = UnitTables.read(f, new UnitTables.Spec("学校编号", "学校", List.of("GDP", "CO2"),
        List.of("Region")), ReadOptions.DEFAULT.withEncoding(gb));
    assertThat(t.units()).containsExactly("S1");
    assertThat(t.names()).containsExactly("第一中学");
    assertThat(t.groups().get("Region")).containsExactly("北区");
    // read as UTF-8, the same bytes are a decoding problem with its line and the hint
    assertThatThrownBy(() -> UnitTables.read(f, SPEC, ReadOptions.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).toString())
            .contains("学校.csv, line 1", "--encoding GB18030"));
  }

  @Test
  void everyProblemWithFileRowAndColumn(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("data.csv");
    Files.writeString(f, "unit_id,Region,GDP,co2,GDP\n"
        + "A,north,1,2,3\n", StandardCharsets.UTF_8);
    List<String> problems = problems(f);
    assertThat(problems).containsExactly(
        "data.csv, row 1, column E: the column \"GDP\" appears twice (also column C)",
        "data.csv, row 1: the indicator column \"CO2\" is missing: column D is \"co2\" (names must match exactly)");
    Files.writeString(f, "unit_id,Region,GDP,CO2\n"
        + "A,north,1,2\n"
        + "A,,1 000,2\n"
        + ",south,1,2,x\n", StandardCharsets.UTF_8);
    assertThat(problems(f)).containsExactly(
        "data.csv, row 3, column A (unit_id): the unit code \"A\" appears twice: also in row 2",
        "data.csv, row 3, column C (GDP): \"1 000\" is not a number: expected a decimal number such as 0.85 or 12 "
            + "(a point for decimals, no thousands separators, no units), or an empty cell for a missing value",
        "data.csv, row 3, column B (Region): empty: expected the unit's group label (the recipe or --groups uses "
            + "this column)",
        "data.csv, row 4, column E: a cell beyond the header's 4 columns: expected nothing there (is a comma inside "
            + "a name not quoted?)",
        "data.csv, row 4, column A (unit_id): empty: expected the unit's code");
  }

  @Test
  void emptyAndAbsentFiles(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("empty.csv");
    Files.writeString(f, "");
    assertThat(problems(f)).singleElement().asString().startsWith("empty.csv: the file is empty");
    Files.writeString(f, "unit_id,Region,GDP,CO2\n");
    assertThat(problems(f)).containsExactly("empty.csv: there are no units: expected at least one row under the header");
    assertThat(problems(tmp.resolve("none.xlsx"))).singleElement().asString()
        .startsWith("none.xlsx: the file does not exist");
  }

  private static List<String> problems(Path f) {
    try {
      UnitTables.read(f, SPEC, ReadOptions.DEFAULT);
    } catch (InvalidInputException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("no problem found in " + f);
  }
}
