package org.fivetype.composite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.fivetype.api.Direction;
import org.junit.jupiter.api.Test;

/**
 * The JSON form of a recipe (docs/composite.md) read key by key: a recipe using every key gives
 * exactly the recipe built in Java with the same choices, defaults included. Written for issue 18
 * (mutation testing of the reader: a key read into the wrong field, or a default changed, fails
 * here).
 */
class RecipeJsonTest {

  static Recipe read(String json) throws Exception {
    return Recipe.fromJson(new ObjectMapper().readTree(json), "r.json");
  }

  static final String FULL = """
      {
        "name": "full",
        "description": "every key of the format",
        "screen": {"threshold": 0.5, "stage": "imputed"},
        "weights": "equal",
        "classes": {"column": "Index", "decimals": 2,
                    "bands": [{"name": "low"}, {"name": "mid", "from": 40}, {"name": "high", "from": 50}]},
        "impute": {"method": "median", "groupBy": "region"},
        "treat": {"method": "winsorise", "winMax": 3, "skewThreshold": 1.5, "kurtosisThreshold": 3,
                  "winChange": false, "fallback": "gii-log", "rules": "coinr-1"},
        "normalise": {"method": "min-max", "low": 1, "high": 100, "groupBy": "region"},
        "indicators": [
          {"code": "a", "direction": "higher", "weight": 2, "parent": "P",
           "normalise": {"method": "z-score", "mean": 10, "sd": 2},
           "denominator": "pop", "scale": 1000,
           "transform": {"method": "box-cox", "lambda": 0.5, "shiftFromMin": true},
           "treat": {"method": "winsorise", "winMax": 1}},
          {"code": "b", "direction": "lower", "parent": "P", "treat": "none",
           "transform": {"method": "ln", "shift": 1}},
          {"code": "c", "direction": "higher", "parent": "Q",
           "normalise": {"method": "distance-to-target", "target": 5, "cap": true}},
          {"code": "d", "direction": "higher", "parent": "Q",
           "normalise": {"method": "distance-to-reference", "unit": "u1", "formula": "coinr-0.5"}},
          {"code": "e", "direction": "higher", "parent": "Q", "normalise": {"method": "rank", "ties": "average"}},
          {"code": "f", "direction": "higher", "parent": "Q",
           "normalise": {"method": "goalposts", "low": 0, "high": 10, "scale": 100}},
          {"code": "g", "direction": "higher", "parent": "Q", "normalise": {"method": "borda"}},
          {"code": "h", "direction": "lower", "parent": "Q",
           "normalise": {"method": "distance-to-reference", "unit": "u2", "cap": true}},
          {"code": "i", "direction": "higher", "parent": "Q",
           "normalise": {"method": "distance-to-target", "target": 3, "formula": "coinr-0.5"}},
          {"code": "j", "direction": "higher", "parent": "Q", "transform": {"method": "sqrt"},
           "normalise": {"method": "percent-rank"}},
          {"code": "k", "direction": "higher", "parent": "Q", "transform": {"method": "log10", "shift": 2},
           "normalise": {"method": "place"}},
          {"code": "l", "direction": "higher", "parent": "Q", "normalise": {"method": "fraction-of-best"}},
          {"code": "m", "direction": "higher", "parent": "Q", "normalise": {"method": "distance-to-best"}},
          {"code": "n", "direction": "higher", "parent": "Q", "normalise": {"method": "none"}},
          {"code": "o", "direction": "higher", "parent": "Q", "transform": {"method": "box-cox", "lambda": 0, "shift": 3}}
        ],
        "aggregates": [
          {"code": "Index", "method": "generalised", "power": 0.5},
          {"code": "P", "parent": "Index", "weight": 2, "method": "geometric", "dataThreshold": 0.5},
          {"code": "Q", "parent": "Index", "method": "copeland"}
        ]
      }
      """;

