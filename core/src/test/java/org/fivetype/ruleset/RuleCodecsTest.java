package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fivetype.api.Direction.HIGHER_IS_BETTER;
import static org.fivetype.api.Direction.LOWER_IS_BETTER;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.plugin.Plugins;
import org.fivetype.rule.Bands;
import org.fivetype.rule.Bands.Band;
import org.fivetype.rule.Bonus;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.Rate;
import org.fivetype.rule.Relative;
import org.fivetype.rule.Relative.Method;
import org.fivetype.rule.Relative.Scope;
import org.fivetype.rule.ScoringRule;
import org.fivetype.rule.Target;
import org.fivetype.rule.Veto;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codec of every built-in rule kind, through a rule file: what each kind reads (with its
 * defaults), that the export reads back to equal rules, and the exact problems of bad parameters,
 * each at its JSON path, one problem per mistake (no follow-on problem from a constructor given
 * a value that was already reported).
 */
class RuleCodecsTest {

  /** A rule file with one indicator per rule, {@code L1.i0}, {@code L1.i1}, …, 10 points each. */
  static String file(String... rules) {
    StringBuilder inds = new StringBuilder();
    for (int k = 0; k < rules.length; k++) {
      inds.append(k > 0 ? ",\n" : "").append("""
          {"id": "L1.i%d", "pillar": "LEARNING", "name": {"zh": "指标%d", "en": "indicator %d"}, "points": 10,
           "measures": ["L1"],
           "evidence": {"what": {"zh": "材料", "en": "records"}, "unit": {"zh": "件", "en": "items"}, "supplier": "UNIT"},
           "rule": %s}""".formatted(k, k, k, rules[k]));
    }
    return """
        {"format": "fivetype-rules/1", "id": "codecs", "name": {"zh": "规则", "en": "rules"},
         "indicators": [
        %s
         ]}
        """.formatted(inds);
  }

  static List<ScoringRule> rules(RuleSet rs) {
    return rs.indicators().stream().map(IndicatorSpec::rule).toList();
  }

  static RuleSet parse(String json) {
    return RuleFiles.parse(json, "f.json", null, Plugins.none());
  }

  @Test
  void everyKindReadsItsParametersAndTheExportReadsBackEqual() {
    RuleSet rs = parse(file(
        "{\"kind\": \"target\", \"target\": 25, \"direction\": \"LOWER_IS_BETTER\", \"proportional\": true}",
        "{\"kind\": \"goalposts\", \"low\": 50, \"high\": 100}",
        "{\"kind\": \"goalposts\", \"low\": 0, \"high\": 20, \"direction\": \"LOWER_IS_BETTER\"}",
        "{\"kind\": \"bands\", \"direction\": \"LOWER_IS_BETTER\", \"bands\": [{\"bound\": 0, \"share\": 1}, "
            + "{\"bound\": 2, \"share\": 0.6}]}",
        "{\"kind\": \"deduction\", \"perOccurrence\": 2.5, \"floor\": 1}",
        "{\"kind\": \"bonus\", \"perOccurrence\": 1.5, \"cap\": 6}",
        "{\"kind\": \"checklist\", \"required\": 8}",
        "{\"kind\": \"yesNo\", \"direction\": \"LOWER_IS_BETTER\"}",
        "{\"kind\": \"rate\", \"low\": 0.1, \"high\": 0.3, \"direction\": \"LOWER_IS_BETTER\"}",
        "{\"kind\": \"veto\", \"threshold\": 3}",
        "{\"kind\": \"relative\", \"method\": \"RANK_STEP\", \"scope\": \"CATEGORY\", \"step\": 0.5}",
        "{\"kind\": \"relative\", \"method\": \"DISTANCE_TO_TARGET\", \"direction\": \"LOWER_IS_BETTER\", "
            + "\"target\": 30}",
        "{\"kind\": \"relative\", \"method\": \"PERCENT_RANK\"}"));
    List<ScoringRule> expected = List.of(
        new Target(25, LOWER_IS_BETTER, true),
        new Goalposts(50, 100, HIGHER_IS_BETTER),
        new Goalposts(0, 20, LOWER_IS_BETTER),
        new Bands(List.of(new Band(0, 1), new Band(2, 0.6)), LOWER_IS_BETTER),
        new Deduction(2.5, 1),
        new Bonus(1.5, 6),
        new Checklist(8),
        new YesNo(LOWER_IS_BETTER),
        new Rate(0.1, 0.3, LOWER_IS_BETTER),
        new Veto(3),
        new Relative(Method.RANK_STEP, Scope.CATEGORY, HIGHER_IS_BETTER, 0.5),
        new Relative(Method.DISTANCE_TO_TARGET, Scope.ALL, LOWER_IS_BETTER, 30),
        new Relative(Method.PERCENT_RANK, Scope.ALL, HIGHER_IS_BETTER, 0));
    assertThat(rules(rs)).isEqualTo(expected);
    RuleSet again = parse(rs.toJson());
    assertThat(rules(again)).isEqualTo(expected);
    assertThat(again.fingerprint()).isEqualTo(rs.fingerprint());
  }

