package org.fivetype.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.fivetype.api.Direction.HIGHER_IS_BETTER;
import static org.fivetype.api.Direction.LOWER_IS_BETTER;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.junit.jupiter.api.Test;

/**
 * A recipe over a tree of 3 indicators, 2 pillars and a total, worked out by hand.
 *
 * <pre>
 *          A    B    C    D
 *   i1     1    2    3    –     higher, pillar P1
 *   i2    10   20   30   40     lower,  pillar P1
 *   i3     5    5    6    8     higher, pillar P2
 * </pre>
 *
 * Min–max to [1, 11]: i1 → 1, 6, 11, –; i2 (flipped, range 30) → 11, 1+20/3, 1+10/3, 1;
 * i3 (range 3) → 1, 1, 1+10/3, 11. P1 = mean(i1, i2) (D: i1 missing, weights re-normalised →
 * 1); P2 = i3; T = geometric mean of P1 and P2.
 */
class RecipeTest {
  private static final double NaN = Double.NaN;
  private static final List<String> UNITS = List.of("A", "B", "C", "D");

  private static Table data() {
    Map<String, double[]> c = new LinkedHashMap<>();
    c.put("i1", new double[] {1, 2, 3, NaN});
    c.put("i2", new double[] {10, 20, 30, 40});
    c.put("i3", new double[] {5, 5, 6, 8});
    c.put("ignored", new double[] {0, 0, 0, 0});
    return Table.of(UNITS, c);
  }

  private static Recipe.Builder tree() {
    return Recipe.builder()
        .normalise(Normaliser.minMax(1, 11))
        .indicator("i1", HIGHER_IS_BETTER, 1, "P1")
        .indicator("i2", LOWER_IS_BETTER, 1, "P1")
        .indicator("i3", HIGHER_IS_BETTER, 1, "P2")
        .aggregate("P1", 1, "T", Aggregation.arithmetic())
        .aggregate("P2", 1, "T", Aggregation.arithmetic())
        .aggregate("T", 1, null, Aggregation.geometric());
  }

  private static final String JSON = """
      {
        "name": "small",
        "normalise": {"method": "min-max", "low": 1, "high": 11},
        "indicators": [
          {"code": "i1", "direction": "higher", "weight": 1, "parent": "P1"},
          {"code": "i2", "direction": "lower", "parent": "P1"},
          {"code": "i3", "direction": "higher", "weight": 1, "parent": "P2"}
        ],
        "aggregates": [
          {"code": "P1", "parent": "T", "method": "arithmetic"},
          {"code": "P2", "weight": 1, "parent": "T", "method": "arithmetic"},
          {"code": "T", "method": "geometric"}
        ]
      }""";

  @Test
  void withoutImputationMissingValuesAreSkippedAndWeightsRenormalised() {
    RecipeResult r = tree().build().run(data());
    Table n = r.normalised();
    assertThat(n.column("i1")).containsExactly(1, 6, 11, NaN);
    assertThat(n.column("i2")[1]).isCloseTo(1 + 20.0 / 3, within(1e-12));
    assertThat(n.column("i3")[2]).isCloseTo(1 + 10.0 / 3, within(1e-12));
    Table a = r.aggregated();
    // P1: A (1+11)/2 = 6; B (6 + 7.667)/2 = 6.8333; C (11 + 4.333)/2 = 7.6667; D only i2 = 1
    assertThat(a.column("P1")[0]).isCloseTo(6, within(1e-12));
    assertThat(a.column("P1")[1]).isCloseTo((6 + 1 + 20.0 / 3) / 2, within(1e-12));
    assertThat(a.column("P1")[3]).isCloseTo(1, within(1e-12));
    // T: A sqrt(6 · 1); C sqrt(7.6667 · 4.3333); D sqrt(1 · 11)
    assertThat(a.value("A", "T")).isCloseTo(Math.sqrt(6), within(1e-12));
    assertThat(a.value("C", "T")).isCloseTo(Math.sqrt((12 + 10.0 / 3) / 2 * (1 + 10.0 / 3)),
        within(1e-12));
    assertThat(a.value("D", "T")).isCloseTo(Math.sqrt(11), within(1e-12));
    assertThat(a.columns()).containsExactly("i1", "i2", "i3", "P1", "P2", "T");
    // places on T: D 3.317 > C 3.31... check by value order
    assertThat(r.places("T")).containsEntry("A", 4);
    assertThat(r.imputedCells().get("i1")).isEmpty();
    assertThat(r.treatmentLog()).isEmpty();
  }

  @Test
  void imputationFillsAndFlags() {
    // mean of i1 over A, B, C = 2 -> D normalised (2-1)/2·10+1 = 6; P1 D = (6 + 1)/2 = 3.5
    RecipeResult r = tree().impute(Imputation.Method.MEAN, null).build().run(data());
    assertThat(r.imputed().value("D", "i1")).isEqualTo(2);
    assertThat(r.imputedCells().get("i1")).containsExactly("D");
    assertThat(r.aggregated().value("D", "P1")).isCloseTo(3.5, within(1e-12));
    assertThat(r.aggregated().value("D", "T")).isCloseTo(Math.sqrt(3.5 * 11), within(1e-12));
  }

  @Test
  void imputationWithinAGroupColumn() {
    // groups: A, D in "x"; B, C in "y" -> D gets the median of {1} = 1
    RecipeResult r = tree().impute(Imputation.Method.MEDIAN, "g").build()
        .run(data(), Map.of("g", List.of("x", "y", "y", "x")));
    assertThat(r.imputed().value("D", "i1")).isEqualTo(1);
  }

