package org.fivetype.examples.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.Direction;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.IndicatorScore;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.demo.DemoCity;
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
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tianshan District's rules ({@code district/tianshan-2025.json} with the indicator of
 * {@link TianshanDistrictPlugin}) against the default {@code urumqi-2004}, on the demo city: each
 * of the file's five changes is checked on its own, with the expected numbers worked out from the
 * rule's formula written out here (never by asking the engine).
 *
 * <p>The demo city's values come from {@link DemoCity#observations(RuleSet, int)}, generated for
 * each rule set's own indicators; the unit checked is Tianshan District itself. The numbers in the
 * comments are the demo values of 2025 at the time of writing; the assertions read the values from
 * the observations, so they hold if the demo data change.
 */
class DistrictRulesTest {

  private static final int YEAR = DistrictExample.YEAR;
  private static final String UNIT = "tianshan";

  private static final IndicatorId CHANGED = IndicatorId.of("R4.proposals-answered");
  private static final IndicatorId REMOVED = IndicatorId.of("L7.paper-contest");
  private static final IndicatorId ADDED = IndicatorId.of("E4.holiday-windows");
  private static final IndicatorId USED = IndicatorId.of(TianshanDistrictPlugin.COMMUNITY_HOTLINE);

  private static Plugins plugins;
  private static RuleSet base;
  private static RuleSet district;
  private static List<Observation> baseObservations;
  private static List<Observation> districtObservations;
  private static AssessmentResult before;
  private static AssessmentResult after;

  @BeforeAll
  static void assess() {
    plugins = Plugins.discover();
    base = RuleFiles.builtIn("urumqi-2004", plugins);
    district = DistrictExample.tianshan(plugins);
    // both on the same evidence, as DistrictExample compares them
    List<Observation> evidence = DistrictExample.evidence(base, district);
    baseObservations = ownObservations(base, evidence);
    districtObservations = ownObservations(district, evidence);
    before = DistrictExample.assess(base, evidence);
    after = DistrictExample.assess(district, evidence);
  }

  private static List<Observation> ownObservations(RuleSet rules, List<Observation> evidence) {
    java.util.Set<IndicatorId> own = rules.indicators().stream().map(i -> i.id()).collect(java.util.stream.Collectors.toSet());
    return evidence.stream().filter(o -> own.contains(o.indicator())).collect(java.util.stream.Collectors.toList());
  }

  /** The demo value of the unit for the indicator; fails if the cell is missing. */
  private static double value(List<Observation> observations, String unit, IndicatorId id) {
    return observations.stream()
        .filter(o -> o.unitId().equals(unit) && o.indicator().equals(id))
        .mapToDouble(Observation::value)
        .reduce((a, b) -> {
          throw new AssertionError("two observations for " + unit + " / " + id);
        })
        .orElseThrow(() -> new AssertionError("the demo city has no value for " + unit + " / " + id));
  }

  /** {@code clamp((v − low) / (high − low))} to [0, 1]: the share of a higher-is-better rate. */
  private static double rateShare(double v, double low, double high) {
    return Math.max(0, Math.min(1, (v - low) / (high - low)));
  }

  @Test
  void theFileLoadsFromItsPathAsFromTheClassPath() throws URISyntaxException {
    // the resource is read as text by DistrictExample; as a file it must give the same rule set
    RuleSet fromFile = RuleFiles.load(resourcePath(), plugins);
    assertThat(fromFile.fingerprint()).isEqualTo(district.fingerprint());
    assertThat(district.id()).isEqualTo("tianshan-2025");
  }

