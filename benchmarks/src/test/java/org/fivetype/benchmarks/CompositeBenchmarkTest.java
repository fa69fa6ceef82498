package org.fivetype.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The floor of {@link CompositeBenchmark} does the engine's arithmetic: its index equals {@code
 * Recipe.run}'s to the last bit on the benchmark's own data, so the ratio between them measures
 * the engine's overhead and nothing else.
 */
class CompositeBenchmarkTest {

  @Test
  void theFloorComputesTheEnginesIndexBitForBit() {
    CompositeBenchmark b = new CompositeBenchmark();
    b.units = 2000;
    b.setUp();
    double[] engine = b.run().aggregated().column("index");
    double[] floor = b.floor();
    assertThat(floor).hasSize(2000);
    for (int i = 0; i < floor.length; i++) {
      assertThat(Double.doubleToRawLongBits(floor[i])).as("unit " + i)
          .isEqualTo(Double.doubleToRawLongBits(engine[i]));
    }
  }
}
