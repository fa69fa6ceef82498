package org.fivetype.examples.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.cli.Main;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule kind and a tier step from outside the kernel — {@link ComplaintTrend} ({@code
 * "tianshan.trend"}) and {@link ComplaintsRoseStep} ({@code "tianshan.complaints-rose"}) of
 * Tianshan District's plugin jar — used from a JSON rule file ({@code
 * district/tianshan-2025-complaints.json}) through the library, the export and the command line.
 *
 * <p>The case, worked out by hand. The rule file is {@code tianshan-2025.json} (largest total
 * 103.5) plus {@code S7.complaint-trend}, 2 points, {@code fullAtFall} 0.1, {@code zeroAtRise}
 * 0.5: points {@code 2 · (0.5 − v) / 0.6} between, so the largest total is 105.5 and EXCELLENT
 * starts at {@code 0.92 · 105.5 = 97.06}. Ten departments of one category; every indicator has
 * the value that earns its full points except:
 *
 * <pre>
 * unit  trend v  trend points           hotline  hotline pts  total                 thresholds  quota (2 of 10)  step
 * T1    -0.20    2 (a fall ≥ 10 %)      1.00     2            105.5                 EXCELLENT   in               -
 * T2     0.55    0 (a rise ≥ 50 %)      1.00     2            103.5                 EXCELLENT   in (tied)        rose 55 % > 50 % → GOOD
 * T3     0.50    0                      1.00     2            103.5                 EXCELLENT   in (tied)        50 % is not more than half: stays
 * X1-7   0.20    2·0.3/0.6 = 1          0.70     0 (Rate .7–1) 105.5 − 1 − 2 = 102.5 EXCELLENT   out → GOOD       -
 * </pre>
 *
 * The quota is floor(0.2 · 10) = 2: T1 first, then T2 and T3 tie at the cut-off and are both kept
 * (ties ALL_IN); the seven X units drop to GOOD. Then the district's step caps T2 at GOOD.
 */
class TianshanComplaintRulesTest {

  static final String RULE_FILE = "district/tianshan-2025-complaints.json";
  static final int YEAR = 2025;
  static final IndicatorId TREND = IndicatorId.of("S7.complaint-trend");
  static final IndicatorId HOTLINE = IndicatorId.of(TianshanDistrictPlugin.COMMUNITY_HOTLINE);

  private static Plugins plugins;
  private static RuleSet rules;
  private static List<Unit> units;
  private static List<Observation> observations;
  private static AssessmentResult result;

  static Path ruleFile() throws Exception {
    return Path.of(TianshanComplaintRulesTest.class.getClassLoader().getResource(RULE_FILE).toURI());
  }

  /** The ten departments of the case. */
  static List<Unit> units() {
    List<Unit> out = new ArrayList<>();
    for (String id : List.of("T1", "T2", "T3", "X1", "X2", "X3", "X4", "X5", "X6", "X7")) {
      out.add(new Unit(id, Label.of("部门" + id, "Department " + id), UnitKind.DEPARTMENT, "departments"));
    }
    return out;
  }

  /** Every indicator at its full-points value, except the trend and the hotline as in the table. */
  static List<Observation> observations(RuleSet rs) {
    Map<String, Double> trend = Map.of("T1", -0.2, "T2", 0.55, "T3", 0.5);
    List<Observation> out = new ArrayList<>();
    for (Unit u : units()) {
      for (IndicatorSpec i : rs.indicators()) {
        double v = i.rule().fullPointsValue();
        if (i.id().equals(TREND)) {
          v = trend.getOrDefault(u.id(), 0.2);
        } else if (i.id().equals(HOTLINE) && u.id().startsWith("X")) {
          v = 0.7;
        }
        out.add(new Observation(u.id(), YEAR, i.id(), v, "test"));
      }
    }
    return out;
  }

  @BeforeAll
  static void assess() throws Exception {
    plugins = Plugins.discover();
    rules = RuleFiles.load(ruleFile(), plugins);
    units = units();
    observations = observations(rules);
    result = ScoringPlan.compile(rules).assess(YEAR, units, observations);
  }

  @Test
  void theRuleFileUsesTheDistrictsKindAndStep() {
    assertThat(rules.indicator(TREND).orElseThrow().rule()).isEqualTo(new ComplaintTrend(0.1, 0.5));
    assertThat(rules.extraSteps()).containsExactly(new ComplaintsRoseStep(TREND, 0.5, Tier.GOOD));
    assertThat(rules.maxTotal()).isEqualTo(105.5); // 103.5 of tianshan-2025 + 2
  }

