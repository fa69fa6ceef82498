package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Observation;
import org.fivetype.consequence.Consequences;
import org.fivetype.spi.HistoryStore;
import org.fivetype.store.jdbc.HistoryStores;
import org.fivetype.testkit.ThreeYearCity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 through the command line: core's {@link ThreeYearCity} (four departments, 2006–2008,
 * every consequence worked out by hand in its Javadoc and checks) assessed year by year with
 * {@code fivetype assess --history} on an H2 file store, from files; the outputs carry the flags,
 * travel labels, bonus and quota the kit states.
 */
class HistoryCliTest {

  @TempDir
  static Path tmp;
  static Path store;

  static Path out(int year) {
    return tmp.resolve("out-" + year);
  }

  @BeforeAll
  static void assessThreeYears() throws IOException {
    System.setProperty("h2.bindAddress", "127.0.0.1");
    Files.writeString(tmp.resolve("city3.json"), ThreeYearCity.ruleSet().toJson(), StandardCharsets.UTF_8);
    StringBuilder units = new StringBuilder("unit_id,name_zh,name_en,kind,category,staff\n");
    for (var u : ThreeYearCity.units()) {
      units.append(u.id()).append(',').append(u.name().zh()).append(',').append(u.name().en()).append(",department,")
          .append(u.category()).append(',').append(ThreeYearCity.STAFF.get(u.id())).append('\n');
    }
    Files.writeString(tmp.resolve("units.csv"), units, StandardCharsets.UTF_8);
    store = tmp.resolve("history").resolve("city3");
    for (int year : ThreeYearCity.YEARS) {
      StringBuilder obs = new StringBuilder("unit_id,year,indicator_id,value\n");
      for (Observation o : ThreeYearCity.observations(year)) {
        obs.append(o.unitId()).append(',').append(year).append(',').append(o.indicator().value()).append(',')
            .append(o.value()).append('\n');
      }
      Path file = tmp.resolve("observations-" + year + ".csv");
      Files.writeString(file, obs, StandardCharsets.UTF_8);
      Cli r = Cli.run("assess", "--rules", tmp.resolve("city3.json").toString(), "--units",
          tmp.resolve("units.csv").toString(), "--observations", file.toString(), "--year", "" + year, "--out",
          out(year).toString(), "--history", store.toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
    }
  }

  static JsonNode consequences(int year) throws IOException {
    return new ObjectMapper().readTree(out(year).resolve("results.json").toFile()).get("sections").get("consequences");
  }

  static JsonNode unit(JsonNode consequences, String id) {
    for (JsonNode u : consequences.get("units")) {
      if (u.get("id").asText().equals(id)) {
        return u;
      }
    }
    throw new AssertionError("no unit " + id);
  }

  /** The CSV rows by unit id, as maps of column name to cell. */
  static Map<String, Map<String, String>> csv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = cells(lines.get(0).replace("\uFEFF", ""));
    Map<String, Map<String, String>> rows = new java.util.TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      Map<String, String> row = new java.util.LinkedHashMap<>();
      for (int c = 0; c < header.size() && c < cells.size(); c++) {
        row.put(header.get(c), cells.get(c));
      }
      rows.put(row.get("unit_id"), row);
    }
    return rows;
  }

  /** The cells of one RFC 4180 line (quoted cells may hold commas and doubled quotes). */
  static List<String> cells(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString());
    return out;
  }

  @Test
  void theFirstYearHasNoHistoryButABonusAndAQuota() throws Exception {
    JsonNode c = consequences(2006);
    assertThat(c.get("previousYear").isNull()).isTrue();
    // the 1994 rules are in force at the end of 2006; base 10 000 + 2 000 × 2 = 14 000
    assertThat(c.get("regulation").get("id").asText()).isEqualTo("cs-1994");
    assertThat(c.get("bonusBase").decimalValue()).isEqualByComparingTo("14000");
    // A EXCELLENT 21 000 + B PASS 14 000 + C, D FAIL 0 = 35 000
    assertThat(c.get("bonusPool").decimalValue()).isEqualByComparingTo("35000");
    assertThat(unit(c, "A").get("travel").isNull()).isTrue();
    // A 15 % of 40 = 6 people
    assertThat(unit(c, "A").get("quota").get("people").asInt()).isEqualTo(6);
    assertThat(unit(c, "A").get("quota").get("text").get("en").asText()).isEqualTo("under the Provisional "
        + "Regulations on the Assessment of State Civil Servants (1994) (normally 10%, at most 15%): graded by the "
        + "unit's tier (excellent): 15%; share 15%; 40 × 15% = 6: 6 people (rounded down)");
    assertThat(c.get("twoYearFailures")).isEmpty();
  }

  @Test
  void theSecondYearFlagsCForTheTwoYearRuleAndLabelsTheTravel() throws Exception {
    JsonNode c = consequences(2007);
    assertThat(c.get("previousYear").asInt()).isEqualTo(2006);
    assertThat(c.get("regulation").get("id").asText()).isEqualTo("cs-2007");
    // C failed in 2006 (45) and 2007 (47.5): the only two-year failure
    assertThat(c.get("twoYearFailures")).extracting(JsonNode::asText).containsExactly("C");
    assertThat(unit(c, "C").get("twoYearFailure").get("text").get("en").asText())
        .isEqualTo("failed two years running (2006 and 2007): strict handling of its main leaders");
    // A 100 → 97.5: −2.5 points, not improving adequately; B 75 → 87.5: +12.5, improving strongly;
    // C 45 → 47.5: +2.5, improving well
    assertThat(unit(c, "A").get("travel").get("label").asText()).isEqualTo("NOT_IMPROVING_ADEQUATELY");
    assertThat(unit(c, "A").get("travel").get("change").asDouble()).isEqualTo(-2.5);
    assertThat(unit(c, "B").get("travel").get("label").asText()).isEqualTo("IMPROVING_STRONGLY");
    assertThat(unit(c, "C").get("travel").get("label").asText()).isEqualTo("IMPROVING_WELL");
    // B's service pillar 25/40 → 37.5/40: +31.25 points
    assertThat(unit(c, "B").get("pillarTravel").get("SERVICE").get("change").asDouble()).isEqualTo(31.25);
    // base 16 000: A 24 000, B GOOD 19 200, C 0, D GOOD 19 200; pool 62 400
    assertThat(unit(c, "B").get("bonus").decimalValue()).isEqualByComparingTo("19200");
    assertThat(c.get("bonusPool").decimalValue()).isEqualByComparingTo("62400");
    // B GOOD 12 % of 25 = 3; D GOOD 12 % of 7 = 0.84 → 0 (rounded down)
    assertThat(unit(c, "B").get("quota").get("people").asInt()).isEqualTo(3);
    assertThat(unit(c, "D").get("quota").get("share").asDouble()).isEqualTo(0.12);
    assertThat(unit(c, "D").get("quota").get("people").asInt()).isZero();

    Map<String, Map<String, String>> results = csv(out(2007).resolve("results.csv"));
    assertThat(results.get("C")).containsEntry("two_year_fail", "yes").containsEntry("bonus", "0.00")
        .containsEntry("flags", "hard:S1.hotline two-year-fail").containsEntry("travel", "IMPROVING_WELL")
        .containsEntry("travel_change", "2.5");
    assertThat(results.get("A")).containsEntry("two_year_fail", "no").containsEntry("bonus", "24000.00")
        .containsEntry("excellent_share", "0.15").containsEntry("excellent_people", "6")
        .containsEntry("flags", "not-improving");

    Map<String, Map<String, String>> cadre = csv(out(2007).resolve("cadre-records.csv"));
    assertThat(cadre).containsOnlyKeys("A", "B", "C", "D");
    assertThat(cadre.get("C")).containsEntry("year", "2007").containsEntry("tier", "FAIL")
        .containsEntry("flags", "hard:S1.hotline two-year-fail");
    assertThat(cadre.get("D")).containsEntry("flags", "missing:L5.item-4");
    assertThat(Files.readString(out(2007).resolve("report.html"), StandardCharsets.UTF_8))
        .contains("连续两年考核不合格(2006年、2007年),对主要领导从严处理", "62,400.00 元");
    // with last year in the store, the city chart shows last year's tier counts under this year's
    var report = org.jsoup.Jsoup.parse(out(2007).resolve("report.html").toFile(), "UTF-8");
    assertThat(report.select("#tiers svg rect.last")).hasSize(4);
    assertThat(report.select("#tiers svg").text()).contains("(2006)");
  }

  @Test
  void theThirdYearPaysCAndFlagsD() throws Exception {
    JsonNode c = consequences(2008);
    // C PASS 65: 18 000 and 10 % of 12 = 1.2 → 1 person; D FAIL by veto and failed hard, 90 → 45: −45
    assertThat(unit(c, "C").get("bonus").decimalValue()).isEqualByComparingTo("18000");
    assertThat(unit(c, "C").get("quota").get("people").asInt()).isEqualTo(1);
    assertThat(unit(c, "D").get("flags")).extracting(f -> f.get("code").asText())
        .containsExactly("veto:I3.major-case", "hard:S1.hotline", "not-improving");
    assertThat(unit(c, "D").get("travel").get("change").asDouble()).isEqualTo(-45.0);
    assertThat(c.get("bonusPool").decimalValue()).isEqualByComparingTo("66600");
    assertThat(c.get("excellentPeople").asInt()).isEqualTo(10);
  }

  @Test
  void theStoreHoldsTheThreeYearsAndGivesEveryConsequenceOfTheKit() {
    try (HistoryStore h = HistoryStores.open(store.toString())) {
      assertThat(h.years()).containsExactly(2006, 2007, 2008);
      for (int year : ThreeYearCity.YEARS) {
        ThreeYearCity.checkYear(h.get(year).orElseThrow());
        ThreeYearCity.checkConsequences(Consequences.compute(h, year, ThreeYearCity.STAFF,
            ThreeYearCity.ruleSet().consequences()));
      }
    }
  }

  @Test
  void historyListsTheYearsAndTheUnitsOfAYear() {
    Cli all = Cli.run("history", "--history", store.toString());
    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(all.out()).startsWith("years 年度: 2006, 2007, 2008\n").contains("2006: 4 units", "2008: 4 units");
    Cli one = Cli.run("history", "--history", store.toString(), "--year", "2007");
    assertThat(one.exitCode()).isZero();
    assertThat(one.out()).contains("2007: 4 units 个单位, rule set 细则 city3 (优秀 excellent 1, 优良 good 2, "
        + "合格 pass 0, 不合格 fail 1)").doesNotContain("2006: 4 units");
    assertThat(one.out().lines().filter(l -> l.startsWith("  C "))).singleElement().asString()
        .contains("47.5", "不合格 fail");
    Cli missing = Cli.run("history", "--history", store.toString(), "--year", "2005");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("no result for 2005: the store holds [2006, 2007, 2008]");
  }

  @Test
  void withoutHistoryTheYearStillHasBonusQuotaAndCadreRecords(@TempDir Path other) throws Exception {
    Path out = other.resolve("out");
    Cli r = Cli.run("assess", "--rules", tmp.resolve("city3.json").toString(), "--units",
        tmp.resolve("units.csv").toString(), "--observations", tmp.resolve("observations-2007.csv").toString(),
        "--year", "2007", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode c = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("sections")
        .get("consequences");
    assertThat(c.get("previousYear").isNull()).isTrue();
    assertThat(c.get("twoYearFailures")).isEmpty();
    assertThat(unit(c, "C").get("twoYearFailure").isNull()).isTrue();
    assertThat(unit(c, "A").get("travel").isNull()).isTrue();
    // bonus and quota do not need last year: the same 62 400 and B's 3 people
    assertThat(c.get("bonusPool").decimalValue()).isEqualByComparingTo("62400");
    assertThat(unit(c, "B").get("quota").get("people").asInt()).isEqualTo(3);
    assertThat(csv(out.resolve("cadre-records.csv")).get("C")).containsEntry("flags", "hard:S1.hotline");
  }
}
