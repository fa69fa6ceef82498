package org.fivetype.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks of option values the commands share: the year's range, and that an input file can be read. */
final class Checks {
  private Checks() {}

  /** The earliest year fivetype assesses. */
  static final int MIN_YEAR = 1900;
  /** The latest year fivetype assesses. */
  static final int MAX_YEAR = 2999;

  /** The year, or a usage error (exit 3) when it is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}. */
  static int year(CommandSpec spec, int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--year must be a year from " + MIN_YEAR + " to "
          + MAX_YEAR + " 考核年度应在 " + MIN_YEAR + "–" + MAX_YEAR + " 之间, was " + year);
    }
    return year;
  }

  /**
   * An input file checked before it is read: a missing file is left to the readers (a problem of
   * the input, exit 2); a directory, a symbolic-link loop, a named pipe or device, or a file that
   * cannot be read fails at once with exit 4. A pipe the shell hands over ({@code <(…)}, {@code
   * /dev/stdin}) is read whole into a temporary file of the same name first, so that the readers'
   * several passes see all of it.
   */
  static Path input(String option, Path file) throws IOException {
    if (file == null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return file;
    }
    String s = file.toString();
    if ((s.startsWith("/dev/fd/") || s.startsWith("/proc/self/fd/") || s.equals("/dev/stdin"))
        && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
      // a pipe the shell hands over: its link leads to "pipe:[N]", which is no path (toRealPath fails)
      return spool(option, file);
    }
    try {
      var unused = file.toRealPath(); // read for the exception only
    } catch (FileSystemException e) {
      throw new Unreadable(option + " " + file + ": cannot be read 无法读取: " + reason(e)
          + " (a symbolic link that leads nowhere or to itself?)");
    }
    if (Files.isDirectory(file)) {
      throw new Unreadable(option + " " + file + ": is a directory, not a file 是目录而不是文件: give the file inside it");
    }
    if (!Files.isRegularFile(file)) {
      throw new Unreadable(option + " " + file + ": is not a regular file (a named pipe, a device or a socket) "
          + "不是普通文件: give a file, or pipe it in with <(…)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      in.read();
    } catch (IOException e) {
      throw new Unreadable(option + " " + file + ": cannot be read 无法读取: " + reason(e));
    }
    return file;
  }

  private static Path spool(String option, Path pipe) throws IOException {
    Path dir = Files.createTempDirectory("fivetype-pipe-");
    dir.toFile().deleteOnExit();
    Path copy = dir.resolve(pipe.getFileName().toString());
    try (InputStream in = Files.newInputStream(pipe)) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new Unreadable(option + " " + pipe + ": cannot be read 无法读取: " + reason(e));
    }
    copy.toFile().deleteOnExit();
    return copy;
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** An input that cannot be read (exit 4), with a message that stands alone. */
  static final class Unreadable extends IOException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }
}
