package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Problem;
import org.fivetype.api.Tier;
import org.fivetype.plugin.Plugins;
import org.fivetype.rule.Bands;
import org.fivetype.rule.Bonus;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.Rate;
import org.fivetype.rule.ScoringRule;
import org.fivetype.rule.Target;
import org.fivetype.rule.Veto;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files: every problem of a file in one pass with its JSON path and file name, syntax errors
 * with line and column, {@code extends} cycles, budgets, the export round trip, and an
 * {@code extends} chain that changes, removes and adds indicators.
 */
class RuleFilesErrorsTest {

  private static final String HEAD = """
      "format": "fivetype-rules/1",
      "name": {"zh": "测试细则", "en": "test rules"},
      """;

  /** A complete, valid indicator object; {@code extra} is spliced in before the rule. */
  private static String indicator(String id, String pillar, String measure, double points, String rule) {
    return """
        {"id": "%s", "pillar": "%s", "name": {"zh": "指标%s", "en": "indicator %s"}, "points": %s,
         "measures": ["%s"],
         "evidence": {"what": {"zh": "材料", "en": "records"}, "unit": {"zh": "件", "en": "items"}, "supplier": "UNIT"},
         "rule": %s}
        """.formatted(id, pillar, id, id, points, measure, rule);
  }

