package org.fivetype.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/** The entry point of {@code fivetype}: runs a command and exits with one of {@link ExitCodes}. */
@Surface(Surface.Kind.INTERNAL)
public final class Main {
  private Main() {}

  /** Runs the command line and exits. */
  // on Java 17 (the release built for) System.console() is null when no terminal is attached
  @SuppressWarnings("SystemConsoleNull")
  public static void main(String[] args) {
    quietLibraries();
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, System.console() != null && System.getenv("TERM") != null
        && !"dumb".equals(System.getenv("TERM"))));
  }

  /**
   * Runs the command line with the given streams; returns the exit code.
   *
   * @param terminal whether stderr is taken for a terminal (a progress line is shown then)
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    return run(args, out, err, terminal, System.getenv());
  }

  /**
   * Runs the command line with the given streams and environment (for {@code FIVETYPE_PLUGINS});
   * returns the exit code. The thread's context class loader is as before when it returns, and no
   * control character of a name or a value reaches the terminal.
   */
  static int run(String[] args, PrintStream rawOut, PrintStream rawErr, boolean terminal,
      java.util.Map<String, String> env) {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    PrintStream out = Plain.wrap(rawOut);
    PrintStream err = Plain.wrap(rawErr);
    try {
      return execute(args, out, err, terminal, env);
    } finally {
      out.flush();
      err.flush();
      Thread.currentThread().setContextClassLoader(before);
    }
  }

  private static int execute(String[] args, PrintStream out, PrintStream err, boolean terminal,
      java.util.Map<String, String> env) {
    FivetypeCommand root = new FivetypeCommand(out, err, terminal, env);
    CommandLine cl = new CommandLine(root);
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("fivetype: " + ex.getMessage());
      if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
        err.println("did you mean 您是否要输入: " + String.join(", ", u.getSuggestions()) + "?");
      }
      String path = commandPath(ex.getCommandLine());
      err.println("(fivetype" + (path.isEmpty() ? "" : " " + path) + " --help shows the options)");
      return ExitCodes.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean verbose = root.verbose;
      if (causedBy(ex, OutOfMemoryError.class)) {
        // first: an OutOfMemoryError may reach here wrapped (in an IOException of the writer thread)
        return outOfMemory(err, ex, verbose);
      }
      if (ex instanceof InvalidInputException bad) {
        err.println("fivetype: " + firstLine(String.valueOf(bad.getMessage())));
        for (Problem p : bad.problems()) {
          err.println("  - " + shown(p.toString()));
        }
        if (verbose) {
          ex.printStackTrace(err);
        }
        return ExitCodes.BAD_INPUT;
      }
      if (ex instanceof org.fivetype.store.jdbc.HistoryStoreException) {
        err.println("fivetype: the history store failed 历史库读写失败: " + ex.getMessage());
        String cause = rootCause(ex);
        if (cause != null) {
          err.println("  cause 原因: " + cause);
        }
        if (verbose) {
          ex.printStackTrace(err);
        }
        return ExitCodes.IO;
      }
      if (ex instanceof IOException || ex instanceof UncheckedIOException) {
        err.println("fivetype: " + describe(ex));
        if (verbose) {
          ex.printStackTrace(err);
        }
        return ExitCodes.IO;
      }
      if (ex.getCause() instanceof StackOverflowError) {
        err.println("fivetype: internal error: the work nested too deep (StackOverflowError)");
        err.println("(run again with --verbose for the stack trace)");
        if (verbose) {
          ex.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
      }
      err.println("fivetype: internal error: " + ex);
      if (verbose) {
        ex.printStackTrace(err);
      } else {
        err.println("(run again with --verbose for the stack trace)");
      }
      return ExitCodes.INTERNAL;
    });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      return outOfMemory(err, e, root.verbose); // if it passed the handler above
    }
  }

  /**
   * Out of memory: what happened and how to give Java more, without a stack trace unless
   * {@code --verbose}; exit {@link ExitCodes#INTERNAL} (documented in the README: not a bug, but
   * none of 2–4 either).
   */
  static int outOfMemory(PrintStream err, Throwable ex, boolean verbose) {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    err.println("fivetype: out of memory 内存不足: the run needed more memory than Java was given (at most " + mb
        + " MB); nothing was written or stored. Run again with more: bin/fivetype reads JAVA_OPTS, e.g. "
        + "JAVA_OPTS=-Xmx8g bin/fivetype …; with the jar, java -Xmx8g -jar fivetype.jar … (-Xmx sets the most memory)");
    if (verbose) {
      ex.printStackTrace(err);
    }
    return ExitCodes.INTERNAL;
  }

  /** Whether the exception or one of its causes is of the type. */
  static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * POI logs through the Log4j API, which complains on stderr when no logging back end is
   * present: the command uses Log4j's built-in simple logger, switched off.
   */
  static void quietLibraries() {
    System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("log4j2.simplelogLevel", "OFF");
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
  }

  private static String commandPath(CommandLine cl) {
    StringBuilder sb = new StringBuilder();
    for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
      sb.insert(0, c.getCommandName() + " ");
    }
    return sb.toString().trim().isEmpty() ? "" : sb.toString().trim();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String l = nl < 0 ? s : s.substring(0, nl);
    return l.endsWith(":") ? l.substring(0, l.length() - 1) : l;
  }

  /**
   * A problem as printed: control characters shown as {@code \\xHH} (a NUL byte, an escape
   * sequence), and at most 400 characters, so that a 1 MB bad value does not flood the terminal.
   */
  static String shown(String s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), 420));
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (n >= 400) {
        sb.append("… (").append(s.length() - i).append(" more characters 余下省略)");
        break;
      }
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
        sb.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
      } else {
        sb.append(c);
      }
      n++;
    }
    return sb.toString();
  }

  /** The message of the innermost cause, on one line and at most 300 characters; null if there is none. */
  static @Nullable String rootCause(Throwable ex) {
    Throwable t = ex.getCause();
    if (t == null) {
      return null;
    }
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    m = m.replaceAll("\\s+", " ").replaceAll("(?i)(password=)[^&;\\s]*", "$1***").trim();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  private static String describe(Exception ex) {
    Throwable t = ex instanceof UncheckedIOException u
        ? requireNonNull(u.getCause(), "an UncheckedIOException has a cause") : ex;
    if (t instanceof org.fivetype.report.OutputDirectoryException o) {
      StringBuilder sb = new StringBuilder(o.getFile()).append(' ').append(o.getReason()).append(':');
      int shown = 0;
      for (String f : o.foreign()) {
        if (shown++ == 20) {
          sb.append("\n  … ").append(o.foreign().size() - 20).append(" more");
          break;
        }
        sb.append("\n  - ").append(f);
      }
      return sb.toString();
    }
    if (t instanceof Checks.Unreadable) {
      return String.valueOf(t.getMessage());
    }
    if (t instanceof java.nio.file.FileAlreadyExistsException f) {
      return f.getFile() + (f.getReason() == null ? " already exists" : " " + f.getReason());
    }
    if (t instanceof java.nio.file.NoSuchFileException f) {
      return "no such file: " + f.getFile();
    }
    if (t instanceof java.nio.file.AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
