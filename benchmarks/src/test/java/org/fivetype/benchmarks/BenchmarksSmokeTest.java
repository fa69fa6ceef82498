package org.fivetype.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Smoke mode for CI: every {@code *Benchmark} of this module runs once — no fork, no warm-up, one
 * measurement of 100 ms, the smallest size (1000 units) — so that the benchmarks (and the peers'
 * agreement checks in their {@code @Setup}) cannot rot. No timing is checked.
 */
class BenchmarksSmokeTest {

  @Test
  void everyBenchmarkRunsOnce() throws RunnerException {
    Options opt = new OptionsBuilder()
        .include("org\\.fivetype\\.benchmarks\\..*Benchmark\\..*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .param("units", "1000")
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(opt).run();
    assertThat(results.stream().map(r -> r.getParams().getBenchmark().replaceAll("^.*\\.(\\w+\\.\\w+)$", "$1")))
        .contains("AbsoluteBenchmark.floor", "AbsoluteBenchmark.floorWrite", "AbsoluteBenchmark.assess", "RelativeBenchmark.floor",
            "RelativeBenchmark.assess", "TieringBenchmark.assess", "ExplanationsBenchmark.off",
            "ExplanationsBenchmark.on", "CompileBenchmark.compile", "MapPeerBenchmark.score",
            "DroolsPeerBenchmark.score");
  }
}
