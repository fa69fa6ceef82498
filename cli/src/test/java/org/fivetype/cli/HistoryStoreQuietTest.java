package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a history store in a place that cannot be written ({@code /proc}, where H2 cannot
 * create {@code h.trace.db}) made H2 print its own {@code DbException} and stack trace on the
 * process's {@code System.out} and {@code System.err}, besides fivetype's message. Without
 * {@code --verbose} only fivetype's line reaches the terminal, with exit 4.
 */
class HistoryStoreQuietTest {

  @TempDir
  Path dir;

  @Test
  void readOnlyLocationGivesOneClearLineAndExit4() {
    System.setProperty("h2.bindAddress", "127.0.0.1");
    Path bad = Path.of("src", "test", "resources", "bad");
    ByteArrayOutputStream processStreams = new ByteArrayOutputStream();
    PrintStream sysOut = System.out;
    PrintStream sysErr = System.err;
    Cli r;
    System.setOut(new PrintStream(processStreams, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(processStreams, true, StandardCharsets.UTF_8));
    try {
      r = Cli.run("assess", "--units", bad.resolve("good-units.csv").toString(), "--observations",
          bad.resolve("good-observations.csv").toString(), "--year", "2024", "--out", dir.resolve("out").toString(),
          "--history", "/proc/fivetype-no-such-store/h");
    } finally {
      System.setOut(sysOut);
      System.setErr(sysErr);
    }
    String leaked = processStreams.toString(StandardCharsets.UTF_8);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).contains("fivetype: the history store failed").doesNotContain("\tat ");
    assertThat(leaked).as("printed by H2 on the process's streams").doesNotContain("org.h2").doesNotContain("\tat ");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