  @Test
  void jsonGivesTheSameAsJava() throws Exception {
    Recipe fromJson = Recipe.fromJson(new ObjectMapper().readTree(JSON), "small.json");
    Table a = fromJson.run(data()).aggregated();
    Table b = tree().build().run(data()).aggregated();
    for (String c : b.columns()) {
      assertThat(a.column(c)).as(c).containsExactly(b.column(c));
    }
    assertThat(fromJson.children("P1")).containsExactly("i1", "i2");
    assertThat(fromJson.children("T")).containsExactly("P1", "P2");
  }

  @Test
  void jsonProblemsAreAllReportedWithTheirPaths() throws Exception {
    String bad = """
        {
          "normalise": {"method": "min-max", "low": 1},
          "impute": {"method": "average", "grupBy": "g"},
          "treat": {"method": "winsorise", "winMax": 2.5},
          "indicators": [
            {"code": "i1", "direction": "up", "parent": "P1"},
            {"code": "i2", "direction": "lower", "parent": "P1", "weight": "one"}
          ],
          "aggregates": [{"code": "P1", "method": "generalised"}],
          "extra": true
        }""";
    assertThatThrownBy(() -> Recipe.fromJson(new ObjectMapper().readTree(bad), "bad.json"))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
                "bad.json: $.extra",
                "bad.json: $.impute.method",
                "bad.json: $.impute.grupBy",
                "bad.json: $.treat.winMax",
                "bad.json: $.normalise.high",
                "bad.json: $.indicators[0].direction",
                "bad.json: $.indicators[1].weight",
                "bad.json: $.aggregates[0]"));
  }

  @Test
  void unsoundTreesAreRejectedWithEveryProblem() {
    assertThatThrownBy(() -> Recipe.builder()
        .normalise(Normaliser.rank())
        .indicator("i1", HIGHER_IS_BETTER, 1, "Nowhere")
        .indicator("i1", HIGHER_IS_BETTER, -1, "P")
        .aggregate("P", 1, "Q", Aggregation.sum())
        .aggregate("Q", 1, "P", Aggregation.sum())
        .aggregate("Empty", 1, null, Aggregation.sum())
        .build())
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(Problem::message).anySatisfy(
                m -> assertThat(m).contains("parent Nowhere is not an aggregate")).anySatisfy(
                m -> assertThat(m).contains("duplicate code i1")).anySatisfy(
                m -> assertThat(m).contains("weight must be")).anySatisfy(
                m -> assertThat(m).contains("is its own ancestor")).anySatisfy(
                m -> assertThat(m).contains("Empty has nothing to aggregate")));
  }

  @Test
  void runProblemsNameTheIndicatorGroupOrUnit() {
    Map<String, double[]> c = new LinkedHashMap<>();
    c.put("i1", new double[] {NaN, NaN, NaN, NaN});
    c.put("i2", new double[] {1, 2, 3, 4});
    Table allMissing = Table.of(UNITS, c);
    // no column i3, and i1 cannot be imputed
    assertThatThrownBy(() -> tree().impute(Imputation.Method.MEAN, null).build().run(allMissing))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("data: no column for indicator i3"));
    c.put("i3", new double[] {1, 2, 3, 4});
    Table withI3 = Table.of(UNITS, c);
    assertThatThrownBy(() -> tree().impute(Imputation.Method.MEAN, null).build().run(withI3))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "indicator i1: every value is missing, nothing to impute from"));
    // without imputation, i1 is missing for everyone and P1 falls back on i2: no NaN anywhere
    RecipeResult r = tree().build().run(withI3);
    for (String col : List.of("P1", "P2", "T")) {
      assertThat(r.aggregated().column(col)).doesNotContain(NaN);
    }
    // z-scores are negative: a geometric mean of them is an error per unit, not a NaN
    assertThatThrownBy(() -> tree().normalise(Normaliser.zScore(0, 1)).build().run(withI3))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(Problem::where).contains("unit A, aggregate T"));
  }

  @Test
  void aUnitWithNothingToAggregateIsAnError() {
    Map<String, double[]> c = new LinkedHashMap<>();
    c.put("i1", new double[] {1, 2, 3, NaN});
    c.put("i2", new double[] {1, 2, 3, NaN});
    c.put("i3", new double[] {1, 2, 3, 4});
    assertThatThrownBy(() -> tree().build().run(Table.of(UNITS, c)))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "unit D, aggregate P1: every component is missing, nothing to aggregate"));
  }

  @Test
  void treatmentRunsPerIndicatorAndIsLogged() {
    // i: 1..9, 100 -> Winsorised to 9 (see OutlierTreatmentTest)
    List<String> units = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    Table t = Table.of(units, Map.of("x", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 100}));
    Recipe r = Recipe.builder().treat(OutlierTreatment.Spec.winsorise(5))
        .normalise(Normaliser.none())
        .indicator("x", HIGHER_IS_BETTER, 1, "T")
        .aggregate("T", 1, null, Aggregation.arithmetic()).build();
    RecipeResult res = r.run(t);
    assertThat(res.treated().value("j", "x")).isEqualTo(9);
    assertThat(res.treatedCells().get("x")).containsExactly(
        Map.entry("j", OutlierTreatment.Flag.WINSORISED_HIGH));
    assertThat(res.treatmentLog()).singleElement()
        .extracting(TreatmentLog::pointsHigh).isEqualTo(1);
  }
}
