package org.fivetype.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.fivetype.api.Tier;
import org.fivetype.demo.DemoCity;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.plugin.Plugins;
import org.fivetype.report.ResultFiles;
import org.fivetype.report.Writers;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The greedy path to the next tier, on the demo city's typed-in evidence. */
class ImprovementsTest {

  static final RuleSet RULES = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());

  @TempDir
  Path tmp;

  private ResultFiles.Saved saved() throws Exception {
    AssessmentResult r = ScoringPlan.compile(RULES).assess(DemoCity.YEAR, DemoCity.units(),
        DemoCity.observations(RULES, DemoCity.YEAR));
    Writers.standard().write(r, tmp.resolve("out"));
    return ResultFiles.load(tmp.resolve("out"), Plugins.discover());
  }

  @Test
  void theGreedyPathReachesTheNextTierAndEachStepIsAReassessment() throws Exception {
    ResultFiles.Saved s = saved();
    // tourism (pillar floor, GOOD): only learning indicators can lift it, and they do reach EXCELLENT
    Improvements.Path p = Improvements.toNextTier(s, "tourism");
    assertThat(p.from()).isEqualTo(Tier.GOOD);
    assertThat(p.target()).isEqualTo(Tier.EXCELLENT);
    assertThat(p.reached()).isTrue();
    assertThat(p.steps()).isNotEmpty().allSatisfy(st -> assertThat(st.indicator().value()).startsWith("L"));
    assertThat(p.steps().get(p.steps().size() - 1).tierAfter()).isEqualTo(Tier.EXCELLENT);
    // totals rise step by step, each by the points that step gains
    double before = s.result().unit("tourism").orElseThrow().total();
    for (Improvements.Step st : p.steps()) {
      assertThat(st.totalAfter()).isCloseTo(before + st.pointsAfter() - st.pointsBefore(), within(1e-9));
      before = st.totalAfter();
    }
    // an EXCELLENT unit has nothing to do
    assertThat(Improvements.toNextTier(s, "transport").steps()).isEmpty();
  }
}
