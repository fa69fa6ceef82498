package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.fivetype.ruleset.RuleFilePluginsFixture.IND_A;
import static org.fivetype.ruleset.RuleFilePluginsFixture.IND_B;
import static org.fivetype.ruleset.RuleFilePluginsFixture.L5;
import static org.fivetype.ruleset.RuleFilePluginsFixture.PLUGINS;
import static org.fivetype.ruleset.RuleFilePluginsFixture.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Tier;
import org.fivetype.consequence.BonusScheme;
import org.fivetype.consequence.QuotaSettings;
import org.fivetype.consequence.Regulation;
import org.fivetype.consequence.TravelThresholds;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.TierPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a valid rule file reads, key by key: indicators drawn from plugins with {@code use},
 * {@code change}s that keep what they do not name, and the {@code total}, {@code tiers},
 * {@code consequences}, {@code steps} and {@code departures} settings, each over the base's. Every
 * expected value is the one written in the file or, for a key left out, the base's (or the
 * documented default) — read off the JSON in the test.
 */
class RuleFileSettingsReadTest {

  private static RuleSet parse(String json) {
    return RuleFiles.parse(json, "t.json", null, PLUGINS);
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static IndicatorSpec indicator(RuleSet rs, String id) {
    return rs.indicator(IndicatorId.of(id)).orElseThrow();
  }

  /** A child of the base file at {@code base} (an absolute path: read with no base folder). */
  private static String child(Path base, String extra) {
    return "{" + RuleFilePluginsFixture.FILE_HEAD.replace("\"t\"", "\"child\"") + "\"extends\": \"" + base + "\""
        + (extra.isEmpty() ? "" : ", " + extra) + "}";
  }

  @Test
  void useTakesAnOfferedIndicatorAndChangesOnlyTheKeysGiven() {
    RuleSet rs = parse(file("{\"use\": \"L5.u\"}, {\"use\": \"L6.u\", \"points\": 7, \"hard\": true}", ""));
    // L5.u as offered: 5 points, hard
    assertThat(indicator(rs, "L5.u")).isEqualTo(L5);
    // L6.u offered with 3 points and not hard; the file gives 7 and hard; name and description stay
    IndicatorSpec l6 = indicator(rs, "L6.u");
    assertThat(l6.points()).isEqualTo(7.0);
    assertThat(l6.hard()).isTrue();
    assertThat(l6.name()).isEqualTo(Label.of("甲L6.u", "name L6.u"));
    assertThat(l6.description()).isEqualTo(Label.of("说明L6.u", "about L6.u"));
  }

  @Test
  void aChangeKeepsWhatItDoesNotName() {
    RuleSet rs = parse(file("\"extends\": \"r1\", \"change\": {"
        + "\"L5.u\": {\"name\": {\"zh\": \"新\", \"en\": \"new\"}},"
        + "\"L6.u\": {\"points\": 2, \"measures\": [\"L7\", \"L6\"]}}"));
    IndicatorSpec l5 = indicator(rs, "L5.u");
    // a new name without a description: the description becomes the new name
    assertThat(l5.name()).isEqualTo(Label.of("新", "new"));
    assertThat(l5.description()).isEqualTo(Label.of("新", "new"));
    // L5.u was hard in the base and the change does not say "hard"
    assertThat(l5.hard()).isTrue();
    assertThat(l5.points()).isEqualTo(5.0);
    IndicatorSpec l6 = indicator(rs, "L6.u");
    assertThat(l6.points()).isEqualTo(2.0);
    assertThat(l6.description()).isEqualTo(Label.of("说明L6.u", "about L6.u"));
    assertThat(l6.measures()).extracting(m -> m.id()).containsExactly("L6", "L7");
    assertThat(l6.hard()).isFalse();
    // the base's indicators, then IND_A added by the file
    assertThat(rs.indicators()).extracting(i -> i.id().value()).containsExactly("L5.u", "L6.u", "L1.a");
  }

  @Test
  void aNewIndicatorIsHardOnlyWhenSaidAndDescribedByItsNameUnlessDescribed() {
    RuleSet rs = parse(file(IND_A.replace("\"points\": 10", "\"points\": 10, \"hard\": true") + ", "
        + IND_B.replace("\"points\": 4", "\"points\": 4, \"description\": {\"zh\": \"说明\", \"en\": \"about\"}"), ""));
    IndicatorSpec a = indicator(rs, "L1.a");
    assertThat(a.hard()).isTrue();
    assertThat(a.description()).isEqualTo(Label.of("甲", "a"));
    IndicatorSpec b = indicator(rs, "R1.b");
    assertThat(b.hard()).isFalse();
    assertThat(b.description()).isEqualTo(Label.of("说明", "about"));
  }

  @Test
  void pillarsOfTheBaseAreKnownToTheFileThatExtendsIt(@TempDir Path dir) throws IOException {
    // the base declares OWN (with indicator A1.own); the child adds A2.own in OWN without declaring it again
    String own = IND_B.replace("LEGAL", "OWN");
    Path base = write(dir.resolve("base.json"), file(IND_A + ", " + own.replace("R1.b", "A1.own").replace("\"R1\"",
        "\"A1\""), "\"pillars\": [{\"id\": \"LEARNING\", \"name\": {\"zh\": \"学习型\", \"en\": \"learning\"}, "
        + "\"budget\": 10}, {\"id\": \"OWN\", \"name\": {\"zh\": \"自定\", \"en\": \"own\"}}]"));
    // LEARNING declared with its own standard name is accepted, with its budget 10 (= L1.a's 10 points)
    assertThat(RuleFiles.load(base, PLUGINS).budget(Pillar.LEARNING)).isEqualTo(10.0);
    RuleSet rs = parse(child(base, "\"indicators\": [" + own.replace("R1.b", "A2.own").replace("\"R1\"", "\"A2\"")
        + "]"));
    Pillar ownPillar = new Pillar("OWN", Label.of("自定", "own"));
    assertThat(rs.pillars()).containsExactly(Pillar.LEARNING, ownPillar);
    assertThat(indicator(rs, "A2.own").pillar()).isEqualTo(ownPillar);
  }

  @Test
  void aRelativeExtendsIsReadFromTheBaseFolder(@TempDir Path dir) throws IOException {
    write(dir.resolve("base.json"), file(IND_A + ", " + IND_B, "").replace("\"id\": \"t\"", "\"id\": \"b\""));
    String json = "{" + RuleFilePluginsFixture.FILE_HEAD + "\"extends\": \"base.json\"}";
    RuleSet rs = RuleFiles.parse(json, "t.json", dir, PLUGINS);
    assertThat(rs.indicators()).extracting(i -> i.id().value()).containsExactly("L1.a", "R1.b");
  }

  @Test
  void theTotalIsReadKeyByKeyOverTheBase(@TempDir Path dir) throws IOException {
    Path base = write(dir.resolve("base.json"), file(IND_A + ", " + IND_B,
        "\"total\": {\"method\": \"WEIGHTED_SHARES\", \"scale\": 50, \"weights\": {\"LEARNING\": 2}}"));
    // no "total": the base's
    assertThat(parse(child(base, "")).total()).isEqualTo(TotalMethod.weightedShares(50, Map.of("LEARNING", 2.0)));
    // weights only: the base's method, its scale 50, its weights plus LEGAL 3
    assertThat(parse(child(base, "\"total\": {\"weights\": {\"LEGAL\": 3}}")).total())
        .isEqualTo(TotalMethod.weightedShares(50, Map.of("LEARNING", 2.0, "LEGAL", 3.0)));
    // scale only: the base's weights
    assertThat(parse(child(base, "\"total\": {\"scale\": 10}")).total())
        .isEqualTo(TotalMethod.weightedShares(10, Map.of("LEARNING", 2.0)));
    // back to the sum
    assertThat(parse(child(base, "\"total\": {\"method\": \"SUM\"}")).total()).isEqualTo(TotalMethod.SUM);
    // over a sum (no base): a weighted total without a scale is on 100, with no weights
    assertThat(parse(file("\"total\": {\"method\": \"WEIGHTED_SHARES\"}")).total())
        .isEqualTo(TotalMethod.weightedShares(100, Map.of()));
  }

  private static final String TIERS = """
      "tiers": {"thresholds": {"EXCELLENT": 0.85, "GOOD": 0.7, "PASS": 0.5},
        "veto": {"cap": "PASS", "missingEvidence": "MISSING"}, "hard": {"passShare": 0.5, "cap": "GOOD"},
        "pillarFloor": {"share": 0.4, "cap": "PASS"}, "missingEvidence": {"cap": "PASS"},
        "quota": {"EXCELLENT": 0.3, "GOOD": 0.6}, "quotaRounding": "HALF_UP", "ties": "ALL_OUT"}""";

  private static final TierSettings TIERS_READ = new TierSettings(0.85, 0.7, 0.5, Tier.PASS, 0.5, Tier.GOOD, 0.4,
      Tier.PASS, Tier.PASS, Map.of(Tier.EXCELLENT, 0.3, Tier.GOOD, 0.6), TierSettings.Rounding.HALF_UP,
      TierSettings.Ties.ALL_OUT, TierSettings.MissingVeto.MISSING);

  @Test
  void everyTierSettingIsReadAndEachKeyOverridesOnlyItself(@TempDir Path dir) throws IOException {
    Path base = write(dir.resolve("base.json"), file(TIERS));
    assertThat(RuleFiles.load(base, PLUGINS).tiers()).isEqualTo(TIERS_READ);
    // a child naming one key of each block keeps the base's other keys
    assertThat(parse(child(base, "\"tiers\": {\"veto\": {\"cap\": \"GOOD\"}, \"hard\": {\"cap\": \"FAIL\"}, "
        + "\"pillarFloor\": {\"share\": 0.3}}")).tiers())
        .isEqualTo(new TierSettings(0.85, 0.7, 0.5, Tier.GOOD, 0.5, Tier.FAIL, 0.3, Tier.PASS, Tier.PASS,
            Map.of(Tier.EXCELLENT, 0.3, Tier.GOOD, 0.6), TierSettings.Rounding.HALF_UP, TierSettings.Ties.ALL_OUT,
            TierSettings.MissingVeto.MISSING));
    assertThat(parse(child(base, "\"tiers\": {\"veto\": {\"missingEvidence\": \"VETO\"}, "
        + "\"hard\": {\"passShare\": 0.8}, \"pillarFloor\": {\"cap\": \"FAIL\"}, \"quota\": {\"GOOD\": 0.5}, "
        + "\"missingEvidence\": {\"cap\": \"FAIL\"}}")).tiers())
        .isEqualTo(new TierSettings(0.85, 0.7, 0.5, Tier.PASS, 0.8, Tier.GOOD, 0.4, Tier.FAIL, Tier.FAIL,
            Map.of(Tier.GOOD, 0.5), TierSettings.Rounding.HALF_UP, TierSettings.Ties.ALL_OUT,
            TierSettings.MissingVeto.VETO));
    // no "tiers": the base's whole
    assertThat(parse(child(base, "")).tiers()).isEqualTo(TIERS_READ);
  }

  @Test
  void consequenceSettingsAtTheEdgesOfTheirRanges() {
    // travel: adequately -1 under the defaults strongly 5, well 2
    assertThat(parse(file("\"consequences\": {\"travel\": {\"adequately\": -1}}")).consequences().travel())
        .isEqualTo(new TravelThresholds(5, 2, -1));
    // bonus: base 0 is allowed (≥ 0); GOOD 1.0 equal to PASS 1.0 does not increase; the default step 2 000 stays
    assertThat(parse(file("\"consequences\": {\"bonus\": {\"baseYear\": 2010, \"base\": 0, "
        + "\"multipliers\": {\"GOOD\": 1.0}}}")).consequences().bonus())
        .isEqualTo(new BonusScheme(0, 2010, 2_000, Map.of(Tier.EXCELLENT, 1.5, Tier.GOOD, 1.0, Tier.PASS, 1.0,
            Tier.FAIL, 0.0)));
    // civil servants: the graded shares 1 and 0 are the ends of [0, 1]; GOOD and PASS stay Taixing's 0.12, 0.10
    String ecs = "\"consequences\": {\"excellentCivilServants\": {\"scheme\": \"REGULATION\", \"rounding\": "
        + "\"HALF_UP\", \"graded\": {\"EXCELLENT\": 1, \"FAIL\": 0}, \"regulations\": [{\"id\": \"r2020\", "
        + "\"title\": {\"zh\": \"规定\", \"en\": \"rule\"}, \"effective\": \"2020-01-01\", \"normalShare\": 0.1, "
        + "\"ceiling\": 0.2}]}}";
    assertThat(parse(file(ecs)).consequences().quota()).isEqualTo(new QuotaSettings(
        List.of(new Regulation("r2020", Label.of("规定", "rule"), LocalDate.of(2020, 1, 1), 0.1, 0.2)),
        QuotaSettings.Scheme.REGULATION,
        Map.of(Tier.EXCELLENT, 1.0, Tier.GOOD, 0.12, Tier.PASS, 0.10, Tier.FAIL, 0.0), QuotaSettings.Rounding.HALF_UP));
  }

  @Test
  void aGradedShareWithinTheToleranceOfFourDecimalsIsAccepted() {
    // four decimals are checked as |bp − rint(bp)| > 1e-6 with bp = share × 10 000, a tolerance for binary
    // fractions (0.0007 × 10 000 = 6.999…). 1e-10 × 10 000 is exactly the double 1e-6: at the tolerance, so
    // not more than four decimals; 0.15000000001 is 1e-7 basis points off 1500, also within it
    String graded = "\"consequences\": {\"excellentCivilServants\": {\"graded\": {\"EXCELLENT\": 0.15000000001, "
        + "\"FAIL\": 1e-10}}}";
    Map<Tier, Double> read = parse(file(graded)).consequences().quota().graded();
    assertThat(read).containsEntry(Tier.FAIL, 1e-10).containsEntry(Tier.EXCELLENT, 0.15000000001);
  }

  @Test
  void departuresAreReadStrippedAndInherited(@TempDir Path dir) throws IOException {
    // all four bonus multipliers 1: a departure from A7, listed with a reason (spaces around it dropped)
    Path base = write(dir.resolve("base.json"), file("\"consequences\": {\"bonus\": {\"multipliers\": "
        + "{\"EXCELLENT\": 1, \"GOOD\": 1, \"PASS\": 1, \"FAIL\": 1}}}, "
        + "\"departures\": {\"A7\": \"  flat bonus by council decision  \"}"));
    RuleSet b = RuleFiles.load(base, PLUGINS);
    assertThat(b.departures()).isEqualTo(Map.of("A7", "flat bonus by council decision"));
    // the child says nothing of departures: it keeps the base's (and so may keep the flat bonus)
    assertThat(parse(child(base, "")).departures()).isEqualTo(Map.of("A7", "flat bonus by council decision"));
    // the child lists another: both
    assertThat(parse(child(base, "\"tiers\": {\"hard\": {\"cap\": \"EXCELLENT\"}}, "
        + "\"departures\": {\"A5\": \"hard indicators only reported\"}")).departures())
        .isEqualTo(Map.of("A5", "hard indicators only reported", "A7", "flat bonus by council decision"));
  }

  @Test
  void stepsNamedInTheFileAreTheRuleSetsExtraSteps() {
    RuleSet rs = parse(file("\"steps\": [{\"use\": \"probe\"}]"));
    assertThat(rs.extraSteps()).extracting(TierPolicy::id).containsExactly("probe");
  }

  @Test
  void aBuiltInBaseGivesItsIndicatorsInProviderOrder() {
    RuleSet rs = parse(file("\"extends\": \"r1\", \"remove\": [\"L6.u\"]"));
    assertThat(rs.indicators()).extracting(i -> i.id().value(), IndicatorSpec::points)
        .containsExactly(tuple("L5.u", 5.0), tuple("L1.a", 10.0));
  }
}