  @Test
  void changedPointsOfProposalsAnswered() {
    // rule: rate, low 0.8, high 1.0 → points = max · clamp((v − 0.8) / 0.2); max 1 → 2
    assertThat(base.indicator(CHANGED).orElseThrow().points()).isEqualTo(1.0);
    assertThat(district.indicator(CHANGED).orElseThrow().points()).isEqualTo(2.0);
    assertThat(district.indicator(CHANGED).orElseThrow().rule()).isEqualTo(new Rate(0.8, 1.0, Direction.HIGHER_IS_BETTER));

    IndicatorScore b = before.unit(UNIT).orElseThrow().indicator(CHANGED);
    IndicatorScore d = after.unit(UNIT).orElseThrow().indicator(CHANGED);
    assertThat(b.max()).isEqualTo(1.0);
    assertThat(d.max()).isEqualTo(2.0);

    // default: tianshan reports 0.978 → 1 × (0.978 − 0.8) / 0.2 = 1 × 0.89 = 0.89
    double vb = value(baseObservations, UNIT, CHANGED);
    assertThat(vb).as("a value on the sloped part of the rule, so the points say something").isStrictlyBetween(0.8, 1.0);
    assertThat(b.points()).isCloseTo(1 * (vb - 0.8) / 0.2, within(1e-9));
    // district: tianshan reports 0.966 → 2 × (0.966 − 0.8) / 0.2 = 2 × 0.83 = 1.66
    double vd = value(districtObservations, UNIT, CHANGED);
    assertThat(vd).isStrictlyBetween(0.8, 1.0);
    assertThat(d.points()).isCloseTo(2 * (vd - 0.8) / 0.2, within(1e-9));
    assertThat(after.unit(UNIT).orElseThrow().points(CHANGED)).isEqualTo(d.points());

    // rule of law: 20 + (2 − 1) = 21
    assertThat(base.budget(Pillar.LEGAL)).isEqualTo(20.0);
    assertThat(district.budget(Pillar.LEGAL)).isEqualTo(21.0);
    assertThat(after.unit(UNIT).orElseThrow().pillar(Pillar.LEGAL).max()).isEqualTo(21.0);
  }

  @Test
  void removedPaperContestIsGoneAndLearningLostItsHalfPoint() {
    assertThat(base.indicator(REMOVED)).isPresent();
    assertThat(base.indicator(REMOVED).orElseThrow().points()).isEqualTo(0.5);
    assertThat(district.indicator(REMOVED)).isEmpty();

    UnitResult b = before.unit(UNIT).orElseThrow();
    UnitResult d = after.unit(UNIT).orElseThrow();
    assertThat(b.indicators()).extracting(IndicatorScore::indicator).contains(REMOVED);
    assertThat(d.indicators()).extracting(IndicatorScore::indicator).doesNotContain(REMOVED);
    assertThatThrownBy(() -> d.indicator(REMOVED)).isInstanceOf(IllegalArgumentException.class);
    assertThat(districtObservations).noneMatch(o -> o.indicator().equals(REMOVED));

    // learning: 15 − 0.5 = 14.5, nothing else in the pillar changed
    assertThat(b.pillar(Pillar.LEARNING).max()).isEqualTo(15.0);
    assertThat(d.pillar(Pillar.LEARNING).max()).isEqualTo(14.5);
    assertThat(district.budget(Pillar.LEARNING)).isEqualTo(14.5);
  }

  @Test
  void addedHolidayWindowsIndicatorIsScored() {
    assertThat(base.indicator(ADDED)).isEmpty();
    IndicatorSpec spec = district.indicator(ADDED).orElseThrow();
    assertThat(spec.pillar()).isEqualTo(Pillar.EFFICIENCY);
    assertThat(spec.points()).isEqualTo(1.0);
    assertThat(spec.rule()).isEqualTo(new Rate(0.8, 1.0, Direction.HIGHER_IS_BETTER));
    assertThat(spec.name()).isEqualTo(Label.of("节假日窗口开放率", "Windows open on holidays"));

    IndicatorScore s = after.unit(UNIT).orElseThrow().indicator(ADDED);
    assertThat(s.max()).isEqualTo(1.0);
    assertThat(s.missing()).isFalse();
    // tianshan reports 0.97 → 1 × (0.97 − 0.8) / 0.2 = 0.85
    double v = value(districtObservations, UNIT, ADDED);
    assertThat(v).isStrictlyBetween(0.8, 1.0);
    assertThat(s.points()).isCloseTo(1 * (v - 0.8) / 0.2, within(1e-9));

    // efficiency: 20 + 1 = 21
    assertThat(after.unit(UNIT).orElseThrow().pillar(Pillar.EFFICIENCY).max()).isEqualTo(21.0);
  }

