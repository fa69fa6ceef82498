package org.fivetype.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * The architecture, as policy (ArchUnit), over the main code of every module on this module's
 * class path (all but spark, which has its own {@code SparkArchitectureTest}): the rooms of
 * DESIGN.md's module table and the dependencies each may have, the layering inside the kernel, and
 * the house rules (light kernel, no printing, internal packages stay in their room).
 *
 * <p>JSpecify's nullness annotations ({@code @NullMarked} on every package, {@code @Nullable}) are allowed
 * wherever a rule lists what a room may use: they are part of every type's contract, not a dependency.
 */
@AnalyzeClasses(packages = "org.fivetype", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The packages of the kernel (module core). */
  static final String[] CORE = {"org.fivetype.api..", "org.fivetype.rule..", "org.fivetype.spi..",
      "org.fivetype.plugin..", "org.fivetype.ruleset..", "org.fivetype.engine..", "org.fivetype.scale..",
      "org.fivetype.consequence.."};

  /** The kernel's rooms, bottom up. */
  static final String VALUES = "org.fivetype.api..";
  static final String[] SPI = {"org.fivetype.spi..", "org.fivetype.rule.."};

  /** Classes of {@code room} depend on nothing of fivetype but the packages {@code allowed} (and their own). */
  private static ArchRule room(String room, String because, String... allowed) {
    String[] own = java.util.stream.Stream.concat(java.util.stream.Stream.of(room), java.util.stream.Stream.of(allowed))
        .toArray(String[]::new);
    return classes().that().resideInAPackage(room).should().onlyDependOnClassesThat(
        JavaClass.Predicates.resideOutsideOfPackage("org.fivetype..").or(JavaClass.Predicates.resideInAnyPackage(own)))
        .because(because);
  }

  private static String[] kernelAnd(String... more) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(CORE), java.util.Arrays.stream(more))
        .toArray(String[]::new);
  }

  /**
   * The layering inside the kernel, bottom up: values ({@code api}); {@code scale} (the
   * normalisations the Relative rule kind shares with composite indicators); the SPIs and rule kinds
   * ({@code spi}, {@code rule}); consequences (pure computation over stored years); plugin
   * discovery; rule sets and rule files; the engine and tiering chain on top. A layer uses only
   * layers below it.
   */
  @ArchTest
  static final ArchRule kernelLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("values").definedBy(VALUES)
      .layer("scale").definedBy("org.fivetype.scale..")
      .layer("spi and rule kinds").definedBy(SPI)
      .layer("consequences").definedBy("org.fivetype.consequence..")
      .layer("plugin discovery").definedBy("org.fivetype.plugin..")
      .layer("rule sets").definedBy("org.fivetype.ruleset..")
      .layer("engine").definedBy("org.fivetype.engine..")
      .whereLayer("engine").mayNotBeAccessedByAnyLayer()
      .whereLayer("rule sets").mayOnlyBeAccessedByLayers("engine")
      .whereLayer("plugin discovery").mayOnlyBeAccessedByLayers("rule sets", "engine")
      .whereLayer("consequences").mayOnlyBeAccessedByLayers("rule sets", "engine")
      .whereLayer("spi and rule kinds").mayOnlyBeAccessedByLayers("consequences", "plugin discovery", "rule sets",
          "engine")
      .whereLayer("scale").mayOnlyBeAccessedByLayers("spi and rule kinds", "consequences", "plugin discovery",
          "rule sets", "engine")
      .because("the kernel reads bottom up: values, the SPI, rule sets, the engine (DESIGN.md)");

  @ArchTest
  static final ArchRule compositeUsesTheKernelsValuesOnly = room("org.fivetype.composite..",
      "composite indicators work on the kernel's values and shared normalisations only", VALUES,
      "org.fivetype.scale..");

  @ArchTest
  static final ArchRule recordsUseTheKernelsValuesOnly = room("org.fivetype.records..",
      "raw-record aggregators produce observations, the kernel's values, and nothing else", VALUES);

  @ArchTest
  static final ArchRule uncertaintyUsesKernelAndComposite = room("org.fivetype.uncertainty..",
      "uncertainty analysis runs over a compiled plan or a recipe", kernelAnd("org.fivetype.composite.."));

  @ArchTest
  static final ArchRule readingUsesKernelAndRecords = room("org.fivetype.input..",
      "reading input files knows the kernel and the raw records, not the writers, the pipeline or a front end",
      kernelAnd("org.fivetype.records.."));

  @ArchTest
  static final ArchRule writingUsesKernelAndTheSectionsItShows = room("org.fivetype.report..",
      "writing results knows the kernel, and the records and uncertainty results its sections show; it never "
          + "reads input files, runs the pipeline or knows a front end", kernelAnd("org.fivetype.records..",
          "org.fivetype.uncertainty.."));

  @ArchTest
  static final ArchRule demoUsesKernelRecordsAndUncertainty = room("org.fivetype.demo..",
      "the demo city generates values and records; it neither reads nor writes files of the pipeline",
      kernelAnd("org.fivetype.records..", "org.fivetype.uncertainty.."));

  @ArchTest
  static final ArchRule pipelineUsesTheRoomsBelowIt = room("org.fivetype.pipeline..",
      "the pipeline strings reading, records, the kernel and writing together; front ends (cli, spark), the demo "
          + "and the JDBC store sit above or beside it", kernelAnd("org.fivetype.records..", "org.fivetype.input..",
          "org.fivetype.report..", "org.fivetype.uncertainty.."));

  @ArchTest
  static final ArchRule testkitUsesTheKernelOnly = room("org.fivetype.testkit..",
      "the contract kits that plugin and store authors extend need the kernel and JUnit only", CORE);

  @ArchTest
  static final ArchRule noLibraryRoomUsesAFrontEnd = noClasses().that().resideOutsideOfPackages(
          "org.fivetype.cli..", "org.fivetype.examples..")
      .should().dependOnClassesThat().resideInAnyPackage("org.fivetype.cli..", "org.fivetype.spark..", "picocli..")
      .because("the library rooms serve any front end; the command line and Spark sit on top");

  @ArchTest
  static final ArchRule kernelUsesNoOtherRoom = noClasses().that().resideInAnyPackage(CORE)
      .should().dependOnClassesThat().resideInAnyPackage("org.fivetype.composite..", "org.fivetype.records..",
          "org.fivetype.uncertainty..", "org.fivetype.input..", "org.fivetype.report..", "org.fivetype.demo..",
          "org.fivetype.pipeline..", "org.fivetype.store..", "org.fivetype.cli..", "org.fivetype.spark..")
      .because("the kernel is the bottom of the data path: composite indicators, raw records, uncertainty, "
          + "reading, writing, the demo and the pipeline are rooms of their own above it");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("org.fivetype.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreDependsOnNoPillar = noClasses().that().resideInAnyPackage(CORE)
      .should().dependOnClassesThat().resideInAnyPackage("org.fivetype.pillar..", "org.fivetype.examples..",
          "org.fivetype.store..");

  @ArchTest
  static final ArchRule consequencesArePureComputation = classes().that().resideInAPackage("org.fivetype.consequence..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("org.jspecify..", "java.lang..", "java.math..", "java.util..",
          "java.time..", "org.fivetype.api..", "org.fivetype.spi..", "org.fivetype.consequence..")
      .because("consequences are worked out from stored years (values only): no engine, no files, no database");

  @ArchTest
  static final ArchRule storeUsesOnlyTheHistorySpi = classes().that().resideInAPackage("org.fivetype.store..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("org.jspecify..", "java..", "javax..", "org.flywaydb..",
          "org.fivetype.api..", "org.fivetype.spi..", "org.fivetype.store..")
      .because("a history store sees only core's values and SPI; drivers are loaded by JDBC URL");

  @ArchTest
  static final ArchRule coreUsesOnlyLightDependencies = classes().that().resideInAnyPackage(CORE)
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "java..", "javax.annotation..", "com.google.common..", "com.google.errorprone..", "com.fasterxml.jackson..",
          "com.google.auto.service..",
          "org.fivetype.api..", "org.fivetype.rule..", "org.fivetype.spi..", "org.fivetype.plugin..",
          "org.fivetype.ruleset..", "org.fivetype.engine..", "org.fivetype.scale..", "org.fivetype.consequence..",
          "org.jspecify..")
      .because("heavy dependencies (POI, JDBC drivers, picocli, Spark) never enter core (DESIGN.md); "
          + "@AutoService, which registers the built-in rule kinds, is compile-time only");

  @ArchTest
  static final ArchRule spiDependsOnNothingInternal = classes().that().resideInAPackage("org.fivetype.spi..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("org.jspecify..", "java..", "org.fivetype.api..", "org.fivetype.rule..",
          "org.fivetype.spi..");

  @ArchTest
  static final ArchRule valuesDependOnNothingElse = classes().that().resideInAPackage("org.fivetype.api..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("org.jspecify..", "java..", "org.fivetype.api..");

  @ArchTest
  static final ArchRule pillarsUseOnlyThePublicApiAndSpi = classes().that().resideInAPackage("org.fivetype.pillar..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("org.jspecify..", "java..", "com.google.auto.service..",
          "org.fivetype.api..", "org.fivetype.rule..", "org.fivetype.spi..", "org.fivetype.pillar..")
      .because("pillar modules see only core's API and SPI");

  @ArchTest
  static final ArchRule pillarsDoNotDependOnEachOther = slices().matching("org.fivetype.pillar.(*)..")
      .should().notDependOnEachOther();

  /**
   * An {@code internal} package is used only inside the room that owns it: a class of {@code
   * org.fivetype.X.internal..} only from {@code org.fivetype.X..} (today the spark module's, checked
   * by its own test as well; any room may add one).
   */
  @ArchTest
  static final ArchRule internalPackagesStayInTheirRoom = classes().should(new ArchCondition<JavaClass>(
      "use an internal package only from the room that owns it") {
    @Override
    public void check(JavaClass origin, ConditionEvents events) {
      for (Dependency d : origin.getDirectDependenciesFromSelf()) {
        String target = d.getTargetClass().getPackageName();
        int at = target.indexOf(".internal");
        if (target.startsWith("org.fivetype.") && at > 0
            && (target.length() == at + 9 || target.charAt(at + 9) == '.')) {
          String owner = target.substring(0, at);
          String from = origin.getPackageName();
          if (!(from.equals(owner) || from.startsWith(owner + "."))) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription() + ": " + target
                + " is internal to " + owner));
          }
        }
      }
    }
  });

  @ArchTest
  static final ArchRule libraryCodeNeverPrints = noClasses().that()
      .resideOutsideOfPackages("org.fivetype.examples..", "org.fivetype.cli..", "org.fivetype.testkit..")
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
      .because("library code never prints (DESIGN.md); only examples and the CLI may, and the testkit, which "
          + "runs inside test runs and prints the seed of a failing generated case");

  @ArchTest
  static final ArchRule reportUsesCoreButNeverTheCli = noClasses().that().resideInAPackage("org.fivetype.report..")
      .should().dependOnClassesThat().resideInAnyPackage("org.fivetype.cli..", "picocli..", "org.fivetype.pillar..")
      .because("the report module reads and writes files for any front end; pillars come in as plugins");

  @ArchTest
  static final ArchRule heavyLibrariesStayOutOfCore = noClasses().that().resideInAnyPackage(CORE)
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "picocli..", "org.fivetype.report..",
          "org.fivetype.cli..");

  /** Types that are public only for fivetype's own modules, a service loader or a framework. */
  static final DescribedPredicate<JavaClass> INTERNAL = DescribedPredicate.describe("marked @Surface(INTERNAL)",
      c -> surface(c) == Surface.Kind.INTERNAL);

  /** The kind a class's {@link Surface} mark gives, or null for a class without one. */
  static Surface.@Nullable Kind surface(JavaClass c) {
    return c.isAnnotatedWith(Surface.class) ? c.getAnnotationOfType(Surface.class).value() : null;
  }

  /**
   * Every public top-level type of the library says what it promises: stable API, SPI,
   * experimental or internal ({@link Surface}; docs/api.md). The examples and the benchmarks are
   * programs, not library, and are left out.
   */
  @ArchTest
  static final ArchRule everyPublicTypeSaysWhatItPromises = classes().that().arePublic().and().areTopLevelClasses()
      .and().resideOutsideOfPackages("org.fivetype.examples..", "org.fivetype.benchmarks..")
      .should().beAnnotatedWith(Surface.class)
      .because("an embedder must see which public types are API, SPI, experimental or internal (docs/api.md)");

  /** The examples show what an embedder may use: nothing internal. */
  @ArchTest
  static final ArchRule examplesUseNoInternalType = noClasses().that().resideInAPackage("org.fivetype.examples..")
      .should().dependOnClassesThat(INTERNAL)
      .because("the examples are what districts copy; an internal type may change in any release");

  /**
   * {@code docs/api.md} lists every type marked SPI, experimental or internal (and says the rest is
   * API): each such type on this class path is in the list of its kind, and each listed type found
   * here has that mark. Spark's types are listed too but are not on this class path.
   */
  @ArchTest
  static void docsListEveryTypeThatIsNotApi(JavaClasses all) throws IOException {
    String doc = Files.readString(EmbeddingExampleTest.repoRoot().resolve("docs/api.md"));
    Map<Surface.Kind, String> heading = Map.of(Surface.Kind.SPI, "**SPI**",
        Surface.Kind.EXPERIMENTAL, "**Experimental**", Surface.Kind.INTERNAL, "**Internal**");
    Pattern name = Pattern.compile("`(org\\.fivetype\\.[\\w.]+)`");
    Map<Surface.Kind, Set<String>> listed = new EnumMap<>(Surface.Kind.class);
    for (Map.Entry<Surface.Kind, String> h : heading.entrySet()) {
      int from = doc.indexOf(h.getValue());
      assertThat(from).as("docs/api.md has a list %s", h.getValue()).isNotNegative();
      int to = doc.indexOf("\n\n", doc.indexOf(":\n", from) + 2);
      Set<String> names = new TreeSet<>();
      Matcher m = name.matcher(doc.substring(from, to < 0 ? doc.length() : to));
      while (m.find()) {
        names.add(m.group(1));
      }
      listed.put(h.getKey(), names);
    }
    for (JavaClass c : all) {
      Surface.Kind kind = surface(c);
      if (!c.isTopLevelClass() || kind == null) {
        continue;
      }
      for (Surface.Kind k : listed.keySet()) {
        assertThat(listed.get(k).contains(c.getName()))
            .as("docs/api.md lists %s under %s exactly when it is marked so (it is marked %s)", c.getName(), k, kind)
            .isEqualTo(k == kind);
      }
    }
  }
}
