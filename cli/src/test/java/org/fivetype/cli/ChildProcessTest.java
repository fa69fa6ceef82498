package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, run as a user runs it: {@code fivetype} in a process of its own (this test's class
 * path, {@link Main#main}), started by bash.
 *
 * <ul>
 *   <li>A pipe the shell hands over, {@code --observations <(cat observations.csv)} (a {@code
 *       /dev/fd/N} path), is read whole: the run writes the same results as on the file itself
 *       (it failed as "the file is empty" when the encoding check had consumed the stream).
 *   <li>A run that runs out of memory (a tiny {@code -Xmx}, an input of 300,000 units) says so and
 *       how to give Java more ({@code JAVA_OPTS} for {@code bin/fivetype}, {@code -Xmx}), exits 1
 *       as the README documents, prints no stack trace, and writes nothing.
 * </ul>
 */
class ChildProcessTest {

  static final Path BAD = Path.of("src", "test", "resources", "bad");

  @TempDir
  Path w;

  record Run(int exit, String out, String err) {}

  /** Runs {@code fivetype ARGS} through bash (so that {@code <(…)} works), with the given JVM options. */
  static Run fivetype(List<String> jvm, String args, Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    // short-lived: C1 only (half the CPU); the test's own options follow
    List<String> cmd = new ArrayList<>(List.of("bash", "-c", "exec \"$FT_JAVA\" -XX:TieredStopAtLevel=1 $FT_JVM -cp \"$FT_CP\" "
        + Main.class.getName() + " " + args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().remove("FIVETYPE_PLUGINS");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().put("FT_JAVA", java);
    pb.environment().put("FT_JVM", String.join(" ", jvm));
    pb.environment().put("FT_CP", cp);
    Path out = dir.resolve("child.out");
    Path err = dir.resolve("child.err");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the child ends").isTrue();
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
        StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  @Test
  void aPipeFromTheShellIsReadWhole() throws Exception {
    String units = BAD.toAbsolutePath().resolve("good-units.csv").toString();
    String obs = BAD.toAbsolutePath().resolve("good-observations.csv").toString();
    Run piped = fivetype(List.of("-Xmx256m"), "assess --units '" + units + "' --observations <(cat '" + obs
        + "') --year 2024 --out piped", w);
    assertThat(piped.exit()).as(piped.err()).isZero();
    assertThat(piped.out()).contains("wrote 已写出");
    // the same run on the file itself, in this process: the same results
    Cli direct = Cli.run("assess", "--units", units, "--observations", obs, "--year", "2024", "--out",
        w.resolve("direct").toString());
    assertThat(direct.exitCode()).as(direct.err()).isZero();
    assertThat(Files.readString(w.resolve("piped/results.csv"), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(w.resolve("direct/results.csv"), StandardCharsets.UTF_8));
    assertThat(Files.readString(w.resolve("piped/results.csv"), StandardCharsets.UTF_8)).contains("a,天山区");
  }

  @Test
  void runningOutOfMemorySaysHowToGiveMore() throws Exception {
    // 300,000 units with two values each: the evidence table alone (57 indicators × 8 bytes a unit)
    // is 137 MB, far over the 64 MB the child is given
    int n = 300_000;
    Path units = w.resolve("units.csv");
    Path obs = w.resolve("observations.csv");
    try (BufferedWriter u = Files.newBufferedWriter(units, StandardCharsets.UTF_8);
        BufferedWriter o = Files.newBufferedWriter(obs, StandardCharsets.UTF_8)) {
      u.write("unit_id,name_zh,name_en,kind,category\n");
      o.write("unit_id,year,indicator_id,value,source\n");
      for (int i = 0; i < n; i++) {
        u.write("u" + i + ",单位" + i + ",Unit " + i + ",department,c" + (i % 10) + "\n");
        o.write("u" + i + ",2024,L7.research-days,0.8,inspection\n");
        o.write("u" + i + ",2024,R1.red-header-review,1,records\n");
      }
    }
    Run r = fivetype(List.of("-Xmx64m", "-XX:+UseSerialGC"), "assess --units units.csv --observations "
        + "observations.csv --year 2024 --out out --history h", w);
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err()).contains("fivetype: out of memory 内存不足").contains("JAVA_OPTS=-Xmx8g bin/fivetype")
        .contains("-Xmx");
    assertThat(r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread")
        .doesNotContain("java.lang.OutOfMemoryError");
    assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
    try (var s = Files.list(w)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted()).as("nothing written, nothing stored")
          .containsExactly("observations.csv", "units.csv");
    }
  }
}
