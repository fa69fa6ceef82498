package org.fivetype.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.YearRecord;
import org.fivetype.testkit.HistoryStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HistoryStores#createNew}: a new H2 file store appears whole or not at all (issue 16: a run
 * that fails stores nothing anywhere, and does not leave an empty store behind either).
 */
class CreateNewTest {

  @TempDir
  Path dir;

  private List<String> files() throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void theStoreAppearsWithItsYearAndNoTemporaryFile() throws Exception {
    YearRecord y = HistoryStoreContract.syntheticYear(2024, 3, "first");
    var made = HistoryStores.createNew(dir.resolve("stores/h").toString(), s -> s.put(y));
    assertThat(made).contains(dir.resolve("stores/h.mv.db"));
    assertThat(files()).containsExactly("", "stores", "stores/h.mv.db");
    try (HistoryStore s = HistoryStores.open(dir.resolve("stores/h").toString())) {
      assertThat(s.years()).containsExactly(2024);
      assertThat(s.get(2024)).contains(y);
    }
  }

  @Test
  void aStoreAlreadyThereIsLeftAsItIs() throws Exception {
    YearRecord y = HistoryStoreContract.syntheticYear(2023, 2, "there");
    try (HistoryStore s = HistoryStores.open(dir.resolve("h").toString())) {
      s.put(y);
    }
    List<String> before = files();
    var made = HistoryStores.createNew(dir.resolve("h.mv.db").toString(),
        s -> s.put(HistoryStoreContract.syntheticYear(2024, 2, "new")));
    assertThat(made).isEmpty();
    assertThat(files()).isEqualTo(before);
    try (HistoryStore s = HistoryStores.open(dir.resolve("h").toString())) {
      assertThat(s.years()).containsExactly(2023);
    }
  }

  @Test
  void aStoreThatCannotBeFilledLeavesNothing() throws Exception {
    assertThatThrownBy(() -> HistoryStores.createNew(dir.resolve("a/b/h").toString(), s -> {
      s.put(HistoryStoreContract.syntheticYear(2024, 2, "half"));
      throw new IllegalStateException("the fill fails after a write");
    })).isInstanceOf(HistoryStoreException.class)
        .hasMessageContaining("jdbc:h2:file:" + dir.resolve("a/b/h") + ": could not create the history store")
        .hasRootCauseMessage("the fill fails after a write");
    assertThat(files()).as("no store, no temporary store, no folder made for it").containsExactly("");
  }

  @Test
  void aTemporaryStoreOfAKilledRunIsRemoved() throws Exception {
    // a process id that is not running: a run killed while it made the store
    long gone = 999_999_999L;
    Files.writeString(dir.resolve("h.new-" + gone + "-1.mv.db"), "half a store");
    Files.writeString(dir.resolve("h.new-" + gone + "-1.trace.db"), "its trace");
    Files.writeString(dir.resolve("other.new-" + gone + "-1.mv.db"), "another store's: not touched");
    HistoryStores.createNew(dir.resolve("h").toString(), s -> s.put(HistoryStoreContract.syntheticYear(2024, 2, "x")));
    assertThat(files()).containsExactly("", "h.mv.db", "other.new-" + gone + "-1.mv.db");
  }
}
