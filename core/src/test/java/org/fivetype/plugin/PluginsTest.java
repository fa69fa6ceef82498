package org.fivetype.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Pillar;
import org.fivetype.api.Problem;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.PillarProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Plugins}: providers given directly, and defensive discovery through ServiceLoader. */
class PluginsTest {

  static final String SERVICES = "META-INF/services/" + PillarProvider.class.getName();

  static IndicatorSpec indicator(String id, Pillar pillar, String measure) {
    return IndicatorSpec.builder(id).pillar(pillar).name("指标" + id, "indicator " + id).points(5)
        .measures(measure).evidence("材料", "records", "件", "items", Evidence.Supplier.UNIT)
        .rule(new YesNo(Direction.HIGHER_IS_BETTER)).build();
  }

  /** Learning: L1.a, L2.b; contributes to rule sets "r1" and "r2". */
  public static class LearningProvider implements PillarProvider {
    @Override
    public Pillar pillar() {
      return Pillar.LEARNING;
    }

    @Override
    public List<Indicator> indicators() {
      return List.of(indicator("L1.a", Pillar.LEARNING, "L1"), indicator("L2.b", Pillar.LEARNING, "L2"));
    }

    @Override
    public Set<String> ruleSets() {
      return Set.of("r1", "r2");
    }
  }

  /** Legal: R1.c; contributes to rule set "r1". */
  public static class LegalProvider implements PillarProvider {
    @Override
    public Pillar pillar() {
      return Pillar.LEGAL;
    }

    @Override
    public List<Indicator> indicators() {
      return List.of(indicator("R1.c", Pillar.LEGAL, "R1"));
    }

    @Override
    public Set<String> ruleSets() {
      return Set.of("r1");
    }
  }

  /** A district plugin offering L1.a again: a duplicate of {@link LearningProvider}'s. */
  public static class DuplicateProvider implements PillarProvider {
    @Override
    public Pillar pillar() {
      return Pillar.LEARNING;
    }

    @Override
    public List<Indicator> indicators() {
      return List.of(indicator("L1.a", Pillar.LEARNING, "L1"), indicator("L8.own", Pillar.LEARNING, "L8"));
    }
  }

  /** Its {@code indicators()} throws. */
  public static class ThrowingProvider implements PillarProvider {
    @Override
    public Pillar pillar() {
      return Pillar.SERVICE;
    }

    @Override
    public List<Indicator> indicators() {
      throw new IllegalStateException("catalogue file missing");
    }
  }

  /** A learning provider that offers an integrity indicator. */
  public static class WrongPillarProvider implements PillarProvider {
    @Override
    public Pillar pillar() {
      return Pillar.LEARNING;
    }

    @Override
    public List<Indicator> indicators() {
      return List.of(indicator("I1.stray", Pillar.INTEGRITY, "I1"));
    }
  }

  /** Its constructor throws. */
  public static class ExplodingConstructorProvider implements PillarProvider {
    public ExplodingConstructorProvider() {
      throw new IllegalStateException("no licence key");
    }

    @Override
    public Pillar pillar() {
      return Pillar.EFFICIENCY;
    }

    @Override
    public List<Indicator> indicators() {
      return List.of();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // providers given directly

  @Test
  void ofTakesProvidersDirectlyAndSortsThemByClassName() {
    // given in the "wrong" order: Legal…, Learning…; class names sort PluginsTest$LearningProvider first
    Plugins p = Plugins.of(new LegalProvider(), new LearningProvider());
    assertThat(p.providers()).extracting(x -> x.getClass().getSimpleName())
        .containsExactly("LearningProvider", "LegalProvider");
    assertThat(p.catalogue().keySet()).extracting(IndicatorId::value).containsExactly("L1.a", "L2.b", "R1.c");
    assertThat(p.indicator(IndicatorId.of("R1.c"))).get().extracting(IndicatorSpec::pillar).isEqualTo(Pillar.LEGAL);
    assertThat(p.indicator(IndicatorId.of("R9.none"))).isEmpty();
    assertThat(p.providerOf(IndicatorId.of("L2.b"))).get().isInstanceOf(LearningProvider.class);
    assertThat(p.providerOf(IndicatorId.of("R9.none"))).isEmpty();
  }

  @Test
  void noneHasNoProviders() {
    assertThat(Plugins.none().providers()).isEmpty();
    assertThat(Plugins.none().catalogue()).isEmpty();
  }

  @Test
  void providersOfARuleSetName() {
    Plugins p = Plugins.of(new LegalProvider(), new LearningProvider(), new DuplicateFreeProvider());
    // r1: Learning and Legal; r2: Learning only; the plugin without rule sets is in none
    assertThat(p.providersOf("r1")).extracting(x -> x.getClass().getSimpleName())
        .containsExactly("LearningProvider", "LegalProvider");
    assertThat(p.providersOf("r2")).extracting(x -> x.getClass().getSimpleName()).containsExactly("LearningProvider");
    assertThat(p.providersOf("urumqi-2004")).isEmpty();
  }

  /** A plugin with its own indicator and no built-in rule set. */
  public static class DuplicateFreeProvider implements PillarProvider {
    @Override
    public Pillar pillar() {
      return Pillar.SERVICE;
    }

    @Override
    public List<Indicator> indicators() {
      return List.of(indicator("S7.own", Pillar.SERVICE, "S7"));
    }
  }

  @Test
  void duplicateIdsAcrossProvidersNameBothProviders() {
    InvalidInputException e = catchInvalid(() -> Plugins.of(new DuplicateProvider(), new LearningProvider()));
    // sorted by class name: DuplicateProvider comes first and owns L1.a; LearningProvider's L1.a is the duplicate
    assertThat(e.problems()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.where()).contains(LearningProvider.class.getName());
    assertThat(p.message()).contains("duplicate indicator id L1.a").contains(DuplicateProvider.class.getName());
    assertThat(e.getMessage()).contains(LearningProvider.class.getName()).contains(DuplicateProvider.class.getName());
  }

  @Test
  void aProviderWhoseIndicatorsThrowIsReportedByClassName() {
    InvalidInputException e = catchInvalid(() -> Plugins.of(new LearningProvider(), new ThrowingProvider()));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).where()).isEqualTo("plugin " + ThrowingProvider.class.getName());
    assertThat(e.problems().get(0).message()).contains("catalogue file missing");
  }

