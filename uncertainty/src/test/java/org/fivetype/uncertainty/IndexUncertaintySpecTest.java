package org.fivetype.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.composite.Aggregation;
import org.fivetype.composite.Classes;
import org.fivetype.composite.Imputation;
import org.fivetype.composite.Normaliser;
import org.fivetype.composite.OutlierTreatment;
import org.fivetype.composite.Recipe;
import org.fivetype.composite.Table;
import org.fivetype.composite.Weights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec of an index's uncertainty analysis (the class comment of {@link IndexUncertainty}):
 * every problem with its JSON path in one pass, and what a draw does to the recipe. Written for
 * issue 18 (mutation testing).
 */
class IndexUncertaintySpecTest {

  /** a → P, b → Q, P and Q → Index: levels a, b 1; P, Q 2; Index 3. */
  static Recipe recipe() {
    return Recipe.builder().name("two")
        .normalise(Normaliser.minMax(0, 1))
        .indicator("a", Direction.HIGHER_IS_BETTER, 1, "P")
        .indicator("b", Direction.HIGHER_IS_BETTER, 2, "Q")
        .aggregate("Index", 1, null, Aggregation.arithmetic())
        .aggregate("P", 1, "Index", Aggregation.arithmetic())
        .aggregate("Q", 3, "Index", Aggregation.arithmetic())
        .build();
  }

  static IndexUncertainty.Spec spec(String json) throws Exception {
    return new IndexUncertainty.Spec(new ObjectMapper().readTree(json), "spec.json");
  }

  static List<String> problems(Recipe r, String json) throws Exception {
    IndexUncertainty.Spec s = spec(json);
    try {
      IndexUncertainty.resolve(r, s);
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).startsWith("the uncertainty spec spec.json");
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("no problem found in " + json);
  }

  @Test
  void theLevelsOfTheTree() {
    assertThat(IndexUncertainty.levels(recipe())).containsExactly(Map.entry("a", 1), Map.entry("b", 1),
        Map.entry("Index", 3), Map.entry("P", 2), Map.entry("Q", 2));
  }

  @Test
  void everyProblemOfASpecWithItsPath() throws Exception {
    String json = """
        { "weights": [ {"code": "a"}, {"code": "zz", "share": 0.1}, {"level": 1.5, "share": 0.1},
                       {"level": 9, "share": 0.1}, {"code": "a", "level": 1, "share": 0.1},
                       {"share": 0.1, "bad": 1}, 5, {"code": "a", "share": 1} ],
          "normalise": [ {"method": "min-max", "low": 0, "high": 1} ],
          "aggregation": [ {"code": "a", "methods": ["arithmetic", "geometric"]},
                           {"code": "Index", "methods": ["arithmetic"]},
                           {"code": "Index", "methods": ["arithmetic", "median"]} ],
          "impute": "on-off",
          "extra": 1 }
        """;
    assertThat(problems(recipe(), json)).containsExactly(
        "spec.json: $.extra: unknown key \"extra\"; expected one of [aggregation, impute, normalise, weights]",
        "spec.json: $.weights[0].share: expected a share above 0 and below 1, e.g. 0.25",
        "spec.json: $.weights[1].code: \"zz\" is not an indicator or aggregate of the recipe",
        "spec.json: $.weights[2].level: expected a whole number (1 = indicators)",
        "spec.json: $.weights[3].level: the recipe has no level 9 (levels 1 to 3)",
        "spec.json: $.weights[4]: expected either \"code\" or \"level\"",
        "spec.json: $.weights[5].bad: unknown key \"bad\"; expected one of [code, level, share]",
        "spec.json: $.weights[6]: expected an object",
        "spec.json: $.weights[7].share: expected a share above 0 and below 1, e.g. 0.25",
        "spec.json: $.normalise: expected an array of at least two normalisations",
        "spec.json: $.aggregation[0]: a is an indicator: only aggregates have an aggregation method",
        "spec.json: $.aggregation[1].methods: expected at least two of [arithmetic, geometric, harmonic, sum]",
        "spec.json: $.aggregation[2].methods[1]: unknown \"median\"; expected one of [arithmetic, geometric, "
            + "harmonic, sum]",
        "spec.json: $.impute: the recipe does not impute: nothing to switch off");
  }

