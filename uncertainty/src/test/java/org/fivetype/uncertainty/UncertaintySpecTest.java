package org.fivetype.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.api.Tier;
import org.fivetype.uncertainty.UncertainInput.Range;
import org.junit.jupiter.api.Test;

/** The JSON form of an uncertainty spec: what it reads, and every problem reported at once. */
class UncertaintySpecTest {

  static UncertaintySpec read(String json) throws Exception {
    return UncertaintySpec.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "u.json");
  }

  @Test
  void readsEveryKindOfInput() throws Exception {
    UncertaintySpec s = read("""
        { "inputs": [
            { "points": "L1.theory-study", "between": [2, 4] },
            { "points": "*", "plus-minus": 0.25 },
            { "pillar-weight": "*", "plus-minus": 0.2 },
            { "threshold": "EXCELLENT", "between": [0.88, 0.92] },
            { "imputation": "on-off" } ] }
        """);
    assertThat(s.inputs()).containsExactly(
        new UncertainInput.Points("L1.theory-study", Range.between(2, 4)),
        new UncertainInput.Points("*", Range.plusMinus(0.25)),
        new UncertainInput.PillarWeight("*", Range.plusMinus(0.2)),
        new UncertainInput.Threshold(Tier.EXCELLENT, Range.between(0.88, 0.92)),
        new UncertainInput.Imputation());
    // ±25 % of 4 points: from 3 to 5
    assertThat(Range.plusMinus(0.25).lowFor(4)).isEqualTo(3);
    assertThat(Range.plusMinus(0.25).highFor(4)).isEqualTo(5);
  }

  @Test
  void reportsEveryProblemWithItsJsonPath() {
    assertThatThrownBy(() -> read("""
        { "inputs": [
            { "points": "L1.x", "between": [4, 2] },
            { "points": "L1.y", "betwen": [1, 2] },
            { "threshold": "FAIL", "plus-minus": 1.5 },
            { "imputation": true },
            { "weight": "x" } ],
          "runs": 10 }
        """)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString).containsExactly(
                "u.json: $.runs: unknown key; allowed here: [inputs]",
                "u.json: $.inputs[0].between: expected low < high, found [4, 2]",
                "u.json: $.inputs[1].betwen: unknown key; allowed here: [between, plus-minus, points]",
                "u.json: $.inputs[1]: expected exactly one of \"between\": [low, high] or \"plus-minus\": share, found "
                    + "neither",
                "u.json: $.inputs[2].threshold: expected EXCELLENT, GOOD or PASS, found \"FAIL\"",
                "u.json: $.inputs[2].plus-minus: expected a share greater than 0 and less than 1 (0.25 = ±25 %), found "
                    + "the number 1.5",
                "u.json: $.inputs[3].imputation: expected \"on-off\" (imputation on or off, each with probability ½), "
                    + "found true",
                "u.json: $.inputs[4]: expected exactly one of the keys [points, pillar-weight, threshold, imputation] "
                    + "saying what is uncertain, found none",
                "u.json: $.inputs[4].weight: unknown key; allowed here: [between, imputation, pillar-weight, "
                    + "plus-minus, points, threshold]"));
  }

  @Test
  void syntaxErrorsNameLineAndColumn() {
    // the stray "}" is the 15th character of line 1
    assertThatThrownBy(() -> read("{ \"inputs\": [ }"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().get(0).where()).isEqualTo("u.json:1:15"));
  }
}
