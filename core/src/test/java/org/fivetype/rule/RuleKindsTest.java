package org.fivetype.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.fivetype.api.Direction.HIGHER_IS_BETTER;
import static org.fivetype.api.Direction.LOWER_IS_BETTER;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fivetype.api.Label;
import org.fivetype.rule.Bands.Band;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule kind, with hand-computed cases at, just below and just above each of its
 * boundaries. Each row carries its arithmetic as its display name; that string is the comment
 * saying where the expected number comes from.
 */
class RuleKindsTest {

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /** One of each kind and direction, as used throughout this class. */
  static List<ScoringRule> oneOfEach() {
    return List.of(
        new Target(25, HIGHER_IS_BETTER, true),
        new Target(25, HIGHER_IS_BETTER, false),
        new Target(4, LOWER_IS_BETTER, true),
        new Target(4, LOWER_IS_BETTER, false),
        new Goalposts(50, 100, HIGHER_IS_BETTER),
        new Goalposts(0, 20, LOWER_IS_BETTER),
        new Bands(List.of(new Band(60, 0.5), new Band(80, 0.8), new Band(90, 1.0)), HIGHER_IS_BETTER),
        new Bands(List.of(new Band(0, 1.0), new Band(2, 0.6), new Band(5, 0.2)), LOWER_IS_BETTER),
        new Deduction(2.5, 2.5),
        new Bonus(1.5, 6),
        new Checklist(8),
        new YesNo(HIGHER_IS_BETTER),
        new YesNo(LOWER_IS_BETTER),
        new Rate(0.6, 0.9, HIGHER_IS_BETTER),
        new Rate(0.1, 0.3, LOWER_IS_BETTER),
        new Veto(1),
        new Veto(3));
  }

  static Stream<ScoringRule> allRules() {
    return oneOfEach().stream();
  }

  private static Arguments row(ScoringRule rule, double value, double max, double expected, String arithmetic) {
    return Arguments.of(rule, value, max, expected, arithmetic);
  }

  // ---------------------------------------------------------------------------------------------
  // points: hand-computed tables

  static Stream<Arguments> targetCases() {
    Target upProp = new Target(25, HIGHER_IS_BETTER, true);
    Target upAll = new Target(25, HIGHER_IS_BETTER, false);
    Target downProp = new Target(4, LOWER_IS_BETTER, true);
    Target downAll = new Target(4, LOWER_IS_BETTER, false);
    return Stream.of(
        // higher is better, proportional, target 25, max 10 (L7: 25 research days)
        row(upProp, 25, 10, 10, "at target 25 → full 10"),
        row(upProp, 24, 10, 9.6, "just below: 24/25·10 = 9.6"),
        row(upProp, 26, 10, 10, "just above: 26 ≥ 25 → full 10"),
        row(upProp, 20, 10, 8, "20/25·10 = 8"),
        row(upProp, 0, 10, 0, "0/25·10 = 0"),
        row(upProp, -5, 10, 0, "negative: max(-5, 0)/25·10 = 0"),
        // higher is better, all or nothing
        row(upAll, 25, 10, 10, "at target 25 → 10"),
        row(upAll, 24.5, 10, 0, "just below 25, not proportional → 0"),
        row(upAll, 26, 10, 10, "just above 25 → 10"),
        // lower is better, proportional, target 4, max 10
        row(downProp, 4, 10, 10, "at target 4 → 10"),
        row(downProp, 3, 10, 10, "better than target: 3 ≤ 4 → 10"),
        row(downProp, 5, 10, 8, "just above (worse): 4/5·10 = 8"),
        row(downProp, 8, 10, 5, "4/8·10 = 5"),
        row(downProp, 40, 10, 1, "4/40·10 = 1"),
        // lower is better, all or nothing
        row(downAll, 4, 10, 10, "at target 4 → 10"),
        row(downAll, 3.5, 10, 10, "3.5 ≤ 4 → 10"),
        row(downAll, 4.5, 10, 0, "4.5 > 4, not proportional → 0"));
  }