  private static InvalidInputException invalid(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidInputException");
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String baseFile() {
    return "{" + HEAD + """
        "id": "base",
        "indicators": [
        """ + indicator("L1.a", "LEARNING", "L1", 10, "{\"kind\": \"target\", \"target\": 25, \"proportional\": true}")
        + "," + indicator("L2.b", "LEARNING", "L2", 5, "{\"kind\": \"yesNo\"}")
        + "," + indicator("R1.c", "LEGAL", "R1", 10, "{\"kind\": \"deduction\", \"perOccurrence\": 2}")
        + """
        ],
        "tiers": {"thresholds": {"EXCELLENT": 0.85, "GOOD": 0.75, "PASS": 0.6}}
        }
        """;
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void everyProblemOfAFileInOnePass(@TempDir Path dir) throws IOException {
    write(dir.resolve("base.json"), baseFile());
    String evidence = "\"evidence\": {\"what\": {\"zh\": \"材料\", \"en\": \"records\"}, "
        + "\"unit\": {\"zh\": \"件\", \"en\": \"items\"}, \"supplier\": \"UNIT\"}";
    String json = "{" + HEAD + """
        "id": "broken",
        "extends": "base.json",
        "remove": ["L9.nope"],
        "change": {"L9.ghost": {"points": 3}},
        "indicators": [
          {"id": "L3.typo", "pillar": "LEARNING", "name": {"zh": "拼错", "en": "typo"}, "pionts": 5,
           "measures": ["L3"], %1$s, "rule": {"kind": "yesNo"}},
          {"id": "L4.type", "pillar": "LEARNING", "name": {"zh": "类型", "en": "type"}, "points": "ten",
           "measures": ["L4"], %1$s, "rule": {"kind": "yesNo"}},
          {"id": "L5.kind", "pillar": "LEARNING", "name": {"zh": "种类", "en": "kind"}, "points": 5,
           "measures": ["L5"], %1$s, "rule": {"kind": "stars"}},
          {"id": "L6.measure", "pillar": "LEARNING", "name": {"zh": "措施", "en": "measure"}, "points": 5,
           "measures": ["L99"], %1$s, "rule": {"kind": "yesNo"}},
          {"id": "L7.noevidence", "pillar": "LEARNING", "name": {"zh": "缺", "en": "missing"}, "points": 5,
           "measures": ["L7"], "rule": {"kind": "yesNo"}}
        ]
        }
        """.formatted(evidence);

    InvalidInputException e = invalid(() -> RuleFiles.parse(json, "broken.json", dir, Plugins.none()));

    assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
        "broken.json: $.remove[0]",               // remove of a non-existent indicator
        "broken.json: $.change.L9.ghost",         // change of a non-existent indicator
        "broken.json: $.indicators[0].pionts",    // unknown key (typo)
        "broken.json: $.indicators[0]",           // … so "points" is missing
        "broken.json: $.indicators[1].points",    // bad value type
        "broken.json: $.indicators[2].rule.kind", // unknown rule kind
        "broken.json: $.indicators[3].measures[0]", // unknown measure id
        "broken.json: $.indicators[4]");          // missing required key "evidence"
    assertThat(e.problems()).extracting(Problem::where, p -> messageKey(p.message())).contains(
        tuple("broken.json: $.remove[0]", "no indicator \"L9.nope\" to remove"),
        tuple("broken.json: $.change.L9.ghost", "no indicator \"L9.ghost\" to change"),
        tuple("broken.json: $.indicators[0].pionts", "unknown key (did you mean 'points'?)"),
        tuple("broken.json: $.indicators[0]", "missing \"points\""),
        tuple("broken.json: $.indicators[1].points", "expected a number, found the string \"ten\""),
        tuple("broken.json: $.indicators[2].rule.kind", "unknown rule kind \"stars\""),
        tuple("broken.json: $.indicators[3].measures[0]", "\"L99\" is not a measure id"),
        tuple("broken.json: $.indicators[4]", "missing \"evidence\""));
    assertThat(e.getMessage()).contains("8 problems");
  }

  /** The start of a message, up to the first ';' or '(' detail that follows the key phrase. */
  private static String messageKey(String message) {
    for (String key : List.of("no indicator \"L9.nope\" to remove", "no indicator \"L9.ghost\" to change",
        "unknown key (did you mean 'points'?)", "missing \"points\"", "expected a number, found the string \"ten\"",
        "unknown rule kind \"stars\"", "\"L99\" is not a measure id", "missing \"evidence\"")) {
      if (message.startsWith(key)) {
        return key;
      }
    }
    return message;
  }

  @Test
  void aLoadedFileIsNamedByItsPath(@TempDir Path dir) throws IOException {
    // a typo of a top-level key: "tiers" misspelt "teirs" (distance 2 ≤ max(2, 5/3)) → suggests "tiers"
    Path f = write(dir.resolve("typo.json"), baseFile().replace("\"tiers\"", "\"teirs\""));
    InvalidInputException e = invalid(() -> RuleFiles.load(f, Plugins.none()));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).where()).isEqualTo(f.toAbsolutePath().normalize() + ": $.teirs");
    assertThat(e.problems().get(0).message()).contains("did you mean 'tiers'?");
  }

  @Test
  void invalidJsonSyntaxGivesLineAndColumn() {
    // line 1 "{", line 2 format, line 3 id without a trailing comma, line 4 starts with the next key:
    // the parser expects ',' or '}' and finds '"' at line 4, column 3 (after two spaces)
    String json = "{\n  \"format\": \"fivetype-rules/1\",\n  \"id\": \"x\"\n  \"name\": {\"zh\": \"甲\", \"en\": \"a\"}\n}\n";
    InvalidInputException e = invalid(() -> RuleFiles.parse(json, "syntax.json", Path.of("."), Plugins.none()));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).where()).isEqualTo("syntax.json:4:3");
    assertThat(e.problems().get(0).message()).containsIgnoringCase("comma");
  }

  @Test
  void extendsCyclesAreAnError(@TempDir Path dir) throws IOException {
    String a = "{" + HEAD + "\"id\": \"a\", \"extends\": \"b.json\"}";
    String b = "{" + HEAD + "\"id\": \"b\", \"extends\": \"a.json\"}";
    Path fa = write(dir.resolve("a.json"), a);
    write(dir.resolve("b.json"), b);
    InvalidInputException e = invalid(() -> RuleFiles.load(fa, Plugins.none()));
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.message()).contains("extends chain").contains("a.json").contains("b.json");
    });
  }

  @Test
  void aFileExtendingItselfIsACycle(@TempDir Path dir) throws IOException {
    Path self = write(dir.resolve("self.json"), "{" + HEAD + "\"id\": \"self\", \"extends\": \"./self.json\"}");
    InvalidInputException e = invalid(() -> RuleFiles.load(self, Plugins.none()));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("extends chain"));
  }

  @Test
  void aBudgetThatDiffersFromItsIndicatorsIsAnErrorNamingThePillar() {
    // LEARNING: L1.a 10 + L2.b 5 = 15 points, but the file says 20
    String json = "{" + HEAD + """
        "id": "budget",
        "pillars": [{"id": "LEARNING", "budget": 20}],
        "indicators": [
        """ + indicator("L1.a", "LEARNING", "L1", 10, "{\"kind\": \"yesNo\"}") + ","
        + indicator("L2.b", "LEARNING", "L2", 5, "{\"kind\": \"yesNo\"}") + "]}";
    InvalidInputException e = invalid(() -> RuleFiles.parse(json, "budget.json", Path.of("."), Plugins.none()));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).where()).isEqualTo("budget.json: pillar LEARNING budget");
    assertThat(e.problems().get(0).message()).contains("20").contains("15");

    // the same file with the right budget (10 + 5 = 15) is fine
    RuleSet ok = RuleFiles.parse(json.replace("\"budget\": 20", "\"budget\": 15"), "budget.json", Path.of("."),
        Plugins.none());
    assertThat(ok.budget(Pillar.LEARNING)).isEqualTo(15.0);
  }

  // ---------------------------------------------------------------------------------------------

  private static IndicatorSpec spec(String id, Pillar pillar, String measure, double points, boolean hard,
      ScoringRule rule) {
    return IndicatorSpec.builder(id).pillar(pillar).name("指标" + id, "indicator " + id)
        .description("说明" + id, "about " + id).points(points).hard(hard).measures(measure)
        .evidence("材料", "records", "件", "items", Evidence.Supplier.INSPECTION).rule(rule).build();
  }

  @Test
  void exportAndReimportGiveTheSameFingerprint(@TempDir Path dir) {
    Pillar own = new Pillar("DISTRICT_OWN", Label.of("区自定", "district's own"));
    RuleSet rs = RuleSet.builder("all-kinds", Label.of("全部规则", "all rule kinds"))
        .indicator(spec("L7.research-days", Pillar.LEARNING, "L7", 10, false,
            new Target(25, Direction.HIGHER_IS_BETTER, true)))
        .indicator(spec("L1.study", Pillar.LEARNING, "L1", 5, true, new Target(4, Direction.LOWER_IS_BETTER, false)))
        .indicator(spec("R1.cases", Pillar.LEGAL, "R1", 8, false, new Goalposts(50, 100, Direction.HIGHER_IS_BETTER)))
        .indicator(spec("R2.bands", Pillar.LEGAL, "R2", 6, false, new Bands(
            List.of(new Bands.Band(0, 1), new Bands.Band(2, 0.5)), Direction.LOWER_IS_BETTER)))
        .indicator(spec("E6.complaints", Pillar.EFFICIENCY, "E6", 7.5, false, new Deduction(1.5, 0.5)))
        .indicator(spec("S3.press", Pillar.SERVICE, "S3", 4, false, new Bonus(0.5, 3)))
        .indicator(spec("E4.systems", Pillar.EFFICIENCY, "E4", 8, true, new Checklist(8)))
        .indicator(spec("E7.forwarded", Pillar.EFFICIENCY, "E7", 2, false, new YesNo(Direction.LOWER_IS_BETTER)))
        .indicator(spec("S1.satisfaction", Pillar.SERVICE, "S1", 9, false,
            new Rate(0.6, 0.95, Direction.HIGHER_IS_BETTER)))
        .indicator(spec("I3.major-cases", Pillar.INTEGRITY, "I3", 3, true, new Veto(1)))
        .indicator(spec("A9.own", own, "A9", 5, false, new YesNo(Direction.HIGHER_IS_BETTER)))
        .total(TotalMethod.weightedShares(100, Map.of("LEARNING", 2.0, "DISTRICT_OWN", 0.5)))
        .tiers(TierSettings.DEFAULTS.withThresholds(0.85, 0.7, 0.55)
            .withQuota(Map.of(Tier.EXCELLENT, 0.15, Tier.GOOD, 0.5)).withTies(TierSettings.Ties.ALL_OUT))
        .build();

    String json = rs.toJson();
    RuleSet back = RuleFiles.parse(json, "x.json", dir, Plugins.none());

    assertThat(back.fingerprint()).isEqualTo(rs.fingerprint());
    assertThat(back.toJson()).isEqualTo(json);
    assertThat(back.indicators()).isEqualTo(rs.indicators());
    assertThat(back.pillars()).isEqualTo(rs.pillars());
    assertThat(back.tiers()).isEqualTo(rs.tiers());
    assertThat(back.total()).isEqualTo(rs.total());
    // and the fingerprint does see a change: one point more on one indicator
    RuleSet changed = rs.toBuilder().indicator(rs.indicator(IndicatorId.of("S3.press")).orElseThrow().withPoints(5))
        .build();
    assertThat(changed.fingerprint()).isNotEqualTo(rs.fingerprint());
  }

  @Test
  void extendsARelativePathThenChangesRemovesAndAdds(@TempDir Path dir) throws IOException {
    write(dir.resolve("base.json"), baseFile());
    Path child = write(dir.resolve("districts/child.json"), "{" + HEAD + """
        "id": "district-a-2025",
        "extends": "../base.json",
        "remove": ["L2.b"],
        "change": {"L1.a": {"points": 12}},
        "indicators": [
        """ + indicator("S1.d", "SERVICE", "S1", 8, "{\"kind\": \"rate\", \"low\": 0.6, \"high\": 0.9}") + "]}");

    RuleSet rs = RuleFiles.load(child, Plugins.none());

    assertThat(rs.id()).isEqualTo("district-a-2025");
    // base L1.a 10, L2.b 5, R1.c 10 → L1.a changed to 12, L2.b removed, S1.d (8) added
    assertThat(rs.indicators()).extracting(i -> i.id().value(), IndicatorSpec::points)
        .containsExactly(tuple("L1.a", 12.0), tuple("R1.c", 10.0), tuple("S1.d", 8.0));
    assertThat(rs.pillars()).containsExactly(Pillar.LEARNING, Pillar.LEGAL, Pillar.SERVICE);
    assertThat(rs.budget(Pillar.LEARNING)).isEqualTo(12.0); // 12 (L2.b's 5 removed)
    assertThat(rs.budget(Pillar.LEGAL)).isEqualTo(10.0);
    assertThat(rs.budget(Pillar.SERVICE)).isEqualTo(8.0);
    assertThat(rs.maxTotal()).isEqualTo(30.0); // 12 + 10 + 8
    // a change keeps what it does not mention
    IndicatorSpec l1 = rs.indicator(IndicatorId.of("L1.a")).orElseThrow();
    assertThat(l1.rule()).isEqualTo(new Target(25, Direction.HIGHER_IS_BETTER, true));
    assertThat(l1.name()).isEqualTo(Label.of("指标L1.a", "indicator L1.a"));
    assertThat(rs.indicator(IndicatorId.of("S1.d")).orElseThrow().rule())
        .isEqualTo(new Rate(0.6, 0.9, Direction.HIGHER_IS_BETTER));
    assertThat(rs.indicator(IndicatorId.of("R1.c")).orElseThrow().rule()).isEqualTo(new Deduction(2, 0));
    // tier settings are inherited from the base
    assertThat(rs.tiers()).isEqualTo(TierSettings.DEFAULTS.withThresholds(0.85, 0.75, 0.6));

    // the effective rule set is complete: exported and re-read without the base, it is the same
    RuleSet again = RuleFiles.parse(rs.toJson(), "effective.json", dir, Plugins.none());
    assertThat(again.fingerprint()).isEqualTo(rs.fingerprint());
    RuleSet base = RuleFiles.load(dir.resolve("base.json"), Plugins.none());
    assertThat(rs.fingerprint()).isNotEqualTo(base.fingerprint());
  }
}
