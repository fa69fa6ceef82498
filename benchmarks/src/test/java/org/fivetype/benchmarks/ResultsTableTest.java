package org.fivetype.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link ResultsTable}: per-cell time, scores per second, ratio to the floor, peer ÷ fivetype. */
class ResultsTableTest {

  static String result(String benchmark, String params, double score, String unit) {
    return "{\"benchmark\":\"org.fivetype.benchmarks." + benchmark + "\",\"params\":{" + params
        + "},\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":0.5,\"scoreUnit\":\"" + unit + "\"}}";
  }

  @Test
  void computesTheRatios() throws IOException {
    String json = "[" + String.join(",",
        result("AbsoluteBenchmark.floor", "\"units\":\"1000\"", 0.05, "ms/op"),
        result("AbsoluteBenchmark.assess", "\"units\":\"1000\"", 0.2, "ms/op"),
        result("MapPeerBenchmark.score", "\"rules\":\"absolute\",\"units\":\"1000\"", 4, "ms/op"),
        result("CompileBenchmark.compile", "\"rules\":\"default57\"", 5, "us/op")) + "]";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResultsTable.print(json, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);
    // 0.2 ms for 1000 × 100 scores: 2 ns each, 500 M/s, 4× the floor; the map peer 20× fivetype
    assertThat(table).contains("| AbsoluteBenchmark.assess | units=1000 | 0.200 ms/op | 0.500 | 2.00 | 500.0 | 4.0× |  |");
    assertThat(table).contains("| MapPeerBenchmark.score | rules=absolute, units=1000 | 4.000 ms/op | 0.500 | 40.00 | 25.0 | 80.0× | 20× |");
    assertThat(table).contains("| CompileBenchmark.compile | rules=default57 | 5.000 us/op | 0.500 |  |  |  |  |");
  }
}
