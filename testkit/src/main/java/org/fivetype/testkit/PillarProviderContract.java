package org.fivetype.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fivetype.api.Direction;
import org.fivetype.api.Label;
import org.fivetype.api.Measure;
import org.fivetype.api.Surface;
import org.fivetype.rule.ScoringRule;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every {@link PillarProvider} keeps — the fivetype test kit, shipped in core's
 * test-jar. A pillar module (or a district plugin) extends this class and returns its provider
 * from {@link #provider()}; the tests here then check the catalogue: ids unique and well formed,
 * names in Chinese and English, points positive, measure ids valid, scores monotone in their
 * direction, explanations non-empty, and registration with {@link ServiceLoader}.
 */
@Surface(Surface.Kind.SPI)
public abstract class PillarProviderContract {

  /** Ids look like {@code L7.research-days}: a measure id of this pillar's letter, a dot, a slug. */
  private static final Pattern ID_SHAPE = Pattern.compile("[A-Z][0-9]{1,2}\\.[a-z0-9]+(-[a-z0-9]+)*");

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /** {@return the provider under test} */
  protected abstract PillarProvider provider();

  private List<Indicator> indicators() {
    return provider().indicators();
  }

  @Test
  void hasIndicators() {
    assertThat(indicators()).as("a provider offers at least one indicator").isNotEmpty();
  }

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (Indicator i : indicators()) {
      String id = i.id().value();
      assertThat(seen.add(id)).as("duplicate indicator id %s", id).isTrue();
      assertThat(id).as("indicator id shape <Measure>.<slug>").matches(ID_SHAPE);
      String measurePart = id.substring(0, id.indexOf('.'));
      assertThat(i.measures()).as("%s starts with a measure it covers", id).contains(Measure.of(measurePart));
    }
  }

  @Test
  void everyIndicatorBelongsToTheProvidersPillar() {
    for (Indicator i : indicators()) {
      assertThat(i.pillar()).as("pillar of %s", i.id()).isEqualTo(provider().pillar());
    }
  }

  @Test
  void labelsAreBilingual() {
    for (Indicator i : indicators()) {
      for (Label l : List.of(i.name(), i.description(), i.evidence().what(), i.evidence().unitOfMeasure())) {
        assertThat(HAN.matcher(l.zh()).find()).as("%s: Chinese text '%s'", i.id(), l.zh()).isTrue();
        assertThat(l.en()).as("%s: English text", i.id()).matches(".*[A-Za-z].*");
        assertThat(HAN.matcher(l.en()).find()).as("%s: English text has no Han '%s'", i.id(), l.en()).isFalse();
      }
    }
  }

  @Test
  void pointsArePositiveAndFinite() {
    for (Indicator i : indicators()) {
      assertThat(i.points()).as("points of %s", i.id()).isPositive().isFinite();
    }
  }

  @Test
  void measureIdsAreThoseOfMeasuresMd() {
    for (Indicator i : indicators()) {
      assertThat(i.measures()).as("measures of %s", i.id()).isNotEmpty();
      i.measures().forEach(m -> assertThat(Measure.isKnown(m.id())).isTrue());
    }
  }

  @TestFactory
  Stream<DynamicTest> scoresAreMonotoneInTheirDirectionAndWithinPoints() {
    return indicators().stream().map(i -> DynamicTest.dynamicTest(i.id().value(), () -> {
      ScoringRule r = i.rule();
      double[] grid = validGrid(r);
      // one column of every valid value, scored as the engine does (relative rules see them all)
      double[] out = new double[grid.length];
      r.scoreColumn(grid, new int[grid.length], i.points(), out);
      boolean up = r.direction() == Direction.HIGHER_IS_BETTER;
      double prev = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < grid.length; k++) {
        int at = up ? k : grid.length - 1 - k;
        double p = out[at];
        assertThat(p).as("%s at %s", i.id(), grid[at]).isBetween(0.0, i.points());
        assertThat(p).as("%s: a better value %s never scores lower", i.id(), grid[at]).isGreaterThanOrEqualTo(prev);
        prev = p;
      }
      double[] missing = {Double.NaN, grid[grid.length - 1]};
      double[] pts = new double[2];
      r.scoreColumn(missing, new int[2], i.points(), pts);
      assertThat(pts[0]).as("missing evidence scores zero").isZero();
    }));
  }

  @Test
  void explanationsAreNonEmpty() {
    for (Indicator i : indicators()) {
      Label d = i.rule().describe(i.points());
      assertThat(d.zh()).isNotBlank();
      assertThat(d.en()).isNotBlank();
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"}) // the raw Class lets AssertJ look for it among the providers' classes
  void isRegisteredWithServiceLoader() {
    Class<?> type = provider().getClass();
    assertThat(ServiceLoader.load(PillarProvider.class).stream().map(ServiceLoader.Provider::type))
        .as("%s is registered in META-INF/services (use @AutoService)", type.getName())
        .contains((Class) type);
  }

  @Test
  void indicatorsAreStable() {
    assertThatCode(() -> assertThat(provider().indicators()).isEqualTo(provider().indicators()))
        .as("two calls give equal catalogues").doesNotThrowAnyException();
  }

  /** Valid values of a rule's domain, ascending, spanning well beyond its interesting points. */
  static double[] validGrid(ScoringRule r) {
    List<Double> candidates = new java.util.ArrayList<>();
    for (int k = -200; k <= 2000; k++) {
      candidates.add(k / 4.0);
    }
    for (int k = 0; k <= 100; k++) {
      candidates.add(k / 100.0);
    }
    return candidates.stream().mapToDouble(Double::doubleValue).distinct().sorted()
        .filter(v -> r.invalidReason(v) == null).toArray();
  }
}
