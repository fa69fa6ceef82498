package org.fivetype.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import picocli.CommandLine;

/** The entry point of {@code fivetype}: runs a command and exits with one of {@link ExitCodes}. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits. */
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
   * returns the exit code. The thread's context class loader is as before when it returns.
   */
  static int run(String[] args, PrintStream out, PrintStream err, boolean terminal, java.util.Map<String, String> env) {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    try {
      return execute(args, out, err, terminal, env);
    } finally {
      Thread.currentThread().setContextClassLoader(before);
    }
  }

  private static int execute(String[] args, PrintStream out, PrintStream err, boolean terminal,
      java.util.Map<String, String> env) {
    FivetypeCommand root = new FivetypeCommand(out, err, terminal, env);
    CommandLine cl = new CommandLine(root);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("fivetype: " + ex.getMessage());
      err.println("(fivetype " + commandPath(ex.getCommandLine()) + " --help shows the options)");
      return ExitCodes.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean verbose = root.verbose;
      if (ex instanceof InvalidInputException bad) {
        err.println("fivetype: " + firstLine(String.valueOf(bad.getMessage())));
        for (Problem p : bad.problems()) {
          err.println("  - " + p);
        }
        if (verbose) {
          ex.printStackTrace(err);
        }
        return ExitCodes.BAD_INPUT;
      }
      if (ex instanceof org.fivetype.store.jdbc.HistoryStoreException) {
        err.println("fivetype: the history store failed 历史库读写失败: " + ex.getMessage());
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
      err.println("fivetype: internal error: " + ex);
      if (verbose) {
        ex.printStackTrace(err);
      } else {
        err.println("(run again with --verbose for the stack trace)");
      }
      return ExitCodes.INTERNAL;
    });
    return cl.execute(args);
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

  private static String describe(Exception ex) {
    Throwable t = ex instanceof UncheckedIOException u ? requireNonNull(u.getCause()) : ex;
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
