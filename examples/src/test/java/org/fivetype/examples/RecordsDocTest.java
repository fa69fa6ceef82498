package org.fivetype.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.fivetype.records.Column;
import org.fivetype.records.RecordKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps docs/records.md honest: each kind's column table lists exactly {@link RecordKind#columns()}
 * — names, order, types, whether required — and names every allowed value of a choice column.
 */
class RecordsDocTest {

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void theColumnTableIsTheContract(RecordKind kind) throws IOException {
    List<String> doc = Files.readAllLines(EmbeddingExampleTest.repoRoot().resolve("docs/records.md"));
    int k = doc.indexOf("### " + kind.id());
    assertThat(k).as("a section '### %s'", kind.id()).isPositive();
    List<String> rows = new ArrayList<>();
    for (k = k + 1; k < doc.size() && !doc.get(k).startsWith("#"); k++) {
      if (doc.get(k).startsWith("| `")) {
        rows.add(doc.get(k));
      }
    }
    assertThat(rows).hasSameSizeAs(kind.columns());
    for (int c = 0; c < rows.size(); c++) {
      Column col = kind.columns().get(c);
      String[] cells = rows.get(c).split("\\|");
      assertThat(cells[1].strip()).isEqualTo("`" + col.name() + "`");
      assertThat(cells[2].strip()).isEqualTo(col.type());
      assertThat(cells[3].strip()).isEqualTo(col.required() ? "yes" : "no");
      for (String allowed : col.allowed()) {
        assertThat(cells[4]).contains(allowed);
      }
    }
  }
}
