package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Problem;
import org.fivetype.api.Tier;
import org.fivetype.consequence.BonusScheme;
import org.fivetype.consequence.ConsequenceSettings;
import org.fivetype.consequence.QuotaSettings;
import org.fivetype.consequence.Regulation;
import org.fivetype.consequence.TravelThresholds;
import org.fivetype.plugin.Plugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code consequences} block of rule files: key by key over the base's settings, exported
 * only when it differs from the defaults (so older rule sets keep their fingerprints), round trip
 * through the export, and unknown keys or bad values reported with their JSON paths.
 */
class ConsequenceRuleFileTest {

  private static final String BASE = """
      {"format": "fivetype-rules/1", "id": "base", "name": {"zh": "基础", "en": "base"},
       "indicators": [
         {"id": "L1.a", "pillar": "LEARNING", "name": {"zh": "甲", "en": "a"}, "points": 10, "measures": ["L1"],
          "evidence": {"what": {"zh": "材料", "en": "records"}, "unit": {"zh": "件", "en": "items"},
                       "supplier": "UNIT"},
          "rule": {"kind": "yesNo"}}
       ]%s}
      """;

  private static RuleSet parse(String json, Path dir) {
    return RuleFiles.parse(json, "t.json", dir, Plugins.none());
  }

  @Test
  void withoutTheBlockTheDefaultsApplyAndTheExportHasNoKey(@TempDir Path dir) {
    RuleSet rs = parse(BASE.formatted(""), dir);
    assertThat(rs.consequences()).isEqualTo(ConsequenceSettings.DEFAULTS);
    assertThat(rs.toJson()).doesNotContain("consequences");
  }

  @Test
  void keysChangeTheBaseOneByOne(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("base.json"), BASE.formatted("""
        , "consequences": {"bonus": {"step": 3000}}"""), StandardCharsets.UTF_8);
    String child = """
        {"format": "fivetype-rules/1", "id": "child", "name": {"zh": "子", "en": "child"}, "extends": "base.json",
         "consequences": {
           "travel": {"well": 3},
           "bonus": {"multipliers": {"EXCELLENT": 2.0}},
           "excellentCivilServants": {"graded": {"EXCELLENT": 0.2}, "rounding": "HALF_UP",
             "regulations": [{"id": "cs-1994", "title": {"zh": "暂行规定", "en": "provisional rules"},
                              "effective": "1994-03-08", "normalShare": 0.1, "ceiling": 0.15}]}
         }}
        """;
    RuleSet rs = parse(child, dir);
    ConsequenceSettings c = rs.consequences();
    // travel: well 3 from the child, strongly 5 and adequately 0 from the defaults
    assertThat(c.travel()).isEqualTo(new TravelThresholds(5, 3, 0));
    // bonus: step 3 000 from the base file, EXCELLENT ×2 from the child, the rest defaults
    assertThat(c.bonus()).isEqualTo(new BonusScheme(10_000, 2004, 3_000,
        Map.of(Tier.EXCELLENT, 2.0, Tier.GOOD, 1.2, Tier.PASS, 1.0, Tier.FAIL, 0.0)));
    assertThat(c.quota()).isEqualTo(new QuotaSettings(
        List.of(new Regulation("cs-1994", Label.of("暂行规定", "provisional rules"), LocalDate.of(1994, 3, 8), 0.1,
            0.15)),
        QuotaSettings.Scheme.GRADED, Map.of(Tier.EXCELLENT, 0.2, Tier.GOOD, 0.12, Tier.PASS, 0.10, Tier.FAIL, 0.08),
        QuotaSettings.Rounding.HALF_UP));
  }

  @Test
  void exportRoundTripKeepsSettingsAndFingerprint(@TempDir Path dir) {
    RuleSet rs = parse(BASE.formatted("""
        , "consequences": {"travel": {"strongly": 6}, "excellentCivilServants": {"scheme": "REGULATION"}}"""), dir);
    assertThat(rs.toJson()).contains("\"consequences\"");
    RuleSet again = parse(rs.toJson(), dir);
    assertThat(again.consequences()).isEqualTo(rs.consequences());
    assertThat(again.fingerprint()).isEqualTo(rs.fingerprint());
    // and the settings count in the fingerprint
    assertThat(rs.fingerprint()).isNotEqualTo(parse(BASE.formatted(""), dir).fingerprint());
    // a rule set built in Java with the same settings has the same fingerprint
    RuleSet java = parse(BASE.formatted(""), dir).toBuilder().consequences(rs.consequences()).build();
    assertThat(java.fingerprint()).isEqualTo(rs.fingerprint());
  }

  @Test
  void problemsAreReportedTogetherWithTheirPaths(@TempDir Path dir) {
    String json = BASE.formatted("""
        , "consequences": {
            "travl": {},
            "bonus": {"stepp": 1, "multipliers": {"GOOD": "high"}},
            "excellentCivilServants": {"scheme": "GRADE", "graded": {"EXCELLENT": 0.15, "BEST": 0.3},
              "regulations": [{"id": "x", "title": {"zh": "某", "en": "x"}, "effective": "1 March 2000",
                               "normalShare": 0.1, "ceiling": 0.15},
                              {"id": "y", "title": {"zh": "某", "en": "y"}, "effective": "2001-01-01",
                               "normalShare": 0.3, "ceiling": 0.2}]}
          }""");
    assertThatThrownBy(() -> parse(json, dir)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
            "t.json: $.consequences.travl",
            "t.json: $.consequences.bonus.stepp",
            "t.json: $.consequences.bonus.multipliers.GOOD",
            "t.json: $.consequences.excellentCivilServants.scheme",
            "t.json: $.consequences.excellentCivilServants.graded.BEST",
            "t.json: $.consequences.excellentCivilServants.regulations[0].effective",
            "t.json: $.consequences.excellentCivilServants.regulations[1]"));
  }

  @Test
  void badValuesFailTheirRecordsChecks(@TempDir Path dir) {
    String json = BASE.formatted("""
        , "consequences": {"travel": {"strongly": 1, "well": 2}}""");
    assertThatThrownBy(() -> parse(json, dir)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.where()).isEqualTo("t.json: $.consequences.travel");
          assertThat(p.message()).contains("must decrease: strongly 1.0 > well 2.0 > adequately 0.0");
        }));
  }

  /**
   * Issue 16: four wrong settings, three in one block; only the first of a block was reported (the
   * settings' constructors stop at the first). Every one is reported, at its own path.
   */
  @Test
  void everyWrongSettingIsReportedInOnePass(@TempDir Path dir) {
    String json = BASE.formatted("""
        , "consequences": {
            "bonus": {"base": -5, "step": -1, "multipliers": {"EXCELLENT": 1, "GOOD": 2, "FAIL": "x", "PASS": "y"}},
            "excellentCivilServants": {"graded": {"GOOD": 1.5}}
          }""");
    assertThatThrownBy(() -> parse(json, dir)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
            "t.json: $.consequences.bonus.base",
            "t.json: $.consequences.bonus.step",
            "t.json: $.consequences.bonus.multipliers.PASS",
            "t.json: $.consequences.bonus.multipliers.FAIL",
            "t.json: $.consequences.excellentCivilServants.graded.GOOD"));
    String increasing = BASE.formatted("""
        , "consequences": {"bonus": {"base": -5, "multipliers": {"EXCELLENT": 1, "GOOD": 2}}}""");
    assertThatThrownBy(() -> parse(increasing, dir)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
            "t.json: $.consequences.bonus.base",
            "t.json: $.consequences.bonus.multipliers"));
  }
}
