package org.fivetype.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fivetype.api.Observation;
import org.fivetype.api.Tier;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What issue 5 asks of the demo city, under the default rule set urumqi-2004. */
class DemoCityTest {

  static RuleSet rules;
  static AssessmentResult result;

  @BeforeAll
  static void assess() {
    rules = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());
    result = ScoringPlan.compile(rules).assess(DemoCity.YEAR, DemoCity.units(), DemoCity.observations(rules, DemoCity.YEAR));
  }

  @Test
  void eightDistrictsAndCountyAndFortyDepartmentsInFourCategories() {
    assertThat(DemoCity.units().stream().filter(u -> u.kind() == UnitKind.DISTRICT)).hasSize(8);
    assertThat(DemoCity.units().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT)).hasSize(40);
    Map<String, Long> sizes = DemoCity.units().stream().collect(Collectors.groupingBy(u -> u.category(),
        Collectors.counting()));
    assertThat(sizes).containsOnly(Map.entry("districts", 8L), Map.entry("economic", 14L), Map.entry("social", 14L),
        Map.entry("enforcement", 12L));
  }

  @Test
  void unitsLandInAllFourTiers() {
    assertThat(result.tierCounts().values()).allMatch(n -> n > 0);
  }

  private static List<String> unitsWithStep(String step) {
    return result.units().stream().filter(u -> u.reasons().stream().anyMatch(r -> r.step().equals(step)))
        .map(u -> u.unit().id()).toList();
  }

  @Test
  void theProfiledUnitsShowEachCap() {
    // safety triggers the first veto indicator (I3.major-cases): capped at FAIL although its points are high
    UnitResult safety = result.unit("safety").orElseThrow();
    assertThat(safety.vetoes()).isNotEmpty();
    assertThat(safety.tier()).isEqualTo(Tier.FAIL);
    assertThat(unitsWithStep("veto")).contains("safety");
    // tourism: full points except learning (15 points) at about half, so learning < 60 % and the total ≥ 90
    UnitResult tourism = result.unit("tourism").orElseThrow();
    assertThat(tourism.pillar(org.fivetype.api.Pillar.LEARNING).share()).isLessThan(0.6);
    assertThat(tourism.total()).isGreaterThanOrEqualTo(90);
    assertThat(tourism.tier()).isEqualTo(Tier.GOOD);
    assertThat(unitsWithStep("pillar-floor")).contains("tourism");
    // economic has 14 units: at most floor(0.2 × 14) = 2 EXCELLENT; the four stars and others exceed it
    assertThat(unitsWithStep("quota")).isNotEmpty();
    assertThat(result.units().stream().filter(u -> u.unit().category().equals("economic")
        && u.tier() == Tier.EXCELLENT)).hasSize(2);
    // statistics lacks five indicators' evidence
    assertThat(result.unit("statistics").orElseThrow().missing()).hasSize(5);
    assertThat(unitsWithStep("missing")).isNotEmpty();
  }

  @Test
  void theEvidenceIsDeterministicAndValid() {
    List<Observation> a = DemoCity.observations(rules, DemoCity.YEAR);
    List<Observation> b = DemoCity.observations(rules, DemoCity.YEAR);
    assertThat(a).isEqualTo(b);
    for (Observation o : a) {
      assertThat(rules.indicator(o.indicator()).orElseThrow().rule().invalidReason(o.value())).isNull();
    }
  }
}