  @Test
  void everyKeyLandsInItsPlace() throws Exception {
    Recipe r = read(FULL);
    assertThat(r.name()).isEqualTo("full");
    assertThat(r.screening()).isEqualTo(new Recipe.Screening(0.5, Recipe.ScreenStage.IMPUTED));
    assertThat(r.weights()).isEqualTo(Weights.EQUAL);
    // the first class has no lower bound (−∞)
    assertThat(r.classes()).isEqualTo(new Classes("Index", 2, List.of(new Classes.Band("low", Double.NEGATIVE_INFINITY),
        new Classes.Band("mid", 40), new Classes.Band("high", 50))));
    assertThat(r.imputing()).isEqualTo(new Recipe.Imputing(Imputation.Method.MEDIAN, "region"));
    assertThat(r.treatment()).isEqualTo(new OutlierTreatment.Spec(3, 1.5, 3, false, OutlierTreatment.Fallback.GII_LOG,
        OutlierTreatment.Rules.COINR_1));
    assertThat(r.normaliser()).isEqualTo(Normaliser.minMax(1, 100));
    assertThat(r.normaliseGroupBy()).isEqualTo("region");
    Direction up = Direction.HIGHER_IS_BETTER;
    Direction down = Direction.LOWER_IS_BETTER;
    assertThat(r.indicators()).containsExactly(
        new Recipe.Indicator("a", up, 2, "P", Normaliser.zScore(10, 2), "pop", 1000, Transformation.boxCoxFromMin(0.5),
            OutlierTreatment.Spec.winsorise(1), false),
        new Recipe.Indicator("b", down, 1, "P", null, null, 1, Transformation.ln(1), null, true),
        new Recipe.Indicator("c", up, 1, "Q", Normaliser.distanceToTarget1x(5, true)),
        new Recipe.Indicator("d", up, 1, "Q", Normaliser.distanceToReference("u1")),
        new Recipe.Indicator("e", up, 1, "Q", Normaliser.rank(Normaliser.Ties.AVERAGE)),
        new Recipe.Indicator("f", up, 1, "Q", Normaliser.goalposts(0, 10, 100)),
        new Recipe.Indicator("g", up, 1, "Q", Normaliser.borda(Normaliser.Ties.MIN)),
        new Recipe.Indicator("h", down, 1, "Q", Normaliser.distanceToReference1x("u2", true)),
        new Recipe.Indicator("i", up, 1, "Q", Normaliser.distanceToTarget(3)),
        new Recipe.Indicator("j", up, 1, "Q", Normaliser.percentRank(), null, 1, Transformation.sqrt(0), null, false),
        new Recipe.Indicator("k", up, 1, "Q", Normaliser.place(), null, 1, Transformation.log10(2), null, false),
        new Recipe.Indicator("l", up, 1, "Q", Normaliser.fractionOfBest()),
        new Recipe.Indicator("m", up, 1, "Q", Normaliser.distanceToBest()),
        new Recipe.Indicator("n", up, 1, "Q", Normaliser.none()),
        new Recipe.Indicator("o", up, 1, "Q", null, null, 1, Transformation.boxCox(0, 3), null, false));
    assertThat(r.aggregates()).containsExactly(
        new Recipe.Aggregate("Index", 1, null, Aggregation.generalised(0.5), 0),
        new Recipe.Aggregate("P", 2, "Index", Aggregation.geometric(), 0.5),
        new Recipe.Aggregate("Q", 1, "Index", Aggregation.copeland(), 0));
  }

  @Test
  void theDefaultsOfAMinimalRecipe() throws Exception {
    Recipe r = read("""
        {"normalise": {"method": "rank"},
         "treat": {"method": "winsorise", "winMax": 0},
         "screen": {"threshold": 1},
         "indicators": [{"code": "x", "direction": "higher", "parent": "I"}],
         "aggregates": [{"code": "I", "method": "sum", "parent": null}]}
        """);
    assertThat(r.name()).isNull();
    assertThat(r.weights()).isEqualTo(Weights.GIVEN);
    assertThat(r.classes()).isNull();
    assertThat(r.imputing()).isNull();
    // COINr's defaults: thresholds 2 and 3.5, winchange, CT log, COINr 0.5's rules; winMax 0 is allowed
    assertThat(r.treatment()).isEqualTo(OutlierTreatment.Spec.winsorise(0));
    assertThat(r.screening()).isEqualTo(new Recipe.Screening(1, Recipe.ScreenStage.DENOMINATED));
    // rank's ties default to min (COINr 1.x n_rank)
    assertThat(r.normaliser()).isEqualTo(Normaliser.rank(Normaliser.Ties.MIN));
    assertThat(r.normaliseGroupBy()).isNull();
    assertThat(r.indicators()).containsExactly(new Recipe.Indicator("x", Direction.HIGHER_IS_BETTER, 1, "I", null));
    assertThat(r.aggregates()).containsExactly(new Recipe.Aggregate("I", 1, null, Aggregation.sum(), 0));
    // weights "given" and "pca", rules "coinr-0.5", screen threshold 0, imputation without a group
    Recipe p = read("""
        {"weights": "pca", "normalise": {"method": "none"}, "screen": {"threshold": 0, "stage": "denominated"},
         "impute": {"method": "mean"},
         "treat": {"method": "winsorise", "winMax": 2, "rules": "coinr-0.5", "fallback": "none"},
         "indicators": [{"code": "x", "direction": "higher", "parent": "I"}],
         "aggregates": [{"code": "I", "method": "harmonic"}]}
        """);
    assertThat(p.weights()).isEqualTo(Weights.PCA);
    assertThat(p.screening()).isEqualTo(new Recipe.Screening(0, Recipe.ScreenStage.DENOMINATED));
    assertThat(p.imputing()).isEqualTo(new Recipe.Imputing(Imputation.Method.MEAN, null));
    assertThat(p.treatment()).isEqualTo(OutlierTreatment.Spec.winsorise(2).withFallback(OutlierTreatment.Fallback.NONE));
    assertThat(read(FULL.replace("\"weights\": \"equal\"", "\"weights\": \"given\"")).weights())
        .isEqualTo(Weights.GIVEN);
  }
}