  static Stream<Arguments> goalpostsCases() {
    Goalposts up = new Goalposts(50, 100, HIGHER_IS_BETTER);
    Goalposts down = new Goalposts(0, 20, LOWER_IS_BETTER);
    return Stream.of(
        // higher is better: 10·clamp((v − 50)/50)
        row(up, 49, 10, 0, "below low: (49−50)/50 < 0 → clamp 0"),
        row(up, 50, 10, 0, "at low: (50−50)/50·10 = 0"),
        row(up, 51, 10, 0.2, "just above low: (51−50)/50·10 = 0.2"),
        row(up, 75, 10, 5, "(75−50)/50·10 = 5"),
        row(up, 99, 10, 9.8, "just below high: (99−50)/50·10 = 9.8"),
        row(up, 100, 10, 10, "at high: 50/50·10 = 10"),
        row(up, 101, 10, 10, "above high: 51/50 > 1 → clamp 10"),
        // lower is better: 10·clamp((20 − v)/20)
        row(down, -1, 10, 10, "below low: (20+1)/20 > 1 → clamp 10"),
        row(down, 0, 10, 10, "at low: 20/20·10 = 10"),
        row(down, 1, 10, 9.5, "just above low: (20−1)/20·10 = 9.5"),
        row(down, 10, 10, 5, "(20−10)/20·10 = 5"),
        row(down, 19, 10, 0.5, "just below high: (20−19)/20·10 = 0.5"),
        row(down, 20, 10, 0, "at high: 0/20·10 = 0"),
        row(down, 21, 10, 0, "above high: −1/20 < 0 → clamp 0"));
  }

  static Stream<Arguments> bandsCases() {
    Bands up = new Bands(List.of(new Band(60, 0.5), new Band(80, 0.8), new Band(90, 1.0)), HIGHER_IS_BETTER);
    Bands down = new Bands(List.of(new Band(0, 1.0), new Band(2, 0.6), new Band(5, 0.2)), LOWER_IS_BETTER);
    return Stream.of(
        // higher is better: the share of the greatest bound ≤ v, max 10
        row(up, 59.9, 10, 0, "below every bound → 0"),
        row(up, 60, 10, 5, "at 60: 0.5·10 = 5"),
        row(up, 60.1, 10, 5, "just above 60: 0.5·10 = 5"),
        row(up, 79.9, 10, 5, "just below 80: still band 60, 0.5·10 = 5"),
        row(up, 80, 10, 8, "at 80: 0.8·10 = 8"),
        row(up, 89.9, 10, 8, "just below 90: 0.8·10 = 8"),
        row(up, 90, 10, 10, "at 90: 1.0·10 = 10"),
        row(up, 1000, 10, 10, "far above: 1.0·10 = 10"),
        // lower is better: the share of the smallest bound ≥ v, max 10
        row(down, -1, 10, 10, "below 0: smallest bound ≥ −1 is 0 → 1.0·10 = 10"),
        row(down, 0, 10, 10, "at 0: 1.0·10 = 10"),
        row(down, 0.5, 10, 6, "just above 0: bound 2 → 0.6·10 = 6"),
        row(down, 2, 10, 6, "at 2: 0.6·10 = 6"),
        row(down, 2.1, 10, 2, "just above 2: bound 5 → 0.2·10 = 2"),
        row(down, 5, 10, 2, "at 5: 0.2·10 = 2"),
        row(down, 5.1, 10, 0, "above every bound → 0"));
  }

  static Stream<Arguments> deductionCases() {
    Deduction d = new Deduction(2.5, 2.5);
    Deduction noFloor = new Deduction(3, 0);
    Deduction floorAboveMax = new Deduction(1, 20);
    return Stream.of(
        // max(min(2.5, 10), 10 − 2.5·n): the floor is reached at n = 3
        row(d, 0, 10, 10, "10 − 2.5·0 = 10"),
        row(d, 1, 10, 7.5, "10 − 2.5·1 = 7.5"),
        row(d, 2, 10, 5, "just before the floor: 10 − 2.5·2 = 5"),
        row(d, 3, 10, 2.5, "at the floor: 10 − 2.5·3 = 2.5 = floor"),
        row(d, 4, 10, 2.5, "past the floor: max(2.5, 10 − 10 = 0) = 2.5"),
        row(d, 100, 10, 2.5, "far past: max(2.5, 10 − 250) = 2.5"),
        // floor 0: max(0, 10 − 3·n)
        row(noFloor, 3, 10, 1, "10 − 3·3 = 1"),
        row(noFloor, 4, 10, 0, "max(0, 10 − 12 = −2) = 0"),
        // a floor above the points is limited to them: max(min(20, 10), 10 − 5) = 10
        row(floorAboveMax, 5, 10, 10, "max(min(20, 10) = 10, 10 − 1·5 = 5) = 10"));
  }

