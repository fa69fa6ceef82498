package org.fivetype.cli;

import java.io.PrintStream;

/**
 * A progress line on stderr, rewritten in place; shown only when stderr is taken for a terminal
 * (Java cannot ask about stderr alone: {@code System.console()} and {@code TERM} are used), so
 * logs and pipes stay clean.
 */
final class Progress {
  private final PrintStream err;
  private final boolean on;
  private int lastLength;

  Progress(PrintStream err, boolean on) {
    this.err = err;
    this.on = on;
  }

  void show(String line) {
    if (on) {
      String pad = line.length() < lastLength ? " ".repeat(lastLength - line.length()) : "";
      err.print("\r" + line + pad);
      err.flush();
      lastLength = line.length();
    }
  }

  void done() {
    if (on && lastLength > 0) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
    }
  }
}