  @Test
  void aProviderOfferingAnIndicatorOfAnotherPillarIsReported() {
    InvalidInputException e = catchInvalid(() -> Plugins.of(new WrongPillarProvider()));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).where()).isEqualTo("plugin " + WrongPillarProvider.class.getName());
    assertThat(e.problems().get(0).message()).contains("I1.stray").contains("INTEGRITY").contains("LEARNING");
  }

  @Test
  void everyProblemIsReportedTogether() {
    // a duplicate (L1.a, owned by DuplicateProvider, which sorts first), a throwing and a wrong-pillar provider:
    // three problems in one exception
    InvalidInputException e = catchInvalid(() -> Plugins.of(new LearningProvider(), new DuplicateProvider(),
        new ThrowingProvider(), new WrongPillarProvider()));
    assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
        "plugin " + LearningProvider.class.getName(),
        "plugin " + ThrowingProvider.class.getName(),
        "plugin " + WrongPillarProvider.class.getName());
  }

  // ---------------------------------------------------------------------------------------------
  // discovery

  private static URLClassLoader loaderWithServices(Path dir, String... lines) throws IOException {
    Path file = dir.resolve(SERVICES);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, PluginsTest.class.getClassLoader());
  }

  @Test
  void discoverFindsProvidersNamedInTheServicesFile(@TempDir Path dir) throws IOException {
    try (URLClassLoader cl = loaderWithServices(dir, "# district plugins", LegalProvider.class.getName(),
        LearningProvider.class.getName())) {
      Plugins p = Plugins.discover(cl);
      assertThat(p.providers()).extracting(x -> x.getClass().getSimpleName())
          .containsExactly("LearningProvider", "LegalProvider");
      assertThat(p.catalogue()).hasSize(3); // L1.a, L2.b, R1.c
    }
  }

  @Test
  void discoverReportsAClassThatDoesNotExist(@TempDir Path dir) throws IOException {
    String missing = "org.fivetype.plugin.NoSuchProvider";
    try (URLClassLoader cl = loaderWithServices(dir, missing)) {
      InvalidInputException e = catchInvalid(() -> Plugins.discover(cl));
      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0).toString()).contains(missing);
    }
  }

  @Test
  void discoverReportsAProviderWhoseConstructorThrows(@TempDir Path dir) throws IOException {
    String name = ExplodingConstructorProvider.class.getName();
    try (URLClassLoader cl = loaderWithServices(dir, name)) {
      InvalidInputException e = catchInvalid(() -> Plugins.discover(cl));
      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0).where()).isEqualTo("plugin " + name);
      assertThat(e.problems().get(0).message()).contains("no licence key");
    }
  }

  @Test
  void discoverReportsEveryBrokenProviderAndKeepsLooking(@TempDir Path dir) throws IOException {
    // a missing class, a throwing constructor, then a good provider and a duplicate of its L1.a
    String missing = "org.fivetype.plugin.NoSuchProvider";
    try (URLClassLoader cl = loaderWithServices(dir, missing, ExplodingConstructorProvider.class.getName(),
        LearningProvider.class.getName(), DuplicateProvider.class.getName())) {
      InvalidInputException e = catchInvalid(() -> Plugins.discover(cl));
      String all = e.getMessage();
      assertThat(e.problems()).hasSize(3);
      assertThat(all).contains(missing).contains(ExplodingConstructorProvider.class.getName())
          .contains(LearningProvider.class.getName()).contains(DuplicateProvider.class.getName());
    }
  }

  private static InvalidInputException catchInvalid(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidInputException");
  }

  @Test
  void thrownTypeIsInvalidInput() {
    assertThatThrownBy(() -> Plugins.of(new ThrowingProvider())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("plugins could not be loaded");
  }
}
