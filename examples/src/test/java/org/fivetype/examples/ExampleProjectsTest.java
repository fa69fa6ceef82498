package org.fivetype.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fivetype.api.IndicatorId;
import org.fivetype.plugin.Plugins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the README's two example projects ({@code examples/projects/embedding} and
 * {@code examples/projects/district-plugin}) as separate Maven projects, the way a user would,
 * against this reactor's artifacts — without installing anything into the shared {@code ~/.m2}:
 * the reactor's jars and poms are copied into a repository under {@code target/}, and a generated
 * settings.xml mirrors every remote repository to the user's {@code ~/.m2} (a {@code file://}
 * URL), so the third-party artifacts resolve without the network. The README's blocks must be
 * these files, line for line. Skipped (with the reason) only when {@code mvn} is not on the PATH.
 */
class ExampleProjectsTest {

  private static final String VERSION = "0.1.0-SNAPSHOT";
  private static Path root;
  private static Path work;
  private static Path settings;

  @BeforeAll
  static void repository() throws IOException {
    root = EmbeddingExampleTest.repoRoot();
    work = root.resolve("examples/target/example-projects");
    deleteTree(work);
    Path repo = work.resolve("repository");
    // the reactor's poms (parent, BOM, modules) and the jars it has packaged so far
    copyInto(repo, "fivetype-parent", root.resolve("pom.xml"), null);
    String rootPom = Files.readString(root.resolve("pom.xml"));
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(rootPom);
    while (m.find()) {
      Path module = root.resolve(m.group(1).strip());
      String artifactId = artifactId(Files.readString(module.resolve("pom.xml")));
      Path jar = module.resolve("target").resolve(artifactId + "-" + VERSION + ".jar");
      copyInto(repo, artifactId, module.resolve("pom.xml"), Files.isRegularFile(jar) ? jar : null);
    }
    Path userRepo = Path.of(System.getProperty("maven.repo.local",
        System.getProperty("user.home") + "/.m2/repository"));
    settings = work.resolve("settings.xml");
    Files.writeString(settings, "<settings>\n  <localRepository>" + repo.toAbsolutePath() + "</localRepository>\n"
        + "  <mirrors>\n    <mirror>\n      <id>user-repository</id>\n      <mirrorOf>*</mirrorOf>\n"
        + "      <url>" + userRepo.toAbsolutePath().toUri() + "</url>\n    </mirror>\n  </mirrors>\n</settings>\n");
  }

  @Test
  void theReadmeShowsTheProjectsFilesVerbatim() throws IOException {
    List<String> readme = Files.readAllLines(root.resolve("README.md"));
    for (String file : List.of("examples/projects/embedding/pom.xml",
        "examples/projects/embedding/src/main/java/com/example/assessment/AssessCity.java",
        "examples/projects/district-plugin/pom.xml",
        "examples/projects/district-plugin/src/main/java/com/example/district/DistrictPlugin.java")) {
      int marker = readme.indexOf("<!-- file: " + file + " -->");
      assertThat(marker).as("README marker for " + file).isNotNegative();
      assertThat(readme.get(marker + 1)).startsWith("```");
      int close = marker + 2;
      while (!readme.get(close).equals("```")) {
        close++;
      }
      assertThat(readme.subList(marker + 2, close)).as(file).isEqualTo(Files.readAllLines(root.resolve(file)));
    }
  }

  @Test
  void theEmbeddingProjectsCodeIsTheCompiledExamples() throws IOException {
    // the project's tagged region is EmbeddingExample's (which the README shows and a test runs)
    assertThat(tagged(root.resolve("examples/projects/embedding/src/main/java/com/example/assessment/AssessCity.java")))
        .isEqualTo(tagged(root.resolve("examples/src/main/java/org/fivetype/examples/EmbeddingExample.java")));
  }

