package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index writers on results made here: hostile text stays text, large runs are shown in part. */
class IndexWritersTest {

  /** n units, one indicator x = i, Index = x; unit 0 named by {@code firstName}. */
  private static IndexResult result(int n, String firstName) {
    List<String> units = new ArrayList<>();
    List<String> names = new ArrayList<>();
    double[] x = new double[n];
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      units.add("U" + i);
      names.add(i == 0 ? firstName : "Unit " + i);
      x[i] = i;
      rank[i] = n - i;
    }
    List<IndexResult.Node> tree = List.of(new IndexResult.Node("Index", true, null, 1, 2, "arithmetic", null),
        new IndexResult.Node("x", false, "Index", 1, 1, "none", "higher"));
    return new IndexResult("t", new IndexResult.Source("r.json", "00"), new IndexResult.Source("d.csv", "11"), "{}",
        units, names, Map.of(), tree, Map.of("x", x), Map.of("x", x), Map.of("x", x), Map.of("x", x),
        Map.of("Index", x), Map.of("Index", rank), null, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void theWorkbookHasFixedTimesSoIdenticalRunsGiveIdenticalBytes(@TempDir Path tmp) throws Exception {
    // before: POI stamped every zip entry with the time of writing, so two runs two seconds apart differed
    IndexWriters.standard().write(result(3, "a"), tmp.resolve("out"));
    assertThat(FixedTimeZipTest.entryTimes(tmp.resolve("out/results.xlsx"))).containsOnly(XlsxResults.FIXED_TIME);
  }

  @Test
  void hostileNamesStayText(@TempDir Path tmp) throws Exception {
    String evil = "=HYPERLINK(\"http://x\")<script>alert(1)</script>";
    IndexWriters.standard().write(result(3, evil), tmp.resolve("out"));
    Document doc = Jsoup.parse(tmp.resolve("out/report.html").toFile(), "UTF-8");
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("table.ranking").text()).contains(evil);
    String csv = Files.readString(tmp.resolve("out/results.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")<script>alert(1)</script>\"");
    // ranking order: U2 (x = 2) first
    assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("1,U2,Unit 2,2");
  }

  @Test
  void aLargeRunShowsTheFirstThousandAndFewerDots(@TempDir Path tmp) throws Exception {
    IndexWriters.standard().write(result(4500, "first"), tmp.resolve("out"));
    Document doc = Jsoup.parse(tmp.resolve("out/report.html").toFile(), "UTF-8");
    assertThat(doc.select("table.ranking tbody tr[data-unit]")).hasSize(1000);
    assertThat(doc.select("table.ranking").text()).contains("3500 more units: see results.csv");
    assertThat(doc.select("article.unit")).hasSize(1000);
    // 4500 units, at most 2000 dots: one per 3 units → 1500 dots
    assertThat(doc.select("#distributions figure circle")).hasSize(1500);
    assertThat(Files.readAllLines(tmp.resolve("out/results.csv"))).hasSize(4501);
  }
}
