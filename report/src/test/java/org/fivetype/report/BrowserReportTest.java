package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.fivetype.api.Observation;
import org.fivetype.api.Unit;
import org.fivetype.demo.DemoCity;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The real-browser check (Maven profile {@code browser}, which {@code .ci/run} turns on): headless
 * Chromium opens {@code report.html} of the demo city as {@code fivetype demo} writes it (with
 * consequences, satisfaction and robustness), prints it to PDF on A4 and the test counts the pages
 * (fewer than 70: a unit to a page); it renders every radar alone and checks that no label touches
 * the picture's edge (a clipped label does); it fails on any console error. A second report of the
 * demo plus the hostile units of {@link HostileTextTest} checks that no hostile name ran. The
 * screenshots of the README ({@code docs/report-top.png}, {@code docs/report-unit.png}) are taken
 * here, from the code as it is, into {@code target/} and copied into {@code docs/} when run with
 * {@code -Dfivetype.screenshots.update=true}.
 */
@Tag("browser")
// its four checks start a browser each, writing only files of their own: two at a time
@Execution(ExecutionMode.CONCURRENT)
class BrowserReportTest {

  static final String CHROMIUM = System.getProperty("fivetype.chromium", "/usr/bin/chromium");

  @TempDir
  static Path tmp;
  static Path demoReport;
  static Path hostileReport;
  static List<Unit> units;

  @BeforeAll
  static void write() throws Exception {
    AssessmentResult demo = Demo.resultWithRecords();
    Path out = tmp.resolve("demo");
    Demo.writers(demo).with(Demo.robustness(2)).write(demo, out);
    demoReport = out.resolve("report.html");

    units = new ArrayList<>(DemoCity.units());
    units.addAll(HostileTextTest.units());
    List<Observation> obs = DemoCity.observations(units, Demo.RULES, DemoCity.YEAR);
    AssessmentResult r = ScoringPlan.compile(Demo.RULES).assess(DemoCity.YEAR, units, obs);
    Path hostile = tmp.resolve("hostile");
    Writers.standard().write(r, hostile);
    hostileReport = hostile.resolve("report.html");
  }

