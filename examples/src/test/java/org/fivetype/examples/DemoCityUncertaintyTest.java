package org.fivetype.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.demo.DemoCity;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.uncertainty.Progress;
import org.fivetype.uncertainty.UncertaintyAnalysis;
import org.fivetype.uncertainty.UncertaintyResult;
import org.fivetype.uncertainty.UncertaintySpec;
import org.fivetype.uncertainty.UnitUncertainty;
import org.junit.jupiter.api.Test;

/**
 * The demo city under the default rule set with the spec of {@code docs/uncertainty.md}'s
 * example (less the pillar weights, which a summed total does not have): every unit gets a
 * robustness verdict consistent with the published assessment.
 */
class DemoCityUncertaintyTest {

  @Test
  void everyUnitOfTheDemoCityGetsTierProbabilitiesAgreeingWithThePublishedResult() throws Exception {
    RuleSet rs = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());
    ScoringPlan plan = ScoringPlan.compile(rs);
    EvidenceTable table = plan.table(2024, DemoCity.units(), DemoCity.observations(rs, 2024));
    UncertaintySpec spec = UncertaintySpec.fromJson(new ByteArrayInputStream("""
        { "inputs": [
            { "points": "*", "plus-minus": 0.25 },
            { "threshold": "EXCELLENT", "between": [0.88, 0.92] },
            { "threshold": "GOOD", "between": [0.78, 0.82] },
            { "imputation": "on-off" } ] }
        """.getBytes(StandardCharsets.UTF_8)), "demo.json");
    UncertaintyResult r = UncertaintyAnalysis.run(plan, table, spec,
        UncertaintyAnalysis.Options.sensitivity(16, 2024).withThreads(2).withBootstrap(20), Progress.NONE);
    AssessmentResult published = plan.assess(table);

    assertThat(r.inputs()).hasSize(57 + 2 + 1);
    assertThat(r.units()).hasSize(DemoCity.units().size());
    for (int u = 0; u < r.units().size(); u++) {
      UnitUncertainty x = r.units().get(u);
      assertThat(x.unitId()).isEqualTo(published.units().get(u).unit().id());
      assertThat(x.publishedTier()).isEqualTo(published.tier(u));
      assertThat(x.publishedTotal()).isEqualTo(published.total(u));
      assertThat(x.tierProbabilities().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
      assertThat(x.robust()).isEqualTo(x.publishedTierProbability() >= 0.9);
      assertThat(x.rank().p05()).isLessThanOrEqualTo(x.rank().median());
      assertThat(x.rank().median()).isLessThanOrEqualTo(x.rank().p95());
      assertThat(x.rank().max()).isLessThanOrEqualTo(x.categorySize());
    }
    assertThat(r.fragile()).allSatisfy(x -> assertThat(x.robust()).isFalse());
    assertThat(r.sensitivity()).hasSize(DemoCity.units().size());
  }
}
