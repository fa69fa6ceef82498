package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.Label;
import org.fivetype.api.Problem;
import org.fivetype.api.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule-file cursor {@link JsonIn} on its own: what each read gives and which problem it
 * records, at which path, and the "did you mean" hint. Every expected text is the message the
 * code writes, with the values of the JSON given.
 */
class JsonInTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final List<Problem> sink = new ArrayList<>();

  private JsonIn in(String json) {
    try {
      return new JsonIn(MAPPER.readTree(json), "$", "f.json", sink);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private List<String> problems() {
    return sink.stream().map(p -> p.where() + " | " + p.message()).toList();
  }

  @ParameterizedTest(name = "distance({0}, {1}) = {2}")
  @CsvSource({
      // Levenshtein distance, ignoring case: insertions, deletions, substitutions of one letter
      "'',        abc,      3", // three insertions
      "abc,       '',       3", // three deletions
      "points,    Points,   0", // case is ignored
      "points,    pionts,   2", // a swap is two substitutions
      "kitten,    sitting,  3", // k→s, e→i, insert g
      "measures,  measurxyz, 3", // e→x, s→y, insert z
      "measures,  measuwxyz, 4", // r→w, e→x, s→y, insert z
      "a,         b,        1",
  })
  void editDistanceIgnoresCase(String a, String b, int d) {
    assertThat(JsonIn.distance(a, b)).isEqualTo(d);
    assertThat(JsonIn.distance(b, a)).isEqualTo(d); // symmetric
  }

  @Test
  void kindNamesWhatWasFound() throws Exception {
    assertThat(JsonIn.kind(null)).isEqualTo("nothing (the key is missing)");
    assertThat(JsonIn.kind(MAPPER.readTree("null"))).isEqualTo("null");
    assertThat(JsonIn.kind(MAPPER.readTree("\"x\""))).isEqualTo("the string \"x\"");
    assertThat(JsonIn.kind(MAPPER.readTree("2.5"))).isEqualTo("the number 2.5");
    assertThat(JsonIn.kind(MAPPER.readTree("true"))).isEqualTo("true");
    assertThat(JsonIn.kind(MAPPER.readTree("[1]"))).isEqualTo("an array");
    assertThat(JsonIn.kind(MAPPER.readTree("{}"))).isEqualTo("an object");
  }

  @Test
  void unknownKeysAreReportedWithTheNearestAllowedOneWhenItIsNearEnough() {
    // a hint when the distance is at most max(2, length of the key / 3)
    JsonIn o = in("{\"pionts\": 1, \"measurxyz\": 2, \"measuwxyz\": 3, \"qqqqqqqqqqqq\": 4, \"points\": 5}");
    assertThat(o.object("points", "measures")).isTrue();
    assertThat(problems()).containsExactly(
        // distance 2 ≤ max(2, 6/3 = 2)
        "f.json: $.pionts | unknown key (did you mean 'points'?); allowed here: [measures, points]",
        // distance 3 ≤ max(2, 9/3 = 3)
        "f.json: $.measurxyz | unknown key (did you mean 'measures'?); allowed here: [measures, points]",
        // distance 4 > 3: no hint
        "f.json: $.measuwxyz | unknown key; allowed here: [measures, points]",
        "f.json: $.qqqqqqqqqqqq | unknown key; allowed here: [measures, points]");
  }

  @Test
  void aShortKeyGetsAHintWithinTwoEdits() {
    // "ab" is 2 edits from "xy" (a→x, b→y) ≤ max(2, 2/3 = 0) = 2: a hint
    JsonIn o = in("{\"ab\": 1, \"abc\": 2}");
    assertThat(o.object("xy")).isTrue();
    assertThat(problems()).containsExactly(
        "f.json: $.ab | unknown key (did you mean 'xy'?); allowed here: [xy]",
        // "abc" is 3 edits from "xy" (a→x, b→y, delete c) > max(2, 1) = 2
        "f.json: $.abc | unknown key; allowed here: [xy]");
  }

  @Test
  void notAnObjectIsAProblemAndNoKeyIsRead() {
    assertThat(in("[1, 2]").object("a")).isFalse();
    assertThat(in("{\"a\": 1}").at("b").object("c")).isFalse();
    assertThat(problems()).containsExactly("f.json: $ | expected an object, found an array",
        "f.json: $.b | expected an object, found nothing (the key is missing)");
  }

  @Test
  void pathsOfKeysAndElements() {
    JsonIn root = in("{\"a\": [{\"b\": \"x\"}, 7]}");
    assertThat(root.at("a").at(0).at("b").path).isEqualTo("$.a[0].b");
    assertThat(root.at("a").at(0).at("b").text()).isEqualTo("x");
    root.at("a").at(1).problem("seven");
    assertThat(root.sinkSize()).isEqualTo(1);
    assertThat(problems()).containsExactly("f.json: $.a[1] | seven");
  }

  @Test
  void hasAndPresentTreatNullAsAbsent() {
    JsonIn o = in("{\"a\": null, \"b\": 0}");
    assertThat(o.has("a")).isFalse();
    assertThat(o.has("b")).isTrue();
    assertThat(o.has("c")).isFalse();
    assertThat(o.at("a").present()).isFalse();
    assertThat(o.at("b").present()).isTrue();
    assertThat(o.at("c").present()).isFalse();
    assertThat(o.at("c").has("x")).isFalse(); // below a missing key
    assertThat(sink).isEmpty();
  }

  @Test
  void arraysTextsAndBooleans() {
    JsonIn o = in("{\"arr\": [], \"s\": \"t\", \"n\": 3, \"yes\": true, \"no\": false}");
    assertThat(o.at("arr").array()).isTrue();
    assertThat(o.at("s").array()).isFalse();
    assertThat(o.at("s").text()).isEqualTo("t");
    assertThat(o.at("n").text()).isNull();
    assertThat(o.at("yes").bool()).isTrue();
    assertThat(o.at("no").bool()).isFalse();
    assertThat(o.at("s").bool()).isNull();
    assertThat(problems()).containsExactly(
        "f.json: $.s | expected an array, found the string \"t\"",
        "f.json: $.n | expected a string, found the number 3",
        "f.json: $.s | expected true or false, found the string \"t\"");
  }

  @Test
  void numbersAndWholeNumbers() {
    JsonIn o = in("{\"x\": 2.5, \"s\": \"2\", \"big\": 1e400, \"w\": 3.0, \"max\": 2147483647, "
        + "\"over\": 2147483648, \"min\": -2147483647, \"under\": -2147483649}");
    assertThat(o.at("x").number()).isEqualTo(2.5);
    assertThat(o.at("s").number()).isNaN();
    assertThat(o.at("big").number()).isNaN();
    assertThat(o.at("w").integer()).isEqualTo(3);
    assertThat(o.at("max").integer()).isEqualTo(Integer.MAX_VALUE);
    assertThat(o.at("min").integer()).isEqualTo(-Integer.MAX_VALUE);
    assertThat(o.at("x").integer()).isNull();
    assertThat(o.at("over").integer()).isNull();
    assertThat(o.at("under").integer()).isNull();
    assertThat(o.at("s").integer()).isNull();
    assertThat(problems()).containsExactly(
        "f.json: $.s | expected a number, found the string \"2\"",
        "f.json: $.big | expected a finite number, found Infinity",
        "f.json: $.x | expected a whole number, found the number 2.5",
        "f.json: $.over | expected a whole number, found the number 2147483648",
        "f.json: $.under | expected a whole number, found the number -2147483649",
        "f.json: $.s | expected a whole number, found the string \"2\"");
  }

  @Test
  void enumConstantsByTheirExactName() {
    JsonIn o = in("{\"t\": \"GOOD\", \"lower\": \"good\", \"n\": 1}");
    assertThat(o.at("t").enumValue(Tier.class)).isEqualTo(Tier.GOOD);
    assertThat(o.at("lower").enumValue(Tier.class)).isNull();
    assertThat(o.at("n").enumValue(Tier.class)).isNull();
    assertThat(problems()).containsExactly(
        "f.json: $.lower | expected one of [EXCELLENT, GOOD, PASS, FAIL], found \"good\"",
        "f.json: $.n | expected a string, found the number 1");
  }

  @Test
  void labelsNeedBothTextsNonBlank() {
    JsonIn o = in("{\"ok\": {\"zh\": \"甲\", \"en\": \"A\"}, \"blank\": {\"zh\": \" \", \"en\": \"A\"}, "
        + "\"blankEn\": {\"zh\": \"甲\", \"en\": \"\"}, \"half\": {\"zh\": \"甲\"}, \"str\": \"A\"}");
    assertThat(o.at("ok").label()).isEqualTo(Label.of("甲", "A"));
    assertThat(o.at("blank").label()).isNull();
    assertThat(o.at("blankEn").label()).isNull();
    assertThat(o.at("half").label()).isNull();
    assertThat(o.at("str").label()).isNull();
    assertThat(problems()).containsExactly(
        "f.json: $.blank | both \"zh\" and \"en\" must be non-blank",
        "f.json: $.blankEn | both \"zh\" and \"en\" must be non-blank",
        "f.json: $.half.en | expected a string, found nothing (the key is missing)",
        "f.json: $.str | expected an object, found the string \"A\"");
  }

  @Test
  void aNodeReadAsJsonTree() throws Exception {
    JsonNode n = MAPPER.readTree("{\"k\": 1}");
    assertThat(new JsonIn(n, "$.x", "g.json", sink).at("k").number()).isEqualTo(1);
  }
}
