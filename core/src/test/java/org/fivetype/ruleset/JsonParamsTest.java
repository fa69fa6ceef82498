package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.Direction;
import org.fivetype.api.Problem;
import org.fivetype.rule.ParamReader;
import org.fivetype.rule.YesNo;
import org.junit.jupiter.api.Test;

/**
 * The rule-file side of the kinds' codecs ({@link JsonParams}'s reader) on small JSON objects:
 * what each read returns, which problem it records and where. Each expected problem is the text
 * {@link JsonIn} writes for the JSON given.
 */
class JsonParamsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final List<Problem> sink = new ArrayList<>();

  private ParamReader reader(String json) {
    try {
      return JsonParams.reader(new JsonIn(MAPPER.readTree(json), "$.r", "f.json", sink), "kind");
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private List<String> problems() {
    return sink.stream().map(p -> p.where() + " | " + p.message()).toList();
  }

  @Test
  void theImplicitKeyIsAlwaysAllowed() {
    // "kind" names the kind and is allowed beside the kind's own keys; "step" is not
    assertThat(reader("{\"kind\": \"yesno\", \"direction\": \"LOWER_IS_BETTER\"}").allowKeys("direction")).isTrue();
    assertThat(sink).isEmpty();
    assertThat(reader("{\"kind\": \"yesno\", \"step\": 1}").allowKeys("direction")).isTrue(); // an object still
    assertThat(problems()).containsExactly("f.json: $.r.step | unknown key; allowed here: [direction, kind]");
  }

  @Test
  void notAnObjectIsReportedAndAnswersFalse() {
    assertThat(reader("3").allowKeys("direction")).isFalse();
    assertThat(problems()).containsExactly("f.json: $.r | expected an object, found the number 3");
  }

  @Test
  void anOptionalBooleanFallsBackToItsDefault() {
    assertThat(reader("{}").bool("proportional", true)).isTrue(); // absent: the default
    assertThat(reader("{}").bool("proportional", false)).isFalse();
    assertThat(reader("{\"proportional\": false}").bool("proportional", true)).isFalse(); // read
    assertThat(sink).isEmpty();
    assertThat(reader("{\"proportional\": 3}").bool("proportional", true)).isTrue(); // ill-typed: the default
    assertThat(problems()).containsExactly("f.json: $.r.proportional | expected true or false, found the number 3");
  }

  @Test
  void anOptionalEnumFallsBackToItsDefaultAfterAProblem() {
    assertThat(reader("{\"direction\": \"LOWER_IS_BETTER\"}")
        .enumValue("direction", Direction.class, Direction.HIGHER_IS_BETTER)).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(reader("{\"direction\": \"UP\"}").enumValue("direction", Direction.class, Direction.HIGHER_IS_BETTER))
        .isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(problems()).containsExactly(
        "f.json: $.r.direction | expected one of [HIGHER_IS_BETTER, LOWER_IS_BETTER], found \"UP\"");
  }

  @Test
  void pathsOfTheObjectAndOfItsArraysItems() {
    ParamReader r = reader("{\"bands\": [{\"bound\": 1}, {\"bound\": 2}]}");
    assertThat(r.path()).isEqualTo("$.r");
    assertThat(r.array("bands")).extracting(ParamReader::path).containsExactly("$.r.bands[0]", "$.r.bands[1]");
    // an item has no implicit key: "kind" is unknown there
    assertThat(r.array("bands").get(0).allowKeys("bound", "share")).isTrue();
    assertThat(sink).isEmpty();
  }

  @Test
  void aYesNoRuleWithABadDirectionIsNotRead() {
    // the direction falls back to HIGHER_IS_BETTER after its problem, but the rule is not made
    assertThat(YesNo.KIND.read(reader("{\"kind\": \"yesno\", \"direction\": \"UP\"}"))).isNull();
    assertThat(sink).hasSize(1);
    assertThat(YesNo.KIND.read(reader("{\"kind\": \"yesno\", \"direction\": \"LOWER_IS_BETTER\"}")))
        .isEqualTo(new YesNo(Direction.LOWER_IS_BETTER));
  }
}
