package org.fivetype.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fivetype.report.OutputDirectoryException;
import org.fivetype.report.OutputTarget;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.YearRecord;
import org.fivetype.store.jdbc.HistoryStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "store last": a run that fails stores nothing anywhere. Against an existing history
 * store, a run refused for its {@code --out}, or failing while writing its outputs, or failing
 * after the year was stored (the final move refused), leaves the store exactly as it was: the same
 * years, the same rows. A store that did not exist is not created by a run that fails (no store
 * file, no folder made for it, no temporary store left).
 */
class StoreLastTest {

  static final Path BAD = Path.of("src", "test", "resources", "bad");

  @TempDir
  Path w;

  @BeforeAll
  static void loopback() {
    System.setProperty("h2.bindAddress", "127.0.0.1");
  }

  static Cli assess(Path observations, int year, Path out, Path history) {
    return Cli.run("assess", "--units", BAD.resolve("good-units.csv").toString(), "--observations",
        observations.toString(), "--year", Integer.toString(year), "--out", out.toString(), "--history",
        history.toString());
  }

  /** The good observations with other values (b's research days 0.5, a's red-header count 2), as year {@code year}. */
  private Path otherObservations(int year) throws Exception {
    Path f = w.resolve("other-" + year + ".csv");
    Files.writeString(f, "unit_id,year,indicator_id,value,source\n"
        + "a," + year + ",L7.research-days,0.8,inspection\na," + year + ",R1.red-header-review,2,records\n"
        + "b," + year + ",L7.research-days,0.5,inspection\nb," + year + ",R1.red-header-review,0,records\n");
    return f;
  }

  /** Every year of the store with its records, read back. */
  private static List<YearRecord> contents(Path history) {
    try (HistoryStore s = HistoryStores.open(history.toString())) {
      return s.years().stream().map(y -> s.get(y).orElseThrow()).toList();
    }
  }

  /** An existing store holding 2024 (from the good observations), and the outputs of that run in {@code out1}. */
  private Path existingStore() {
    Path h = w.resolve("h");
    Cli first = assess(BAD.resolve("good-observations.csv"), 2024, w.resolve("out1"), h);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(contents(h)).hasSize(1);
    return h;
  }