  static Stream<Arguments> bonusCases() {
    Bonus b = new Bonus(1.5, 6);
    Bonus capAboveMax = new Bonus(2, 50);
    return Stream.of(
        // min(min(6, 10), 1.5·n): the cap is reached at n = 4
        row(b, 0, 10, 0, "1.5·0 = 0"),
        row(b, 1, 10, 1.5, "1.5·1 = 1.5"),
        row(b, 3, 10, 4.5, "just below the cap: 1.5·3 = 4.5"),
        row(b, 4, 10, 6, "at the cap: 1.5·4 = 6 = cap"),
        row(b, 5, 10, 6, "past the cap: min(6, 7.5) = 6"),
        // the cap is limited to the indicator's points: min(min(50, 10), 2·n)
        row(capAboveMax, 4, 10, 8, "2·4 = 8 < 10"),
        row(capAboveMax, 5, 10, 10, "2·5 = 10 = max"),
        row(capAboveMax, 6, 10, 10, "min(10, 12) = 10"));
  }

  static Stream<Arguments> checklistCases() {
    Checklist c = new Checklist(8);
    return Stream.of(
        // 4·n/8 (E4: eight systems)
        row(c, 0, 4, 0, "4·0/8 = 0"),
        row(c, 1, 4, 0.5, "just above none: 4·1/8 = 0.5"),
        row(c, 7, 4, 3.5, "just below all: 4·7/8 = 3.5"),
        row(c, 8, 4, 4, "all in place: 4·8/8 = 4"),
        row(c, 9, 4, 4, "beyond required (invalid) is clamped: 4·min(9, 8)/8 = 4"),
        row(c, -1, 4, 0, "below 0 (invalid) is clamped: 4·max(−1, 0)/8 = 0"));
  }

  static Stream<Arguments> yesNoCases() {
    YesNo yes = new YesNo(HIGHER_IS_BETTER);
    YesNo no = new YesNo(LOWER_IS_BETTER);
    return Stream.of(
        row(yes, 1, 3, 3, "higher is better: yes (1) → full 3"),
        row(yes, 0, 3, 0, "higher is better: no (0) → 0"),
        row(no, 0, 3, 3, "lower is better (E7): no (0) → full 3"),
        row(no, 1, 3, 0, "lower is better: yes (1) → 0"));
  }

  static Stream<Arguments> rateCases() {
    Rate up = new Rate(0.6, 0.9, HIGHER_IS_BETTER);
    Rate down = new Rate(0.1, 0.3, LOWER_IS_BETTER);
    return Stream.of(
        // higher is better: 10·clamp((v − 0.6)/0.3)
        row(up, 0, 10, 0, "0 ≤ 0.6 → 0"),
        row(up, 0.59, 10, 0, "just below low: (0.59−0.6)/0.3 < 0 → 0"),
        row(up, 0.6, 10, 0, "at low → 0"),
        row(up, 0.63, 10, 1, "just above low: (0.63−0.6)/0.3·10 = 1"),
        row(up, 0.75, 10, 5, "(0.75−0.6)/0.3·10 = 5"),
        row(up, 0.87, 10, 9, "just below high: (0.87−0.6)/0.3·10 = 9"),
        row(up, 0.9, 10, 10, "at high → 10"),
        row(up, 0.91, 10, 10, "above high → clamp 10"),
        row(up, 1, 10, 10, "1 ≥ 0.9 → 10"),
        // lower is better: 10·clamp((0.3 − v)/0.2)
        row(down, 0.05, 10, 10, "below low: (0.3−0.05)/0.2 > 1 → 10"),
        row(down, 0.1, 10, 10, "at low: 0.2/0.2·10 = 10"),
        row(down, 0.11, 10, 9.5, "just above low: (0.3−0.11)/0.2·10 = 9.5"),
        row(down, 0.2, 10, 5, "(0.3−0.2)/0.2·10 = 5"),
        row(down, 0.29, 10, 0.5, "just below high: (0.3−0.29)/0.2·10 = 0.5"),
        row(down, 0.3, 10, 0, "at high → 0"),
        row(down, 0.31, 10, 0, "above high → clamp 0"));
  }

