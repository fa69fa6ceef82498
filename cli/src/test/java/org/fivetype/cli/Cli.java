package org.fivetype.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@code fivetype} in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

  /** Runs with an empty environment, so that a FIVETYPE_PLUGINS of the machine running the tests plays no part. */
  static Cli run(String... args) {
    return runWith(java.util.Map.of(), args);
  }

  /** Runs with the given environment. */
  static Cli runWith(java.util.Map<String, String> env, String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), false, env);
    return new Cli(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }
}
