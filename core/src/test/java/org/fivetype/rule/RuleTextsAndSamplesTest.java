package org.fivetype.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fivetype.api.Direction.HIGHER_IS_BETTER;
import static org.fivetype.api.Direction.LOWER_IS_BETTER;

import java.util.List;
import java.util.function.DoubleSupplier;
import org.fivetype.api.Label;
import org.fivetype.rule.Bands.Band;
import org.fivetype.rule.Relative.Method;
import org.fivetype.rule.Relative.Scope;
import org.junit.jupiter.api.Test;

/**
 * What each built-in rule kind says and offers besides its points: the full bilingual
 * description in both directions, the value that earns full points, the vetoing value, and the
 * synthetic values of the demo city's generator ({@code sampleValue}) for a few {@code good}
 * shares. Each expected value is the kind's formula worked out in the comment beside it.
 */
class RuleTextsAndSamplesTest {

  /** A "random" stream that always gives {@code u}. */
  private static DoubleSupplier always(double u) {
    return () -> u;
  }

  @Test
  void targetTexts() {
    assertThat(new Target(25, HIGHER_IS_BETTER, true).describe(10)).isEqualTo(Label.of(
        "达到或超过25得满分10分;未达到按比例得分", "full 10 points at or above 25; short of it, points in proportion"));
    // one point is "1 point"
    assertThat(new Target(4, LOWER_IS_BETTER, false).describe(1)).isEqualTo(Label.of(
        "不超过4得满分1分;未达到不得分", "full 1 point at or below 4; short of it, no points"));
  }

  @Test
  void goalpostsTexts() {
    // higher is better: the best is the high goalpost
    assertThat(new Goalposts(50, 100, HIGHER_IS_BETTER).describe(10)).isEqualTo(Label.of(
        "100得满分10分,50得0分,其间按线性计分", "full 10 points at 100, none at 50, linear in between"));
    assertThat(new Goalposts(0, 20, LOWER_IS_BETTER).describe(2.5)).isEqualTo(Label.of(
        "0得满分2.5分,20得0分,其间按线性计分", "full 2.5 points at 0, none at 20, linear in between"));
  }

  @Test
  void bandsTexts() {
    // 0.5·10 = 5, 0.8·10 = 8, 1·10 = 10
    assertThat(new Bands(List.of(new Band(60, 0.5), new Band(80, 0.8), new Band(90, 1.0)), HIGHER_IS_BETTER)
        .describe(10)).isEqualTo(Label.of("分档计分:≥60得5分;≥80得8分;≥90得10分",
            "bands: ≥ 60 earns 5; ≥ 80 earns 8; ≥ 90 earns 10"));
    // 1·10 = 10, 0.6·10 = 6, 0.2·10 = 2
    assertThat(new Bands(List.of(new Band(0, 1.0), new Band(2, 0.6), new Band(5, 0.2)), LOWER_IS_BETTER)
        .describe(10)).isEqualTo(Label.of("分档计分:≤0得10分;≤2得6分;≤5得2分",
            "bands: ≤ 0 earns 10; ≤ 2 earns 6; ≤ 5 earns 2"));
  }

  @Test
  void countingKindsTexts() {
    assertThat(new Deduction(2.5, 2.5).describe(10)).isEqualTo(Label.of(
        "满分10分,每发生一次扣2.5分,最低2.5分", "10 points less 2.5 per occurrence, down to 2.5"));
    // a floor above the points: down to min(20, 10) = 10
    assertThat(new Deduction(1, 20).describe(10)).isEqualTo(Label.of(
        "满分10分,每发生一次扣1分,最低10分", "10 points less 1 per occurrence, down to 10"));
    assertThat(new Bonus(1.5, 6).describe(10)).isEqualTo(Label.of(
        "每次得1.5分,最多6分", "1.5 points per occurrence, at most 6"));
    // a cap above the points: at most min(50, 10) = 10
    assertThat(new Bonus(1, 50).describe(10)).isEqualTo(Label.of(
        "每次得1分,最多10分", "1 point per occurrence, at most 10"));
    // 4/8 = 0.5 points an item; 4/4 = 1 point
    assertThat(new Checklist(8).describe(4)).isEqualTo(Label.of(
        "共8项,每落实一项得0.5分", "8 required items, 0.5 points each in place"));
    assertThat(new Checklist(4).describe(4).en()).isEqualTo("4 required items, 1 point each in place");
    assertThat(new YesNo(HIGHER_IS_BETTER).describe(3)).isEqualTo(Label.of(
        "是得3分,否则不得分", "yes earns 3 points, otherwise none"));
    assertThat(new YesNo(LOWER_IS_BETTER).describe(1)).isEqualTo(Label.of(
        "否得1分,否则不得分", "no earns 1 point, otherwise none"));
    assertThat(new Veto(1).describe(5)).isEqualTo(Label.of(
        "发生1起及以上即一票否决且不得分,否则得5分",
        "1 or more events veto the unit and earn no points; otherwise 5 points"));
  }

