package org.fivetype.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a directory all at once: the files go into a temporary directory beside the target,
 * which is then moved into place. A failed run leaves no target directory and no temporary one.
 * An existing target is replaced only if it holds nothing but files fivetype writes; anything else
 * in it is refused, so a mistyped {@code --out} never deletes a user's folder.
 */
final class AtomicDirectory {
  private AtomicDirectory() {}

  /** What fills the temporary directory. */
  interface Body {
    void write(Path dir) throws IOException;
  }

  /** The names fivetype writes into an output directory. */
  static final Set<String> OURS = Set.of("results.json", "results.csv", "results.xlsx", "report.html",
      "checklist.html", "checklist.csv", "checklist.xlsx", "cadre-records.csv", "observations.csv", "diagnostics-ballots.csv",
      "diagnostics-complaints.csv", "diagnostics-meetings.csv", "diagnostics-cases.csv",
      "diagnostics-research-days.csv", RobustnessSection.CSV);

  static void write(Path target, Body body) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new IOException("cannot write to the root directory");
    }
    if (Files.exists(out)) {
      checkReplaceable(out);
    }
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + out.getFileName() + ".tmp-");
    try {
      if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        // a temporary directory is private; the results are not
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      body.write(tmp);
      if (Files.exists(out)) {
        Path old = Files.createTempDirectory(parent, "." + out.getFileName() + ".old-");
        Files.delete(old);
        move(out, old);
        try {
          move(tmp, out);
        } catch (IOException e) {
          move(old, out); // put the previous results back
          throw e;
        }
        deleteTree(old);
      } else {
        move(tmp, out);
      }
    } catch (IOException | RuntimeException | Error e) {
      deleteTree(tmp);
      throw e;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void checkReplaceable(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      throw new FileAlreadyExistsException(out.toString(), null, "exists and is not a directory");
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(out)) {
      for (Path p : ds) {
        if (!OURS.contains(p.getFileName().toString()) || !Files.isRegularFile(p)) {
          throw new FileAlreadyExistsException(out.toString(), null, "exists and holds " + p.getFileName()
              + ", which fivetype did not write: choose another --out or empty it");
        }
      }
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: a leftover temporary file is not worth failing for
        }
      });
    } catch (IOException ignored) {
      // best effort
    }
  }
}
