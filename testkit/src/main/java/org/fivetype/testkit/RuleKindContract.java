package org.fivetype.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.plugin.Plugins;
import org.fivetype.rule.RuleKind;
import org.fivetype.rule.ScoringRule;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RuleKind} keeps, with the rules it makes. A kind's test (the built-in
 * kinds' in testkit's own tests, a district's in its plugin jar) extends this class, returns the
 * kind from {@link #kind()} and a few rules of the kind, spanning its parameters, from {@link
 * #rules()}; the tests here then check: the JSON name is well formed and registered with {@link
 * ServiceLoader}; the descriptions are bilingual; a rule written to a rule file reads back equal,
 * with the same export and fingerprint, and an unknown parameter key is reported at its JSON path;
 * scores lie in {@code [0, max]}, missing evidence scores zero and the scoring loop agrees with
 * {@link ScoringRule#points} cell by cell; a better value never scores less; the value that earns
 * full points earns as much as any valid value; vetoes come only from kinds that can veto; the demo generator's values are
 * valid and repeatable.
 */
@Surface(Surface.Kind.SPI)
public abstract class RuleKindContract {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final double[] MAXES = {1, 2.5, 10};

  /** {@return the kind under test} */
  protected abstract RuleKind<?> kind();

  /** {@return rules of the kind, spanning its parameters (both directions where it has one)} */
  protected abstract List<? extends ScoringRule> rules();

  /** {@return the plugins rule files are read with; by default those discovered on the class path} */
  protected Plugins plugins() {
    return Plugins.discover();
  }

  @Test
  void theNameIsWellFormedAndEveryRuleBelongsToTheKind() {
    assertThat(kind().name()).matches(NAME);
    assertThat(rules()).as("at least one rule to check").isNotEmpty();
    for (ScoringRule r : rules()) {
      assertThat(r.kind()).as("kind() of %s", r).isEqualTo(kind().name());
      assertThat(r.ruleKind().name()).isEqualTo(kind().name());
      assertThat(kind().type().isInstance(r)).as("%s is a %s", r, kind().type().getName()).isTrue();
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"}) // the raw Class lets AssertJ look for it among the providers' classes
  void isRegisteredWithServiceLoader() {
    Class<?> type = kind().getClass();
    assertThat(ServiceLoader.load(RuleKind.class).stream().map(ServiceLoader.Provider::type))
        .as("%s is registered in META-INF/services (use @AutoService(RuleKind.class))", type.getName())
        .contains((Class) type);
    assertThat(plugins().ruleKind(kind().name())).as("Plugins knows the kind \"%s\"", kind().name())
        .hasValueSatisfying(k -> assertThat(k.getClass()).isEqualTo(type));
  }

  @Test
  void descriptionsAreBilingual() {
    bilingual(kind().description(), "the kind's description");
    for (ScoringRule r : rules()) {
      for (double max : MAXES) {
        bilingual(r.describe(max), r + " described at " + max + " points");
      }
    }
  }

  @Test
  void aRuleWrittenToARuleFileReadsBackEqualWithTheSameExportAndFingerprint() {
    for (ScoringRule r : rules()) {
      RuleSet rs = oneIndicator(r);
      RuleSet back = RuleFiles.parse(rs.toJson(), "contract.json", Path.of("."), plugins());
      assertThat(back.indicators().get(0).rule()).as("%s read back", r).isEqualTo(r);
      assertThat(back.toJson()).as("export of %s read back", r).isEqualTo(rs.toJson());
      assertThat(back.fingerprint()).isEqualTo(rs.fingerprint());
    }
  }

  @Test
  void anUnknownParameterKeyIsReportedAtItsJsonPath() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(oneIndicator(rules().get(0)).toJson());
    ((ObjectNode) root.get("indicators").get(0).get("rule")).put("notAParameter", 1);
    String json = mapper.writeValueAsString(root);
    assertThatThrownBy(() -> RuleFiles.parse(json, "contract.json", Path.of("."), plugins()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::where).contains("contract.json: $.indicators[0].rule.notAParameter"));
  }

  @Test
  void scoresLieWithinThePointsAndMissingEvidenceScoresZero() {
    for (ScoringRule r : rules()) {
      double[] grid = withNaN(validGrid(r));
      for (double max : MAXES) {
        double[] out = new double[grid.length];
        r.scoreColumn(grid, new int[grid.length], max, out);
        for (int k = 0; k < grid.length; k++) {
          assertThat(out[k]).as("%s at %s of %s points", r, grid[k], max).isBetween(0.0, max);
        }
        assertThat(out[grid.length - 1]).as("%s: missing evidence (NaN) scores zero", r).isZero();
      }
    }
  }

  @Test
  void theScoringLoopAgreesWithPointsCellByCellAndWritesOnlyItsRange() {
    for (ScoringRule r : rules()) {
      if (r.isRelative()) {
        continue; // a relative rule scores whole columns only
      }
      double[] grid = withNaN(validGrid(r));
      int from = grid.length / 3;
      int to = grid.length - 2;
      double[] out = new double[grid.length];
      Arrays.fill(out, -7);
      r.scoreAll(grid, from, to, 4, out);
      for (int k = 0; k < grid.length; k++) {
        double expected = k >= from && k < to ? r.points(grid[k], 4) : -7;
        assertThat(out[k]).as("%s, cell %d (%s)", r, k, grid[k]).isEqualTo(expected);
      }
    }
  }

  @Test
  void aBetterValueNeverScoresLess() {
    for (ScoringRule r : rules()) {
      double[] grid = validGrid(r);
      double[] out = new double[grid.length];
      r.scoreColumn(grid, new int[grid.length], 10, out);
      boolean up = r.direction() == Direction.HIGHER_IS_BETTER;
      double prev = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < grid.length; k++) {
        int at = up ? k : grid.length - 1 - k;
        assertThat(out[at]).as("%s: the better value %s never scores lower", r, grid[at])
            .isGreaterThanOrEqualTo(prev - 1e-12);
        prev = out[at];
      }
    }
  }

  @Test
  void theValueThatEarnsFullPointsEarnsAsMuchAsAnyValidValue() {
    for (ScoringRule r : rules()) {
      double v = r.fullPointsValue();
      if (r.isRelative()) {
        assertThat(v).as("%s: a relative rule has no such value", r).isNaN();
        continue;
      }
      assertThat(r.invalidReason(v)).as("%s: the full-points value %s is valid", r, v).isNull();
      assertThat(r.vetoes(v)).as("%s: the full-points value does not veto", r).isFalse();
      for (double max : MAXES) {
        double best = Arrays.stream(validGrid(r)).map(x -> r.points(x, max)).max().orElseThrow();
        assertThat(r.points(v, max)).as("%s at %s, against the best of the valid values", r, v)
            .isCloseTo(Math.max(best, r.points(v, max)), within(1e-12));
      }
    }
  }

  @Test
  void onlyAKindThatCanVetoVetoesAndItsVetoingValueDoes() {
    for (ScoringRule r : rules()) {
      if (!r.canVeto()) {
        assertThat(r.vetoingValue()).as("%s cannot veto", r).isNaN();
        for (double v : validGrid(r)) {
          assertThat(r.vetoes(v)).as("%s cannot veto, at %s", r, v).isFalse();
        }
      } else {
        double v = r.vetoingValue();
        assertThat(r.invalidReason(v)).as("%s: the vetoing value %s is valid", r, v).isNull();
        assertThat(r.vetoes(v)).as("%s vetoes at %s", r, v).isTrue();
      }
    }
  }

  @Test
  void theDemoGeneratorsValuesAreValidAndRepeatable() {
    for (ScoringRule r : rules()) {
      for (int seed = 0; seed < 20; seed++) {
        for (double good : new double[] {0, 0.25, 0.5, 0.75, 1}) {
          SplittableRandom a = new SplittableRandom(seed);
          SplittableRandom b = new SplittableRandom(seed);
          double v = r.sampleValue(good, a::nextDouble);
          assertThat(r.invalidReason(v)).as("%s: sample %s (seed %d, good %s) is valid", r, v, seed, good).isNull();
          assertThat(r.sampleValue(good, b::nextDouble)).as("the same stream gives the same value").isEqualTo(v);
        }
      }
    }
  }

  /**
   * A rule set of one 10-point learning indicator scored by {@code rule}.
   *
   * @param rule how the indicator is scored
   * @return the rule set
   */
  protected static RuleSet oneIndicator(ScoringRule rule) {
    return RuleSet.builder("contract", Label.of("规则种类契约", "rule kind contract"))
        .indicator(IndicatorSpec.builder("L1.contract").pillar(Pillar.LEARNING).name("契约指标", "contract indicator")
            .description("契约检查用的指标", "an indicator for the contract checks")
            .evidence("数值", "a value", "个", "units", Supplier.UNIT).points(10).measures("L1").rule(rule).build())
        .build();
  }

  private static void bilingual(Label l, String what) {
    assertThat(HAN.matcher(l.zh()).find()).as("%s: Chinese text '%s'", what, l.zh()).isTrue();
    assertThat(l.en()).as("%s: English text", what).matches("(?s).*[A-Za-z].*");
    assertThat(HAN.matcher(l.en()).find()).as("%s: English text has no Han '%s'", what, l.en()).isFalse();
  }

  private static double[] validGrid(ScoringRule r) {
    double[] grid = PillarProviderContract.validGrid(r);
    assertThat(grid).as("%s accepts some values of -50..500", r).isNotEmpty();
    return grid;
  }

  private static double[] withNaN(double[] grid) {
    double[] g = Arrays.copyOf(grid, grid.length + 1);
    g[grid.length] = Double.NaN;
    return g;
  }
}