  @Test
  void wrongShapesAndAnEmptySpec() throws Exception {
    assertThat(problems(recipe(), "[1]")).containsExactly("spec.json: $: expected an object");
    assertThat(problems(recipe(), "{}"))
        .containsExactly("spec.json: $: no uncertain input: expected weights, normalise, aggregation or impute");
    assertThat(problems(recipe(), "{\"weights\": {}, \"aggregation\": 1, \"impute\": \"on\", \"normalise\": 2}"))
        .containsExactly("spec.json: $.weights: expected an array", "spec.json: $.normalise: expected an array of at "
            + "least two normalisations", "spec.json: $.aggregation: expected an array", "spec.json: $.impute: expected "
            + "\"on-off\"");
    Recipe equal = Recipe.builder().weights(Weights.EQUAL).normalise(Normaliser.minMax(0, 1))
        .indicator("a", Direction.HIGHER_IS_BETTER, 1, "P").aggregate("P", 1, null, Aggregation.arithmetic()).build();
    assertThat(problems(equal, "{\"weights\": [{\"code\": \"a\", \"share\": 0.1}]}")).containsExactly(
        "spec.json: $.weights: the recipe's weights are \"equal\", not given ones: nothing to vary");
    // an empty weights list is no problem of its own, but no input either
    assertThat(problems(equal, "{\"weights\": []}")).containsExactly(
        "spec.json: $: no uncertain input: expected weights, normalise, aggregation or impute");
    // a normalisation the recipe reader refuses, reported at its place in the spec
    assertThat(problems(recipe(), "{\"normalise\": [{\"method\": \"min-max\", \"low\": 0, \"high\": 1},"
        + " {\"method\": \"nonsense\"}]}")).singleElement().asString()
        .startsWith("spec.json: $.normalise[1].method: unknown \"nonsense\"");
  }

  @Test
  void inputsByCodeAndLevelAndTheirNames() throws Exception {
    List<?> inputs = IndexUncertainty.resolve(recipe(), spec("""
        { "weights": [ {"level": 1, "share": 0.5}, {"code": "Q", "share": 0.2} ],
          "normalise": [ {"method": "min-max", "low": 0, "high": 1}, {"method": "rank"} ],
          "aggregation": [ {"level": 3, "methods": ["arithmetic", "geometric"]},
                           {"code": "P", "methods": ["sum", "harmonic"]} ] }
        """));
    assertThat(names(inputs)).containsExactly("weight a", "weight b", "weight Q", "normalisation",
        "aggregation level 3", "aggregation P");
  }

