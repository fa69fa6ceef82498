package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.fivetype.plugin.Plugins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fivetype --plugins DIR}: the Tianshan District plugin jar as the reactor built it
 * (examples-plugin/target, kept off the test class path by cli/pom.xml), and jars built
 * here that must be refused by file name: not a jar, another API version, no API version, a
 * provider that cannot be loaded, an indicator id offered twice.
 */
class PluginsCliTest {

  /** The district's rule file, which uses the plugin's indicator S7.community-hotline. */
  static final String TIANSHAN_RULES = "../examples/src/main/resources/district/tianshan-2025.json";

  static Path pluginJar;

  @TempDir
  Path tmp;

  @BeforeAll
  static void theBuildCopiedThePluginJar() {
    String p = System.getProperty("fivetype.test.pluginJar");
    assertThat(p).as("the build sets fivetype.test.pluginJar (cli/pom.xml)").isNotNull();
    pluginJar = Path.of(p);
    assertThat(pluginJar).as("the reactor built the examples-plugin jar").isRegularFile();
  }

  private Path folderWith(String name, Path... jars) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    for (Path j : jars) {
      Files.copy(j, dir.resolve(j.getFileName()));
    }
    return dir;
  }

  private Path tianshanFolder() throws IOException {
    return folderWith("plugins", pluginJar);
  }

  /** A jar with the given manifest version (none when null) and entries (name → content). */
  private Path jar(String fileName, String apiVersion, Map<String, String> entries) throws IOException {
    Path f = Files.createDirectories(tmp.resolve("made")).resolve(fileName);
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (apiVersion != null) {
      m.getMainAttributes().putValue(Plugins.API_VERSION_ATTRIBUTE, apiVersion);
    }
    try (OutputStream os = Files.newOutputStream(f); JarOutputStream jos = new JarOutputStream(os, m)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        jos.putNextEntry(new JarEntry(e.getKey()));
        jos.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        jos.closeEntry();
      }
    }
    return f;
  }

  @Test
  void theReactorsPluginJarNamesThisApiVersion() throws IOException {
    try (JarFile jf = new JarFile(pluginJar.toFile())) {
      assertThat(jf.getManifest().getMainAttributes().getValue(Plugins.API_VERSION_ATTRIBUTE))
          .isEqualTo(Plugins.API_VERSION);
    }
  }

  @Test
  void withoutThePluginTheDistrictRulesDoNotValidateWithItTheyDo() throws IOException {
    Cli without = Cli.run("rules", "validate", TIANSHAN_RULES);
    assertThat(without.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(without.err()).contains("S7.community-hotline");

    // the README's command, as written: a global option before the command
    Cli with = Cli.run("--plugins", tianshanFolder().toString(), "rules", "validate", TIANSHAN_RULES);
    assertThat(with.exitCode()).as(with.err()).isZero();
    assertThat(with.out()).contains("ok 有效", "tianshan-2025");
  }

  @Test
  void theOptionAlsoWorksAfterTheCommandAndOnAJarFile() {
    Cli r = Cli.run("rules", "validate", "--plugins", pluginJar.toString(), TIANSHAN_RULES);
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void theEnvironmentVariableNamesPluginFolders() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    String path = empty + java.io.File.pathSeparator + tianshanFolder();
    Cli r = Cli.runWith(Map.of(FivetypeCommand.PLUGINS_ENV, path), "rules", "validate", TIANSHAN_RULES);
    assertThat(r.exitCode()).as(r.err()).isZero();
    // --plugins takes precedence over the variable
    Cli overridden = Cli.runWith(Map.of(FivetypeCommand.PLUGINS_ENV, path), "--plugins", empty.toString(),
        "rules", "validate", TIANSHAN_RULES);
    assertThat(overridden.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void checklistAssessExplainAndSensitivitySeeThePlugin() throws IOException {
    Path plugins = tianshanFolder();
    Path in = tmp.resolve("in");
    assertThat(Cli.run("demo", "--inputs", in.toString(), "--inputs-only").exitCode()).isZero();
    String units = in.resolve("units.csv").toString();
    // the district removes L7.paper-contest: its rows leave the demo's observations
    Path observations = in.resolve("observations-tianshan.csv");
    Files.write(observations, Files.readAllLines(in.resolve("observations.csv")).stream()
        .filter(l -> !l.contains(",L7.paper-contest,")).toList());

    Cli checklist = Cli.run("--plugins", plugins.toString(), "checklist", "--rules", TIANSHAN_RULES, "--units",
        units, "--out", tmp.resolve("checklist").toString());
    assertThat(checklist.exitCode()).as(checklist.err()).isZero();
    assertThat(Files.readString(tmp.resolve("checklist/checklist.csv"))).contains("S7.community-hotline");

    Path out = tmp.resolve("out");
    Cli assess = Cli.run("--plugins", plugins.toString(), "assess", "--rules", TIANSHAN_RULES, "--units", units,
        "--observations", observations.toString(), "--year", "2024", "--out", out.toString());
    assertThat(assess.exitCode()).as(assess.err()).isZero();
    assertThat(Files.readString(out.resolve("results.json"))).contains("tianshan-2025", "S7.community-hotline");

    // explain reads the complete rule set back from results.json, and runs with the plugins loaded
    Cli explain = Cli.run("--plugins", plugins.toString(), "explain", "--result", out.toString(), "--unit",
        "tianshan");
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out()).contains("S7.community-hotline");

    Path spec = Files.writeString(tmp.resolve("spec.json"),
        "{\"inputs\": [{\"threshold\": \"EXCELLENT\", \"between\": [0.88, 0.92]}]}");
    Cli sensitivity = Cli.run("--plugins", plugins.toString(), "sensitivity", "--rules", TIANSHAN_RULES, "--units",
        units, "--observations", observations.toString(), "--year", "2024", "--uncertain",
        spec.toString(), "--runs", "4", "--uncertainty-only", "--out", tmp.resolve("sens").toString());
    assertThat(sensitivity.exitCode()).as(sensitivity.err()).isZero();
    assertThat(Files.readString(tmp.resolve("sens/results.json"))).contains("tianshan-2025");
  }

  @Test
  void aFileThatIsNotAJarIsRefusedByName() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("broken"));
    Files.copy(pluginJar, dir.resolve("a-tianshan.jar"));
    Files.writeString(dir.resolve("b-broken.jar"), "this is not a zip file");
    Cli r = Cli.run("--plugins", dir.toString(), "rules", "validate", TIANSHAN_RULES);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("b-broken.jar", "cannot be opened as a jar file").doesNotContain("a-tianshan.jar:");
    assertThat(r.err()).doesNotContain("Exception\n\tat ");
  }

  @Test
  void aJarBuiltForAnotherApiVersionOrForNoneIsRefusedByName() throws IOException {
    Path other = jar("future-plugin.jar", "99", Map.of());
    Path none = jar("plain-library.jar", null, Map.of());
    Cli r = Cli.run("--plugins", other.toString(), "--plugins", none.toString(), "rules", "validate", TIANSHAN_RULES);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    // both problems, together, each by its file
    assertThat(r.err()).contains("future-plugin.jar", "was built for plugin API version 99, this fivetype has "
        + Plugins.API_VERSION, "plain-library.jar", "has no " + Plugins.API_VERSION_ATTRIBUTE);
  }

  @Test
  void aJarWhoseProviderCannotBeLoadedIsRefusedByName() throws IOException {
    Path broken = jar("missing-class.jar", Plugins.API_VERSION,
        Map.of("META-INF/services/org.fivetype.spi.PillarProvider", "org.example.NoSuchPillar\n"));
    Cli r = Cli.run("--plugins", broken.toString(), "rules", "show");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("missing-class.jar", "org.example.NoSuchPillar");
  }

  @Test
  void twoJarsOfferingTheSameIndicatorAreRefusedNamingBoth() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("twice"));
    Files.copy(pluginJar, dir.resolve("tianshan-1.jar"));
    Files.copy(pluginJar, dir.resolve("tianshan-2.jar"));
    Cli r = Cli.run("--plugins", dir.toString(), "rules", "validate", TIANSHAN_RULES);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("tianshan-2.jar", "duplicate indicator id S7.community-hotline",
        "already offered by plugin jar", "tianshan-1.jar");
  }

  @Test
  void aMissingPluginFolderIsRefusedAndAnEmptyOneChangesNothing() throws IOException {
    Cli missing = Cli.run("--plugins", tmp.resolve("nowhere").toString(), "rules", "show");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("nowhere", "no such plugin jar or folder");
    Cli empty = Cli.run("--plugins", Files.createDirectories(tmp.resolve("none")).toString(), "rules", "show");
    assertThat(empty.exitCode()).as(empty.err()).isZero();
    assertThat(empty.out()).contains("urumqi-2004");
  }
}
