package org.fivetype.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.api.InvalidInputException;
import org.fivetype.composite.Aggregation;
import org.fivetype.composite.Normaliser;
import org.fivetype.composite.Recipe;
import org.fivetype.composite.Table;
import org.junit.jupiter.api.Test;

/** The robustness of a composite index's ranking, on cases worked by hand. */
class IndexUncertaintyTest {

  /** Two pillars of one indicator each, min-max [0, 1], arithmetic Index. */
  private static Recipe recipe() {
    return Recipe.builder().name("two")
        .normalise(Normaliser.minMax(0, 1))
        .indicator("a", Direction.HIGHER_IS_BETTER, 1, "P")
        .indicator("b", Direction.HIGHER_IS_BETTER, 1, "Q")
        .aggregate("Index", 1, null, Aggregation.arithmetic())
        .aggregate("P", 1, "Index", Aggregation.arithmetic())
        .aggregate("Q", 1, "Index", Aggregation.arithmetic())
        .build();
  }

  // U1 is best on a, U2 on b, U3 in the middle of both (0.5, 0.5)
  private static final Table DATA = Table.of(List.of("U1", "U2", "U3"),
      Map.of("a", new double[] {10, 0, 5}, "b", new double[] {0, 10, 5}));

  private static IndexUncertainty.Spec spec(String json) throws Exception {
    return new IndexUncertainty.Spec(new ObjectMapper().readTree(json), "spec.json");
  }

  @Test
  void weightsOfALevelAreOneInputPerNodeAndDecideTheRanks() throws Exception {
    // Index = (wP·a + wQ·b)/(wP + wQ): U1 = wP/(wP+wQ), U2 = wQ/(wP+wQ), U3 = 0.5 always.
    // U1 is first when wP > wQ, else second (U3 is never first nor last): U3 ranks 2 in every draw
    // (ties only when wP = wQ, which has probability 0), so its interval is [2, 2] and its rank
    // has no variance (indices NaN); U1 and U2 are 1 or 3.
    IndexUncertainty.Result r = IndexUncertainty.run(recipe(), DATA, Map.of(),
        spec("{\"weights\": [{\"level\": 2, \"share\": 0.5}]}"), new IndexUncertainty.Options(128, 7, true));
    assertThat(r.index()).isEqualTo("Index");
    assertThat(r.inputs()).containsExactly("weight P", "weight Q");
    assertThat(r.evaluations()).isEqualTo(128 * 4);
    IndexUncertainty.UnitRanks u3 = r.units().get(2);
    assertThat(u3.rank()).isEqualTo(1); // all three tie at 0.5 in the recipe as given: places min → 1
    assertThat(u3.low()).isEqualTo(2);
    assertThat(u3.high()).isEqualTo(2);
    assertThat(u3.total()[0]).isNaN();
    IndexUncertainty.UnitRanks u1 = r.units().get(0);
    assertThat(u1.low()).isEqualTo(1);
    assertThat(u1.high()).isEqualTo(3);
    // by symmetry both weights matter equally, and only through their ratio (interaction): each
    // total index is well above its first-order one
    assertThat(u1.total()[0]).isGreaterThan(0.3);
    assertThat(u1.total()[1]).isGreaterThan(0.3);
  }

  @Test
  void aMethodListIsOneInputAndTheSameSeedGivesTheSameResult() throws Exception {
    String json = "{\"normalise\": [{\"method\": \"min-max\", \"low\": 0, \"high\": 1}, {\"method\": \"rank\"}],"
        + " \"aggregation\": [{\"code\": \"Index\", \"methods\": [\"arithmetic\", \"geometric\"]}]}";
    IndexUncertainty.Options o = new IndexUncertainty.Options(16, 3, false);
    IndexUncertainty.Result a = IndexUncertainty.run(recipe(), DATA, Map.of(), spec(json), o);
    IndexUncertainty.Result b = IndexUncertainty.run(recipe(), DATA, Map.of(), spec(json), o);
    assertThat(a.inputs()).containsExactly("normalisation", "aggregation Index");
    assertThat(a.evaluations()).isEqualTo(16);
    for (int i = 0; i < 3; i++) {
      assertThat(a.units().get(i).median()).isEqualTo(b.units().get(i).median());
      assertThat(a.units().get(i).first()[0]).isNaN(); // uncertainty only: no indices
    }
  }

  @Test
  void aDrawUnderWhichTheRecipeCannotRunStopsTheAnalysis() throws Exception {
    // the geometric mean of min-max [0, 1] values meets a 0 (U1's b, U2's a): COINr stops there,
    // this library gives 0; with a negative value (z-score) it is an error, named with the draw
    String json = "{\"normalise\": [{\"method\": \"min-max\", \"low\": 0, \"high\": 1},"
        + " {\"method\": \"z-score\", \"mean\": 0, \"sd\": 1}],"
        + " \"aggregation\": [{\"level\": 3, \"methods\": [\"arithmetic\", \"geometric\"]}]}";
    assertThatThrownBy(() -> IndexUncertainty.run(recipe(), DATA, Map.of(), spec(json),
        new IndexUncertainty.Options(32, 1, true)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot run under every draw of spec.json");
  }
}