  static List<String> names(List<?> inputs) {
    return inputs.stream().map(i -> {
      try {
        java.lang.reflect.Method name = i.getClass().getMethod("name");
        name.setAccessible(true); // the input types are private to IndexUncertainty
        return (String) name.invoke(i);
      } catch (ReflectiveOperationException e) {
        throw new LinkageError("no name() on " + i.getClass(), e);
      }
    }).toList();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Recipe variant(Recipe base, List<?> inputs, double... u) {
    return IndexUncertainty.variant(base, (List) inputs, u);
  }

  @Test
  void aDrawScalesWeightsAndPicksMethods() throws Exception {
    Recipe base = recipe();
    List<?> inputs = IndexUncertainty.resolve(base, spec("""
        { "weights": [ {"code": "P", "share": 0.5}, {"code": "b", "share": 0.25} ],
          "normalise": [ {"method": "min-max", "low": 0, "high": 1}, {"method": "rank"} ],
          "aggregation": [ {"code": "Index", "methods": ["arithmetic", "geometric"]} ] }
        """));
    // u = 0: factors 1 − s; the first method of each list
    Recipe low = variant(base, inputs, 0, 0, 0, 0);
    assertThat(low.aggregates()).extracting(Recipe.Aggregate::code, Recipe.Aggregate::weight)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Index", 1.0), org.assertj.core.groups.Tuple.tuple("P", 0.5),
            org.assertj.core.groups.Tuple.tuple("Q", 3.0));
    assertThat(low.indicators()).extracting(Recipe.Indicator::weight).containsExactly(1.0, 1.5); // b: 2 · 0.75
    assertThat(low.normaliser()).isEqualTo(Normaliser.minMax(0, 1));
    assertThat(low.aggregates().get(0).aggregation()).isEqualTo(Aggregation.arithmetic());
    // u = 0.5: factor 1, the second of two methods; u → 1: factor 1 + s
    Recipe mid = variant(base, inputs, 0.5, 0.5, 0.5, 0.5);
    assertThat(mid.aggregates().get(1).weight()).isEqualTo(1.0);
    assertThat(mid.normaliser()).isEqualTo(Normaliser.rank(Normaliser.Ties.MIN)); // JSON "rank": COINr 1.x ties, min
    assertThat(mid.aggregates().get(0).aggregation()).isEqualTo(Aggregation.geometric());
    Recipe high = variant(base, inputs, 1, 1, 0.4999, 1);
    assertThat(high.aggregates().get(1).weight()).isEqualTo(1.5);
    assertThat(high.indicators().get(1).weight()).isEqualTo(2.5);
    assertThat(high.normaliser()).isEqualTo(Normaliser.minMax(0, 1));
    assertThat(high.aggregates().get(0).aggregation()).isEqualTo(Aggregation.geometric()); // u = 1 is the last
    assertThat(high.name()).isEqualTo("two");
    assertThat(high.children("Index")).containsExactly("P", "Q");
  }

  @Test
  void aDrawKeepsEveryOtherStepOfTheRecipeAndSwitchesImputation() throws Exception {
    Recipe base = Recipe.builder().name("full")
        .screen(0.5, Recipe.ScreenStage.IMPUTED)
        .impute(Imputation.Method.MEDIAN, "region")
        .treat(OutlierTreatment.Spec.winsorise(2))
        .normalise(Normaliser.minMax(0, 100), "region")
        .classes(new Classes("Index", 1, List.of(new Classes.Band("low", 0), new Classes.Band("high", 50))))
        .indicator("a", Direction.HIGHER_IS_BETTER, 1, "Index")
        .indicator("b", Direction.LOWER_IS_BETTER, 2, "Index")
        .aggregate("Index", 1, null, Aggregation.geometric())
        .build();
    List<?> inputs = IndexUncertainty.resolve(base, spec("{\"impute\": \"on-off\"}"));
    assertThat(names(inputs)).containsExactly("imputation");
    Recipe on = variant(base, inputs, 0.4999);
    assertThat(on.imputing()).isEqualTo(base.imputing());
    assertThat(on.screening()).isEqualTo(base.screening());
    assertThat(on.treatment()).isEqualTo(base.treatment());
    assertThat(on.classes()).isEqualTo(base.classes());
    assertThat(on.normaliser()).isEqualTo(base.normaliser());
    assertThat(on.normaliseGroupBy()).isEqualTo("region");
    assertThat(on.indicators()).isEqualTo(base.indicators());
    assertThat(on.aggregates()).isEqualTo(base.aggregates());
    assertThat(on.weights()).isEqualTo(Weights.GIVEN);
    assertThat(variant(base, inputs, 0.5).imputing()).isNull();
    // a nameless recipe stays nameless
    Recipe nameless = Recipe.builder().normalise(Normaliser.minMax(0, 1)).impute(Imputation.Method.MEAN, null)
        .indicator("a", Direction.HIGHER_IS_BETTER, 1, "P").aggregate("P", 1, null, Aggregation.arithmetic()).build();
    Recipe v = variant(nameless, IndexUncertainty.resolve(nameless, spec("{\"impute\": \"on-off\"}")), 0.1);
    assertThat(v.name()).isNull();
    assertThat(v.screening()).isNull();
    assertThat(v.classes()).isNull();
    assertThat(v.treatment()).isNull();
  }

