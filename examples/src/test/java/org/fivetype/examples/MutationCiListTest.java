package org.fivetype.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps CI's share of the mutation run honest (docs/testing.md, "Mutation testing in CI"): the
 * profile {@code mutation-ci} of core, records, composite and uncertainty lists the classes PIT
 * mutates in CI by their binary names, and PIT silently mutates nothing for a name that matches
 * no class. So a class renamed or moved would drop out of CI's PIT run without a word; this test
 * fails instead. Each listed name must be a class on the classpath, inside the classes the
 * module's full {@code mutation} profile mutates, listed once, with no glob and no space (Maven
 * passes the property to PIT as one string, and a space before a name keeps it from matching).
 */
class MutationCiListTest {

  private static final Pattern PROFILE = Pattern.compile(
      "<id>(mutation(?:-ci)?)</id>\\s*<properties>(.*?)</properties>", Pattern.DOTALL);
  private static final Pattern TARGETS = Pattern.compile(
      "<mutation\\.targetClasses>([^<]*)</mutation\\.targetClasses>");

  /** The value of {@code mutation.targetClasses} in the module's profile {@code id}. */
  private static String targets(String module, String id) throws IOException {
    String pom = Files.readString(EmbeddingExampleTest.repoRoot().resolve(module).resolve("pom.xml"));
    Matcher profile = PROFILE.matcher(pom);
    while (profile.find()) {
      if (profile.group(1).equals(id)) {
        Matcher t = TARGETS.matcher(profile.group(2));
        assertThat(t.find()).as("%s/pom.xml: profile %s sets mutation.targetClasses", module, id).isTrue();
        return t.group(1);
      }
    }
    throw new AssertionError(module + "/pom.xml has no profile " + id + " with properties");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"core", "records", "composite", "uncertainty"})
  void everyClassCiMutatesExistsAndIsOneTheFullRunMutatesToo(String module) throws Exception {
    List<String> full = Arrays.asList(targets(module, "mutation").split(","));
    List<String> ci = Arrays.asList(targets(module, "mutation-ci").split(","));
    assertThat(ci).as("%s: CI's list", module).isNotEmpty().doesNotHaveDuplicates();
    for (String name : ci) {
      assertThat(name).as("%s: '%s' is a binary class name, no glob, no space", module, name)
          .matches("org\\.fivetype(\\.[a-z]+)+\\.[A-Z][A-Za-z0-9]*(\\$[A-Z][A-Za-z0-9]*)*");
      assertThat(full).as("%s: %s is inside the full run's classes %s", module, name, full)
          .anyMatch(glob -> glob.endsWith(".*")
              ? name.startsWith(glob.substring(0, glob.length() - 1))
              : name.equals(glob));
      try {
        Class.forName(name, false, getClass().getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(module + "/pom.xml, profile mutation-ci: " + name
            + " is not a class (renamed or moved? PIT would mutate nothing for it)", e);
      }
    }
  }
}
