package org.fivetype.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link ResultsTable#printAllocation}: bytes allocated per operation beside the table's size. */
class ResultsTableAllocationTest {

  static String print(String json) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResultsTable.printAllocation(json, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void dividesTheAllocationByTheEvidenceTable() throws IOException {
    // 10^6 units × 100 indicators × 8 bytes = 800 MB of table; 96 MB allocated per op is 0.12 of it
    String json = "[{\"benchmark\":\"org.fivetype.benchmarks.AbsoluteBenchmark.assess\",\"params\":{\"units\":"
        + "\"1000000\"},\"primaryMetric\":{\"score\":300,\"scoreError\":1,\"scoreUnit\":\"ms/op\"},"
        + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":9.6E7,\"scoreUnit\":\"B/op\"}}}]";
    assertThat(print(json)).contains("| AbsoluteBenchmark.assess | units=1000000 | 96.0 MB | 800.0 MB | 0.120× |");
  }

  @Test
  void printsNothingWithoutTheGcProfiler() throws IOException {
    String json = "[{\"benchmark\":\"org.fivetype.benchmarks.AbsoluteBenchmark.assess\",\"params\":{\"units\":"
        + "\"1000\"},\"primaryMetric\":{\"score\":0.2,\"scoreError\":1,\"scoreUnit\":\"ms/op\"}}]";
    assertThat(print(json)).isEmpty();
  }
}