  @Test
  void theEmbeddingProjectBuildsAndAssessesTheDemoCityAsTheExampleDoes(@TempDir Path tmp) throws Exception {
    Path project = build("embedding");
    Path jar = project.resolve("target/city-assessment-1.0.jar");
    try (JarFile j = new JarFile(jar.toFile())) {
      assertThat(j.getEntry("com/example/assessment/AssessCity.class")).isNotNull();
    }
    // run the separately compiled class on the reactor's jars (this test's class path without the
    // examples module's own classes; the dependency plugin that would print the project's class
    // path is not complete in the local repository, and the build must not go to the network):
    // it prints exactly what EmbeddingExample prints
    String classpath = Stream.concat(Stream.of(jar.toString()),
            Stream.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                    .split(File.pathSeparator))
                .filter(e -> !Path.of(e).toAbsolutePath().startsWith(root.resolve("examples/target"))))
        .collect(Collectors.joining(File.pathSeparator));
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(javaBin.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath, "com.example.assessment.AssessCity",
        tmp.resolve("separate").toString()).redirectErrorStream(false).start();
    p.getOutputStream().close();
    byte[] stdout = p.getInputStream().readAllBytes();
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(stderr).isZero();
    ByteArrayOutputStream inReactor = new ByteArrayOutputStream();
    EmbeddingExample.run(new PrintStream(inReactor, true, StandardCharsets.UTF_8), tmp.resolve("reactor"));
    // (less Log4j's status line "could not find a logging provider", which POI's log4j-api prints
    // to standard output when the application has no Log4j backend)
    List<String> printed = new String(stdout, StandardCharsets.UTF_8).lines()
        .filter(l -> !l.contains("Log4j API could not find a logging provider")).collect(Collectors.toList());
    assertThat(printed).isEqualTo(inReactor.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList()));
    assertThat(tmp.resolve("separate/out/report.html")).isRegularFile();
  }

  @Test
  void theDistrictPluginProjectBuildsAPluginJarThatFivetypeLoads() throws Exception {
    Path project = build("district-plugin");
    Path jar = project.resolve("target/district-plugin-1.0.jar");
    try (JarFile j = new JarFile(jar.toFile())) {
      // written by the auto-service processor, whose version came from the BOM
      var services = j.getEntry("META-INF/services/org.fivetype.spi.PillarProvider");
      assertThat(services).isNotNull();
      assertThat(new String(j.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo("com.example.district.DistrictPlugin");
      assertThat(j.getManifest().getMainAttributes().getValue(Plugins.API_VERSION_ATTRIBUTE))
          .isEqualTo(Plugins.API_VERSION);
      // provided scope: the kernel is not packed into the plugin jar
      assertThat(j.stream().map(e -> e.getName()).filter(n -> n.startsWith("org/fivetype/"))).isEmpty();
    }
    // the command line's loader takes it (it checks the manifest) and finds the district's indicator
    Plugins plugins = Plugins.discover(List.of(jar));
    assertThat(plugins.providerOf(IndicatorId.of("S7.district-hotline")).map(p -> p.getClass().getName()))
        .contains("com.example.district.DistrictPlugin");
  }

  /** Copies the project into target/ and runs {@code mvn -B -q package} there (through the generated settings). */
  private static Path build(String name) throws Exception {
    Optional<Path> mvn = onPath(isWindows() ? "mvn.cmd" : "mvn");
    assumeTrue(mvn.isPresent(), "mvn is not on the PATH: the example projects of the README are not built");
    Path from = root.resolve("examples/projects").resolve(name);
    Path project = work.resolve(name);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        Path to = project.resolve(from.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    List<String> command = new ArrayList<>(List.of(mvn.get().toString(), "-B", "-q", "-s", settings.toString(),
        "-Dmaven.repo.local=" + work.resolve("repository"), "package"));
    Path log = work.resolve(name + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // a short build: C1 only needs about half the CPU of the default compilers (docs/testing.md, "Build time")
    pb.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    Process p = pb.start();
    p.getOutputStream().close();
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done).as("mvn package of " + name + " within 10 minutes").isTrue();
    assertThat(p.exitValue()).as("mvn package of " + name + ":\n" + Files.readString(log)).isZero();
    return project;
  }

  private static void copyInto(Path repo, String artifactId, Path pom, Path jar) throws IOException {
    Path dir = repo.resolve("org/fivetype").resolve(artifactId).resolve(VERSION);
    Files.createDirectories(dir);
    Files.copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      Files.copy(jar, dir.resolve(artifactId + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The module's own artifactId: the first one after its {@code <parent>} element. */
  private static String artifactId(String pom) {
    int after = pom.indexOf("</parent>");
    Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(pom);
    if (!m.find(Math.max(after, 0))) {
      throw new IllegalStateException("no artifactId in a module's pom.xml");
    }
    return m.group(1).strip();
  }

  private static List<String> tagged(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file).stream().map(String::strip).collect(Collectors.toList());
    return lines.subList(lines.indexOf("// tag::embed[]") + 1, lines.indexOf("// end::embed[]"));
  }

  private static Optional<Path> onPath(String exe) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d).resolve(exe))
        .filter(Files::isExecutable).findFirst();
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(f);
      }
    }
  }
}