  @Test
  void rateTexts() {
    // 100·0.9 = 90 %, 100·0.6 = 60 %
    assertThat(new Rate(0.6, 0.9, HIGHER_IS_BETTER).describe(10)).isEqualTo(Label.of(
        "比率≥90%得满分10分,≤60%不得分,其间线性", "rate ≥ 90% earns full 10 points, ≤ 60% none, linear in between"));
    // lower is better: full at or below the low rate 10 %, none at or above the high rate 30 %
    assertThat(new Rate(0.1, 0.3, LOWER_IS_BETTER).describe(1)).isEqualTo(Label.of(
        "比率≤10%得满分1分,≥30%不得分,其间线性", "rate ≤ 10% earns full 1 point, ≥ 30% none, linear in between"));
  }

  @Test
  void relativeTexts() {
    assertThat(Relative.fractionOfBest(Scope.ALL, HIGHER_IS_BETTER).describe(10)).isEqualTo(Label.of(
        "全部单位中最高者得满分10分,其余按比例得分",
        "the best among all units earns full 10 points, the others in proportion"));
    assertThat(new Relative(Method.MIN_MAX, Scope.CATEGORY, LOWER_IS_BETTER, 0).describe(1)).isEqualTo(Label.of(
        "同类单位中最低者得满分1分,最差者0分,其间线性",
        "the best among the units of its category earns full 1 point, the worst none, linear in between"));
    assertThat(new Relative(Method.PERCENT_RANK, Scope.ALL, HIGHER_IS_BETTER, 0).describe(10)).isEqualTo(Label.of(
        "按全部单位中的百分位排名得分,第一名得满分10分",
        "points by percentile rank among all units, full 10 points for the best"));
    assertThat(Relative.rankStep(Scope.CATEGORY, HIGHER_IS_BETTER, 0.5).describe(5)).isEqualTo(Label.of(
        "同类单位中排名第一得满分5分,每降一位扣0.5分",
        "ranked first among the units of its category earns full 5 points, each place lower 0.5 less"));
    assertThat(new Relative(Method.DISTANCE_TO_TARGET, Scope.ALL, LOWER_IS_BETTER, 30).describe(10)).isEqualTo(
        Label.of("按与目标值30的距离得分(相对全部单位中的极差),达到目标得满分10分",
            "points by distance to the target 30 (relative to the range among all units), full 10 points at or "
                + "beyond it"));
  }

  @Test
  void valuesThatEarnFullPoints() {
    assertThat(new Target(25, HIGHER_IS_BETTER, true).fullPointsValue()).isEqualTo(25); // the target
    assertThat(new Goalposts(50, 100, HIGHER_IS_BETTER).fullPointsValue()).isEqualTo(100); // the high goalpost
    assertThat(new Goalposts(0, 20, LOWER_IS_BETTER).fullPointsValue()).isEqualTo(0); // the low one
    assertThat(new Bands(List.of(new Band(60, 0.5), new Band(90, 1.0)), HIGHER_IS_BETTER).fullPointsValue())
        .isEqualTo(90); // the last bound
    assertThat(new Bands(List.of(new Band(0, 1.0), new Band(5, 0.2)), LOWER_IS_BETTER).fullPointsValue())
        .isEqualTo(0); // the first bound
    assertThat(new Deduction(2.5, 0).fullPointsValue()).isEqualTo(0); // no occurrence
    assertThat(new Bonus(1.5, 6).fullPointsValue()).isEqualTo(4); // ⌈6/1.5⌉ = 4
    assertThat(new Bonus(2.5, 6).fullPointsValue()).isEqualTo(3); // ⌈6/2.5 = 2.4⌉ = 3
    assertThat(new Checklist(8).fullPointsValue()).isEqualTo(8); // every item
    assertThat(new YesNo(HIGHER_IS_BETTER).fullPointsValue()).isEqualTo(1); // yes
    assertThat(new YesNo(LOWER_IS_BETTER).fullPointsValue()).isEqualTo(0); // no
    assertThat(new Rate(0.6, 0.9, HIGHER_IS_BETTER).fullPointsValue()).isEqualTo(0.9); // the high rate
    assertThat(new Rate(0.1, 0.3, LOWER_IS_BETTER).fullPointsValue()).isEqualTo(0.1); // the low rate
    assertThat(new Veto(3).fullPointsValue()).isEqualTo(0); // no occurrence
    assertThat(Relative.fractionOfBest(Scope.ALL, HIGHER_IS_BETTER).fullPointsValue()).isNaN(); // depends on others
  }