  @Test
  void usedPluginIndicatorIsTheOneThePluginOffersAndIsScored() {
    assertThat(base.indicator(USED)).as("the plugin adds nothing to the default set by itself").isEmpty();
    IndicatorSpec offered = IndicatorSpec.copyOf(new TianshanDistrictPlugin().indicators().get(0));
    assertThat(district.indicator(USED)).contains(offered);
    assertThat(plugins.providerOf(USED)).get().isInstanceOf(TianshanDistrictPlugin.class);

    IndicatorScore s = after.unit(UNIT).orElseThrow().indicator(USED);
    assertThat(s.max()).isEqualTo(2.0);
    // rule: rate, low 0.7, high 1.0; tianshan reports 0.955 → 2 × (0.955 − 0.7) / 0.3 = 2 × 0.85 = 1.7
    double v = value(districtObservations, UNIT, USED);
    assertThat(v).isStrictlyBetween(0.7, 1.0);
    assertThat(s.points()).isCloseTo(2 * (v - 0.7) / 0.3, within(1e-9));
    assertThat(s.points()).isCloseTo(2 * rateShare(v, 0.7, 1.0), within(1e-9));

    // service: 25 + 2 = 27
    assertThat(after.unit(UNIT).orElseThrow().pillar(Pillar.SERVICE).max()).isEqualTo(27.0);
  }

  @Test
  void untouchedPillarKeepsItsBudget() {
    assertThat(district.budget(Pillar.INTEGRITY)).isEqualTo(base.budget(Pillar.INTEGRITY)).isEqualTo(20.0);
  }

  @Test
  void fingerprintsDifferAndTheLargestTotalIs103AndAHalf() {
    assertThat(district.fingerprint()).isNotEqualTo(base.fingerprint());
    assertThat(after.ruleSetFingerprint()).isEqualTo(district.fingerprint());
    assertThat(before.ruleSetFingerprint()).isEqualTo(base.fingerprint());
    // 100 + (2 − 1) changed − 0.5 removed + 1 added + 2 used = 103.5
    assertThat(base.maxTotal()).isEqualTo(100.0);
    assertThat(district.maxTotal()).isEqualTo(103.5);
    assertThat(after.maxTotal()).isEqualTo(103.5);
    assertThat(after.unit(UNIT).orElseThrow().maxTotal()).isEqualTo(103.5);
    // 57 − 1 removed + 1 added + 1 used = 58
    assertThat(base.indicators()).hasSize(57);
    assertThat(district.indicators()).hasSize(58);
    // the thresholds: EXCELLENT 0.9 → 0.92, the others kept
    assertThat(base.tiers().threshold(Tier.EXCELLENT)).isEqualTo(0.9);
    assertThat(district.tiers().threshold(Tier.EXCELLENT)).isEqualTo(0.92);
    assertThat(district.tiers().threshold(Tier.GOOD)).isEqualTo(0.8);
    assertThat(district.tiers().threshold(Tier.PASS)).isEqualTo(0.6);
  }

  // ---- the threshold, on a unit built by hand ----

