package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.rule.YesNo;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.uncertainty.Progress;
import org.fivetype.uncertainty.UncertainInput;
import org.fivetype.uncertainty.UncertainInput.Range;
import org.fivetype.uncertainty.UncertaintyAnalysis;
import org.fivetype.uncertainty.UncertaintyResult;
import org.fivetype.uncertainty.UncertaintySpec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RobustnessSection}: robustness.csv and results.json for tiny assessments worked out by
 * hand (one pillar of ten yes/no items of 10 points each, quota off, as core's
 * {@code UncertaintyAnalysisTest}), and the report of the demo city: a robustness section for
 * every unit.
 */
class RobustnessSectionTest {

  static final int YEAR = 2025;

  static RuleSet tenYesNo() {
    RuleSet.Builder b = RuleSet.builder("ten", Label.of("十项", "ten items"))
        .tiers(TierSettings.DEFAULTS.withQuota(Map.of()));
    for (int k = 0; k < 10; k++) {
      b.indicator(IndicatorSpec.builder(item(k)).pillar(Pillar.SERVICE)
          .name("事项" + k, "item " + k).points(10).measures("S" + (1 + k % 7))
          .evidence("是否落实", "in place or not", "是/否", "yes/no", Supplier.INSPECTION)
          .rule(new YesNo(Direction.HIGHER_IS_BETTER)).build());
    }
    return b.build();
  }

  static String item(int k) {
    return "S" + (1 + k % 7) + ".item-" + k;
  }

  static Unit unit(String id, String nameEn) {
    return new Unit(id, Label.of("单位" + id, nameEn), UnitKind.DEPARTMENT, "c");
  }

