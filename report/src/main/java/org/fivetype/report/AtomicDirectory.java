package org.fivetype.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a directory all at once: the files go into a temporary directory beside the target,
 * which is then moved into place. A failed run leaves no target directory and no temporary one.
 *
 * <p>Every directory written holds a manifest ({@value OutputTarget#MANIFEST}): the command that
 * wrote it and the files it wrote. An existing target is replaced only if it is empty or if its
 * manifest names the same command and lists every file in it; anything else is refused with the
 * list of foreign files ({@link OutputDirectoryException}), so a mistyped {@code --out} never
 * deletes a user's folder, nor one command the outputs of another. The run's input files may not
 * lie inside the target.
 *
 * <p>The temporary names are short ({@code .ft-HASH-PID-…}, whatever the length of the target's
 * name, so a legal 250-byte name still works) and carry the id of the process writing them: a
 * later run removes those whose process is gone (a run killed with {@code kill -9}); a previous
 * output moved aside and never put back is put back.
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

  private static final String FORMAT = "fivetype-manifest/1";

  static void write(Path target, Body body) throws IOException {
    write(OutputTarget.of(target, "results"), body);
  }

  static void check(OutputTarget target) throws IOException {
    Path out = target.dir().toAbsolutePath().normalize();
    checkInputs(out, target.inputs());
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      checkReplaceable(out, target.command());
    }
  }

  static void write(OutputTarget target, Body body) throws IOException {
    Path out = target.dir().toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new IOException("cannot write to the root directory");
    }
    checkInputs(out, target.inputs());
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      checkReplaceable(out, target.command());
    }
    Files.createDirectories(parent);
    String prefix = prefix(out);
    cleanStale(parent, out, prefix);
    String mine = prefix + ProcessHandle.current().pid() + "-";
    Path tmp = Files.createTempDirectory(parent, mine + "tmp-");
    try {
      if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        // a temporary directory is private; the results are not
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      body.write(tmp);
      writeManifest(tmp, target.command());
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        // again before the step (a history store's write): another program may have put files there meanwhile
        checkReplaceable(out, target.command());
      }
      target.beforeCommit().run();
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        checkReplaceable(out, target.command()); // and after it, right before the move
        Path old = Files.createTempDirectory(parent, mine + "old-");
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

  /** {@code .ft-} and eight hex digits of the target's name: short, and the same for every run on the target. */
  static String prefix(Path out) {
    return ".ft-" + String.format(Locale.ROOT, "%08x", out.getFileName().toString().hashCode()) + "-";
  }

  /**
   * Removes the temporary directories of runs on this target whose process is gone; a previous
   * output that such a run had moved aside is put back if the target is missing.
   */
  private static void cleanStale(Path parent, Path out, String prefix) {
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, prefix + "*")) {
      for (Path p : ds) {
        String rest = p.getFileName().toString().substring(prefix.length());
        int dash = rest.indexOf('-');
        if (dash <= 0) {
          continue;
        }
        long pid;
        try {
          pid = Long.parseLong(rest.substring(0, dash));
        } catch (NumberFormatException e) {
          continue;
        }
        if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          continue; // a run at work now
        }
        if (pid == ProcessHandle.current().pid()) {
          continue; // this process's own runs clean up after themselves
        }
        stale.add(p);
      }
    } catch (IOException ignored) {
      return; // best effort
    }
    stale.sort(Comparator.comparing(Path::toString));
    for (Path p : stale) {
      String name = p.getFileName().toString();
      if (name.contains("-old-") && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        try {
          move(p, out);
          continue;
        } catch (IOException ignored) {
          // fall through: leave it (it holds results) rather than delete it
          continue;
        }
      }
      deleteTree(p);
    }
  }

  private static void writeManifest(Path dir, String command) throws IOException {
    Set<String> names = new TreeSet<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        names.add(p.getFileName().toString());
      }
    }
    StringBuilder sb = new StringBuilder(FORMAT).append('\n')
        .append("# fivetype may replace this folder on the next run of the same command, if it holds nothing else\n")
        .append("command ").append(command).append('\n');
    for (String n : names) {
      sb.append("file ").append(n).append('\n');
    }
    Files.writeString(dir.resolve(OutputTarget.MANIFEST), sb.toString(), StandardCharsets.UTF_8);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void checkInputs(Path out, List<Path> inputs) throws IOException {
    Path realOut = null;
    try {
      realOut = out.toRealPath();
    } catch (IOException ignored) {
      // not there yet: nothing can be inside it but by its written path
    }
    List<String> inside = new ArrayList<>();
    for (Path in : inputs) {
      Path abs = in.toAbsolutePath().normalize();
      boolean isInside = abs.startsWith(out);
      if (!isInside && realOut != null) {
        try {
          isInside = in.toRealPath().startsWith(realOut);
        } catch (IOException ignored) {
          // an input that cannot be resolved is the reader's problem
        }
      }
      if (isInside) {
        inside.add(in.toString());
      }
    }
    if (!inside.isEmpty()) {
      throw new OutputDirectoryException(out, "holds input files of this run, and the output directory is "
          + "replaced as a whole; nothing was written: choose another --out 输出目录中有本次的输入文件,请另选 --out",
          inside);
    }
  }

  private static void checkReplaceable(Path out, String command) throws IOException {
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(out.toString(), null, "exists and is not a directory");
    }
    Set<String> entries = new TreeSet<>();
    Set<String> notFiles = new HashSet<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(out)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        entries.add(n);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          notFiles.add(n);
        }
      }
    }
    if (entries.isEmpty()) {
      return;
    }
    Path manifest = out.resolve(OutputTarget.MANIFEST);
    String writer = null;
    Set<String> listed = new HashSet<>();
    if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
      if (!lines.isEmpty() && lines.get(0).equals(FORMAT)) {
        for (String l : lines) {
          if (l.startsWith("command ")) {
            writer = l.substring("command ".length());
          } else if (l.startsWith("file ")) {
            listed.add(l.substring("file ".length()));
          }
        }
      }
    }
    List<String> foreign = new ArrayList<>();
    for (String n : entries) {
      boolean ours = command.equals(writer) && !notFiles.contains(n)
          && (n.equals(OutputTarget.MANIFEST) || listed.contains(n));
      if (!ours) {
        foreign.add(n + (notFiles.contains(n) ? "/" : ""));
      }
    }
    if (foreign.isEmpty()) {
      return;
    }
    String why = writer == null
        ? "holds files fivetype did not write (no fivetype manifest " + OutputTarget.MANIFEST + ")"
        : !command.equals(writer)
            ? "holds the outputs of fivetype " + writer + ", not of fivetype " + command
            : "holds files fivetype " + command + " did not write";
    throw new OutputDirectoryException(out, why + "; nothing was written or deleted: choose another --out, or "
        + "move these away 输出目录中有非本命令写出的文件,未写入也未删除任何文件", foreign);
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
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