  @Test
  void scoresAndTiersAreThoseWorkedOutByHand() {
    UnitResult t1 = unit("T1");
    UnitResult t2 = unit("T2");
    UnitResult t3 = unit("T3");
    assertThat(t1.points(TREND)).isEqualTo(2.0);
    assertThat(t2.points(TREND)).isEqualTo(0.0);
    assertThat(t3.points(TREND)).isEqualTo(0.0);
    assertThat(t1.total()).isCloseTo(105.5, within(1e-9));
    assertThat(t2.total()).isCloseTo(103.5, within(1e-9));
    assertThat(t3.total()).isCloseTo(103.5, within(1e-9));
    assertThat(t1.tier()).isEqualTo(Tier.EXCELLENT);
    assertThat(t2.tier()).isEqualTo(Tier.GOOD);
    assertThat(t3.tier()).as("a rise of exactly half is not more than half").isEqualTo(Tier.EXCELLENT);
    assertThat(t2.reasons()).extracting(Reason::step).containsExactly("thresholds", ComplaintsRoseStep.ID);
    assertThat(t2.reasons().get(1).text()).isEqualTo(Label.of("投诉量比上年上升55%,超过50%,最高评为优良",
        "complaints rose by 55% on last year, more than 50%: at most good"));
    for (int k = 1; k <= 7; k++) {
      UnitResult x = unit("X" + k);
      assertThat(x.points(TREND)).isCloseTo(1.0, within(1e-12)); // 2 · (0.5 − 0.2) / 0.6
      assertThat(x.points(HOTLINE)).isEqualTo(0.0);
      assertThat(x.total()).isCloseTo(102.5, within(1e-9));
      assertThat(x.tier()).isEqualTo(Tier.GOOD);
      assertThat(x.reasons()).extracting(Reason::step).containsExactly("thresholds", "quota");
    }
  }

  @Test
  void withoutTheStepTheSameUnitIsExcellent() {
    // the same indicators and tiers, without the step
    RuleSet.Builder b = RuleSet.builder(rules.id(), rules.name());
    rules.indicators().forEach(b::indicator);
    b.tiers(rules.tiers());
    AssessmentResult r = ScoringPlan.compile(b.build()).assess(YEAR, units, observations);
    assertThat(r.unit("T2").orElseThrow().tier()).isEqualTo(Tier.EXCELLENT);
  }

  @Test
  void theExportReadsBackWithTheSameFingerprintAndNamesTheKindAndTheStep() throws Exception {
    String json = rules.toJson();
    assertThat(json).contains("\"kind\" : \"tianshan.trend\",\n      \"fullAtFall\" : 0.1,\n      \"zeroAtRise\" : 0.5");
    assertThat(json).contains("\"steps\" : [ {\n    \"use\" : \"tianshan.complaints-rose\",\n"
        + "    \"indicator\" : \"S7.complaint-trend\",\n    \"maxRise\" : 0.5,\n    \"cap\" : \"GOOD\"\n  } ]");
    RuleSet back = RuleFiles.parse(json, "export.json", Path.of("."), plugins);
    assertThat(back.fingerprint()).isEqualTo(rules.fingerprint());
    assertThat(back.toJson()).isEqualTo(json);
    AssessmentResult again = ScoringPlan.compile(back).assess(YEAR, units, observations);
    assertThat(again.unit("T2").orElseThrow().tier()).isEqualTo(Tier.GOOD);
    // the district's kind and step count in the fingerprint: the same file without them differs
    RuleSet tianshan = RuleFiles.load(ruleFile().resolveSibling("tianshan-2025.json"), plugins);
    assertThat(tianshan.fingerprint()).isNotEqualTo(rules.fingerprint());
    assertThat(tianshan.toJson()).doesNotContain("\"steps\" : [");
  }

  @Test
  void withoutThePluginsKindAndStepTheFileIsRefusedNamingBoth() throws Exception {
    Plugins onlyPillars = Plugins.of(plugins.providers());
    Path file = ruleFile();
    var e = org.assertj.core.api.Assertions.catchThrowableOfType(org.fivetype.api.InvalidInputException.class,
        () -> RuleFiles.load(file, onlyPillars));
    assertThat(e.problems()).extracting(p -> p.where().substring(p.where().indexOf(": $") + 2)).containsExactly(
        "$.indicators[0].rule.kind", "$.steps[0].use");
    assertThat(e.getMessage()).contains("unknown rule kind \"tianshan.trend\"")
        .contains("no tier step \"tianshan.complaints-rose\" is registered");
  }

