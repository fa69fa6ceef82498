package org.fivetype.cli;

import org.fivetype.api.Surface;

/**
 * The exit codes of {@code fivetype} (also in the README and in {@code fivetype --help}).
 */
@Surface(Surface.Kind.INTERNAL)
public final class ExitCodes {
  private ExitCodes() {}

  /** Done. */
  public static final int OK = 0;
  /** A bug: an unexpected error (run again with {@code --verbose} for the stack trace). */
  public static final int INTERNAL = 1;
  /** Bad input: a units, observations, rule or results file has problems (all are listed). */
  public static final int BAD_INPUT = 2;
  /** Bad usage: an unknown command or option, a missing or malformed option value. */
  public static final int USAGE = 3;
  /** Input or output failed: a file or the history store cannot be read or written, or --out holds other files. */
  public static final int IO = 4;
}
