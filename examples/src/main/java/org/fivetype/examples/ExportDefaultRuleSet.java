package org.fivetype.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;

/**
 * Writes the built-in rule set {@code urumqi-2004} as a complete rule file to
 * {@code docs/urumqi-2004.json} (or to the path given as the only argument), so that a district can
 * copy it. {@code DefaultRuleSetTest} fails when the file is stale; regenerate it from the
 * repository root with
 *
 * <pre>{@code mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=org.fivetype.examples.ExportDefaultRuleSet}</pre>
 */
public final class ExportDefaultRuleSet {
  private ExportDefaultRuleSet() {}

  /** The command that regenerates {@code docs/urumqi-2004.json}, run from the repository root. */
  public static final String COMMAND =
      "mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=org.fivetype.examples.ExportDefaultRuleSet";

  /** Writes the file; the optional argument is the target path. */
  public static void main(String[] args) {
    Path target = args.length > 0 ? Path.of(args[0]) : defaultTarget();
    write(target);
    System.out.println("wrote " + target.toAbsolutePath().normalize());
  }

  /** {@code RuleFiles.builtIn("urumqi-2004", Plugins.discover()).toJson()}: the file's content. */
  public static String export() {
    return RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover()).toJson();
  }

  /** Writes the export to {@code target} through a temporary file, so it is never half-written. */
  public static void write(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    try {
      Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
      try {
        Files.write(tmp, export().getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + abs, e);
    }
  }

  /** {@code docs/urumqi-2004.json} in the nearest folder at or above the working directory that has {@code docs/}. */
  static Path defaultTarget() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("docs"))) {
        return d.resolve("docs").resolve("urumqi-2004.json");
      }
    }
    throw new IllegalStateException("no folder with docs/ at or above " + Path.of("").toAbsolutePath()
        + "; give the target path as the argument");
  }
}
