package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fivetype.api.Observation;
import org.fivetype.api.Unit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.demo.DemoCity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-browser check (Maven profile {@code browser}, which {@code .ci/run} turns on): headless
 * Chromium opens {@code report.html} of the demo city plus the hostile units of
 * {@link HostileTextTest}, takes a screenshot ({@code target/report.png}), and the test fails on
 * any console error, any missing unit section, or any hostile name that ran (a changed title or
 * an injected element in the DOM Chromium dumps).
 */
@Tag("browser")
class BrowserReportTest {

  static final String CHROMIUM = System.getProperty("fivetype.chromium", "/usr/bin/chromium");

  @TempDir
  static Path tmp;
  static Path report;
  static List<Unit> units;

  @BeforeAll
  static void write() throws Exception {
    units = new ArrayList<>(DemoCity.units());
    units.addAll(HostileTextTest.units());
    List<Observation> obs = DemoCity.observations(units, Demo.RULES, DemoCity.YEAR);
    AssessmentResult r = ScoringPlan.compile(Demo.RULES).assess(DemoCity.YEAR, units, obs);
    Path out = tmp.resolve("out");
    Writers.standard().write(r, out);
    report = out.resolve("report.html");
  }

  private static Result chromium(String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "--enable-logging=stderr", "--v=0",
        "--window-size=1280,4000"));
    cmd.addAll(List.of(extra));
    cmd.add(report.toUri().toString());
    Path stdout = Files.createTempFile(tmp, "out", ".txt");
    Path stderr = Files.createTempFile(tmp, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished in time").isTrue();
    return new Result(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  record Result(int code, String out, String err) {}

  @Test
  void theReportRendersWithEveryUnitAndNoScriptRuns() throws Exception {
    Result dom = chromium("--dump-dom");
    assertThat(dom.code()).as(dom.err()).isZero();
    assertThat(dom.err()).as("console errors").doesNotContain("CONSOLE", "Uncaught", "SyntaxError");
    Document doc = Jsoup.parse(dom.out());
    // no hostile script ran: the title is ours, the body was not replaced, nothing was injected
    assertThat(doc.title()).isEqualTo("五型政府考核结果 2024 · Five-type government assessment 2024");
    assertThat(doc.body().text()).doesNotStartWith("pwned");
    assertThat(doc.select("script, img, iframe, [onerror], [onload]")).isEmpty();
    for (Unit u : units) {
      assertThat(doc.getElementById("unit-" + u.id())).as("section of " + u.id()).isNotNull();
      assertThat(doc.select("#unit-" + u.id() + " svg.radar polygon")).hasSize(3);
    }
    assertThat(doc.select("#tiers svg rect")).hasSize(4);
  }

  @Test
  void aScreenshotIsTaken() throws Exception {
    Path png = Path.of("target", "report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Result shot = chromium("--screenshot=" + png, "--hide-scrollbars");
    assertThat(shot.code()).as(shot.err()).isZero();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).hasSizeGreaterThan(10_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }
}