  @Test
  void theCommandLineValidatesAssessesAndExplainsWithThePlugin(@TempDir Path tmp) throws Exception {
    Run validate = run("rules", "validate", ruleFile().toString());
    assertThat(validate.code()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("tianshan-2025-complaints");

    Path unitsCsv = tmp.resolve("units.csv");
    StringBuilder u = new StringBuilder("unit_id,name_zh,name_en,kind,category\n");
    units.forEach(x -> u.append(x.id()).append(',').append(x.name().zh()).append(',').append(x.name().en())
        .append(",department,departments\n"));
    Files.writeString(unitsCsv, u.toString(), StandardCharsets.UTF_8);
    Path obsCsv = tmp.resolve("observations.csv");
    StringBuilder o = new StringBuilder("unit_id,year,indicator_id,value,source\n");
    observations.forEach(x -> o.append(x.unitId()).append(',').append(x.year()).append(',').append(x.indicator())
        .append(',').append(x.value()).append(",test\n"));
    Files.writeString(obsCsv, o.toString(), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Run assess = run("assess", "--rules", ruleFile().toString(), "--units", unitsCsv.toString(), "--observations",
        obsCsv.toString(), "--year", String.valueOf(YEAR), "--out", out.toString());
    assertThat(assess.code()).as(assess.err()).isZero();
    String csv = Files.readString(out.resolve("results.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines().filter(l -> l.startsWith("T2,")).findFirst().orElseThrow()).contains("GOOD");
    assertThat(csv.lines().filter(l -> l.startsWith("T3,")).findFirst().orElseThrow()).contains("EXCELLENT");

    Run explain = run("explain", "--result", out.toString(), "--unit", "T2");
    assertThat(explain.code()).as(explain.err()).isZero();
    assertThat(explain.out())
        .contains("[tianshan.complaints-rose → good] 投诉量比上年上升55%,超过50%,最高评为优良")
        .contains("complaints rose by 55% on last year, more than 50%: at most good")
        .contains("S7.complaint-trend: −2")
        // one step lifts T2: the trend at its full-points value, −0.1 (a fall of 10 %), earns the
        // 2 points (total 105.5) and the step no longer caps it; T2 and T1 then share the quota
        .contains("1. S7.complaint-trend: 0.55 → -0.1 (+2 points) ⇒ total 105.5, 优秀 excellent");

    // sensitivity runs the step in every draw. The trend's points p are uncertain in [1, 3]: T1 has
    // 103.5 + p, T2 and T3 103.5 (no trend points), the X units 101.5 + p/2 ≤ 103; EXCELLENT starts
    // at 0.92 · (103.5 + p) ≤ 97.98; so T2 and T3 always tie inside the quota and only the step
    // makes T2 GOOD: P(GOOD) = 1 for T2 (without the step it would be EXCELLENT in every draw).
    Path spec = tmp.resolve("trend.json");
    Files.writeString(spec, "{\"inputs\": [{\"points\": \"S7.complaint-trend\", \"between\": [1, 3]}]}");
    Path sens = tmp.resolve("sensitivity");
    Run sensitivity = run("sensitivity", "--rules", ruleFile().toString(), "--units", unitsCsv.toString(),
        "--observations", obsCsv.toString(), "--year", String.valueOf(YEAR), "--uncertain", spec.toString(),
        "--uncertainty-only", "--runs", "8", "--threads", "1", "--out", sens.toString());
    assertThat(sensitivity.code()).as(sensitivity.err()).isZero();
    var units = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sens.resolve("results.json").toFile())
        .get("sections").get("robustness").get("units");
    for (var x : units) {
      String id = x.get("id").asText();
      if (id.equals("T2") || id.equals("T3")) {
        String tier = id.equals("T2") ? "GOOD" : "EXCELLENT";
        assertThat(x.get("publishedTier").asText()).as(id).isEqualTo(tier);
        assertThat(x.get("tierProbabilities").get(tier).asDouble()).as(id).isEqualTo(1.0);
      }
    }
  }

  private static UnitResult unit(String id) {
    return result.unit(id).orElseThrow();
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true,
        StandardCharsets.UTF_8), false);
    return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }
}
