package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Problem;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TieringContext;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleSet.Builder}'s checks and ordering, one rule at a time, on rule sets of two or three
 * yes/no indicators made here. Each expected problem is the text {@code build()} writes for the
 * values given; each expected order follows the rule of {@link RuleSet#pillars()}: the five
 * standard pillars in the document's order, then declared pillars, then others in order of
 * appearance; indicators grouped by pillar in that order.
 */
class RuleSetBuilderTest {

  private static final Pillar X = Pillar.of("X", Label.of("甲型", "type x"));
  private static final Pillar Y = Pillar.of("Y", Label.of("乙型", "type y"));

  private static IndicatorSpec ind(String id, Pillar pillar, double points) {
    return IndicatorSpec.builder(id).pillar(pillar).name("指标" + id, "indicator " + id).points(points)
        .measures("L1").evidence("材料", "records", "件", "items", Supplier.UNIT)
        .rule(new YesNo(Direction.HIGHER_IS_BETTER)).build();
  }

  /** A tier step that does nothing: only its id matters to the builder. */
  private record Step(String id) implements TierPolicy {
    @Override
    public Label name() {
      return Label.of("步骤", "step");
    }

    @Override
    public void apply(TieringContext context) {}
  }

  private static List<Problem> problems(RuleSet.Builder b) {
    try {
      b.build();
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("build() accepted the rule set");
  }

  private static List<String> ids(RuleSet rs) {
    return rs.indicators().stream().map(i -> i.id().value()).toList();
  }

  private static List<String> pillarIds(RuleSet rs) {
    return rs.pillars().stream().map(Pillar::id).toList();
  }

  @Test
  void standardPillarsComeInTheDocumentsOrderAndIndicatorsAreGroupedByPillar() {
    // added S1.a (SERVICE), L1.a (LEARNING), S1.b (SERVICE): LEARNING comes before SERVICE in
    // Pillar.STANDARD, so the pillars are [LEARNING, SERVICE] and the indicators L1.a, S1.a, S1.b
    RuleSet rs = RuleSet.builder("order", Label.of("次序", "order")).indicator(ind("S1.a", Pillar.SERVICE, 3))
        .indicator(ind("L1.a", Pillar.LEARNING, 2)).indicator(ind("S1.b", Pillar.SERVICE, 4)).build();
    assertThat(pillarIds(rs)).containsExactly("LEARNING", "SERVICE");
    assertThat(ids(rs)).containsExactly("L1.a", "S1.a", "S1.b");
    // budgets: SERVICE 3 + 4 = 7, LEARNING 2; the sum total's maximum 9
    assertThat(rs.budget(Pillar.SERVICE)).isEqualTo(7.0);
    assertThat(rs.budget(Pillar.LEARNING)).isEqualTo(2.0);
    assertThat(rs.budget(Pillar.LEGAL)).isEqualTo(0.0); // not in the set
    assertThat(rs.maxTotal()).isEqualTo(9.0);
  }

  @Test
  void aDeclaredPillarComesBeforeOthersInOrderOfAppearance() {
    // indicators of X then Y: by appearance [X, Y]; Y declared (twice: kept once) moves it ahead
    RuleSet byAppearance = RuleSet.builder("decl", Label.of("声明", "declared")).indicator(ind("X1", X, 1))
        .indicator(ind("Y1", Y, 1)).build();
    assertThat(pillarIds(byAppearance)).containsExactly("X", "Y");
    RuleSet rs = byAppearance.toBuilder().pillar(Y).pillar(Y).build();
    assertThat(pillarIds(rs)).containsExactly("Y", "X");
    assertThat(ids(rs)).containsExactly("Y1", "X1");
  }

  @Test
  void indicatorsAddsEachInOrderAndRemoveTakesOneOut() {
    RuleSet rs = RuleSet.builder("list", Label.of("列表", "list"))
        .indicators(List.of(ind("L1.a", Pillar.LEARNING, 1), ind("L1.b", Pillar.LEARNING, 2),
            ind("L1.c", Pillar.LEARNING, 4)))
        .remove("L1.b").build();
    assertThat(ids(rs)).containsExactly("L1.a", "L1.c");
    assertThat(rs.budget(Pillar.LEARNING)).isEqualTo(5.0); // 1 + 4, the removed 2 not counted
    // removing an id that is not there is a problem of its own, reported by build()
    assertThat(problems(RuleSet.builder("rm", Label.of("删", "rm")).indicator(ind("L1.a", Pillar.LEARNING, 1))
        .remove("L9.z"))).containsExactly(new Problem("remove L9.z", "there is no indicator with this id to remove"));
  }

  @Test
  void aBadIdAndNoIndicatorsAreBothReported() {
    assertThat(problems(RuleSet.builder("no id!", Label.of("坏", "bad")))).containsExactly(
        new Problem("id", "a rule-set id is 1-64 letters, digits, '.', '-' or '_', was 'no id!'"),
        new Problem("indicators", "a rule set needs at least one indicator"));
    // the message names the rule set
    assertThatThrownBy(() -> RuleSet.builder("empty", Label.of("空", "empty")).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("rule set empty is not valid");
  }

  @Test
  void everyProblemOfTheRestIsReportedInOnePass() {
    // - pillar X named two ways by X1 and X2;
    // - pillar Y declared but without indicators (its sum of points is 0);
    // - LEARNING's budget declared 5, its indicators add up to 1 + 2 = 3;
    // - a weighted total naming SERVICE, which has no indicators;
    // - the step "s" twice, and a step named like the built-in "quota"
    Pillar x2 = Pillar.of("X", Label.of("甲型二", "type x again"));
    RuleSet.Builder b = RuleSet.builder("all", Label.of("全部", "all")).indicator(ind("X1", X, 1))
        .indicator(ind("X2", x2, 1)).pillar(Y).indicator(ind("L1.a", Pillar.LEARNING, 1))
        .indicator(ind("L1.b", Pillar.LEARNING, 2)).budget(Pillar.LEARNING, 5)
        .total(TotalMethod.weightedShares(100, Map.of("SERVICE", 1.0, "LEARNING", 1.0)))
        .tierStep(new Step("s")).tierStep(new Step("s")).tierStep(new Step("quota"));
    assertThat(problems(b)).containsExactly(
        new Problem("pillar X", "indicators give this pillar different names"),
        new Problem("pillar Y", "the pillar is declared but has no indicators"),
        new Problem("pillar LEARNING budget",
            "the budget is 5.0 but the pillar's indicators add up to 3.0 points; change the budget or the points"),
        new Problem("total.weights.SERVICE", "no pillar with this id has indicators"),
        new Problem("tier step s", "duplicate tier-step id"),
        new Problem("tier step quota", "duplicate tier-step id"));
  }

  @Test
  void aBudgetWithin1e9OfThePointsIsMet() {
    // |1e-9 − 0| = 1e-9 exactly in doubles: not more than 1e-9, so met; 3e-9 against 0 is not
    assertThat(RuleSet.builder("b", Label.of("预算", "budget")).indicator(ind("L1.a", Pillar.LEARNING, 1e-9))
        .budget(Pillar.LEARNING, 0).build().budget(Pillar.LEARNING)).isEqualTo(1e-9);
    assertThat(problems(RuleSet.builder("b", Label.of("预算", "budget")).indicator(ind("L1.a", Pillar.LEARNING, 3e-9))
        .budget(Pillar.LEARNING, 0))).extracting(Problem::where).containsExactly("pillar LEARNING budget");
    // a budget of a pillar without indicators is not compared (it has no sum)
    assertThat(RuleSet.builder("b", Label.of("预算", "budget")).indicator(ind("L1.a", Pillar.LEARNING, 1))
        .budget(Pillar.LEGAL, 7).build().budget(Pillar.LEGAL)).isEqualTo(0.0);
  }

  @Test
  void weightsOfPillarsThatHaveIndicatorsAreAccepted() {
    RuleSet rs = RuleSet.builder("w", Label.of("权重", "weights")).indicator(ind("L1.a", Pillar.LEARNING, 1))
        .indicator(ind("S1.a", Pillar.SERVICE, 3)).total(TotalMethod.weightedShares(100, Map.of("SERVICE", 2.0)))
        .tierStep(new Step("a")).tierStep(new Step("b")).build();
    assertThat(rs.maxTotal()).isEqualTo(100.0); // a weighted total's maximum is its scale
    assertThat(rs.extraSteps()).extracting(TierPolicy::id).containsExactly("a", "b");
  }

  @Test
  void toBuilderKeepsEverythingAndDeparturesAreKeptSortedAndExported() {
    RuleSet rs = RuleSet.builder("dep", Label.of("偏离", "departures")).indicator(ind("S1.a", Pillar.SERVICE, 3))
        .indicator(ind("L1.a", Pillar.LEARNING, 2)).departure("A7", "one bonus for all").departure("A10", "flat")
        .departure("A7", "the same bonus for every tier").tierStep(new Step("s")).build();
    // sorted by id as strings: "A10" < "A7"; the second A7 replaced the first
    assertThat(rs.departures()).containsExactly(Map.entry("A10", "flat"),
        Map.entry("A7", "the same bonus for every tier"));
    assertThat(rs.toJson()).contains("\"departures\"").contains("\"the same bonus for every tier\"");
    RuleSet copy = rs.toBuilder().build();
    assertThat(ids(copy)).containsExactly("L1.a", "S1.a");
    assertThat(copy.departures()).isEqualTo(rs.departures());
    assertThat(copy.extraSteps()).extracting(TierPolicy::id).containsExactly("s");
    assertThat(copy.fingerprint()).isEqualTo(rs.fingerprint());
    // without departures the export has no such key (the fingerprints of older rule sets stay)
    assertThat(RuleSet.builder("plain", Label.of("无", "none")).indicator(ind("L1.a", Pillar.LEARNING, 2)).build()
        .toJson()).doesNotContain("departures");
  }

  @Test
  void toStringNamesTheIdTheCountAndTheFingerprintsStart() {
    RuleSet rs = RuleSet.builder("ts", Label.of("文本", "text")).indicator(ind("L1.a", Pillar.LEARNING, 2))
        .indicator(ind("S1.a", Pillar.SERVICE, 3)).build();
    assertThat(rs.fingerprint()).hasSize(64); // SHA-256 in hex
    assertThat(rs.toString()).isEqualTo("RuleSet[ts, 2 indicators, " + rs.fingerprint().substring(0, 12) + "]");
  }
}
