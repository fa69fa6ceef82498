package org.fivetype.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.YearRecord;
import org.fivetype.testkit.HistoryStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writing the history is killed ({@link Process#destroyForcibly}, SIGKILL) in the
 * middle of a write, while this process writes another year at the same time; afterwards every
 * committed year is intact and the year being written is one whole version, never a mix.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CrashTest {

  @TempDir
  Path dir;

  @Test
  void killedWriterOnH2File() throws Exception {
    // the child opens the file first and serves it (AUTO_SERVER): it dies holding the database
    crash(dir.resolve("history").toString());
  }

  @Test
  void killedWriterOnPostgres() throws Exception {
    crash(Pg.newDatabase());
  }

  static YearRecord year(int year, String marker) {
    return HistoryStoreContract.syntheticYear(year, 40, marker);
  }

  private void crash(String store) throws Exception {
    YearRecord y2001 = year(2001, "parent");
    YearRecord y2002 = year(2002, "parent");
    YearRecord y2003 = year(2003, "parent");
    try (HistoryStore s = HistoryStores.open(store)) {
      s.put(y2001);
      s.put(y2002);
      s.put(y2003);
    }
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", // short-lived: C1 and the serial GC, half the CPU
        "-Dh2.bindAddress=" + System.getProperty("h2.bindAddress", "127.0.0.1"),
        "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), store)
        .redirectError(dir.resolve("child-stderr.txt").toFile())
        .start();
    // the child's lines, read as they come (destroyForcibly closes the stream)
    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    List<String> all = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          all.add(line);
          lines.add(line);
        }
      } catch (IOException closed) {
        // the child was killed
      }
      lines.add("eof");
    });
    reader.start();
    int lastCommitted;
    YearRecord y2005 = year(2005, "parent-while-child-writes");
    try {
      lastCommitted = waitFor(lines, "committed", 2); // the child has committed three versions
      try (HistoryStore s = HistoryStores.open(store)) {
        s.put(y2005); // two processes writing different years at once
        lastCommitted = waitFor(lines, "committed", lastCommitted + 2);
        int killed = waitFor(lines, "writing", lastCommitted + 1);
        Thread.sleep(10); // inside that write: a write of 300 units takes far longer (see the child's lines)
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isNotZero();
        reader.join(10_000);
        // the child never said it committed the write it was killed in
        assertThat(all).as("the child's lines").noneMatch(l -> l.startsWith("committed " + killed + " "));
      }
    } finally {
      child.destroyForcibly();
    }
    // a fresh handle after the crash: the database is recovered
    try (HistoryStore s = HistoryStores.open(store)) {
      intact(s, y2001);
      intact(s, y2003);
      intact(s, y2005);
      assertWhole(s.get(2002), 2002);
      assertWhole(s.get(2004), 2004);
      assertThat(s.years()).containsExactly(2001, 2002, 2003, 2004, 2005);
      // and the store takes writes again
      s.put(y2002);
      intact(s, y2002);
    }
  }

  /** The year holds one whole version written by the child (at or after the last commit seen). */
  private static void assertWhole(Optional<YearRecord> stored, int year) {
    assertThat(stored).isPresent();
    String name = stored.get().units().get(0).unit().name().en(); // "Unit u0000 child<i>"
    int i = Integer.parseInt(name.substring(name.lastIndexOf("child") + "child".length()));
    assertThat(i).isGreaterThanOrEqualTo(0);
    assertThat(stored.get().equals(HistoryStoreContract.syntheticYear(year, CrashWriter.UNITS, "child" + i)))
        .as("year %d is the whole version child%d", year, i).isTrue();
  }

  /** The year reads back equal to what was written (compared without printing the records). */
  private static void intact(HistoryStore s, YearRecord y) {
    Optional<YearRecord> stored = s.get(y.year());
    assertThat(stored).as("year %d is stored", y.year()).isPresent();
    assertThat(stored.get().equals(y)).as("year %d reads back as written", y.year()).isTrue();
  }

  /** Waits for the child's line {@code <word> <i> …} with {@code i ≥ at least}; returns {@code i}. */
  private static int waitFor(LinkedBlockingQueue<String> lines, String word, int atLeast) throws Exception {
    while (true) {
      String line = lines.poll(60, TimeUnit.SECONDS);
      if (line == null || line.equals("eof")) {
        throw new AssertionError("the child stopped (or hung) before '" + word + " " + atLeast + "'");
      }
      String[] parts = line.split(" ");
      if (parts[0].equals(word) && Integer.parseInt(parts[1]) >= atLeast) {
        return Integer.parseInt(parts[1]);
      }
    }
  }
}
