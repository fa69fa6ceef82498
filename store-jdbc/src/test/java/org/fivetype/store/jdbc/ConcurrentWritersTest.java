package org.fivetype.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fivetype.spi.HistoryStore;
import org.fivetype.testkit.HistoryStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: four processes open one existing H2 file store at the same moment, each writes its
 * own year and closes (what four {@code fivetype assess --history} runs at once do). Before the
 * fix one or two of four failed in most trials ("could not open the history store", "could not
 * create or migrate the schema"); every writer must succeed and every year be stored.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ConcurrentWritersTest {

  static final int WRITERS = 4;
  static final int TRIALS = 2;

  @TempDir
  Path dir;

  @Test
  void fourProcessesWriteOneExistingH2Store() throws Exception {
    String store = dir.resolve("history").toString();
    try (HistoryStore s = HistoryStores.open(store)) {
      s.put(HistoryStoreContract.syntheticYear(2000, 40, "parent"));
    }
    List<Integer> expected = new ArrayList<>(List.of(2000));
    for (int trial = 0; trial < TRIALS; trial++) {
      List<Process> children = new ArrayList<>();
      List<Path> errs = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int year = 2001 + trial * WRITERS + w;
        expected.add(year);
        Path err = dir.resolve("child-" + year + ".txt");
        errs.add(err);
        children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", // short-lived: C1 and the serial GC, half the CPU
            "-Dh2.bindAddress=" + System.getProperty("h2.bindAddress", "127.0.0.1"),
            "-cp", System.getProperty("java.class.path"), OneShotWriter.class.getName(), store,
            Integer.toString(year), "trial" + trial)
            .redirectErrorStream(true).redirectOutput(err.toFile()).start());
      }
      for (int w = 0; w < WRITERS; w++) {
        Process p = children.get(w);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("writer %d of trial %d finished", w, trial).isTrue();
        assertThat(p.exitValue()).as("writer %d of trial %d: %s", w, trial, Files.readString(errs.get(w)))
            .isZero();
      }
    }
    try (HistoryStore s = HistoryStores.open(store)) {
      assertThat(s.years()).containsExactlyElementsOf(expected);
      for (int year : expected) {
        assertThat(s.get(year)).as("year %d", year).isPresent();
      }
    }
  }
}