  /** Yes on the first {@code yes} items, no on the others. */
  static List<Observation> answers(String unit, int yes) {
    List<Observation> out = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      out.add(new Observation(unit, YEAR, IndicatorId.of(item(k)), k < yes ? 1 : 0, ""));
    }
    return out;
  }

  /** robustness.csv as maps from column to cell, one per row. */
  static List<Map<String, String>> csv(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("\uFEFF");
    String[] header = lines.get(0).substring(1).split(",");
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertThat(cells).hasSize(header.length);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], cells[c]);
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void aUnitOnTheLineIsACoinFlipAndOneFarFromItIsCertain(@TempDir Path tmp) throws Exception {
    // A: 8 yes = 80 points = exactly the GOOD line (0.8 · 100); B: 10 yes = 100 (EXCELLENT from 90).
    // The GOOD line is uniform on [0.75, 0.85]: A stays GOOD when the line is ≤ 0.80, with probability
    // (0.80 − 0.75)/(0.85 − 0.75) = 0.5, else PASS (60 ≤ 80 < line). B never moves: EXCELLENT with
    // probability 1. N = 2000 draws: the standard error of 0.5 is √(0.25/2000) ≈ 0.011; tolerance 0.05.
    ScoringPlan plan = ScoringPlan.compile(tenYesNo());
    List<Observation> obs = new ArrayList<>(answers("A", 8));
    obs.addAll(answers("B", 10));
    EvidenceTable table = plan.table(YEAR, List.of(unit("A", "Unit A"), unit("B", "=B \"quoted\"")), obs);
    UncertaintySpec spec = UncertaintySpec.of(new UncertainInput.Threshold(Tier.GOOD, Range.between(0.75, 0.85)));
    UncertaintyResult u = UncertaintyAnalysis.run(plan, table, spec,
        UncertaintyAnalysis.Options.uncertainty(2000, 11).withThreads(2), Progress.NONE);
    Path out = tmp.resolve("out");
    Writers.standard().with(RobustnessSection.of(u, "line.json")).write(plan.assess(table), out);

    assertThat(Files.readAllLines(out.resolve("robustness.csv")).get(0)).isEqualTo("\uFEFF"
        + String.join(",", RobustnessSection.CSV_HEADER));
    // B's English name gets a formula guard and quotes
    List<String> lines = Files.readAllLines(out.resolve("robustness.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(2)).startsWith("B,单位B,\"'=B \"\"quoted\"\"\",c,100,EXCELLENT,1,2,1,0,0,0,1,true,EXCELLENT,"
        + "100,0,100,100,100,1,1,1,");
    Map<String, String> a = csv(out.resolve("robustness.csv")).get(0);
    assertThat(a.get("unit_id")).isEqualTo("A");
    assertThat(a.get("published_total")).isEqualTo("80");
    assertThat(a.get("published_tier")).isEqualTo("GOOD");
    assertThat(a.get("published_rank")).isEqualTo("2");
    double good = Double.parseDouble(a.get("p_good"));
    assertThat(good).isCloseTo(0.5, within(0.05));
    assertThat(Double.parseDouble(a.get("p_pass"))).isCloseTo(1 - good, within(1e-4));
    assertThat(a.get("p_excellent")).isEqualTo("0");
    assertThat(a.get("p_fail")).isEqualTo("0");
    assertThat(a.get("p_published")).isEqualTo(a.get("p_good"));
    assertThat(a.get("robust")).isEqualTo("false");
    // the totals and ranks do not move, only the line does
    assertThat(List.of(a.get("total_mean"), a.get("total_sd"), a.get("total_p05"), a.get("total_median"),
        a.get("total_p95"))).containsExactly("80", "0", "80", "80", "80");
    assertThat(List.of(a.get("rank_median"), a.get("rank_p05"), a.get("rank_p95"))).containsExactly("2", "2", "2");
    assertThat(a.get("top_inputs")).isEmpty(); // no sensitivity analysis

    JsonNode s = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("sections").get("robustness");
    assertThat(s.get("spec").asText()).isEqualTo("line.json");
    assertThat(s.get("evaluations").asInt()).isEqualTo(2000);
    assertThat(s.get("robustUnits").asInt()).isEqualTo(1);
    assertThat(s.get("fragile")).extracting(JsonNode::asText).containsExactly("A");
    assertThat(s.get("units").get(0).get("tierProbabilities").get("GOOD").asDouble()).isEqualTo(good, within(5e-5));
    assertThat(s.get("units").get(0).get("verdict").get("en").asText()).matches("good \\(probability (4[5-9]|5[0-5])%\\), fragile");

    Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    Element fragile = doc.selectFirst("#section-robustness table.fragile");
    assertThat(fragile.select("tbody tr")).hasSize(1);
    assertThat(fragile.select("tbody tr td").get(0).text()).isEqualTo("单位A Unit A");
    // a unit's robustness is on its own page, under its (escaped) name
    assertThat(doc.select("#unit-B h3").text()).contains("=B \"quoted\"");
    assertThat(doc.select("#unit-B #robustness-B").text()).contains("excellent (probability 100%), robust");
  }

  @Test
  void indicesOfATotalThatDoesNotMoveAreNullInJsonAndBlankInCsvAndReport(@TempDir Path tmp) throws Exception {
    // Points of item 0 uniform on [5, 15] (variance 10²/12) and of item 1 on [5, 25] (variance 20²/12).
    // A says yes to items 0–7: total = p0 + p1 + 60, so its total indices are the variance shares
    // 100/500 = 0.2 (item 0) and 400/500 = 0.8 (item 1). Z says yes to items 2–9 only: its total is 80
    // whatever the points, so its indices are NaN, written as null. N = 4096: tolerance 0.05.
    ScoringPlan plan = ScoringPlan.compile(tenYesNo());
    List<Observation> obs = new ArrayList<>(answers("A", 8));
    for (int k = 0; k < 10; k++) {
      obs.add(new Observation("Z", YEAR, IndicatorId.of(item(k)), k >= 2 ? 1 : 0, ""));
    }
    EvidenceTable table = plan.table(YEAR, List.of(unit("A", "Unit A"), unit("Z", "Unit Z")), obs);
    UncertaintySpec spec = UncertaintySpec.of(new UncertainInput.Points(item(0), Range.between(5, 15)),
        new UncertainInput.Points(item(1), Range.between(5, 25)));
    UncertaintyResult u = UncertaintyAnalysis.run(plan, table, spec, 4096, 5, 2, Progress.NONE);
    Path out = tmp.resolve("out");
    Writers.standard().with(RobustnessSection.of(u, "points.json")).write(plan.assess(table), out);

    JsonNode s = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("sections").get("robustness");
    JsonNode a = s.get("units").get(0).get("sensitivity").get("total");
    assertThat(a.get("total").get(0).asDouble()).isCloseTo(0.2, within(0.05));
    assertThat(a.get("total").get(1).asDouble()).isCloseTo(0.8, within(0.05));
    JsonNode z = s.get("units").get(1).get("sensitivity").get("total");
    for (String f : List.of("first", "firstLow", "firstHigh", "total", "totalLow", "totalHigh")) {
      assertThat(z.get(f)).as(f).hasSize(2).allMatch(JsonNode::isNull);
    }
    List<Map<String, String>> rows = csv(out.resolve("robustness.csv"));
    // largest total index first: item 1 (id S2.item-1), then item 0 (id S1.item-0)
    assertThat(rows.get(0).get("top_inputs")).matches("points S2\\.item-1 0\\.\\d\\d; points S1\\.item-0 0\\.\\d\\d");
    assertThat(rows.get(1).get("top_inputs")).isEmpty();
    Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    assertThat(doc.select("#robustness-A table.sobol tbody tr")).hasSize(2);
    // Z's rank still moves (A's total, 70 to 100, passes Z's 80): its table shows rank indices, "—" for the total
    assertThat(s.get("units").get(1).get("sensitivity").get("rank").get("total").get(1).isNumber()).isTrue();
    for (Element row : doc.select("#robustness-Z table.sobol tbody tr")) {
      assertThat(row.select("td").get(1).text()).isEqualTo("—");
      assertThat(row.select("td").get(2).text()).isEqualTo("—");
    }
  }

  @Test
  void theDemoReportShowsTierRobustnessForEveryUnit(@TempDir Path tmp) throws Exception {
    AssessmentResult result = Demo.resultWithRecords();
    RobustnessSection section = Demo.robustness(2);
    Path out = tmp.resolve("out");
    Writers.standard().with(section).write(result, out);
    Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("nav a[href=\"#section-robustness\"]").text()).isEqualTo("等次稳健性 Tier robustness");
    for (UnitResult u : result.units()) {
      Element e = doc.getElementById("robustness-" + u.unit().id());
      assertThat(e).as("robustness of " + u.unit().id()).isNotNull();
      assertThat(e.select("svg.tierbar rect")).as("tier bar of " + u.unit().id()).isNotEmpty();
      // the published tier's segment is outlined, and its tier badge is the published tier
      assertThat(e.select("span.tier").first().hasClass(u.tier().name())).isTrue();
      assertThat(e.parents()).as("on the unit's page").contains(doc.getElementById("unit-" + u.unit().id()));
      assertThat(e.text()).contains("Rank by total in " + u.unit().category() + ": published " + u.rank() + " of "
          + u.categorySize(), "5–95 % interval", "(probability ");
      assertThat(e.select("table.sobol tbody tr")).as("top inputs of " + u.unit().id()).hasSize(5);
    }
    // the city table of fragile tiers lists exactly the units whose article says fragile
    List<String> fragile = doc.select("#units article.robust[data-robust=false]").eachAttr("data-unit");
    assertThat(doc.select("table.fragile tbody tr a").eachAttr("href"))
        .containsExactlyInAnyOrderElementsOf(fragile.stream().map(id -> "#robustness-" + id).toList());
    assertThat(fragile).isNotEmpty();
  }
}