  /**
   * Zeroed on purpose: 3 + 2 + 3 + 1 = 9 points, in four pillars, none of them hard, a veto or
   * changed by the district: S2.open-catalogue (rate 0.6–1 → 0.6 earns 0 of 3),
   * I2.integrity-education (rate 0.6–1 → 0.6 earns 0 of 2), R3.case-file-review (rate 0.6–1 →
   * 0.6 earns 0 of 3), L4.cadre-exchanges (bonus → 0 cadres earn 0 of 1).
   */
  private static final List<String[]> SHORTFALLS = List.of(
      new String[] {"S2.open-catalogue", "0.6"},
      new String[] {"I2.integrity-education", "0.6"},
      new String[] {"R3.case-file-review", "0.6"},
      new String[] {"L4.cadre-exchanges", "0"});

  /**
   * The probe unit: full points everywhere but {@link #SHORTFALLS}, in a category of five so that
   * the EXCELLENT quota (20 % × 5 = 1, rounded down) leaves it one place. The other four have no
   * evidence at all (0 points). Every pillar stays above its 60 % floor (learning 14 of 15, rule
   * of law 17 of 20, integrity 18 of 20, service 22 of 25; district: learning 13.5 of 14.5,
   * service 24 of 27), no hard indicator misses, nothing vetoes, nothing is missing.
   */
  private static AssessmentResult assessProbe(RuleSet rules) {
    List<Unit> units = new ArrayList<>();
    units.add(new Unit("probe", Label.of("试点单位", "Probe unit"), UnitKind.DISTRICT, "probe"));
    for (int k = 1; k <= 4; k++) {
      units.add(new Unit("empty-" + k, Label.of("空白单位" + k, "Empty unit " + k), UnitKind.DISTRICT, "probe"));
    }
    List<Observation> obs = new ArrayList<>();
    for (IndicatorSpec i : rules.indicators()) {
      double v = fullMarks(i);
      for (String[] s : SHORTFALLS) {
        if (s[0].equals(i.id().value())) {
          v = Double.parseDouble(s[1]);
        }
      }
      obs.add(new Observation("probe", YEAR, i.id(), v, "by hand"));
    }
    return ScoringPlan.compile(rules).assess(YEAR, units, obs);
  }

  /** A value that earns the indicator's full points under its rule. */
  private static double fullMarks(IndicatorSpec i) {
    ScoringRule r = i.rule();
    boolean up = r.direction() == Direction.HIGHER_IS_BETTER;
    if (r instanceof Target t) {
      return t.target();
    } else if (r instanceof Goalposts g) {
      return up ? g.high() : g.low();
    } else if (r instanceof Bands b) {
      return up ? b.bands().get(b.bands().size() - 1).bound() : b.bands().get(0).bound();
    } else if (r instanceof Deduction || r instanceof Veto) {
      return 0;
    } else if (r instanceof Bonus bo) {
      return Math.ceil(Math.min(bo.cap(), i.points()) / bo.perOccurrence());
    } else if (r instanceof Checklist c) {
      return c.required();
    } else if (r instanceof YesNo) {
      return up ? 1 : 0;
    } else if (r instanceof Rate rate) {
      return up ? rate.high() : rate.low();
    }
    throw new AssertionError("no full-marks value for rule kind " + r.kind());
  }