  @Test
  void ranksArePlacesOnTheIndexAndZeroForAUnitWithoutOne() {
    Recipe r = Recipe.builder().normalise(Normaliser.none())
        .indicator("a", Direction.HIGHER_IS_BETTER, 1, "Index")
        .aggregate(new Recipe.Aggregate("Index", 1, null, Aggregation.arithmetic(), 0.5))
        .build();
    // U2 has no value (allowed: the data threshold 0.5 leaves its index missing); U1 and U3 tie
    Table data = Table.of(List.of("U1", "U2", "U3", "U4"), Map.of("a", new double[] {5, Double.NaN, 5, 7}));
    assertThat(IndexUncertainty.ranks(r.run(data), "Index", data.units())).containsExactly(2, 0, 2, 1);
  }

  @Test
  void specFilesAreReadWithTheirProblemsNamed(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.json");
    Files.writeString(good, "{\"impute\": \"on-off\"}", StandardCharsets.UTF_8);
    IndexUncertainty.Spec s = IndexUncertainty.Spec.read(good);
    assertThat(s.source()).isEqualTo("good.json");
    assertThat(s.root().get("impute").asText()).isEqualTo("on-off");

    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> IndexUncertainty.Spec.read(missing)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly("missing.json: the file does not exist: " + missing));

    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> IndexUncertainty.Spec.read(empty)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly("empty.json: the file is empty: expected a JSON object"));

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"impute\": ]\n}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> IndexUncertainty.Spec.read(bad)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.where()).startsWith("bad.json, line 2, column ");
          assertThat(p.message()).startsWith("not valid JSON: ");
        }));
  }

  @Test
  void aSensitivityRunGivesIndicesOnlyWhereTheRankVaries() throws Exception {
    // the two-pillar case of IndexUncertaintyTest at N = 16: U3 ranks 2 in every draw (no variance,
    // NaN indices); U1's rank moves with the weights, so its total indices are numbers in [0, 1]
    Table data = Table.of(List.of("U1", "U2", "U3"), Map.of("a", new double[] {10, 0, 5}, "b", new double[] {0, 10, 5}));
    // equal weights (IndexUncertaintyTest's recipe): with Q weighted 3 as in recipe() above, U1's index
    // fP/(fP + 3 fQ) is at most 1/2 for factors in [0.5, 1.5], so U1 would rank last in every draw
    Recipe equal = Recipe.builder().normalise(Normaliser.minMax(0, 1))
        .indicator("a", Direction.HIGHER_IS_BETTER, 1, "P").indicator("b", Direction.HIGHER_IS_BETTER, 1, "Q")
        .aggregate("Index", 1, null, Aggregation.arithmetic()).aggregate("P", 1, "Index", Aggregation.arithmetic())
        .aggregate("Q", 1, "Index", Aggregation.arithmetic()).build();
    IndexUncertainty.Result r = IndexUncertainty.run(equal, data, Map.of(),
        spec("{\"weights\": [{\"level\": 2, \"share\": 0.5}]}"), new IndexUncertainty.Options(16, 3, true));
    assertThat(r.runs()).isEqualTo(16);
    assertThat(r.seed()).isEqualTo(3);
    assertThat(r.evaluations()).isEqualTo(64);
    IndexUncertainty.UnitRanks u3 = r.units().get(2);
    assertThat(u3.unit()).isEqualTo("U3");
    assertThat(u3.median()).isEqualTo(2);
    for (int k = 0; k < 2; k++) {
      assertThat(u3.first()[k]).isNaN();
      assertThat(u3.total()[k]).isNaN();
    }
    IndexUncertainty.UnitRanks u1 = r.units().get(0);
    for (int k = 0; k < 2; k++) {
      assertThat(u1.first()[k]).isNotNaN();
      assertThat(u1.total()[k]).isBetween(0.0, 1.5);
    }
  }
}
