package org.fivetype.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fivetype.api.Direction;
import org.fivetype.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The methods added for COINr 1.x parity and for published indices, each against values worked
 * by hand (the working is in the comments) or taken from the cited source.
 */
class CoinrOneMethodsTest {
  private static final double NaN = Double.NaN;
  private static final Direction UP = Direction.HIGHER_IS_BETTER;
  private static final Direction DOWN = Direction.LOWER_IS_BETTER;

  static Stream<Arguments> normalisations() {
    double[] x = {10, 20, 20, 30, NaN};
    return Stream.of(
        // R: rank(c(10, 20, 20, 30), ties.method = m) — R's ?rank documents each rule
        Arguments.of("rank average", Normaliser.rank(Normaliser.Ties.AVERAGE), x, UP,
            new double[] {1, 2.5, 2.5, 4, NaN}),
        Arguments.of("rank min (COINr 1.x default)", Normaliser.rank(Normaliser.Ties.MIN), x, UP,
            new double[] {1, 2, 2, 4, NaN}),
        Arguments.of("rank max", Normaliser.rank(Normaliser.Ties.MAX), x, UP,
            new double[] {1, 3, 3, 4, NaN}),
        Arguments.of("rank first", Normaliser.rank(Normaliser.Ties.FIRST), x, UP,
            new double[] {1, 2, 3, 4, NaN}),
        // lower is better: values negated, so 30 is worst (1) and 10 best (4)
        Arguments.of("rank min, lower is better", Normaliser.rank(Normaliser.Ties.MIN), x, DOWN,
            new double[] {4, 2, 2, 1, NaN}),
        Arguments.of("borda min: rank − 1", Normaliser.borda(Normaliser.Ties.MIN), x, UP,
            new double[] {0, 1, 1, 3, NaN}),
        // n_dist2targ, direction 1: (x − min)/(targ − min) = (x − 2)/3
        Arguments.of("distance to target 1.x", Normaliser.distanceToTarget1x(5, false),
            new double[] {2, 4, 6}, UP, new double[] {0, 2.0 / 3, 4.0 / 3}),
        Arguments.of("distance to target 1.x capped", Normaliser.distanceToTarget1x(5, true),
            new double[] {2, 4, 6}, UP, new double[] {0, 2.0 / 3, 1}),
        // direction −1: (max − x)/(max − targ) = (6 − x)/3
        Arguments.of("distance to target 1.x, lower is better",
            Normaliser.distanceToTarget1x(3, false), new double[] {2, 4, 6}, DOWN,
            new double[] {4.0 / 3, 2.0 / 3, 0}),
        // n_dist2ref with the reference value 4: 1 − (4 − x)/(4 − 2)
        Arguments.of("distance to reference 1.x", Normaliser.distanceToReference1x("b", false),
            new double[] {2, 4, 6}, UP, new double[] {0, 1, 2}),
        Arguments.of("distance to reference 1.x capped",
            Normaliser.distanceToReference1x("b", true), new double[] {2, 4, 6}, UP,
            new double[] {0, 1, 1}),
        // fraction of the best, lower is better: min / v = 2/x
        Arguments.of("fraction of best, lower is better", Normaliser.fractionOfBest(),
            new double[] {2, 4, 8}, DOWN, new double[] {1, 0.5, 0.25}),
        // min–max to [1, 100]: 1 + (x − 2)/4 · 99
        Arguments.of("min-max to [1, 100]", Normaliser.minMax(1, 100), new double[] {2, 4, 6},
            UP, new double[] {1, 50.5, 100}),
        // z-score to mean 10, sd 2: mean 4, sd 2 → 10 + (x − 4)
        Arguments.of("z-score to (10, 2)", Normaliser.zScore(10, 2), new double[] {2, 4, 6}, UP,
            new double[] {8, 10, 12}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("normalisations")
  void normalisation(String name, Normaliser n, double[] x, Direction d, double[] want) {
    double[] out = new double[x.length];
    n.apply(x, null, d, List.of("a", "b", "c", "d", "e").subList(0, x.length), out);
    for (int i = 0; i < want.length; i++) {
      if (Double.isNaN(want[i])) {
        assertThat(out[i]).as(name + " [" + i + "]").isNaN();
      } else {
        assertThat(out[i]).as(name + " [" + i + "]").isCloseTo(want[i], within(1e-15));
      }
    }
  }

  @Test
  void distanceToTargetAtTheMinimumIsAnError() {
    assertThatThrownBy(() -> Normaliser.distanceToTarget1x(2, false)
        .apply(new double[] {2, 4}, null, UP, null, new double[2]))
        .hasMessage("the target 2.0 equals the smallest value: distance to target divides by 0");
    // lower is better: the worst value is the largest
    assertThatThrownBy(() -> Normaliser.distanceToTarget1x(6, false)
        .apply(new double[] {2, 4, 6}, null, DOWN, null, new double[3]))
        .hasMessage("the target 6.0 equals the largest value: distance to target divides by 0");
  }

  @Test
  void distanceToAReferenceWithTheWorstValueIsAnError() {
    // n_dist2ref divides by v_ref − min: 0 when the reference unit ("a", 2) has the smallest value
    assertThatThrownBy(() -> Normaliser.distanceToReference1x("a", false)
        .apply(new double[] {2, 4, 6}, null, UP, List.of("a", "b", "c"), new double[3]))
        .hasMessage("the reference unit has the worst value: distance to reference divides by 0");
  }

  static Stream<Arguments> transformations() {
    return Stream.of(
        Arguments.of(Transformation.ln(1), Math.E - 1, 1.0), // ln(e − 1 + 1) = 1
        Arguments.of(Transformation.log10(1), 99.0, 2.0), // log10(100) = 2
        Arguments.of(Transformation.sqrt(2), 7.0, 3.0), // √9 = 3
        Arguments.of(Transformation.boxCox(2, 0), 3.0, 4.0), // (3² − 1)/2 = 4
        Arguments.of(Transformation.boxCox(0, 0), Math.E, 1.0), // λ = 0: ln
        Arguments.of(Transformation.boxCox(0.5, 1), 8.0, 4.0)); // (√9 − 1)/0.5 = 4
  }

  @ParameterizedTest(name = "{0} of {1} = {2}")
  @MethodSource("transformations")
  void transformation(Transformation t, double v, double want) {
    double[] out = new double[2];
    t.apply(new double[] {v, NaN}, out);
    assertThat(out[0]).isCloseTo(want, within(1e-14));
    assertThat(out[1]).isNaN();
  }

  @Test
  void boxCoxFromTheMinimumIsCoinrsMakepos() {
    // boxcox(c(5, 7), lambda = 1, makepos = TRUE): x − 5 + 1 = 1, 3 → (1 − 1)/1, (3 − 1)/1
    double[] out = new double[2];
    Transformation.boxCoxFromMin(1).apply(new double[] {5, 7}, out);
    assertThat(out).containsExactly(0, 2);
  }

  @Test
  void aValueOutsideTheDomainIsAnErrorNamingTheUnit() {
    Recipe r = Recipe.builder().normalise(Normaliser.none())
        .indicator(new Recipe.Indicator("gdp", UP, 1, "I", null, null, 1,
            Transformation.ln(0), null, false))
        .aggregate("I", 1, null, Aggregation.arithmetic()).build();
    assertThatThrownBy(() -> r.run(Table.of(List.of("a", "b"),
        Map.of("gdp", new double[] {10, 0}))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unit b")
        .hasMessageContaining("ln of 0.0");
  }

  @Test
  void classesCutTheRoundedValueAsTheHdiDoes() {
    // UNDP HDR technical notes: low < 0.550 ≤ medium < 0.700 ≤ high < 0.800 ≤ very high,
    // applied to the HDI rounded to three decimals
    Classes c = new Classes("HDI", 3, List.of(new Classes.Band("低 low", 0),
        new Classes.Band("中 medium", 0.55), new Classes.Band("高 high", 0.7),
        new Classes.Band("极高 very high", 0.8)));
    assertThat(c.classify(0.7995)).isEqualTo("极高 very high"); // rounds up onto 0.800
    assertThat(c.classify(0.7994)).isEqualTo("高 high"); // 0.799
    assertThat(c.classify(0.5495)).isEqualTo("中 medium"); // 0.550
    assertThat(c.classify(0.3)).isEqualTo("低 low");
    assertThat(c.classify(NaN)).isNull();
    assertThat(c.rounded(0.7995)).isEqualTo(0.8);
  }

  @Test
  void firstPrincipalComponentOfAHandWorked3x3Case() {
    // x1 = x2 = (1, 2, 3), x3 = (1, 3, 2): r12 = 1, r13 = r23 = 0.5 (deviations (−1, 0, 1) and
    // (−1, 1, 0): Σ = 1 over √2·√2). R = [[1, 1, .5], [1, 1, .5], [.5, .5, 1]]. For v = (a, a, b):
    // 2a + b/2 = λa and a + b = λb give λ² − 3λ + 1.5 = 0, λ1 = (3 + √3)/2, b = a(√3 − 1).
    // Unit length: v = (1, 1, √3 − 1)/√(6 − 2√3).
    double[] w = Weights.firstComponent(new double[][] {{1, 2, 3}, {1, 2, 3}, {1, 3, 2}},
        new String[] {"x1", "x2", "x3"});
    double norm = Math.sqrt(6 - 2 * Math.sqrt(3));
    assertThat(w[0]).isCloseTo(1 / norm, within(1e-12));
    assertThat(w[1]).isCloseTo(1 / norm, within(1e-12));
    assertThat(w[2]).isCloseTo((Math.sqrt(3) - 1) / norm, within(1e-12));
  }

  @Test
  void pcaWeightsInARecipe() {
    Recipe r = Recipe.builder().normalise(Normaliser.none()).weights(Weights.PCA)
        .indicator("x1", UP, 1, "I").indicator("x2", UP, 1, "I").indicator("x3", UP, 1, "I")
        .aggregate("I", 1, null, Aggregation.arithmetic()).build();
    RecipeResult res = r.run(Table.of(List.of("a", "b", "c"), new LinkedHashMap<>(Map.of(
        "x1", new double[] {1, 2, 3}, "x2", new double[] {1, 2, 3},
        "x3", new double[] {1, 3, 2}))));
    double norm = Math.sqrt(6 - 2 * Math.sqrt(3));
    assertThat(res.weights().get("x3")).isCloseTo((Math.sqrt(3) - 1) / norm, within(1e-12));
    // unit a: (1 + 1 + 1)·w / Σw = 1
    assertThat(res.aggregated().value("a", "I")).isCloseTo(1, within(1e-12));
  }

  @Test
  void copelandByHand() {
    // A = (3, 3, 1), B = D = (2, 2, 2), C = (1, 1, 3), weights 1/3 each.
    // A–B: A higher on 2 of 3 → o = 2/3 > 0.5 → A +1, B −1; A–C, A–D likewise; B–C, D–C: +1/−1;
    // B–D: all equal → o = 3·(1/3)/2 = 0.5 → 0. A = 3, B = D = 0, C = −3.
    double[][] cols = {{3, 2, 1, 2}, {3, 2, 1, 2}, {1, 2, 3, 2}};
    double[] out = new double[4];
    Aggregation.copeland(cols, new double[] {1, 1, 1}, out);
    assertThat(out).containsExactly(3, 0, -3, 0);
  }

  @Test
  void dataThresholdLeavesAnAggregateMissingInsteadOfFailing() {
    // 3 of 4 present ≥ 0.75 → mean of the present (1 + 2 + 3)/3 = 2; 2 of 4 < 0.75 → missing
    Recipe r = Recipe.builder().normalise(Normaliser.none())
        .indicator("a", UP, 1, "P").indicator("b", UP, 1, "P").indicator("c", UP, 1, "P")
        .indicator("d", UP, 1, "P")
        .aggregate(new Recipe.Aggregate("P", 1, null, Aggregation.arithmetic(), 0.75)).build();
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("a", new double[] {1, 1});
    cols.put("b", new double[] {2, 2});
    cols.put("c", new double[] {3, NaN});
    cols.put("d", new double[] {NaN, NaN});
    RecipeResult res = r.run(Table.of(List.of("u", "v"), cols));
    assertThat(res.aggregated().value("u", "P")).isEqualTo(2);
    assertThat(res.aggregated().value("v", "P")).isNaN();
  }

  @Test
  void denominateWithAScaleAndScreenByDataAvailability() {
    // v / (d / scale): 10 / (4 / 1000) = 2500 (COINr 1.x Denominate with ScaleFactor 1000)
    // screening 0.5: unit w has 1 of 3 indicators (1/3 < 0.5) and goes; v has 2/3 and stays
    Recipe r = Recipe.builder().normalise(Normaliser.none()).screen(0.5,
            Recipe.ScreenStage.DENOMINATED)
        .impute(Imputation.Method.MEAN, null)
        .indicator(new Recipe.Indicator("x", UP, 1, "I", null, "pop", 1000, null, null, false))
        .indicator("y", UP, 1, "I").indicator("z", UP, 1, "I")
        .aggregate("I", 1, null, Aggregation.arithmetic()).build();
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("x", new double[] {10, NaN, 1});
    cols.put("pop", new double[] {4, 5, 1});
    cols.put("y", new double[] {1, 3, NaN});
    cols.put("z", new double[] {2, 4, NaN});
    RecipeResult res = r.run(Table.of(List.of("u", "v", "w"), cols));
    assertThat(res.denominated().value("u", "x")).isEqualTo(2500);
    assertThat(res.excludedUnits()).containsExactly("w");
    assertThat(res.aggregated().units()).containsExactly("u", "v");
    // v's x imputed from u alone (w screened out first): 2500
    assertThat(res.imputed().value("v", "x")).isEqualTo(2500);
    assertThat(res.imputedCells().get("x")).containsExactly("v");
  }

  @Test
  void treatmentRulesOfCoinrOneCountPointsNotSteps() {
    // x = 1..30, 100, 300, 300: skew 3.54, kurt 11.9 (Excel SKEW/KURT) — fails.
    // One step moves both 300s to 100 (skew 2.44, kurt 5.34: still fails).
    // COINr 0.5 (winMax counts steps, 2): a second step moves the three 100s to 30 → passes.
    // COINr 1.x (winmax counts points: nwin = 2 ≥ 2 stops): log_CT of the original column,
    // ln(x − 1 + 0.01·299); its first value ln(2.99).
    double[] x = new double[33];
    for (int i = 0; i < 30; i++) {
      x[i] = i + 1;
    }
    x[30] = 100;
    x[31] = 300;
    x[32] = 300;
    double[] out = new double[33];
    TreatmentLog old = OutlierTreatment.column("x", x,
        new OutlierTreatment.Spec(2, 2, 3.5, true, OutlierTreatment.Fallback.CT_LOG), out, null);
    assertThat(old.steps()).isEqualTo(2);
    assertThat(old.pointsHigh()).isEqualTo(3);
    assertThat(out[32]).isEqualTo(30);
    TreatmentLog one = OutlierTreatment.column("x", x, OutlierTreatment.Spec.coinr1(2), out,
        null);
    assertThat(one.transformed()).isTrue();
    assertThat(one.passed()).isTrue();
    assertThat(out[0]).isCloseTo(Math.log(2.99), within(1e-15));
    assertThat(one.passedBefore()).isFalse();
  }

  @Test
  void coinrOneTestsStrictlyCoinrZeroFiveDoesNot() {
    // thresholds equal to the column's own statistics: COINr 0.5 passes (|skew| ≤ t),
    // COINr 1.x fails (|skew| < t is false, kurt < t is false) and treats
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 40};
    double sk = OutlierTreatment.skewness(x);
    double kt = OutlierTreatment.kurtosis(x);
    double[] out = new double[x.length];
    TreatmentLog old = OutlierTreatment.column("x", x, new OutlierTreatment.Spec(1, sk, kt, true,
        OutlierTreatment.Fallback.CT_LOG), out, null);
    assertThat(old.treatment()).isEqualTo("None");
    TreatmentLog one = OutlierTreatment.column("x", x, new OutlierTreatment.Spec(1, sk, kt, true,
        OutlierTreatment.Fallback.CT_LOG, OutlierTreatment.Rules.COINR_1), out, null);
    assertThat(one.passedBefore()).isFalse();
    assertThat(one.steps()).isEqualTo(1);
  }

  @Test
  void perIndicatorTreatmentAndNone() {
    double[] skewed = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
    Recipe r = Recipe.builder().normalise(Normaliser.none())
        .treat(OutlierTreatment.Spec.coinr1(5))
        .indicator(new Recipe.Indicator("kept", UP, 1, "I", null, null, 1, null, null, true))
        .indicator("treated", UP, 1, "I")
        .aggregate("I", 1, null, Aggregation.arithmetic()).build();
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("kept", skewed);
    cols.put("treated", skewed);
    List<String> units = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    RecipeResult res = r.run(Table.of(units, cols));
    assertThat(res.treated().value("j", "kept")).isEqualTo(100);
    // one step: 100 → 9, and 1..9, 9 passes
    assertThat(res.treated().value("j", "treated")).isEqualTo(9);
    assertThat(res.treatmentLog()).extracting(TreatmentLog::indicator).containsExactly("treated");
  }

  @Test
  void badRecipeReportsEveryProblemWithItsJsonPath() throws Exception {
    String json = """
        {"screen": {"threshold": 1.5},
         "weights": "magic",
         "classes": {"column": "I", "decimals": 2,
                     "bands": [{"name": "low"}, {"name": "high", "from": 0.5},
                               {"name": "mid", "from": 0.4}]},
         "normalise": {"method": "rank", "ties": "median"},
         "indicators": [{"code": "a", "direction": "higher", "parent": "I",
                         "transform": {"method": "ln", "lambda": 2},
                         "treat": {"method": "winsorise", "winMax": 2, "rules": "coinr-2"}}],
         "aggregates": [{"code": "I", "method": "copeland", "dataThreshold": 2}]}
        """;
    assertThatThrownBy(() -> Recipe.fromJson(new ObjectMapper().readTree(json), "r.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.screen.threshold")
        .hasMessageContaining("$.weights")
        .hasMessageContaining("$.classes.bands[2].from")
        .hasMessageContaining("$.normalise.ties")
        .hasMessageContaining("$.indicators[0].transform.lambda")
        .hasMessageContaining("$.indicators[0].treat.rules")
        .hasMessageContaining("$.aggregates[0].dataThreshold");
  }
}