  private static Result chromium(Path page, String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(extra));
    cmd.add(page.toUri().toString());
    Path stdout = Files.createTempFile(tmp, "out", ".txt");
    Path stderr = Files.createTempFile(tmp, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("chromium finished in time").isTrue();
    return new Result(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  record Result(int code, String out, String err) {
    void assertClean() {
      assertThat(code).as(err).isZero();
      assertThat(err).as("console errors").doesNotContain("CONSOLE", "Uncaught", "SyntaxError");
    }
  }

  @Test
  void theDemoReportPrintsInFewerThanSeventyA4Pages() throws Exception {
    Path pdf = tmp.resolve("report.pdf");
    Result r = chromium(demoReport, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
    r.assertClean();
    int pages = pdfPages(Files.readAllBytes(pdf));
    System.out.println("report.html of the demo prints on " + pages + " A4 pages");
    // 48 unit pages, the city's pages before them and the rules once after: a unit to a page
    assertThat(pages).isGreaterThanOrEqualTo(48).isLessThan(70);
  }

  /** The number of pages of a PDF: the {@code /Count} of its page tree's root (the largest count). */
  static int pdfPages(byte[] pdf) {
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(s);
    int pages = 0;
    while (m.find()) {
      pages++;
    }
    return pages;
  }

  @Test
  void noRadarLabelIsClipped() throws Exception {
    // every radar of the report alone on a white page, in a grid of cells larger than the pictures:
    // a label that overflows its picture is cut at the picture's edge, and ink on an edge shows it
    Document doc = Jsoup.parse(demoReport.toFile(), "UTF-8");
    List<Element> radars = doc.select("svg.radar");
    assertThat(radars).hasSize(48);
    int w = Integer.parseInt(radars.get(0).attr("width"));
    int h = Integer.parseInt(radars.get(0).attr("height"));
    int cols = 4;
    int cellW = w + 20;
    int cellH = h + 20;
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
        + "body{margin:0;background:#fff;font-family:\"Noto Sans CJK SC\",sans-serif}"
        + "svg{position:absolute;overflow:hidden}svg text{font-family:inherit}</style></head><body>");
    for (int i = 0; i < radars.size(); i++) {
      Element svg = radars.get(i).clone();
      svg.attr("style", "left:" + (10 + (i % cols) * cellW) + "px;top:" + (10 + (i / cols) * cellH) + "px");
      page.append(svg.outerHtml());
    }
    page.append("</body></html>");
    Path html = tmp.resolve("radars.html");
    Files.writeString(html, page, StandardCharsets.UTF_8);
    Path png = tmp.resolve("radars.png");
    int rows = (radars.size() + cols - 1) / cols;
    Result r = chromium(html, "--hide-scrollbars", "--force-device-scale-factor=1",
        "--window-size=" + (cols * cellW + 20) + "," + (rows * cellH + 20), "--screenshot=" + png);
    r.assertClean();
    BufferedImage img = ImageIO.read(png.toFile());
    for (int i = 0; i < radars.size(); i++) {
      int x0 = 10 + (i % cols) * cellW;
      int y0 = 10 + (i / cols) * cellH;
      for (int x = x0; x < x0 + w; x++) {
        assertThat(white(img, x, y0) && white(img, x, y0 + h - 1)).as("radar %d: ink on its top or bottom edge at x=%d", i, x)
            .isTrue();
      }
      for (int y = y0; y < y0 + h; y++) {
        assertThat(white(img, x0, y) && white(img, x0 + w - 1, y)).as("radar %d: ink on its left or right edge at y=%d", i, y)
            .isTrue();
      }
    }
  }

  private static boolean white(BufferedImage img, int x, int y) {
    int rgb = img.getRGB(x, y);
    return ((rgb >> 16) & 0xff) > 240 && ((rgb >> 8) & 0xff) > 240 && (rgb & 0xff) > 240;
  }

  @Test
  void theReportRendersWithEveryUnitAndNoScriptRuns() throws Exception {
    Result dom = chromium(hostileReport, "--dump-dom");
    dom.assertClean();
    Document doc = Jsoup.parse(dom.out());
    // no hostile script ran: the title is ours, the body was not replaced, nothing was injected
    assertThat(doc.title()).isEqualTo("五型政府考核结果 2024 · Five-type government assessment 2024");
    assertThat(doc.body().text()).doesNotStartWith("pwned");
    assertThat(doc.select("script, img, iframe, [onerror], [onload]")).isEmpty();
    for (Unit u : units) {
      assertThat(doc.getElementById("unit-" + u.id())).as("section of " + u.id()).isNotNull();
      assertThat(doc.select("#unit-" + u.id() + " svg.radar polygon")).hasSize(4); // two rings, median, unit
    }
    assertThat(doc.select("#tiers svg rect")).hasSize(4);
  }

  @Test
  void screenshotsOfTheTopAndOfAUnitPage() throws Exception {
    Path top = Path.of("target", "report-top.png").toAbsolutePath();
    Path unit = Path.of("target", "report-unit.png").toAbsolutePath();
    Files.deleteIfExists(top);
    Files.deleteIfExists(unit);
    chromium(demoReport, "--hide-scrollbars", "--window-size=1200,1500", "--screenshot=" + top).assertClean();
    // a unit's page alone: the report with every other part hidden
    Document doc = Jsoup.parse(demoReport.toFile(), "UTF-8");
    doc.head().appendElement("style").text("header,section:not(#units),#units>h2,#units>p,article.unit{display:none}"
        + "#unit-tianshan{display:block}");
    Path one = tmp.resolve("unit.html");
    Files.writeString(one, doc.outerHtml(), StandardCharsets.UTF_8);
    chromium(one, "--hide-scrollbars", "--window-size=1200,1500", "--screenshot=" + unit).assertClean();
    for (Path png : List.of(top, unit)) {
      byte[] bytes = Files.readAllBytes(png);
      assertThat(bytes).hasSizeGreaterThan(10_000);
      assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
      if (Boolean.getBoolean("fivetype.screenshots.update")) {
        Files.copy(png, Path.of("..", "docs", png.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
