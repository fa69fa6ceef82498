package org.fivetype.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.fivetype.api.Surface;

/**
 * The spark module's own rules (the examples module's {@code ArchitectureTest} does not see it:
 * Spark is kept off that module's class path). Core's independence from Spark is checked there.
 */
@AnalyzeClasses(packages = "org.fivetype.spark", importOptions = ImportOption.DoNotIncludeTests.class)
class SparkArchitectureTest {

  @ArchTest
  static final ArchRule libraryCodeNeverPrints = noClasses().that().resideInAPackage("org.fivetype.spark")
      .or().resideInAPackage("org.fivetype.spark.internal")
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
      .because("library code never prints (DESIGN.md); only the demo jobs may");

  @ArchTest
  static final ArchRule libraryCodeDoesNotNeedTheDemo = noClasses().that().resideInAPackage("org.fivetype.spark")
      .or().resideInAPackage("org.fivetype.spark.internal")
      .should().dependOnClassesThat().resideInAnyPackage("org.fivetype.examples..", "org.fivetype.report..",
          "org.fivetype.spark.examples..", "org.fivetype.pillar..")
      .because("fivetype-report (the demo city and its records) is an optional dependency, for the demo jobs only");

  /** Every public top-level type says what it promises ({@link Surface}; docs/api.md). */
  @ArchTest
  static final ArchRule everyPublicTypeSaysWhatItPromises = classes().that().arePublic().and().areTopLevelClasses()
      .should().beAnnotatedWith(Surface.class)
      .because("an embedder must see which public types are API, SPI, experimental or internal (docs/api.md)");

  /** A public type of an {@code internal} package is marked internal. */
  @ArchTest
  static final ArchRule internalPackagesHoldInternalTypes = classes().that().arePublic().and().areTopLevelClasses()
      .and().resideInAPackage("..internal..")
      .should(new ArchCondition<JavaClass>("be marked @Surface(INTERNAL)") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          boolean internal = c.isAnnotatedWith(Surface.class)
              && c.getAnnotationOfType(Surface.class).value() == Surface.Kind.INTERNAL;
          events.add(new SimpleConditionEvent(c, internal, c.getName() + (internal ? " is" : " is not")
              + " marked @Surface(INTERNAL)"));
        }
      });
}
