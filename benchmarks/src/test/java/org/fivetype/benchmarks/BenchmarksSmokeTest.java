package org.fivetype.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Smoke mode for CI: every {@code @Benchmark} method of this module runs once — no fork, no
 * warm-up, one measurement of 10 ms, the smallest size (1000 units) — so that the benchmarks (and
 * the peers' agreement checks in their {@code @Setup}) cannot rot. No timing is checked. The
 * benchmarks that ran are compared with JMH's own list of the module's benchmarks (written by its
 * annotation processor): a benchmark added later is checked without touching this test.
 */
class BenchmarksSmokeTest {

  static final String INCLUDE = "org\\.fivetype\\.benchmarks\\..*Benchmark\\..*";

  @Test
  void everyBenchmarkRunsOnce() throws RunnerException {
    Set<String> listed = BenchmarkList.defaultList()
        .find(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of(INCLUDE), List.of())
        .stream().map(BenchmarkListEntry::getUsername).collect(Collectors.toCollection(TreeSet::new));
    Options opt = new OptionsBuilder()
        .include(INCLUDE)
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(10))
        .param("units", "1000")
        .shouldFailOnError(true)
        .verbosity(VerboseMode.NORMAL)
        .build();
    Collection<RunResult> results = new Runner(opt).run();
    Set<String> ran = results.stream().map(r -> r.getParams().getBenchmark())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(ran).isEqualTo(listed);
    assertThat(ran.stream().map(b -> b.replaceAll("^.*\\.(\\w+\\.\\w+)$", "$1")))
        .contains("AbsoluteBenchmark.floor", "AbsoluteBenchmark.floorWrite", "AbsoluteBenchmark.assess",
            "RelativeBenchmark.floor", "RelativeBenchmark.assess", "TieringBenchmark.assess",
            "ExplanationsBenchmark.off", "ExplanationsBenchmark.on", "CompileBenchmark.compile",
            "MapPeerBenchmark.score", "DroolsPeerBenchmark.score", "BallotAggregationBenchmark.aggregate",
            "BallotAggregationBenchmark.tenMillionIn256m", "CompositeBenchmark.run", "CompositeBenchmark.floor",
            "UncertaintyBenchmark.replication", "UncertaintyBenchmark.analysis");
  }
}
