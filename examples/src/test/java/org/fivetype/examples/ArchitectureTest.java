package org.fivetype.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The architecture, as policy (ArchUnit), over the main code of every module on this module's
 * class path: core and the five pillars (examples itself is left out where it must differ).
 */
@AnalyzeClasses(packages = "org.fivetype", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The packages of the kernel (module core). */
  static final String[] CORE = {"org.fivetype.api..", "org.fivetype.rule..", "org.fivetype.spi..",
      "org.fivetype.plugin..", "org.fivetype.ruleset..", "org.fivetype.engine..", "org.fivetype.scale..",
      "org.fivetype.consequence.."};

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
      .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.math..", "java.util..",
          "java.time..", "org.fivetype.api..", "org.fivetype.spi..", "org.fivetype.consequence..")
      .because("consequences are worked out from stored years (values only): no engine, no files, no database");

  @ArchTest
  static final ArchRule storeUsesOnlyTheHistorySpi = classes().that().resideInAPackage("org.fivetype.store..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.flywaydb..",
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
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.fivetype.api..", "org.fivetype.rule..",
          "org.fivetype.spi..");

  @ArchTest
  static final ArchRule valuesDependOnNothingElse = classes().that().resideInAPackage("org.fivetype.api..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.fivetype.api..");

  @ArchTest
  static final ArchRule pillarsUseOnlyThePublicApiAndSpi = classes().that().resideInAPackage("org.fivetype.pillar..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.google.auto.service..",
          "org.fivetype.api..", "org.fivetype.rule..", "org.fivetype.spi..", "org.fivetype.pillar..")
      .because("pillar modules see only core's API and SPI");

  @ArchTest
  static final ArchRule pillarsDoNotDependOnEachOther = slices().matching("org.fivetype.pillar.(*)..")
      .should().notDependOnEachOther();

  @ArchTest
  static final ArchRule noInternalPackageIsUsedFromOutsideCore = noClasses().that()
      .resideInAPackage("org.fivetype.pillar..").should().dependOnClassesThat().resideInAPackage("..internal..");

  @ArchTest
  static final ArchRule libraryCodeNeverPrints = noClasses().that()
      .resideOutsideOfPackages("org.fivetype.examples..", "org.fivetype.cli..")
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
      .because("library code never prints (DESIGN.md); only examples and the CLI may");

  @ArchTest
  static final ArchRule reportUsesCoreButNeverTheCli = noClasses().that().resideInAPackage("org.fivetype.report..")
      .should().dependOnClassesThat().resideInAnyPackage("org.fivetype.cli..", "picocli..", "org.fivetype.pillar..")
      .because("the report module reads and writes files for any front end; pillars come in as plugins");

  @ArchTest
  static final ArchRule heavyLibrariesStayOutOfCore = noClasses().that().resideInAnyPackage(CORE)
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "picocli..", "org.fivetype.report..",
          "org.fivetype.cli..");
}