  static Stream<Arguments> vetoCases() {
    Veto one = new Veto(1);
    Veto three = new Veto(3);
    return Stream.of(
        row(one, 0, 5, 5, "0 < 1 → full 5"),
        row(one, 1, 5, 0, "at threshold 1 → 0"),
        row(one, 2, 5, 0, "above threshold → 0"),
        row(three, 2, 5, 5, "just below threshold 3 → 5"),
        row(three, 3, 5, 0, "at threshold 3 → 0"),
        row(three, 4, 5, 0, "just above threshold → 0"));
  }

  @ParameterizedTest(name = "{0}: v={1}, max={2} → {3} ({4})")
  @MethodSource({"targetCases", "goalpostsCases", "bandsCases", "deductionCases", "bonusCases", "checklistCases",
      "yesNoCases", "rateCases", "vetoCases"})
  void pointsAreAsComputedByHand(ScoringRule rule, double value, double max, double expected, String arithmetic) {
    assertThat(rule.points(value, max)).as(arithmetic).isCloseTo(expected, within(1e-9));
  }

  @Test
  void fullMarksAreExactlyThePointsNeverMore() {
    // the other kinds at full marks
    assertThat(new Target(3, HIGHER_IS_BETTER, true).points(3, 1.6)).isEqualTo(1.6);
    assertThat(new Goalposts(0, 3, HIGHER_IS_BETTER).points(3, 1.6)).isEqualTo(1.6);
    assertThat(new Rate(0.3, 0.9, HIGHER_IS_BETTER).points(0.9, 1.6)).isEqualTo(1.6);
    assertThat(new Bonus(0.1, 1.6).points(16, 1.6)).isEqualTo(1.6); // min(1.6, 1.6, 0.1·16 = 1.6000000000000001)
    assertThat(new Deduction(0.1, 0).points(0, 1.6)).isEqualTo(1.6);
    assertThat(new Checklist(3).points(2, 2.7)).isCloseTo(1.8, within(1e-12)); // 2.7·2/3 = 1.8
    // all 3 of 3 items in place on 1.6 points: 1.6·3/3 = 1.6 — exactly, since points must stay in [0, max]
    // (found by RulePropertiesTest: in floating point (1.6·3)/3 = 1.6000000000000003)
    assertThat(new Checklist(3).points(3, 1.6)).isEqualTo(1.6);
    assertThat(new Checklist(3).points(3, 2.7)).isEqualTo(2.7); // 2.7·3/3 = 2.7
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allRules")
  void missingScoresZero(ScoringRule rule) {
    assertThat(rule.points(Double.NaN, 10)).isEqualTo(0.0);
    assertThat(rule.vetoes(Double.NaN)).as("a missing value never vetoes").isFalse();
  }

  // ---------------------------------------------------------------------------------------------
  // invalidReason: the domain of valid values

  static Stream<Arguments> domainCases() {
    Deduction deduction = new Deduction(1, 0);
    Bonus bonus = new Bonus(1, 5);
    Veto veto = new Veto(1);
    Checklist checklist = new Checklist(8);
    Rate rate = new Rate(0.5, 0.9, HIGHER_IS_BETTER);
    YesNo yesNo = new YesNo(HIGHER_IS_BETTER);
    return Stream.of(
        // counts: whole numbers ≥ 0
        Arguments.of(deduction, 0, true), Arguments.of(deduction, 3, true), Arguments.of(deduction, -1, false),
        Arguments.of(deduction, 0.5, false), Arguments.of(deduction, 2.5, false),
        Arguments.of(deduction, Double.POSITIVE_INFINITY, false),
        Arguments.of(bonus, 0, true), Arguments.of(bonus, 7, true), Arguments.of(bonus, -2, false),
        Arguments.of(bonus, 1.25, false), Arguments.of(bonus, Double.POSITIVE_INFINITY, false),
        Arguments.of(veto, 0, true), Arguments.of(veto, 1, true), Arguments.of(veto, -1, false),
        Arguments.of(veto, 0.99, false), Arguments.of(veto, Double.POSITIVE_INFINITY, false),
        // checklist: whole numbers 0..required
        Arguments.of(checklist, 0, true), Arguments.of(checklist, 8, true), Arguments.of(checklist, 9, false),
        Arguments.of(checklist, -1, false), Arguments.of(checklist, 3.5, false),
        // rates: [0, 1], percentages are not rates
        Arguments.of(rate, 0, true), Arguments.of(rate, 1, true), Arguments.of(rate, 0.5, true),
        Arguments.of(rate, -0.01, false), Arguments.of(rate, 1.01, false), Arguments.of(rate, 95, false),
        // yes/no: exactly 0 or 1
        Arguments.of(yesNo, 0, true), Arguments.of(yesNo, 1, true), Arguments.of(yesNo, 0.5, false),
        Arguments.of(yesNo, 2, false), Arguments.of(yesNo, -1, false),
        // continuous kinds take any finite value (goalposts and bands clamp, targets compare)
        Arguments.of(new Target(25, HIGHER_IS_BETTER, true), -1e6, true),
        Arguments.of(new Target(25, HIGHER_IS_BETTER, true), 1e6, true),
        Arguments.of(new Goalposts(0, 1, LOWER_IS_BETTER), -3, true),
        Arguments.of(new Bands(List.of(new Band(1, 1)), HIGHER_IS_BETTER), 1e9, true));
  }

  @ParameterizedTest(name = "{0}: {1} valid={2}")
  @MethodSource("domainCases")
  void invalidReasonNamesOutOfDomainValues(ScoringRule rule, double value, boolean valid) {
    String reason = rule.invalidReason(value);
    if (valid) {
      assertThat(reason).isNull();
    } else {
      assertThat(reason).isNotBlank();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // constructor arguments

  static Stream<Arguments> invalidConstructions() {
    return Stream.of(
        bad("target NaN", () -> new Target(Double.NaN, HIGHER_IS_BETTER, false)),
        bad("target +∞", () -> new Target(Double.POSITIVE_INFINITY, HIGHER_IS_BETTER, false)),
        bad("target −∞", () -> new Target(Double.NEGATIVE_INFINITY, LOWER_IS_BETTER, false)),
        bad("proportional target 0", () -> new Target(0, HIGHER_IS_BETTER, true)),
        bad("proportional target < 0", () -> new Target(-1, LOWER_IS_BETTER, true)),
        bad("goalposts low NaN", () -> new Goalposts(Double.NaN, 1, HIGHER_IS_BETTER)),
        bad("goalposts high ∞", () -> new Goalposts(0, Double.POSITIVE_INFINITY, HIGHER_IS_BETTER)),
        bad("goalposts low = high", () -> new Goalposts(5, 5, HIGHER_IS_BETTER)),
        bad("goalposts low > high", () -> new Goalposts(6, 5, LOWER_IS_BETTER)),
        bad("no bands", () -> new Bands(List.of(), HIGHER_IS_BETTER)),
        bad("band bounds equal", () -> new Bands(List.of(new Band(1, 0.5), new Band(1, 0.6)), HIGHER_IS_BETTER)),
        bad("band bounds decreasing", () -> new Bands(List.of(new Band(2, 0.5), new Band(1, 0.6)), HIGHER_IS_BETTER)),
        bad("higher is better, shares decrease upwards",
            () -> new Bands(List.of(new Band(1, 0.8), new Band(2, 0.5)), HIGHER_IS_BETTER)),
        bad("lower is better, shares increase upwards",
            () -> new Bands(List.of(new Band(1, 0.5), new Band(2, 0.8)), LOWER_IS_BETTER)),
        bad("band bound NaN", () -> new Band(Double.NaN, 0.5)),
        bad("band bound ∞", () -> new Band(Double.NEGATIVE_INFINITY, 0.5)),
        bad("band share NaN", () -> new Band(1, Double.NaN)),
        bad("band share > 1", () -> new Band(1, 1.1)),
        bad("band share < 0", () -> new Band(1, -0.1)),
        bad("deduction per 0", () -> new Deduction(0, 0)),
        bad("deduction per < 0", () -> new Deduction(-1, 0)),
        bad("deduction per NaN", () -> new Deduction(Double.NaN, 0)),
        bad("deduction floor < 0", () -> new Deduction(1, -1)),
        bad("deduction floor ∞", () -> new Deduction(1, Double.POSITIVE_INFINITY)),
        bad("bonus per 0", () -> new Bonus(0, 5)),
        bad("bonus per < 0", () -> new Bonus(-1, 5)),
        bad("bonus per ∞", () -> new Bonus(Double.POSITIVE_INFINITY, 5)),
        bad("bonus cap < 0", () -> new Bonus(1, -1)),
        bad("bonus cap NaN", () -> new Bonus(1, Double.NaN)),
        bad("checklist required 0", () -> new Checklist(0)),
        bad("checklist required < 0", () -> new Checklist(-3)),
        bad("veto threshold 0", () -> new Veto(0)),
        bad("veto threshold < 0", () -> new Veto(-1)),
        bad("rate low < 0", () -> new Rate(-0.1, 0.5, HIGHER_IS_BETTER)),
        bad("rate low = high", () -> new Rate(0.5, 0.5, HIGHER_IS_BETTER)),
        bad("rate low > high", () -> new Rate(0.6, 0.5, LOWER_IS_BETTER)),
        bad("rate high > 1", () -> new Rate(0.2, 1.1, HIGHER_IS_BETTER)),
        bad("rate low NaN", () -> new Rate(Double.NaN, 1, HIGHER_IS_BETTER)),
        bad("rate high ∞", () -> new Rate(0, Double.POSITIVE_INFINITY, HIGHER_IS_BETTER)));
  }

  private static Arguments bad(String what, Supplier<Object> construction) {
    return Arguments.of(what, construction);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidConstructions")
  void invalidArgumentsAreRejected(String what, Supplier<Object> construction) {
    assertThatThrownBy(construction::get).as(what).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void argumentsJustInsideTheirLimitsAreAccepted() {
    // the counterparts of the rejected ones: each sits on the edge of what is allowed
    assertThat(new Target(0, HIGHER_IS_BETTER, false).points(0, 10)).isEqualTo(10.0); // 0 ≥ 0 → full
    assertThat(new Target(-3, LOWER_IS_BETTER, false).points(-3, 10)).isEqualTo(10.0); // −3 ≤ −3 → full
    assertThat(new Target(Double.MIN_VALUE, HIGHER_IS_BETTER, true).target()).isPositive();
    assertThat(new Goalposts(5, Math.nextUp(5.0), HIGHER_IS_BETTER).high()).isGreaterThan(5);
    assertThat(new Bands(List.of(new Band(1, 0.5), new Band(2, 0.5)), HIGHER_IS_BETTER).bands()).hasSize(2);
    assertThat(new Bands(List.of(new Band(1, 0.5), new Band(2, 0.5)), LOWER_IS_BETTER).bands()).hasSize(2);
    assertThat(new Bands(List.of(new Band(1, 0)), LOWER_IS_BETTER).points(0, 10)).isEqualTo(0.0); // 0·10
    assertThat(new Deduction(Double.MIN_VALUE, 0).floor()).isZero();
    assertThat(new Bonus(1, 0).points(5, 10)).isEqualTo(0.0); // cap 0: min(0, 10, 5) = 0
    assertThat(new Checklist(1).points(1, 10)).isEqualTo(10.0); // 10·1/1
    assertThat(new Veto(1).threshold()).isEqualTo(1);
    assertThat(new Rate(0, 1, HIGHER_IS_BETTER).points(0.25, 8)).isEqualTo(2.0); // 8·0.25/1
  }

  // ---------------------------------------------------------------------------------------------
  // vetoes, describe, scoreAll

  @ParameterizedTest(name = "{0}")
  @MethodSource("allRules")
  void onlyVetoVetoesAndOnlyAtOrAboveItsThreshold(ScoringRule rule) {
    for (double v : new double[] {0, 1, 2, 3, 4, 100}) {
      boolean expected = rule instanceof Veto veto && v >= veto.threshold();
      assertThat(rule.vetoes(v)).as("%s vetoes(%s)", rule, v).isEqualTo(expected);
    }
  }

  @Test
  void vetoBoundaries() {
    Veto three = new Veto(3);
    assertThat(three.vetoes(2)).as("just below 3").isFalse();
    assertThat(three.vetoes(3)).as("at 3").isTrue();
    assertThat(three.vetoes(4)).as("just above 3").isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allRules")
  void describeIsBilingual(ScoringRule rule) {
    for (double max : new double[] {10, 2.5}) {
      Label l = rule.describe(max);
      assertThat(l.zh()).isNotBlank();
      assertThat(l.en()).isNotBlank();
      assertThat(HAN.matcher(l.zh()).find()).as("Chinese text '%s'", l.zh()).isTrue();
      assertThat(HAN.matcher(l.en()).find()).as("English text '%s' has no Han", l.en()).isFalse();
      assertThat(l.en()).matches("(?s).*[A-Za-z].*");
    }
  }

  @Test
  void describeNamesTheNumbers() {
    // L7: full 10 points at or above 25, in proportion below
    Label l = new Target(25, HIGHER_IS_BETTER, true).describe(10);
    assertThat(l.en()).contains("25").contains("10").contains("proportion");
    assertThat(l.zh()).contains("25").contains("10").contains("按比例");
    // bands: 0.8·10 = 8 points from 80
    assertThat(new Bands(List.of(new Band(80, 0.8)), HIGHER_IS_BETTER).describe(10).en()).contains("≥ 80 earns 8");
    // deduction down to min(20, 10) = 10
    assertThat(new Deduction(1, 20).describe(10).en()).contains("down to 10");
    // rate 0.9 → 90%
    assertThat(new Rate(0.6, 0.9, HIGHER_IS_BETTER).describe(10).en()).contains("90%").contains("60%");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allRules")
  void scoreAllEqualsPointsCellByCell(ScoringRule rule) {
    double[] values = {Double.NaN, -1, 0, 0.1, 0.5, 1, 2, 3, 4, 5, 8, 20, 25, 50, 60, 75, 90, 100, 1e6, Double.NaN};
    double[] out = new double[values.length];
    Arrays.fill(out, -7);
    int from = 1;
    int to = values.length - 1;
    rule.scoreAll(values, from, to, 10, out);
    for (int i = from; i < to; i++) {
      assertThat(out[i]).as("cell %d (v=%s)", i, values[i]).isEqualTo(rule.points(values[i], 10));
    }
    assertThat(out[0]).as("before from: untouched").isEqualTo(-7.0);
    assertThat(out[values.length - 1]).as("at to: untouched").isEqualTo(-7.0);
  }

  @Test
  void kindsAreTheJsonNames() {
    assertThat(oneOfEach().stream().map(ScoringRule::kind).distinct())
        .containsExactly("target", "goalposts", "bands", "deduction", "bonus", "checklist", "yesNo", "rate", "veto");
  }

  @Test
  void fixedDirectionsOfTheCountingKinds() {
    assertThat(new Deduction(1, 0).direction()).isEqualTo(LOWER_IS_BETTER);
    assertThat(new Veto(1).direction()).isEqualTo(LOWER_IS_BETTER);
    assertThat(new Bonus(1, 1).direction()).isEqualTo(HIGHER_IS_BETTER);
    assertThat(new Checklist(1).direction()).isEqualTo(HIGHER_IS_BETTER);
  }
}