  @Test
  void leftOutParametersTakeTheirDefaults() {
    RuleSet rs = parse(file(
        "{\"kind\": \"target\", \"target\": 25}", // higher is better, all or nothing
        "{\"kind\": \"deduction\", \"perOccurrence\": 2}", // floor 0
        "{\"kind\": \"rate\"}", // from 0 to 1, higher is better
        "{\"kind\": \"veto\"}", // from the first event
        "{\"kind\": \"yesNo\"}", // yes is good
        "{\"kind\": \"bands\", \"bands\": [{\"bound\": 60, \"share\": 0.5}]}", // higher is better
        "{\"kind\": \"relative\", \"method\": \"MIN_MAX\"}")); // among all units, higher is better
    assertThat(rules(rs)).containsExactly(
        new Target(25, HIGHER_IS_BETTER, false),
        new Deduction(2, 0),
        new Rate(0, 1, HIGHER_IS_BETTER),
        new Veto(1),
        new YesNo(HIGHER_IS_BETTER),
        new Bands(List.of(new Band(60, 0.5)), HIGHER_IS_BETTER),
        new Relative(Method.MIN_MAX, Scope.ALL, HIGHER_IS_BETTER, 0));
  }

  static Stream<Arguments> badRules() {
    String at = "f.json: $.indicators[0].rule";
    return Stream.of(
        Arguments.of("{\"kind\": \"target\"}",
            List.of(at + ".target | expected a number, found nothing (the key is missing)")),
        Arguments.of("{\"kind\": \"target\", \"target\": 0, \"proportional\": true}",
            List.of(at + " | a proportional target must be > 0, was 0.0")),
        Arguments.of("{\"kind\": \"target\", \"target\": 5, \"proportional\": \"yes\"}",
            List.of(at + ".proportional | expected true or false, found the string \"yes\"")),
        Arguments.of("{\"kind\": \"goalposts\", \"low\": 5, \"high\": 5}",
            List.of(at + " | goalposts need low < high, got low=5.0 high=5.0")),
        Arguments.of("{\"kind\": \"goalposts\", \"low\": 5}",
            List.of(at + ".high | expected a number, found nothing (the key is missing)")),
        Arguments.of("{\"kind\": \"goalposts\", \"high\": 5}",
            List.of(at + ".low | expected a number, found nothing (the key is missing)")),
        Arguments.of("{\"kind\": \"bands\", \"bands\": [{\"bound\": 1, \"share\": 1.5}, {\"bound\": 2}, "
                + "{\"bound\": 3, \"share\": 1, \"sahre\": 1}]}",
            List.of(at + ".bands[0] | a band's share must lie in [0, 1], was 1.5",
                at + ".bands[1].share | expected a number, found nothing (the key is missing)",
                at + ".bands[2].sahre | unknown key (did you mean 'share'?); allowed here: [bound, share]")),
        Arguments.of("{\"kind\": \"bands\", \"bands\": [{\"share\": 1}]}",
            List.of(at + ".bands[0].bound | expected a number, found nothing (the key is missing)")),
        Arguments.of("{\"kind\": \"bands\", \"bands\": [{\"bound\": 2, \"share\": 1}, {\"bound\": 1, \"share\": 1}]}",
            List.of(at + " | band bounds must strictly increase: 2.0 then 1.0")),
        Arguments.of("{\"kind\": \"bands\", \"bands\": [3]}",
            List.of(at + ".bands[0] | expected an object, found the number 3")),
        Arguments.of("{\"kind\": \"bands\"}",
            List.of(at + ".bands | expected an array, found nothing (the key is missing)")),
        Arguments.of("{\"kind\": \"deduction\", \"floor\": 1}",
            List.of(at + ".perOccurrence | expected a number, found nothing (the key is missing)")),
        Arguments.of("{\"kind\": \"deduction\", \"perOccurrence\": 1, \"floor\": \"x\"}",
            List.of(at + ".floor | expected a number, found the string \"x\"")),
        Arguments.of("{\"kind\": \"bonus\", \"perOccurrence\": 1}",
            List.of(at + ".cap | expected a number, found nothing (the key is missing)")),
        Arguments.of("{\"kind\": \"bonus\", \"cap\": 1}",
            List.of(at + ".perOccurrence | expected a number, found nothing (the key is missing)")),
        Arguments.of("{\"kind\": \"bonus\", \"perOccurrence\": 1, \"cap\": 2, \"capp\": 3}",
            List.of(at + ".capp | unknown key (did you mean 'cap'?); allowed here: [cap, kind, perOccurrence]")),
        Arguments.of("{\"kind\": \"checklist\", \"required\": 2.5}",
            List.of(at + ".required | expected a whole number, found the number 2.5")),
        Arguments.of("{\"kind\": \"checklist\", \"required\": 0}",
            List.of(at + " | a checklist needs at least one required item, was 0")),
        Arguments.of("{\"kind\": \"yesNo\", \"direction\": \"UP\"}",
            List.of(at + ".direction | expected one of [HIGHER_IS_BETTER, LOWER_IS_BETTER], found \"UP\"")),
        Arguments.of("{\"kind\": \"rate\", \"low\": 0.5, \"high\": 0.5}",
            List.of(at + " | a rate needs 0 ≤ low < high ≤ 1, got low=0.5 high=0.5")),
        Arguments.of("{\"kind\": \"rate\", \"high\": \"x\"}",
            List.of(at + ".high | expected a number, found the string \"x\"")),
        Arguments.of("{\"kind\": \"veto\", \"threshold\": \"x\"}",
            List.of(at + ".threshold | expected a whole number, found the string \"x\"")),
        Arguments.of("{\"kind\": \"veto\", \"threshold\": 0}",
            List.of(at + " | a veto threshold must be ≥ 1, was 0")),
        Arguments.of("{\"kind\": \"relative\"}",
            List.of(at + ".method | expected a string, found nothing (the key is missing)")),
        Arguments.of("{\"kind\": \"relative\", \"method\": \"MIN_MAX\", \"scope\": \"WORLD\"}",
            List.of(at + ".scope | expected one of [ALL, CATEGORY], found \"WORLD\"")),
        Arguments.of("{\"kind\": \"relative\", \"method\": \"MIN_MAX\", \"step\": 1, \"target\": 2}",
            List.of(at + ".step | \"step\" applies only to method RANK_STEP",
                at + ".target | \"target\" applies only to method DISTANCE_TO_TARGET")),
        Arguments.of("{\"kind\": \"relative\", \"method\": \"RANK_STEP\", \"target\": 2}",
            List.of(at + ".step | expected a number, found nothing (the key is missing)",
                at + ".target | \"target\" applies only to method DISTANCE_TO_TARGET")),
        Arguments.of("{\"kind\": \"relative\", \"method\": \"DISTANCE_TO_TARGET\", \"step\": 2}",
            List.of(at + ".target | expected a number, found nothing (the key is missing)",
                at + ".step | \"step\" applies only to method RANK_STEP")),
        Arguments.of("{\"kind\": \"relative\", \"method\": \"RANK_STEP\", \"step\": 0}",
            List.of(at + " | the step of RANK_STEP must be > 0, was 0.0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRules")
  void eachMistakeIsOneProblemAtItsPath(String rule, List<String> expected) {
    assertThatThrownBy(() -> parse(file(rule))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      List<String> got = new ArrayList<>();
      for (Problem p : e.problems()) {
        got.add(p.where() + " | " + p.message());
      }
      assertThat(got).isEqualTo(expected);
    });
  }

  @Test
  void aRuleThatIsNotAnObjectOrHasNoKnownKind() {
    assertThatThrownBy(() -> parse(file("[1]"))).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).extracting(p -> p.where() + " | " + p.message()).containsExactly(
            "f.json: $.indicators[0].rule | expected an object with a \"kind\", found an array"));
    assertThatThrownBy(() -> parse(file("{\"kind\": 3}"))).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).extracting(p -> p.where() + " | " + p.message()).containsExactly(
            "f.json: $.indicators[0].rule.kind | expected a string, found the number 3"));
  }
}
