package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fivetype.ruleset.RuleFilePluginsFixture.EVIDENCE;
import static org.fivetype.ruleset.RuleFilePluginsFixture.IND_A;
import static org.fivetype.ruleset.RuleFilePluginsFixture.PLUGINS;
import static org.fivetype.ruleset.RuleFilePluginsFixture.file;

import java.util.List;
import java.util.stream.Stream;
import org.fivetype.api.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One bad piece of a rule file at a time, and exactly the problems it gives ("file: JSON path |
 * message", in the order found): each message is read off the check in {@link RuleFiles} that
 * fires for that edge, and no other problem may follow from it (a bad value is reported once, at
 * its own path, and the keys that depend on it are not read again). The file is {@code t.json},
 * read against {@link RuleFilePluginsFixture#PLUGINS}.
 */
class RuleFileProblemsTableTest {

  private static final String ECS = "t.json: $.consequences.excellentCivilServants";
  private static final String REG = "{\"id\": \"r2020\", \"title\": {\"zh\": \"规定\", \"en\": \"rule\"}, "
      + "\"effective\": \"2020-01-01\", \"normalShare\": 0.1, \"ceiling\": 0.2}";

  /** The keys allowed beside "use": "use" and the keys of a change, sorted (JsonIn lists them so). */
  private static final String USE_KEYS = "[description, evidence, hard, measures, name, pillar, points, rule, use]";

  private static Arguments row(String edge, String json, String... problems) {
    return Arguments.of(edge, json, List.of(problems));
  }

  /** A file without one of the three header keys, or with {@code header} in their place. */
  private static String headed(String header) {
    return "{" + header + ", \"indicators\": [" + IND_A + "]}";
  }

  private static final String FORMAT = "\"format\": \"fivetype-rules/1\"";
  private static final String ID = "\"id\": \"t\"";
  private static final String NAME = "\"name\": {\"zh\": \"测试\", \"en\": \"test\"}";

  static Stream<Arguments> rows() {
    return Stream.of(
        // --- the header: format, id, name -------------------------------------------------
        row("no format", headed(ID + ", " + NAME), "t.json: $ | missing \"format\": \"fivetype-rules/1\""),
        row("another format version", headed("\"format\": \"fivetype-rules/2\", " + ID + ", " + NAME),
            "t.json: $.format | this version reads \"fivetype-rules/1\", found \"fivetype-rules/2\""),
        // a format that is not a string: only text()'s problem, no version problem after it
        row("format not a string", headed("\"format\": 1, " + ID + ", " + NAME),
            "t.json: $.format | expected a string, found the number 1"),
        row("no id", headed(FORMAT + ", " + NAME),
            "t.json: $ | missing \"id\" (the rule set's name, e.g. \"district-a-2025\")"),
        // "id": null counts as missing (has() treats null as absent)
        row("id null", headed(FORMAT + ", \"id\": null, " + NAME),
            "t.json: $ | missing \"id\" (the rule set's name, e.g. \"district-a-2025\")"),
        row("id not a string", headed(FORMAT + ", \"id\": 7, " + NAME),
            "t.json: $.id | expected a string, found the number 7"),
        row("id with a space", headed(FORMAT + ", \"id\": \"bad id\", " + NAME),
            "t.json: $.id | a rule-set id is 1-64 letters, digits, '.', '-' or '_'"),
        row("no name", headed(FORMAT + ", " + ID), "t.json: $ | missing \"name\": {\"zh\": …, \"en\": …}"),
        // --- extends --------------------------------------------------------------------------
        row("extends an unknown built-in name", file("\"extends\": \"nope\""),
            "t.json: $.extends | the base \"nope\" cannot be loaded",
            "rule set \"nope\" | not a file and not a built-in rule-set name; built-in: [r1]"),
        // --- pillars --------------------------------------------------------------------------
        row("a pillar that is a string", file("\"pillars\": [\"LEARNING\"]"),
            "t.json: $.pillars[0] | expected an object, found the string \"LEARNING\""),
        row("a pillar without id", file("\"pillars\": [{\"budget\": 10}]"),
            "t.json: $.pillars[0].id | expected a string, found nothing (the key is missing)"),
        // Pillar.LEARNING is named 学习型 / learning (Label's toString is "zh / en")
        row("a standard pillar renamed",
            file("\"pillars\": [{\"id\": \"LEARNING\", \"name\": {\"zh\": \"学习\", \"en\": \"study\"}}]"),
            "t.json: $.pillars[0].name | the standard pillar LEARNING is named 学习型 / learning; leave the name out"),
        // the message is Pillar's constructor's: ids are upper-case
        row("a new pillar with a lower-case id",
            file("\"pillars\": [{\"id\": \"own\", \"name\": {\"zh\": \"自\", \"en\": \"own\"}}]"),
            "t.json: $.pillars[0].id | pillar id 'own' must be upper-case letters, digits or '_'"),
        row("a new pillar without a name", file("\"pillars\": [{\"id\": \"OWN\"}]"),
            "t.json: $.pillars[0] | pillar OWN is not a standard pillar: give it a \"name\": {\"zh\": …, \"en\": …}"),
        // OWN is declared (with a name) but no indicator is in it: RuleSet's check, located in the file
        row("a declared pillar without indicators",
            file("\"pillars\": [{\"id\": \"OWN\", \"name\": {\"zh\": \"自\", \"en\": \"own\"}}]"),
            "t.json: pillar OWN | the pillar is declared but has no indicators"),
        // --- remove ---------------------------------------------------------------------------
        row("remove a number", file("\"remove\": [5]"), "t.json: $.remove[0] | expected a string, found the number 5"),
        // "bad id" is no valid indicator id: reported as not there, not thrown by IndicatorId.of
        row("remove an invalid id", file("\"remove\": [\"bad id\"]"),
            "t.json: $.remove[0] | no indicator \"bad id\" to remove (the file extends nothing)"),
        row("remove what the base lacks", file("\"extends\": \"r1\", \"remove\": [\"L9.x\"]"),
            "t.json: $.remove[0] | no indicator \"L9.x\" to remove in the base r1"),
        // --- change ---------------------------------------------------------------------------
        row("change an array", file("\"change\": []"),
            "t.json: $.change | expected an object: indicator id → the keys to change"),
        row("change what is not there, extending nothing", file("\"change\": {\"L9.x\": {\"points\": 1}}"),
            "t.json: $.change.L9.x | no indicator \"L9.x\" to change (the file extends nothing)"),
        row("change what the base lacks", file("\"extends\": \"r1\", \"change\": {\"L9.x\": {\"points\": 1}}"),
            "t.json: $.change.L9.x | no indicator \"L9.x\" to change"),
        row("change to a number", file("\"extends\": \"r1\", \"change\": {\"L5.u\": 5}"),
            "t.json: $.change.L5.u | expected an object, found the number 5"),
        // --- indicators -----------------------------------------------------------------------
        row("an indicator that is a number", file("5", ""),
            "t.json: $.indicators[0] | expected an object, found the number 5"),
        row("the same indicator twice", file(IND_A + ", " + IND_A, ""),
            "t.json: $.indicators[1] | indicator L1.a already exists"),
        row("an indicator the base has", file(IND_A.replace("L1.a", "L5.u"), "\"extends\": \"r1\""),
            "t.json: $.indicators[0] | indicator L5.u already exists in the base r1; use \"change\" to modify it"),
        // every required key missing: one problem each, in the order they are read
        row("an empty indicator", file("{}", ""),
            "t.json: $.indicators[0] | missing \"id\"",
            "t.json: $.indicators[0] | missing \"pillar\"",
            "t.json: $.indicators[0] | missing \"name\": {\"zh\": …, \"en\": …}",
            "t.json: $.indicators[0] | missing \"points\"",
            "t.json: $.indicators[0] | missing \"measures\": [\"L7\", …]",
            "t.json: $.indicators[0] | missing \"evidence\": {\"what\": …, \"unit\": …, \"supplier\": …}",
            "t.json: $.indicators[0] | missing \"rule\": {\"kind\": …}"),
        row("an indicator id that is a number", file(IND_A.replace("\"id\": \"L1.a\"", "\"id\": 5"), ""),
            "t.json: $.indicators[0].id | expected a string, found the number 5"),
        row("an indicator id with a space", file(IND_A.replace("\"id\": \"L1.a\"", "\"id\": \"bad id\""), ""),
            "t.json: $.indicators[0].id | an indicator id is 1-64 letters, digits, '.', '-' or '_', starting with a letter"),
        row("an unknown pillar", file(IND_A.replace("\"LEARNING\"", "\"NOPE\""), ""),
            "t.json: $.indicators[0].pillar | unknown pillar \"NOPE\"; known: [LEARNING, LEGAL, INTEGRITY, SERVICE, "
                + "EFFICIENCY] (declare a new one under \"pillars\" with a name)"),
        row("a pillar that is a number", file(IND_A.replace("\"LEARNING\"", "5"), ""),
            "t.json: $.indicators[0].pillar | expected a string, found the number 5"),
        // 0 is the edge of "points > 0": refused here, before IndicatorSpec's own check could say it
        row("zero points", file(IND_A.replace("\"points\": 10", "\"points\": 0"), ""),
            "t.json: $.indicators[0].points | points must be > 0 (remove the indicator instead of giving it no points)"),
        row("negative points", file(IND_A.replace("\"points\": 10", "\"points\": -2"), ""),
            "t.json: $.indicators[0].points | points must be > 0 (remove the indicator instead of giving it no points)"),
        row("hard not a boolean", file(IND_A.replace("\"points\": 10", "\"points\": 10, \"hard\": \"yes\""), ""),
            "t.json: $.indicators[0].hard | expected true or false, found the string \"yes\""),
        row("no measure", file(IND_A.replace("[\"L1\"]", "[]"), ""),
            "t.json: $.indicators[0].measures | an indicator covers at least one measure"),
        // an unknown measure is its own problem; "at least one" is not said again for it
        row("an unknown measure", file(IND_A.replace("[\"L1\"]", "[\"L99\"]"), ""),
            "t.json: $.indicators[0].measures[0] | \"L99\" is not a measure id of docs/measures.md (L1-L8, R1-R5, "
                + "I1-I6, S1-S7, E1-E8, O1-O3, A1-A10)"),
        row("a measure that is a number", file(IND_A.replace("[\"L1\"]", "[7]"), ""),
            "t.json: $.indicators[0].measures[0] | expected a string, found the number 7"),
        row("evidence a string", file(IND_A.replace(EVIDENCE, "\"x\""), ""),
            "t.json: $.indicators[0].evidence | expected an object, found the string \"x\""),
        row("an unknown supplier", file(IND_A.replace("\"UNIT\"", "\"NOBODY\""), ""),
            "t.json: $.indicators[0].evidence.supplier | expected one of [UNIT, INSPECTION, COMPLAINT_CENTRE, SURVEY, "
                + "RECORDS], found \"NOBODY\""),
        row("evidence without a unit",
            file(IND_A.replace("\"unit\": {\"zh\": \"件\", \"en\": \"items\"}, ", ""), ""),
            "t.json: $.indicators[0].evidence.unit | expected an object, found nothing (the key is missing)"),
        row("a rule that is a string", file(IND_A.replace("{\"kind\": \"yesNo\"}", "\"yesNo\""), ""),
            "t.json: $.indicators[0].rule | expected an object with a \"kind\", found the string \"yesNo\""),
        row("a rule without kind", file(IND_A.replace("{\"kind\": \"yesNo\"}", "{}"), ""),
            "t.json: $.indicators[0].rule.kind | expected a string, found nothing (the key is missing)"),
        // the kind "odd" declares Target as its type and reads a YesNo
        row("a rule kind that reads another type", file(IND_A.replace("yesNo", "odd"), ""),
            "t.json: $.indicators[0].rule | rule kind \"odd\" (org.fivetype.ruleset.RuleFilePluginsFixture$WrongTypeKind)"
                + " read a org.fivetype.rule.YesNo, not a org.fivetype.rule.Target"),
        // a kind reading null after its own problem: that problem only
        row("a rule kind that reads no rule after a problem", file(IND_A.replace("yesNo", "refuses"), ""),
            "t.json: $.indicators[0].rule.x | no rule today"),
        // a kind reading null without a problem: said, so that the indicator is not left out unsaid
        row("a rule kind that reads no rule and says nothing", file(IND_A.replace("yesNo", "silent"), ""),
            "t.json: $.indicators[0].rule | rule kind \"silent\" (org.fivetype.ruleset.RuleFilePluginsFixture$NullKind)"
                + " read no rule and reported no problem"),
        // --- use ------------------------------------------------------------------------------
        row("use an id no plugin offers", file("{\"use\": \"L9.x\"}", ""),
            "t.json: $.indicators[0].use | no plugin offers an indicator \"L9.x\"; offered: [L5.u, L6.u]"),
        row("use an invalid id", file("{\"use\": \"bad id\"}", ""),
            "t.json: $.indicators[0].use | no plugin offers an indicator \"bad id\"; offered: [L5.u, L6.u]"),
        row("use a number", file("{\"use\": 5}", ""), "t.json: $.indicators[0].use | expected a string, found the number 5"),
        // an unknown key beside "use" is reported once (readUse checks the keys; it was reported a
        // second time by readIndicator until session 4), and also when the id is not offered
        row("use with an unknown key", file("{\"use\": \"L6.u\", \"pionts\": 2}", ""),
            "t.json: $.indicators[0].pionts | unknown key (did you mean 'points'?); allowed here: " + USE_KEYS),
        row("use of an id no plugin offers, with an unknown key", file("{\"use\": \"L9.x\", \"pionts\": 2}", ""),
            "t.json: $.indicators[0].pionts | unknown key (did you mean 'points'?); allowed here: " + USE_KEYS,
            "t.json: $.indicators[0].use | no plugin offers an indicator \"L9.x\"; offered: [L5.u, L6.u]"),
        // an empty or blank file: Jackson reads it as a missing node (it was reported as "expected an
        // object, found an object" until session 4)
        row("an empty file", "", "t.json | the file is empty: expected a JSON object"),
        row("a blank file", " \n\t\n", "t.json | the file is empty: expected a JSON object"),
        row("use, then zero points", file("{\"use\": \"L6.u\", \"points\": 0}", ""),
            "t.json: $.indicators[0].points | points must be > 0 (remove the indicator instead of giving it no points)"),
        // --- steps ----------------------------------------------------------------------------
        row("steps an object", file("\"steps\": {}"), "t.json: $.steps | expected an array, found an object"),
        row("a step that is a number", file("\"steps\": [5]"),
            "t.json: $.steps[0] | expected an object {\"use\": \"<step id>\", …parameters}, found the number 5"),
        row("a step's use a number", file("\"steps\": [{\"use\": 5}]"),
            "t.json: $.steps[0].use | expected a string, found the number 5"),
        row("a step named twice", file("\"steps\": [{\"use\": \"probe\"}, {\"use\": \"probe\"}]"),
            "t.json: $.steps[1].use | the step \"probe\" is named twice"),
        row("a step kind making a step of another id", file("\"steps\": [{\"use\": \"wrongid\"}]"),
            "t.json: $.steps[0] | the tier-step kind \"wrongid\" (org.fivetype.ruleset.RuleFilePluginsFixture$StepKind) "
                + "made a step with id \"other\"; a step's id must be its kind's"),
        row("a step kind refusing its parameters", file("\"steps\": [{\"use\": \"throws\"}]"),
            "t.json: $.steps[0] | bad step parameters"),
        row("a step kind making no step after a problem", file("\"steps\": [{\"use\": \"saysstep\"}]"),
            "t.json: $.steps[0] | no step today"),
        row("a step kind making no step and saying nothing", file("\"steps\": [{\"use\": \"silentstep\"}]"),
            "t.json: $.steps[0] | the tier-step kind \"silentstep\" (org.fivetype.ruleset.RuleFilePluginsFixture$StepKind)"
                + " made no step and reported no problem"),
        // an object of one key is not read as an array of one element
        row("steps an object with a key", file("\"steps\": {\"use\": \"probe\"}"),
            "t.json: $.steps | expected an array, found an object"),
        // --- total ----------------------------------------------------------------------------
        row("total a number", file("\"total\": 5"), "t.json: $.total | expected an object, found the number 5"),
        row("an unknown total method", file("\"total\": {\"method\": \"MEAN\"}"),
            "t.json: $.total.method | expected one of [SUM, WEIGHTED_SHARES], found \"MEAN\""),
        // an unknown method: nothing else of the block is read (the zero scale is not judged)
        row("an unknown total method with a scale", file("\"total\": {\"method\": \"MEAN\", \"scale\": 0}"),
            "t.json: $.total.method | expected one of [SUM, WEIGHTED_SHARES], found \"MEAN\""),
        row("a sum with a scale", file("\"total\": {\"method\": \"SUM\", \"scale\": 100}"),
            "t.json: $.total | \"scale\" and \"weights\" apply only to method WEIGHTED_SHARES"),
        row("a sum with weights", file("\"total\": {\"method\": \"SUM\", \"weights\": {\"LEARNING\": 1}}"),
            "t.json: $.total | \"scale\" and \"weights\" apply only to method WEIGHTED_SHARES"),
        row("weights an array", file("\"total\": {\"method\": \"WEIGHTED_SHARES\", \"weights\": [1]}"),
            "t.json: $.total.weights | expected an object: pillar id → weight"),
        // TotalMethod's own check: the scale must be > 0
        row("a zero scale", file("\"total\": {\"method\": \"WEIGHTED_SHARES\", \"scale\": 0}"),
            "t.json: $.total | the scale of a weighted total must be > 0, was 0.0"),
        // --- tiers ----------------------------------------------------------------------------
        row("tiers a number", file("\"tiers\": 5"), "t.json: $.tiers | expected an object, found the number 5"),
        // a threshold that is not a number: its own problem only, TierSettings is not built with NaN
        row("a threshold that is a string", file("\"tiers\": {\"thresholds\": {\"EXCELLENT\": \"high\"}}"),
            "t.json: $.tiers.thresholds.EXCELLENT | expected a number, found the string \"high\""),
        // EXCELLENT 0.5 under the default GOOD 0.8 and PASS 0.6: TierSettings' own check
        row("thresholds that do not decrease", file("\"tiers\": {\"thresholds\": {\"EXCELLENT\": 0.5}}"),
            "t.json: $.tiers | thresholds must decrease: EXCELLENT 0.5 > GOOD 0.8 > PASS 0.6"),
        row("veto a string", file("\"tiers\": {\"veto\": \"x\"}"),
            "t.json: $.tiers.veto | expected an object, found the string \"x\""),
        row("an unknown veto cap", file("\"tiers\": {\"veto\": {\"cap\": \"WORST\"}}"),
            "t.json: $.tiers.veto.cap | expected one of [EXCELLENT, GOOD, PASS, FAIL], found \"WORST\""),
        // --- consequences ---------------------------------------------------------------------
        row("consequences a number", file("\"consequences\": 5"),
            "t.json: $.consequences | expected an object, found the number 5"),
        // a travel threshold that is not a number: TravelThresholds is not built with NaN
        row("a travel threshold that is a string", file("\"consequences\": {\"travel\": {\"strongly\": \"x\"}}"),
            "t.json: $.consequences.travel.strongly | expected a number, found the string \"x\""),
        // well 6 over the default strongly 5: TravelThresholds' own check
        row("travel thresholds that do not decrease", file("\"consequences\": {\"travel\": {\"well\": 6}}"),
            "t.json: $.consequences.travel | direction-of-travel thresholds must decrease: strongly 5.0 > well 6.0 > "
                + "adequately 0.0"),
        row("a base year with a fraction", file("\"consequences\": {\"bonus\": {\"baseYear\": 2010.5}}"),
            "t.json: $.consequences.bonus.baseYear | expected a whole number, found the number 2010.5"),
        row("a negative bonus base", file("\"consequences\": {\"bonus\": {\"base\": -1}}"),
            "t.json: $.consequences.bonus.base | the bonus base 奖金基数 must be a finite number ≥ 0, was -1.0"),
        row("a negative bonus step", file("\"consequences\": {\"bonus\": {\"step\": -5}}"),
            "t.json: $.consequences.bonus.step | the bonus step 奖金年增幅 must be a finite number ≥ 0, was -5.0"),
        // FAIL -0.5 is below PASS 1.0, so only the sign is wrong
        row("a negative multiplier", file("\"consequences\": {\"bonus\": {\"multipliers\": {\"FAIL\": -0.5}}}"),
            "t.json: $.consequences.bonus.multipliers.FAIL | the bonus multiplier of FAIL 奖金系数 must be a finite "
                + "number ≥ 0, was -0.5"),
        // PASS 1.3 over the default GOOD 1.2
        row("multipliers that increase", file("\"consequences\": {\"bonus\": {\"multipliers\": {\"PASS\": 1.3}}}"),
            "t.json: $.consequences.bonus.multipliers | bonus multipliers must not increase from EXCELLENT to FAIL: "
                + "PASS has 1.3 > GOOD 1.2 奖金系数不得随等次升高"),
        row("multipliers a string", file("\"consequences\": {\"bonus\": {\"multipliers\": \"x\"}}"),
            "t.json: $.consequences.bonus.multipliers | expected an object, found the string \"x\""),
        row("a multiplier that is a string", file("\"consequences\": {\"bonus\": {\"multipliers\": {\"GOOD\": \"x\"}}}"),
            "t.json: $.consequences.bonus.multipliers.GOOD | expected a number, found the string \"x\""),
        row("a graded share above 1",
            file("\"consequences\": {\"excellentCivilServants\": {\"graded\": {\"EXCELLENT\": 1.5}}}"),
            ECS + ".graded.EXCELLENT | the graded share of EXCELLENT must be within [0, 1], was 1.5 优秀比例应在0到1之间"),
        row("a negative graded share",
            file("\"consequences\": {\"excellentCivilServants\": {\"graded\": {\"FAIL\": -0.01}}}"),
            ECS + ".graded.FAIL | the graded share of FAIL must be within [0, 1], was -0.01 优秀比例应在0到1之间"),
        // 0.12345 is 1234.5 basis points; floor(1234.5) / 10 000 = 0.1234 is the example offered
        row("a graded share with five decimals",
            file("\"consequences\": {\"excellentCivilServants\": {\"graded\": {\"EXCELLENT\": 0.12345}}}"),
            ECS + ".graded.EXCELLENT | 0.12345 has more than four decimals: the share of excellent civil servants is "
                + "counted in basis points (0.0001); give at most four decimals, e.g. 0.1234 优秀比例最多保留四位小数"),
        row("graded shares a string", file("\"consequences\": {\"excellentCivilServants\": {\"graded\": \"x\"}}"),
            ECS + ".graded | expected an object, found the string \"x\""),
        // regulations: a bad table is reported, and no quota is built over an empty table after it
        row("regulations a string", file("\"consequences\": {\"excellentCivilServants\": {\"regulations\": \"x\"}}"),
            ECS + ".regulations | expected an array, found the string \"x\""),
        row("a regulation that is a number",
            file("\"consequences\": {\"excellentCivilServants\": {\"regulations\": [5]}}"),
            ECS + ".regulations[0] | expected an object, found the number 5"),
        row("a regulation with only an id",
            file("\"consequences\": {\"excellentCivilServants\": {\"regulations\": [{\"id\": \"r\"}]}}"),
            ECS + ".regulations[0] | a regulation needs \"title\"",
            ECS + ".regulations[0] | a regulation needs \"effective\"",
            ECS + ".regulations[0] | a regulation needs \"normalShare\"",
            ECS + ".regulations[0] | a regulation needs \"ceiling\""),
        // the only missing key is the last one checked: said once, its value is not read
        row("a regulation without a ceiling",
            file("\"consequences\": {\"excellentCivilServants\": {\"regulations\": ["
                + REG.replace(", \"ceiling\": 0.2", "") + "]}}"),
            ECS + ".regulations[0] | a regulation needs \"ceiling\""),
        // a ceiling that is no number: its own problem; no Regulation is built with NaN
        row("a regulation ceiling that is a string",
            file("\"consequences\": {\"excellentCivilServants\": {\"regulations\": ["
                + REG.replace("\"ceiling\": 0.2", "\"ceiling\": \"x\"") + "]}}"),
            ECS + ".regulations[0].ceiling | expected a number, found the string \"x\""),
        row("a regulation id that is a number",
            file("\"consequences\": {\"excellentCivilServants\": {\"regulations\": [" + REG.replace("\"r2020\"", "5")
                + "]}}"),
            ECS + ".regulations[0].id | expected a string, found the number 5"),
        row("a regulation with a bad date",
            file("\"consequences\": {\"excellentCivilServants\": {\"regulations\": ["
                + REG.replace("2020-01-01", "2020-13-01") + "]}}"),
            ECS + ".regulations[0].effective | expected a date as YYYY-MM-DD, found \"2020-13-01\""),
        // --- departures and the programme's principles ----------------------------------------
        row("departures a string", file("\"departures\": \"x\""),
            "t.json: $.departures | expected an object, found the string \"x\""),
        // "A1" is one edit from "A10" (the first of [A10, A5, A7, O1] at distance 1)
        row("a departure from an unchecked principle", file("\"departures\": {\"A1\": 5}"),
            "t.json: $.departures.A1 | unknown key (did you mean 'A10'?); allowed here: [A10, A5, A7, O1]"),
        row("a blank reason", file("\"departures\": {\"A7\": \"  \"}"),
            "t.json: $.departures.A7 | the reason is blank: say why the rule set departs from A7"),
        row("a reason that is a number", file("\"departures\": {\"A7\": 5}"),
            "t.json: $.departures.A7 | expected a string, found the number 5"),
        // A7: all four multipliers 1 → "the same bonus multiplier 1.0", not listed under departures
        row("the same bonus for every tier",
            file("\"consequences\": {\"bonus\": {\"multipliers\": {\"EXCELLENT\": 1, \"GOOD\": 1, \"PASS\": 1, "
                + "\"FAIL\": 1}}}"),
            "t.json: $.consequences.bonus.multipliers | departs from the programme's principle A7: every tier gets the "
                + "same bonus multiplier 1.0: the tiers must be rewarded or penalised differently (奖惩分明); if this "
                + "is meant, list it under \"departures\": {\"A7\": \"the reason\"} (docs/rule-files.md)"),
        // A5 departs while only A7 is listed: the listed one does not excuse the other
        row("a veto capping at EXCELLENT, another departure listed",
            file("\"tiers\": {\"veto\": {\"cap\": \"EXCELLENT\"}}, \"departures\": {\"A7\": \"not this one\"}"),
            "t.json: $.tiers.veto.cap | departs from the programme's principle A5: a veto caps at EXCELLENT, so it "
                + "changes nothing: a veto indicator must cap the tier (hard constraint 硬约束); if this is meant, "
                + "list it under \"departures\": {\"A5\": \"the reason\"} (docs/rule-files.md)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theProblemsOfOneBadPiece(String edge, String json, List<String> expected) {
    InvalidInputException e = null;
    try {
      RuleSet rs = RuleFiles.parse(json, "t.json", null, PLUGINS);
      throw new AssertionError(edge + ": expected problems, read " + rs.id());
    } catch (InvalidInputException x) {
      e = x;
    }
    assertThat(e.problems()).extracting(p -> p.where() + " | " + p.message()).as(edge).containsExactlyElementsOf(expected);
  }
}