  @Test
  void theStricterExcellentLineMovesAUnitBetweenTheOldAndTheNewLine() throws URISyntaxException {
    // default: 100 − 9 = 91 of 100 = 91 % ≥ 90 % → EXCELLENT
    UnitResult b = assessProbe(base).unit("probe").orElseThrow();
    assertThat(b.total()).isCloseTo(91.0, within(1e-9));
    assertThat(b.failedHard()).isEmpty();
    assertThat(b.vetoes()).isEmpty();
    assertThat(b.missing()).isEmpty();
    assertThat(b.tier()).isEqualTo(Tier.EXCELLENT);

    // district: 103.5 − 9 = 94.5 of 103.5 = 91.30 %: ≥ 90 % but < 92 % (95.22 points) → GOOD
    UnitResult d = assessProbe(district).unit("probe").orElseThrow();
    assertThat(d.total()).isCloseTo(94.5, within(1e-9));
    assertThat(d.total() / d.maxTotal()).isStrictlyBetween(0.90, 0.92);
    assertThat(d.failedHard()).isEmpty();
    assertThat(d.vetoes()).isEmpty();
    assertThat(d.missing()).isEmpty();
    assertThat(d.tier()).isEqualTo(Tier.GOOD);
    assertThat(d.reasons().get(0).step()).isEqualTo("thresholds");
    // 94.5 / 103.5 = 0.91304… → "91.3%"
    assertThat(d.reasons().get(0).text().en()).isEqualTo("total 94.5 of 103.5 (91.3%) reaches the good line of 80% (the excellent line is 92%) → good");

    // the same district rules with the old line back: EXCELLENT again, so the line alone moved it
    String oldLine = """
        {"format": "fivetype-rules/1", "id": "tianshan-2025-old-line",
         "name": {"zh": "天山区细则(原优秀线)", "en": "Tianshan rules with the old excellent line"},
         "extends": "tianshan-2025.json",
         "tiers": {"thresholds": {"EXCELLENT": 0.9}}}
        """;
    RuleSet withOldLine = RuleFiles.parse(oldLine, "old-line.json", resourcePath().getParent(), plugins);
    assertThat(withOldLine.maxTotal()).isEqualTo(103.5);
    UnitResult o = assessProbe(withOldLine).unit("probe").orElseThrow();
    assertThat(o.total()).isCloseTo(94.5, within(1e-9));
    assertThat(o.tier()).isEqualTo(Tier.EXCELLENT);
  }

  @Test
  void bothRuleSetsAreAssessedOnTheSameEvidence() {
    // every indicator the two sets share has, for every unit, the same value in both assessments:
    // the district's removed indicator (L7) does not shift the values that follow it
    java.util.Set<IndicatorId> inDistrict = district.indicators().stream().map(i -> i.id())
        .collect(java.util.stream.Collectors.toSet());
    List<Observation> shared = baseObservations.stream().filter(o -> inDistrict.contains(o.indicator()))
        .collect(java.util.stream.Collectors.toList());
    assertThat(shared).hasSize(baseObservations.size() - (int) baseObservations.stream()
        .filter(o -> o.indicator().equals(REMOVED)).count());
    assertThat(districtObservations).containsAll(shared);
    // the district's own indicators have values too (generated for them alone)
    assertThat(districtObservations).anyMatch(o -> o.indicator().equals(USED));
    assertThat(districtObservations).anyMatch(o -> o.indicator().equals(ADDED));
    // and the example prints these very results
    List<AssessmentResult> printed = DistrictExample.run(base, district,
        new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8));
    for (UnitResult b : before.units()) {
      assertThat(printed.get(0).unit(b.unit().id()).orElseThrow().total()).isEqualTo(b.total());
      assertThat(printed.get(1).unit(b.unit().id()).orElseThrow().total())
          .isEqualTo(after.unit(b.unit().id()).orElseThrow().total());
    }
  }

  @Test
  void theExamplePrintsAHeaderAndOneLinePerUnit() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    List<AssessmentResult> results = DistrictExample.run(base, district,
        new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    String[] lines = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
    // 2 header lines + one line per unit of the demo city
    assertThat(lines).hasSize(2 + DemoCity.units().size());
    assertThat(lines[0]).contains("urumqi-2004", "100 points", "tianshan-2025", "103.5 points");
    assertThat(results.get(1).ruleSetFingerprint()).isEqualTo(district.fingerprint());
    assertThat(results.get(1).unit(UNIT).orElseThrow().total()).isEqualTo(after.unit(UNIT).orElseThrow().total());
  }

  private static Path resourcePath() throws URISyntaxException {
    return Path.of(DistrictRulesTest.class.getClassLoader().getResource(DistrictExample.RULE_FILE).toURI());
  }
}