  @Test
  void onlyAVetoCanVetoAndSaysFromWhichValue() {
    assertThat(new Veto(3).canVeto()).isTrue();
    assertThat(new Veto(3).vetoingValue()).isEqualTo(3);
    for (ScoringRule r : RuleKindsTest.oneOfEach()) {
      if (!(r instanceof Veto)) {
        assertThat(r.canVeto()).as("%s", r).isFalse();
        assertThat(r.vetoingValue()).as("%s", r).isNaN();
      }
    }
    assertThat(Relative.fractionOfBest(Scope.ALL, HIGHER_IS_BETTER).canVeto()).isFalse();
  }

  @Test
  void targetAndGoalpostsSamples() {
    // target 25, higher is better: 25·(0.6 + 0.5·good), to one decimal
    Target up = new Target(25, HIGHER_IS_BETTER, true);
    assertThat(up.sampleValue(0, always(0))).isEqualTo(15.0); // 25·0.6
    assertThat(up.sampleValue(0.2, always(0))).isEqualTo(17.5); // 25·0.7
    assertThat(up.sampleValue(1, always(0))).isEqualTo(27.5); // 25·1.1
    // target 4, lower is better: 4·(1.6 − 0.7·good)
    Target down = new Target(4, LOWER_IS_BETTER, false);
    assertThat(down.sampleValue(0, always(0))).isEqualTo(6.4); // 4·1.6
    assertThat(down.sampleValue(0.5, always(0))).isEqualTo(5.0); // 4·1.25
    assertThat(down.sampleValue(1, always(0))).isEqualTo(3.6); // 4·0.9
    // goalposts: low + (high − low)·good, or ·(1 − good) when lower is better
    assertThat(new Goalposts(50, 100, HIGHER_IS_BETTER).sampleValue(0.5, always(0))).isEqualTo(75.0);
    assertThat(new Goalposts(0, 20, LOWER_IS_BETTER).sampleValue(0.25, always(0))).isEqualTo(15.0); // 20·0.75
  }

  @Test
  void bandsSamples() {
    // lo − 0.2·span + 1.4·span·f to one decimal, span = max(hi − lo, 1), f = good (or 1 − good)
    Bands up = new Bands(List.of(new Band(60, 0.5), new Band(80, 0.8), new Band(90, 1.0)), HIGHER_IS_BETTER);
    assertThat(up.sampleValue(0, always(0))).isEqualTo(54.0); // 60 − 6
    assertThat(up.sampleValue(0.5, always(0))).isEqualTo(75.0); // 60 − 6 + 21
    assertThat(up.sampleValue(1, always(0))).isEqualTo(96.0); // 60 − 6 + 42
    Bands down = new Bands(List.of(new Band(0, 1.0), new Band(2, 0.6), new Band(5, 0.2)), LOWER_IS_BETTER);
    assertThat(down.sampleValue(0, always(0))).isEqualTo(6.0); // 0 − 1 + 7·1
    assertThat(down.sampleValue(0.5, always(0))).isEqualTo(2.5); // 0 − 1 + 7·0.5
    assertThat(down.sampleValue(1, always(0))).isEqualTo(-1.0); // 0 − 1 + 0
    // one band: span max(0, 1) = 1
    Bands one = new Bands(List.of(new Band(10, 1.0)), HIGHER_IS_BETTER);
    assertThat(one.sampleValue(0, always(0))).isEqualTo(9.8); // 10 − 0.2
    assertThat(one.sampleValue(1, always(0))).isEqualTo(11.2); // 10 − 0.2 + 1.4
  }