  private List<String> files() throws Exception {
    try (Stream<Path> s = Files.walk(w)) {
      return s.map(p -> w.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void anExistingStoreIsUnchangedWhenOutIsRefused() throws Exception {
    Path h = existingStore();
    List<YearRecord> before = contents(h);
    Files.createDirectories(w.resolve("out2"));
    Files.writeString(w.resolve("out2/notes.txt"), "a user's notes");
    // the same year with other values, and a year not stored yet: both refused for --out
    Cli same = assess(otherObservations(2024), 2024, w.resolve("out2"), h);
    assertThat(same.exitCode()).as(same.err()).isEqualTo(ExitCodes.IO);
    assertThat(same.err()).contains("holds files fivetype did not write");
    Cli next = assess(otherObservations(2025), 2025, w.resolve("out2"), h);
    assertThat(next.exitCode()).as(next.err()).isEqualTo(ExitCodes.IO);
    assertThat(contents(h)).as("same years, same rows").isEqualTo(before);
    assertThat(w.resolve("out2")).isDirectoryContaining(p -> p.getFileName().toString().equals("notes.txt"));
    try (Stream<Path> s = Files.list(w.resolve("out2"))) {
      assertThat(s.count()).isEqualTo(1);
    }
  }

  @Test
  void anExistingStoreIsUnchangedWhenWritingTheOutputsFails() throws Exception {
    Path h = existingStore();
    List<YearRecord> before = contents(h);
    Files.writeString(w.resolve("file"), "a regular file where --out wants a folder");
    Cli same = assess(otherObservations(2024), 2024, w.resolve("file/out"), h);
    assertThat(same.exitCode()).as(same.err()).isEqualTo(ExitCodes.IO);
    Cli next = assess(otherObservations(2025), 2025, w.resolve("file/out"), h);
    assertThat(next.exitCode()).as(next.err()).isEqualTo(ExitCodes.IO);
    assertThat(contents(h)).as("same years, same rows").isEqualTo(before);
  }

  @Test
  void anExistingStoreIsUnchangedWhenTheYearCannotBeStored() throws Exception {
    // a name longer than the store's column (2,000 characters): the write fails at the store step,
    // after every output was written, and nothing is moved into place
    Path h = existingStore();
    List<YearRecord> before = contents(h);
    Path units = w.resolve("long-name-units.csv");
    Files.writeString(units, "unit_id,name_zh,name_en,kind,category\na,天山区," + "x".repeat(3000)
        + ",district,districts\nb,市财政局,Finance Bureau,department,economic\n");
    Cli r = Cli.run("assess", "--units", units.toString(), "--observations", otherObservations(2024).toString(),
        "--year", "2024", "--out", w.resolve("out1").toString(), "--history", h.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).contains("could not store year 2024").contains("cause 原因:").doesNotContain("\tat ");
    assertThat(contents(h)).isEqualTo(before);
    // out1 still holds the first run's results (the long name is not in them)
    assertThat(Files.readString(w.resolve("out1/results.csv"), StandardCharsets.UTF_8)).contains("Tianshan District");
  }

  @Test
  void aNewStoreIsNotCreatedWhenOutIsRefused() throws Exception {
    Files.createDirectories(w.resolve("out"));
    Files.writeString(w.resolve("out/notes.txt"), "a user's notes");
    List<String> before = files();
    Cli r = assess(BAD.resolve("good-observations.csv"), 2024, w.resolve("out"), w.resolve("stores/h"));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.IO);
    assertThat(files()).as("no store file, no folder for it").isEqualTo(before);
  }

  @Test
  void aNewStoreIsNotCreatedWhenWritingTheOutputsFails() throws Exception {
    Files.writeString(w.resolve("file"), "a regular file where --out wants a folder");
    List<String> before = files();
    Cli r = assess(BAD.resolve("good-observations.csv"), 2024, w.resolve("file/out"), w.resolve("stores/h"));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.IO);
    assertThat(files()).as("no store file, no folder for it").isEqualTo(before);
  }

  @Test
  void aNewStoreIsNotCreatedWhenTheYearCannotBeStored() throws Exception {
    Path units = w.resolve("long-name-units.csv");
    Files.writeString(units, "unit_id,name_zh,name_en,kind,category\na,天山区," + "x".repeat(3000)
        + ",district,districts\nb,市财政局,Finance Bureau,department,economic\n");
    List<String> before = files();
    Cli r = Cli.run("assess", "--units", units.toString(), "--observations",
        BAD.resolve("good-observations.csv").toString(), "--year", "2024", "--out", w.resolve("out").toString(),
        "--history", w.resolve("stores/h").toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.IO);
    assertThat(r.err()).contains("could not create the history store").contains("cause 原因:");
    assertThat(files()).as("no store file, no temporary store, no folder, no output").isEqualTo(before);
  }

  @Test
  void aNewStoreIsCreatedWhenTheRunSucceeds() throws Exception {
    Cli r = assess(BAD.resolve("good-observations.csv"), 2024, w.resolve("out"), w.resolve("stores/h"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("created a new history store 新建历史库 " + w.resolve("stores/h.mv.db"));
    assertThat(contents(w.resolve("stores/h"))).extracting(YearRecord::year).containsExactly(2024);
    try (Stream<Path> s = Files.list(w.resolve("stores"))) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".new-"))).as("no temporary store")
          .isEmpty();
    }
  }

  /**
   * The move of the outputs refused after the year was stored (another program put a file into
   * {@code --out} at that moment): the year is taken back, whether it replaced a stored year or
   * was a new one, and the outputs are not moved.
   */
  @Test
  void theYearIsTakenBackWhenTheMoveIsRefusedAfterStoring() throws Exception {
    Path h = existingStore();
    List<YearRecord> before = contents(h);
    YearRecord stored = before.get(0);
    YearRecord changed = new YearRecord(2024, stored.ruleSetId(), stored.ruleSetFingerprint(), "c".repeat(64),
        stored.units().subList(0, 1));
    YearRecord next = new YearRecord(2025, stored.ruleSetId(), stored.ruleSetFingerprint(), "e".repeat(64),
        stored.units());
    Path out = w.resolve("out1");
    String results = Files.readString(out.resolve("results.json"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    for (YearRecord year : List.of(changed, next)) {
      try (HistoryStore store = History.open(h.toString(), false, new PrintStream(err), false);
          StoreLast last = new StoreLast(h.toString(), store, new PrintStream(err), false)) {
        assertThatThrownBy(() -> last.write(OutputTarget.of(out, "assess"), year, sabotaged(out)))
            .isInstanceOf(OutputDirectoryException.class);
      }
      Files.delete(out.resolve("late.txt"));
    }
    assertThat(contents(h)).as("same years, same rows").isEqualTo(before);
    assertThat(Files.readString(out.resolve("results.json"))).isEqualTo(results);
  }

  @Test
  void aNewStoreIsRemovedWhenTheMoveIsRefusedAfterStoring() throws Exception {
    Path h = existingStore();
    YearRecord record = contents(h).get(0);
    Path out = w.resolve("out1");
    List<String> before = files();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path fresh = w.resolve("stores/deeper/h2");
    try (StoreLast last = new StoreLast(fresh.toString(), null, new PrintStream(err), false)) {
      assertThatThrownBy(() -> last.write(OutputTarget.of(out, "assess"), record, sabotaged(out)))
          .isInstanceOf(OutputDirectoryException.class);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).as("it was made, then taken back").contains("created a new history store");
    Files.delete(out.resolve("late.txt"));
    assertThat(files()).as("no store file, no folder made for it").isEqualTo(before);
  }

  /** Writes one file, and lets a file appear in {@code out} right after the store step (before the move). */
  private static StoreLast.Write sabotaged(Path out) {
    return t -> t.beforeCommit(() -> {
      t.beforeCommit().run();
      Files.writeString(out.resolve("late.txt"), "put here by another program meanwhile");
    }).write(dir -> Files.writeString(dir.resolve("results.json"), "{}"));
  }
}
