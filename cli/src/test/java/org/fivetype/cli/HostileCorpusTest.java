package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus ({@code src/test/resources/hostile/cases.tsv}, issue 16): each line is a case
 * with its expected exit code and a text its stderr (or, for exit 0, its stdout) must contain; a
 * setup step makes what the case needs in a fresh folder first (files of the corpus, a folder of
 * someone else's files, an earlier run, a FIFO, a symbolic-link loop, a rule-file chain).
 *
 * <p>Every case also checks the README's contract: no stack trace without {@code --verbose};
 * on a non-zero exit no output folder appears that was not there, no temporary folder is left, and
 * every file the setup made is still there, unchanged. Every XLSX file that a case writes is reopened
 * with POI.
 */
class HostileCorpusTest {

  static Path dir() throws URISyntaxException {
    return Path.of(HostileCorpusTest.class.getResource("/hostile/cases.tsv").toURI()).getParent();
  }

  static Path bad() throws URISyntaxException {
    return dir().resolveSibling("bad");
  }

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    List<Arguments> all = new ArrayList<>();
    for (String line : Files.readAllLines(dir().resolve("cases.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 5) {
        throw new IllegalStateException("a case has 5 tab-separated fields: " + line);
      }
      all.add(Arguments.of(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]));
    }
    return all.stream();
  }

  /** The count of the whole bad-input corpus: this table, the bad units/observations files, the bad specs. */
  @Test
  void theCorpusHasMoreThan150Cases() throws Exception {
    long hostile = cases().count();
    long files;
    try (Stream<String> l = Files.lines(bad().resolve("cases.tsv"))) {
      files = l.filter(s -> !s.startsWith("#") && !s.isBlank()).map(s -> s.split("\t")[0]).distinct().count();
    }
    long specs;
    try (Stream<String> l = Files.lines(dir().resolveSibling("bad-spec").resolve("cases.tsv"))) {
      specs = l.filter(s -> !s.startsWith("#") && !s.isBlank()).map(s -> s.split("\t")[0]).distinct().count();
    }
    assertThat(hostile + files + specs).isGreaterThan(150);
    assertThat(hostile).isGreaterThanOrEqualTo(100);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void behavesAsTheReadmePromises(String id, int exit, String message, String setup, String args, @TempDir Path tmp)
      throws Exception {
    Path work = tmp.resolve("w");
    Files.createDirectories(work);
    List<Path> made = setup(setup, work);
    List<String> before = listing(work);
    List<String> argv = new ArrayList<>();
    for (String a : args.split(" ")) {
      argv.add(expand(a, work));
    }
    Cli r = fivetype(argv);
    assertThat(r.exitCode()).as(id + ": exit code; stderr:\n" + r.err() + "\nstdout:\n" + r.out()).isEqualTo(exit);
    String shown = exit == 0 ? r.out() + r.err() : r.err();
    assertThat(shown).as(id + ": the message").contains(expand(message, work).replace("\\n", "\n"));
    assertThat(r.err()).as(id + ": no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread");
    assertThat(r.out() + r.err()).as(id + ": no control character printed").doesNotContain("\u001b")
        .doesNotContain("\u0000");
    for (Path p : made) {
      assertThat(p).as(id + ": what the setup made is still there").exists();
    }
    List<String> after = listing(work);
    assertThat(after.stream().filter(n -> n.contains(".ft-") || n.contains(".tmp-")))
        .as(id + ": no temporary folder left").isEmpty();
    if (exit != 0) {
      assertThat(after).as(id + ": nothing written on failure").containsExactlyElementsOf(before);
    }
    try (Stream<Path> s = Files.walk(work)) {
      for (Path x : s.filter(p -> p.toString().endsWith(".xlsx") && Files.isRegularFile(p)).toList()) {
        if (made.contains(x)) {
          continue;
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(x))) {
          assertThat(wb.getNumberOfSheets()).as(id + ": " + x + " opens").isPositive();
        }
      }
    }
  }

  /**
   * Runs fivetype in this process; or, with {@code -Dfivetype.test.jar=JAR}, the jar in a process of
   * its own ({@code java -jar JAR}): to check which cases an older build fails (issue 16: a case
   * that passes on the code from before its fix does not test the fix).
   */
  static Cli fivetype(List<String> argv) throws IOException, InterruptedException {
    String jar = System.getProperty("fivetype.test.jar");
    if (jar == null || jar.isBlank()) {
      return Cli.run(argv.toArray(String[]::new));
    }
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar)); // short-lived: C1, serial GC
    cmd.addAll(argv);
    Path o = Files.createTempFile("fivetype-out", ".txt");
    Path e = Files.createTempFile("fivetype-err", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(o.toFile()).redirectError(e.toFile());
      pb.environment().remove("FIVETYPE_PLUGINS");
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return new Cli(-1, "", "timed out (a hang)");
      }
      return new Cli(p.exitValue(), new String(Files.readAllBytes(o), StandardCharsets.UTF_8),
          new String(Files.readAllBytes(e), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(o);
      Files.deleteIfExists(e);
    }
  }

  private static List<String> listing(Path work) throws IOException {
    try (Stream<Path> s = Files.walk(work)) {
      return s.filter(p -> !p.toString().contains("/proc/")).map(p -> work.relativize(p).toString()).sorted().toList();
    }
  }

  /** {@code {bad}}: the bad-input corpus folder, {@code {dir}}: this corpus folder, {@code {w}}: the case's folder. */
  static String expand(String s, Path work) throws URISyntaxException {
    return s.replace("{bad}", bad().toString()).replace("{dir}", dir().toString()).replace("{w}", work.toString())
        .replace("\\t", "\t");
  }

  /**
   * The text of a {@code write} step: {@code \\n} a line feed, {@code \\e} an escape character,
   * {@code \\0} a NUL byte, {@code {bs}} a backslash, {@code {xN}} N letters x, {@code {eN}} N emoji.
   */
  static String text(String s) {
    String t = s.replace("\\n", "\n").replace("\\e", "\u001b").replace("\\0", "\u0000").replace("{bs}", "\\");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([xe])([0-9]+)}").matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(2));
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
          (m.group(1).equals("x") ? "x" : "\uD83D\uDE00").repeat(n)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * The good observations as an XLSX workbook (sheet "data"); the value of row 2 (unit a,
   * L7.research-days) is: {@code plain} 0.8; {@code cached} the formula 0.4*2 with its saved value
   * 0.8; {@code formula} the formula 0.4*2 with no saved value (as a program that does not compute
   * formulas writes it); {@code numtext} a number cell whose stored value is the text "abc".
   */
  static void observationsXlsx(Path file, String kind) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sh = wb.createSheet("data");
      String[][] rows = {{"unit_id", "year", "indicator_id", "value"}, {"a", "2024", "L7.research-days", "0.8"},
          {"a", "2024", "R1.red-header-review", "1"}, {"b", "2024", "L7.research-days", "1"},
          {"b", "2024", "R1.red-header-review", "0"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sh.createRow(r);
        for (int c = 0; c < 4; c++) {
          var cell = row.createCell(c);
          if (r > 0 && (c == 1 || c == 3)) {
            cell.setCellValue(Double.parseDouble(rows[r][c]));
          } else {
            cell.setCellValue(rows[r][c]);
          }
        }
      }
      var v = sh.getRow(1).getCell(3);
      switch (kind) {
        case "plain" -> { }
        case "cached" -> {
          v.setCellFormula("0.4*2");
          v.getCTCell().setV("0.8");
        }
        case "formula" -> {
          v.setCellFormula("0.4*2");
          if (v.getCTCell().isSetV()) {
            v.getCTCell().unsetV();
          }
        }
        case "numtext" -> v.getCTCell().setV("abc");
        default -> throw new IllegalStateException(kind);
      }
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
  }

  /** Runs the setup steps (separated by {@code ;}); returns the files and folders made. */
  private static List<Path> setup(String setup, Path work) throws Exception {
    List<Path> made = new ArrayList<>();
    if (setup.equals("-")) {
      return made;
    }
    for (String step : setup.split(";")) {
      int colon = step.indexOf(':');
      String op = step.substring(0, colon);
      String arg = step.substring(colon + 1);
      switch (op) {
        case "touch" -> { // touch:PATH — a user's file
          Path p = work.resolve(arg);
          Files.createDirectories(p.getParent());
          Files.writeString(p, "a user's file\n");
          made.add(p);
        }
        case "mkdir" -> {
          Path p = work.resolve(arg);
          Files.createDirectories(p);
          made.add(p);
        }
        case "copy" -> { // copy:SOURCE>TARGET — a corpus file (in {bad} or {dir}) into the case's folder
          String[] st = arg.split(">");
          Path from = Path.of(expand(st[0], work));
          Path to = work.resolve(st[1]);
          Files.createDirectories(to.getParent());
          Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
          made.add(to);
        }
        case "write" -> { // write:PATH>TEXT — a file with the text (\n, \t escaped)
          int gt = arg.indexOf('>');
          Path p = work.resolve(arg.substring(0, gt));
          Files.createDirectories(p.getParent());
          Files.writeString(p, text(expand(arg.substring(gt + 1), work)), StandardCharsets.UTF_8);
          made.add(p);
        }
        case "run" -> { // run:ARGS — an earlier fivetype run that must succeed
          List<String> argv = new ArrayList<>();
          for (String a : arg.split(" ")) {
            argv.add(expand(a, work));
          }
          Cli r = fivetype(argv);
          assertThat(r.exitCode()).as("setup run " + arg + ": " + r.err()).isZero();
        }
        case "fifo" -> {
          Path p = work.resolve(arg);
          Process pr = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
          assertThat(pr.waitFor()).isZero();
          made.add(p);
        }
        case "loop" -> { // loop:A — A → B → A
          Path a = work.resolve(arg);
          Path b = work.resolve(arg + ".other");
          Files.createSymbolicLink(a, b.getFileName());
          Files.createSymbolicLink(b, a.getFileName());
        }
        case "chain" -> { // chain:N — rules-0.json extends rules-1.json … extends urumqi-2004
          int n = Integer.parseInt(arg);
          for (int k = 0; k < n; k++) {
            String parent = k == n - 1 ? "urumqi-2004" : "rules-" + (k + 1) + ".json";
            Files.writeString(work.resolve("rules-" + k + ".json"), "{\"format\": \"fivetype-rules/1\", \"id\": \"r" + k
                + "\", \"name\": {\"zh\": \"链\", \"en\": \"chain\"}, \"extends\": \"" + parent + "\"}\n");
          }
        }
        case "stale" -> { // stale:NAME — a temporary folder of a killed run on NAME (a process id that is gone)
          Path p = work.resolve(".ft-" + String.format(java.util.Locale.ROOT, "%08x", arg.hashCode()) + "-999999999-tmp-1");
          Files.createDirectories(p);
          Files.writeString(p.resolve("results.json"), "{");
        }
        case "xlsx" -> { // xlsx:NAME>KIND — the good observations as XLSX, a's first value made KIND
          String[] st = arg.split(">");
          Path p = work.resolve(st[0]);
          observationsXlsx(p, st[1]);
          made.add(p);
        }
        default -> throw new IllegalStateException("unknown setup step " + step);
      }
    }
    return made;
  }
}
