package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden run of {@code fivetype index}: the ASEM Sustainable Connectivity index (COINr demo)
 * from {@code ../shared/conformance/asem} (read at test time, never copied) with the recipe shipped
 * in {@code examples/src/main/resources/asem/asem-recipe.json}. The index, every sub-index and
 * pillar and the ranks equal the published table {@code results_csv/ResultsAggregatesScore.csv}
 * after rounding to its 2 decimals, and every aggregate equals COINr's full-precision {@code
 * results_csv/DataAggregated.csv} within 1e-9, read from the CSV data and from the XLSX workbook
 * {@code ASEM_input_sheets.xlsx}. Skipped, with a message on stderr, when the shared folder is
 * absent.
 */
class IndexAsemGoldenTest {
  private static final Path RECIPE = Path.of("..", "examples", "src", "main", "resources", "asem", "asem-recipe.json");

  private static Path dir;
  private static String missing;

  @BeforeAll
  static void find() {
    String shared = System.getProperty("fivetype.shared");
    Path d = shared == null ? null : Path.of(shared, "conformance", "asem");
    if (d == null || !Files.isRegularFile(d.resolve("input_csv/IndData.csv"))) {
      missing = "ASEM conformance data not found at " + d + " (system property fivetype.shared=" + shared
          + "): the golden run of fivetype index is SKIPPED, not passed";
      System.err.println("!!! " + missing + " !!!");
    } else {
      dir = d;
    }
  }

  @BeforeEach
  void requireData() {
    Assumptions.assumeTrue(dir != null, missing);
  }

  private static Path run(Path tmp, String data) {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("index", "--recipe", RECIPE.toString(), "--data", dir.resolve(data).toString(),
        "--groups", "Group_EurAsia", "--out", out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("51 units", "49 indicators", "63 cells imputed", "1. DEU 78.5477");
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"input_csv/IndData.csv", "ASEM_input_sheets.xlsx"})
  void indexValuesAndRanksEqualThePublishedOnes(String data, @TempDir Path tmp) throws IOException {
    Path out = run(tmp, data);
    for (String f : List.of("results.json", "results.csv", "results.xlsx", "report.html")) {
      assertThat(out.resolve(f)).isRegularFile();
    }
    List<Map<String, String>> published = csv(dir.resolve("results_csv/ResultsAggregatesScore.csv"));
    Map<String, Map<String, String>> ours = new LinkedHashMap<>();
    for (Map<String, String> row : csv(out.resolve("results.csv"))) {
      ours.put(row.get("unit"), row);
    }
    assertThat(ours).hasSize(published.size());
    List<String> problems = new ArrayList<>();
    int cells = 0;
    for (Map<String, String> want : published) {
      String unit = want.get("UnitCode");
      Map<String, String> got = ours.get(unit);
      if (got == null) {
        problems.add(unit + ": not in results.csv");
        continue;
      }
      if (!want.get("Rank").equals(got.get("rank"))) {
        problems.add(unit + "/rank: published " + want.get("Rank") + ", got " + got.get("rank"));
      }
      assertThat(got.get("name")).isEqualTo(want.get("UnitName"));
      for (String c : want.keySet()) {
        if (List.of("UnitCode", "UnitName", "Rank").contains(c)) {
          continue;
        }
        BigDecimal w = new BigDecimal(want.get(c)).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal g = new BigDecimal(got.get(c)).setScale(2, RoundingMode.HALF_EVEN);
        cells++;
        if (w.compareTo(g) != 0) {
          problems.add(unit + "/" + c + ": published " + w + ", got " + got.get(c));
        }
      }
    }
    assertThat(problems).as("differences from the published table").isEmpty();
    assertThat(cells).isEqualTo(51 * 11);
    // and every aggregate at full precision, from results.json
    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    Map<String, JsonNode> units = new LinkedHashMap<>();
    json.get("units").forEach(u -> units.put(u.get("code").asText(), u));
    int full = 0;
    for (Map<String, String> want : csv(dir.resolve("results_csv/DataAggregated.csv"))) {
      JsonNode u = units.get(want.get("UnitCode"));
      for (var it = u.get("scores").properties().iterator(); it.hasNext(); ) {
        var e = it.next();
        double w = Double.parseDouble(want.get(e.getKey()));
        assertThat(e.getValue().asDouble()).as(want.get("UnitCode") + "/" + e.getKey()).isCloseTo(w,
            org.assertj.core.data.Offset.offset(1e-9));
        full++;
      }
      for (var it = u.get("normalised").properties().iterator(); it.hasNext(); ) {
        var e = it.next();
        double w = Double.parseDouble(want.get(e.getKey()));
        assertThat(e.getValue().asDouble()).as(want.get("UnitCode") + "/" + e.getKey()).isCloseTo(w,
            org.assertj.core.data.Offset.offset(1e-9));
        full++;
      }
    }
    assertThat(full).isEqualTo(51 * (11 + 49));
  }

