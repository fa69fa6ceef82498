package org.fivetype.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fivetype.records.Answer.BASICALLY_SATISFIED;
import static org.fivetype.records.Answer.DISSATISFIED;
import static org.fivetype.records.Answer.DONT_KNOW;
import static org.fivetype.records.Answer.FAIRLY_SATISFIED;
import static org.fivetype.records.Answer.SATISFIED;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fivetype.api.Label;
import org.fivetype.rule.Rate;
import org.fivetype.api.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The appraisal (E8) on ballots counted by hand. Satisfaction = (满意 + 比较满意 + 基本满意) /
 * (all − 不了解); the interval is Wilson's (1927) — the figures below are what R's
 * {@code prop.test(x, n, correct = FALSE)$conf.int} gives, which is the Wilson score interval.
 */
class BallotAggregatorTest {

  static final int YEAR = 2024;

  static void add(List<Ballot> out, String group, String unit, Answer a, int times) {
    for (int k = 0; k < times; k++) {
      out.add(Ballot.of(group, unit, a));
    }
  }

  static BallotAggregator withMinimum(int min) {
    return BallotAggregator.of(BallotAggregator.Config.defaults().withMinValidBallots(min));
  }

  @Test
  void shareOfThePositiveAnswersAmongAllButDontKnowWithTheWilsonInterval() {
    List<Ballot> b = new ArrayList<>();
    // 4 满意 + 3 比较满意 + 1 基本满意 = 8 positive; + 2 不满意 = 10 valid; 5 不了解 left out
    add(b, "citizens", "a", SATISFIED, 4);
    add(b, "citizens", "a", FAIRLY_SATISFIED, 3);
    add(b, "citizens", "a", BASICALLY_SATISFIED, 1);
    add(b, "citizens", "a", DISSATISFIED, 2);
    add(b, "citizens", "a", DONT_KNOW, 5);
    Aggregation r = withMinimum(10).accumulator().acceptAll(b).finish(YEAR, List.of("a"));

    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.figure("ballots")).isEqualTo(15);
    assertThat(a.figure("valid")).isEqualTo(10);
    assertThat(a.figure("positive")).isEqualTo(8);
    assertThat(a.figure("dont-know")).isEqualTo(5);
    assertThat(a.figure("satisfaction")).isEqualTo(0.8); // 8 / 10
    // Wilson, n = 10, p = 0.8, z = 1.959964: centre (0.8 + 0.19208) / 1.38415 = 0.716737,
    // half-width 1.959964 / 1.38415 · sqrt(0.016 + 0.0096040) = 0.226578 → [0.49016, 0.94332]
    assertThat(a.interval()).hasValueSatisfying(i -> {
      assertThat(i.low()).isCloseTo(0.4901625, within(1e-7));
      assertThat(i.high()).isCloseTo(0.9433178, within(1e-7));
      assertThat(i.level()).isEqualTo(0.95);
      assertThat(i.method()).isEqualTo("wilson");
    });
    assertThat(r.observation("a", "E8.appraisal-satisfaction")).hasValueSatisfying(o -> {
      assertThat(o.value()).isEqualTo(0.8);
      assertThat(o.year()).isEqualTo(YEAR);
    });
    // and that value on the default rule Rate(0.6, 0.95) at 4 points: (0.8 − 0.6) / 0.35 · 4 = 2.2857
    assertThat(new Rate(0.6, 0.95, Direction.HIGHER_IS_BETTER).points(0.8, 4)).isCloseTo(2.285714, within(1e-6));
  }

  @Test
  void weightedGroupsUseKishsEffectiveSampleSize() {
    BallotAggregator agg = BallotAggregator.of(BallotAggregator.Config.defaults().withMinValidBallots(10)
        .withGroups(List.of(new RaterGroup("citizens", Label.of("市民", "citizens"), 1),
            new RaterGroup("deputies", Label.of("人大代表", "deputies"), 2))));
    List<Ballot> b = new ArrayList<>();
    add(b, "citizens", "a", SATISFIED, 4);     // citizens: 4 positive of 6 valid, weight 1
    add(b, "citizens", "a", DISSATISFIED, 2);
    add(b, "deputies", "a", SATISFIED, 3);     // deputies: 4 positive of 4 valid, weight 2
    add(b, "deputies", "a", FAIRLY_SATISFIED, 1);
    add(b, "deputies", "a", DONT_KNOW, 7);     // left out
    UnitDiagnostics a = agg.accumulator().acceptAll(b).finish(YEAR, List.of("a")).unit("a").orElseThrow();
    // p = (1·4 + 2·4) / (1·6 + 2·4) = 12 / 14 = 0.857143
    assertThat(a.figure("satisfaction")).isCloseTo(12.0 / 14, within(1e-15));
    // n_eff = (Σw)² / Σw² = 14² / (6·1 + 4·4) = 196 / 22 = 8.909091
    assertThat(a.figure("effective-n")).isCloseTo(196.0 / 22, within(1e-12));
    // Wilson at p = 0.857143, n = 8.909091 → [0.529387, 0.969700]
    assertThat(a.interval()).hasValueSatisfying(i -> {
      assertThat(i.low()).isCloseTo(0.5293874, within(1e-7));
      assertThat(i.high()).isCloseTo(0.9696998, within(1e-7));
      assertThat(i.method()).isEqualTo("wilson-kish");
    });
    assertThat(a.figure("valid")).isEqualTo(10); // the minimum counts ballots, not weights
  }

  @Test
  void tooFewValidBallotsFlagTheUnitAndGiveNoObservation() {
    List<Ballot> b = new ArrayList<>();
    add(b, "citizens", "a", SATISFIED, 9);  // 9 valid < 10
    add(b, "citizens", "a", DONT_KNOW, 20); // 不了解 do not count towards the minimum
    add(b, "experts", "b", SATISFIED, 10);  // exactly the minimum: scored
    Aggregation r = withMinimum(10).accumulator().acceptAll(b).finish(YEAR, List.of("a", "b", "c"));

    assertThat(r.observations()).extracting(o -> o.unitId()).containsExactly("b");
    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.flagged(BallotAggregator.TOO_FEW_BALLOTS)).isTrue();
    assertThat(a.flags().get(0).text().en()).isEqualTo("9 valid ballots, fewer than the minimum of 10; not scored");
    assertThat(a.figure("satisfaction")).isEqualTo(1.0); // still reported, just not scored
    assertThat(r.unit("c").orElseThrow().flagged("no-records")).isTrue();
    assertThat(r.units()).extracting(UnitDiagnostics::unitId).containsExactly("a", "b", "c");
  }

  @Test
  void theDefaultMinimumIsOneHundredValidBallots() {
    List<Ballot> b = new ArrayList<>();
    add(b, "citizens", "a", SATISFIED, 99);
    add(b, "citizens", "b", SATISFIED, 100);
    Aggregation r = BallotAggregator.defaults().accumulator().acceptAll(b).finish(YEAR, List.of("a", "b"));
    assertThat(r.observations()).extracting(o -> o.unitId()).containsExactly("b");
  }

  @Test
  void ballotsOfUnitsThatAreNotAssessedAreReportedNotScored() {
    List<Ballot> b = new ArrayList<>();
    add(b, "citizens", "ghost", SATISFIED, 50);
    Aggregation r = withMinimum(10).accumulator().acceptAll(b).finish(YEAR, List.of("a"));
    assertThat(r.observations()).isEmpty();
    assertThat(r.unit("ghost").orElseThrow().flagged("unknown-unit")).isTrue();
    assertThat(r.units()).extracting(UnitDiagnostics::unitId).containsExactly("a", "ghost");
  }

  @Test
  void onlyTheConfiguredItemsCountAndUnknownGroupsAreLeftOut() {
    BallotAggregator agg = BallotAggregator.of(BallotAggregator.Config.defaults().withMinValidBallots(1)
        .withItems(Set.of("overall")));
    Aggregation r = agg.accumulator().acceptAll(List.of(
        new Ballot("citizens", "a", "overall", SATISFIED, ""),
        new Ballot("citizens", "a", "overall", DISSATISFIED, ""),
        new Ballot("citizens", "a", "attitude", DISSATISFIED, ""), // other item
        new Ballot("tourists", "a", "overall", DISSATISFIED, ""),  // group not configured
        new Ballot("市民", "a", "overall", SATISFIED, "")))          // the group's Chinese name works too
        .finish(YEAR, List.of("a"));
    UnitDiagnostics a = r.unit("a").orElseThrow();
    assertThat(a.figure("valid")).isEqualTo(3);
    assertThat(a.figure("satisfaction")).isCloseTo(2.0 / 3, within(1e-15)); // 2 of 3
    assertThat(a.figure("other-items")).isEqualTo(1);
    assertThat(a.figure("unknown-group")).isEqualTo(1);
    assertThat(a.flagged("unknown-group")).isTrue();
    assertThat(agg.check(Ballot.of("tourists", "a", SATISFIED))).containsKey("rater_group");
    assertThat(agg.check(Ballot.of("experts", "a", SATISFIED))).isEmpty();
  }

  @Test
  void extremeRatersAreTrimmedByTheScreen() {
    List<Ballot> b = new ArrayList<>();
    for (String u : List.of("a", "b", "c")) {
      b.add(new Ballot("citizens", u, "overall", DISSATISFIED, "r1")); // r1: 3 × 不满意 → extreme
      b.add(new Ballot("citizens", u, "overall", SATISFIED, "r3"));    // r3: 3 × 满意 → extreme
    }
    b.add(new Ballot("citizens", "a", "overall", SATISFIED, "r2"));      // r2: mixed → kept
    b.add(new Ballot("citizens", "b", "overall", DISSATISFIED, "r2"));
    b.add(new Ballot("citizens", "c", "overall", DISSATISFIED, "r2"));
    b.add(new Ballot("citizens", "a", "overall", DISSATISFIED, "r4"));   // r4: 2 answers < 3 → kept
    b.add(new Ballot("citizens", "b", "overall", DISSATISFIED, "r4"));
    b.add(new Ballot("citizens", "a", "overall", DISSATISFIED, ""));     // no id: never trimmed
    b.add(new Ballot("citizens", "a", "overall", FAIRLY_SATISFIED, "r5")); // r5: 3 × 比较满意 → not an end
    b.add(new Ballot("citizens", "b", "overall", FAIRLY_SATISFIED, "r5"));
    b.add(new Ballot("citizens", "c", "overall", FAIRLY_SATISFIED, "r5"));

    RaterScreen screen = new RaterScreen(3);
    b.forEach(screen::accept);
    assertThat(screen.extremeRaters()).containsExactlyInAnyOrder("r1", "r3");
    assertThat(screen.raters()).isEqualTo(5);

    BallotAggregator agg = BallotAggregator.of(BallotAggregator.Config.defaults().withMinValidBallots(1)
        .withTrimmedRaters(screen.extremeRaters()));
    UnitDiagnostics a = agg.accumulator().acceptAll(b).finish(YEAR, List.of("a", "b", "c")).unit("a").orElseThrow();
    // unit a keeps r2 满意, r4 不满意, no-id 不满意, r5 比较满意: 2 positive of 4; r1 and r3 trimmed
    assertThat(a.figure("trimmed")).isEqualTo(2);
    assertThat(a.figure("valid")).isEqualTo(4);
    assertThat(a.figure("satisfaction")).isEqualTo(0.5);
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(delimiter = '|', value = {
      "满意|SATISFIED", "比较满意|FAIRLY_SATISFIED", "基本满意|BASICALLY_SATISFIED", "不满意|DISSATISFIED",
      "不了解|DONT_KNOW", "satisfied|SATISFIED", "Fairly Satisfied|FAIRLY_SATISFIED",
      "basically_satisfied|BASICALLY_SATISFIED", "DISSATISFIED|DISSATISFIED", "don't know|DONT_KNOW",
      "do not know|DONT_KNOW", "dont-know|DONT_KNOW", "' 满意 '|SATISFIED"})
  void answersInChineseOrEnglish(String text, Answer expected) {
    assertThat(Answer.parse(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"very satisfied", "满", "yes", "''"})
  void otherWordsAreNoAnswer(String text) {
    assertThat(Answer.parse(text)).isEmpty();
  }

  @Test
  void theQuantileOfTheInterval() {
    // standard normal quantiles: 1.644854 (90 %), 1.959964 (95 %), 2.575829 (99 %)
    assertThat(Stats.z(0.90)).isCloseTo(1.6448536, within(1e-6));
    assertThat(Stats.z(0.95)).isCloseTo(1.9599640, within(1e-6));
    assertThat(Stats.z(0.99)).isCloseTo(2.5758293, within(1e-6));
  }
}
