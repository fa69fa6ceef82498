package org.fivetype.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of every module's main code is {@code @NullMarked} (JSpecify) in its
 * {@code package-info.java}, so NullAway checks it: read from the sources of the whole repository
 * (this module's tests run in {@code examples/}, the repository is its parent).
 */
class NullMarkedPackagesTest {

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  /** The folders of main code: {@code <module>/src/main/java} for each module of the reactor. */
  static List<Path> mainSourceRoots() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().forEach(out::add);
    }
    return out;
  }

  /** The package folders (holding at least one class) under a source root. */
  static Set<Path> packageFolders(Path root) throws IOException {
    Set<Path> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("package-info.java"))
          .forEach(f -> out.add(f.getParent()));
    }
    return out;
  }

  @Test
  void theRepositoryIsFound() throws IOException {
    // the kernel and the command line at least: a wrong root would make the check below vacuous
    assertThat(mainSourceRoots()).contains(ROOT.resolve("core/src/main/java"), ROOT.resolve("cli/src/main/java"));
    assertThat(packageFolders(ROOT.resolve("core/src/main/java"))).contains(
        ROOT.resolve("core/src/main/java/org/fivetype/engine"));
  }

  @Test
  void everyPackageIsNullMarked() throws IOException {
    List<String> missing = new ArrayList<>();
    int packages = 0;
    for (Path root : mainSourceRoots()) {
      for (Path pkg : packageFolders(root)) {
        packages++;
        Path info = pkg.resolve("package-info.java");
        if (!Files.exists(info)) {
          missing.add(ROOT.relativize(pkg) + ": no package-info.java");
        } else {
          String text = Files.readString(info);
          if (!text.contains("@NullMarked") || !text.contains("import org.jspecify.annotations.NullMarked;")) {
            missing.add(ROOT.relativize(info) + ": not @NullMarked");
          }
        }
      }
    }
    assertThat(packages).isGreaterThan(30);
    assertThat(missing).as("packages without @NullMarked (add it to their package-info.java)").isEmpty();
  }
}