  @Test
  void resultsJsonHoldsEveryStepTheCellsTheLogAndTheFingerprints(@TempDir Path tmp) throws Exception {
    Path out = run(tmp, "input_csv/IndData.csv");
    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertThat(json.get("format").asText()).isEqualTo("fivetype-index/1");
    assertThat(json.at("/recipe/sha256").asText()).isEqualTo(sha256(RECIPE));
    assertThat(json.at("/data/sha256").asText()).isEqualTo(sha256(dir.resolve("input_csv/IndData.csv")));
    assertThat(json.get("index").asText()).isEqualTo("Index");
    // the 63 empty cells of IndData.csv (README) are the imputed ones
    assertThat(json.get("imputedCells")).hasSize(63);
    for (JsonNode c : json.get("imputedCells")) {
      JsonNode u = unit(json, c.get("unit").asText());
      assertThat(u.at("/raw/" + c.get("indicator").asText()).isNull()).isTrue();
      assertThat(u.at("/imputed/" + c.get("indicator").asText()).asDouble()).isEqualTo(c.get("value").asDouble());
    }
    // the treatment log against COINr's TreatSummary: Low and High points per indicator
    Map<String, JsonNode> log = new LinkedHashMap<>();
    json.get("treatmentLog").forEach(t -> log.put(t.get("indicator").asText(), t));
    assertThat(log).hasSize(49);
    int treatedPoints = 0;
    for (Map<String, String> row : csv(dir.resolve("results_csv/TreatedTreatSummary.csv"))) {
      JsonNode t = log.get(row.get("IndCode"));
      assertThat(t.get("pointsLow").asInt()).as(row.get("IndCode")).isEqualTo(Integer.parseInt(row.get("Low")));
      assertThat(t.get("pointsHigh").asInt()).as(row.get("IndCode")).isEqualTo(Integer.parseInt(row.get("High")));
      treatedPoints += t.get("pointsLow").asInt() + t.get("pointsHigh").asInt();
    }
    long winsorised = 0;
    for (JsonNode c : json.get("treatedCells")) {
      if (c.get("how").asText().startsWith("WINSORISED")) {
        winsorised++;
      }
    }
    assertThat(winsorised).isEqualTo(treatedPoints);
    // the tree: Index at level 4, two sub-indexes, eight pillars, 49 indicators
    List<String> levels = new ArrayList<>();
    json.get("tree").forEach(n -> levels.add(n.get("code").asText() + ":" + n.get("level").asInt()));
    assertThat(levels).startsWith("Index:4", "Conn:3", "Sust:3").contains("Physical:2", "LPI:1").hasSize(1 + 2 + 8 + 49);
    assertThat(json.get("ignoredColumns").toString()).contains("Den_Area", "Year");
    assertThat(json.at("/effectiveRecipe/treat/winMax").asInt()).isEqualTo(5);
    assertThat(unit(json, "DEU").at("/groups/Group_EurAsia").asText()).isEqualTo("Europe");
  }

  @Test
  void theReportShowsRankingProfilesDistributionsAndTreatmentWithoutScript(@TempDir Path tmp) throws Exception {
    Path out = run(tmp, "input_csv/IndData.csv");
    String text = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(text);
    assertThat(doc.select("script")).isEmpty();
    // nothing fetched from anywhere: no src, no stylesheet link, every link an anchor in the page
    assertThat(doc.select("[src], link, iframe, object, embed")).isEmpty();
    assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    assertThat(doc.select("table.ranking tbody tr")).hasSize(51);
    assertThat(doc.select("table.ranking tbody tr").first().attr("data-unit")).isEqualTo("DEU");
    assertThat(doc.select("table.ranking tbody tr").first().text()).contains("78.55", "88.35", "69.83");
    assertThat(doc.select("article.unit")).hasSize(51);
    assertThat(doc.select("article#unit-DEU svg rect")).isNotEmpty();
    assertThat(doc.select("#distributions figure")).hasSize(49);
    assertThat(doc.select("table.imputed tbody tr")).hasSize(63);
    assertThat(doc.select("span[lang=zh]")).isNotEmpty();
    assertThat(doc.select("span[lang=en]")).isNotEmpty();
  }

  @Test
  void theSameInputsGiveByteIdenticalFiles(@TempDir Path tmp) throws Exception {
    Path a = run(tmp.resolve("a"), "input_csv/IndData.csv");
    Path b = run(tmp.resolve("b"), "input_csv/IndData.csv");
    for (String f : List.of("results.json", "results.csv", "report.html")) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
    try (XSSFWorkbook wa = new XSSFWorkbook(Files.newInputStream(a.resolve("results.xlsx")))) {
      Sheet s = wa.getSheetAt(0);
      Row first = s.getRow(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("DEU");
      assertThat(wa.getNumberOfSheets()).isEqualTo(8);
    }
  }

  private static JsonNode unit(JsonNode json, String code) {
    for (JsonNode u : json.get("units")) {
      if (u.get("code").asText().equals(code)) {
        return u;
      }
    }
    throw new AssertionError("no unit " + code);
  }

  static String sha256(Path f) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
  }

  static List<Map<String, String>> csv(Path file) throws IOException {
    CsvMapper m = new CsvMapper();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (MappingIterator<Map<String, String>> it = m.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
      return it.readAll();
    }
  }
}