  @Test
  void countingKindsSamples() {
    // deduction: max(0, round(3·(1 − good) + u − 0.5))
    Deduction d = new Deduction(2.5, 0);
    assertThat(d.sampleValue(1, always(0))).isEqualTo(0); // round(−0.5) = 0
    assertThat(d.sampleValue(0, always(0))).isEqualTo(3); // round(2.5) = 3
    assertThat(d.sampleValue(0, always(0.5))).isEqualTo(3); // round(3)
    assertThat(d.sampleValue(0.5, always(0.2))).isEqualTo(1); // round(1.5 + 0.2 − 0.5 = 1.2)
    // bonus: round(good·(cap/per + 1)) = round(good·5)
    Bonus b = new Bonus(1.5, 6);
    assertThat(b.sampleValue(0, always(0))).isEqualTo(0);
    assertThat(b.sampleValue(0.5, always(0))).isEqualTo(3); // round(2.5)
    assertThat(b.sampleValue(1, always(0))).isEqualTo(5);
    // checklist: round(required·good)
    Checklist c = new Checklist(8);
    assertThat(c.sampleValue(0.3, always(0))).isEqualTo(2); // round(2.4)
    assertThat(c.sampleValue(0.5, always(0))).isEqualTo(4);
    assertThat(c.sampleValue(1, always(0))).isEqualTo(8);
    // veto: the threshold with chance 3 %, else 0
    Veto v = new Veto(3);
    assertThat(v.sampleValue(0.5, always(0.02))).isEqualTo(3);
    assertThat(v.sampleValue(0.5, always(0.03))).isEqualTo(0);
  }

  @Test
  void yesNoSamples() {
    // yes with chance 0.3 + 0.7·good: u below it is a yes
    YesNo up = new YesNo(HIGHER_IS_BETTER);
    assertThat(up.sampleValue(0, always(0.29))).isEqualTo(1); // 0.29 < 0.3
    assertThat(up.sampleValue(0, always(0.3))).isEqualTo(0); // 0.3 is not below 0.3
    assertThat(up.sampleValue(1, always(0.99))).isEqualTo(1); // 0.99 < 1.0
    assertThat(up.sampleValue(0.5, always(0.7))).isEqualTo(0); // 0.7 is not below 0.65
    // lower is better: a yes is the bad answer, so a yes draw gives 0 and a no draw 1
    YesNo down = new YesNo(LOWER_IS_BETTER);
    assertThat(down.sampleValue(0, always(0.29))).isEqualTo(0); // a yes, and yes is bad: 0
    assertThat(down.sampleValue(0, always(0.3))).isEqualTo(1);
  }

  @Test
  void rateAndRelativeSamples() {
    // rate: low + (high − low)·(0.1 + f) to three decimals, within [0, 1]
    Rate up = new Rate(0.6, 0.9, HIGHER_IS_BETTER);
    assertThat(up.sampleValue(0, always(0))).isEqualTo(0.63); // 0.6 + 0.3·0.1
    assertThat(up.sampleValue(0.5, always(0))).isEqualTo(0.78); // 0.6 + 0.3·0.6
    assertThat(up.sampleValue(1, always(0))).isEqualTo(0.93); // 0.6 + 0.3·1.1
    assertThat(new Rate(0, 1, HIGHER_IS_BETTER).sampleValue(1, always(0))).isEqualTo(1.0); // 1.1 → at most 1
    Rate down = new Rate(0.1, 0.3, LOWER_IS_BETTER);
    assertThat(down.sampleValue(1, always(0))).isEqualTo(0.12); // 0.1 + 0.2·0.1
    assertThat(down.sampleValue(0, always(0))).isEqualTo(0.32); // 0.1 + 0.2·1.1
    // relative: good to two decimals
    Relative rel = Relative.fractionOfBest(Scope.ALL, HIGHER_IS_BETTER);
    assertThat(rel.sampleValue(0.123, always(0))).isEqualTo(0.12);
    assertThat(rel.sampleValue(0.999, always(0))).isEqualTo(1.0);
  }

  @Test
  void everyKindHasANameATypeAndABilingualDescription() {
    List<RuleKind<?>> kinds = List.of(Target.KIND, Goalposts.KIND, Bands.KIND, Deduction.KIND, Bonus.KIND,
        Checklist.KIND, YesNo.KIND, Rate.KIND, Veto.KIND, Relative.KIND);
    assertThat(kinds).extracting(RuleKind::name).containsExactly("target", "goalposts", "bands", "deduction",
        "bonus", "checklist", "yesNo", "rate", "veto", "relative");
    assertThat(kinds.stream().<Class<?>>map(RuleKind::type).toList()).containsExactly(Target.class, Goalposts.class, Bands.class,
        Deduction.class, Bonus.class, Checklist.class, YesNo.class, Rate.class, Veto.class, Relative.class);
    for (RuleKind<?> k : kinds) {
      Label l = k.description();
      assertThat(l.en()).as(k.name()).startsWith(k.name().equals("yesNo") ? "yes" : k.name());
      assertThat(l.zh()).as(k.name()).isNotBlank();
    }
  }
}
