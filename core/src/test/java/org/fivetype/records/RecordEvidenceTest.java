package org.fivetype.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fivetype.api.Observation;
import org.junit.jupiter.api.Test;

/** Aggregated observations replace typed-in ones for the same unit, year and indicator. */
class RecordEvidenceTest {

  @Test
  void aggregatedValuesReplaceTheBaseAndNewOnesComeLast() {
    List<Observation> base = List.of(
        Observation.of("a", 2024, "E6.verified-complaints", 5),
        Observation.of("a", 2024, "L1.study-hours", 0.9),
        Observation.of("b", 2024, "E6.verified-complaints", 1));
    Aggregation complaints = new Aggregation(RecordKind.COMPLAINTS, 2024, List.of(
        Observation.of("a", 2024, "E6.verified-complaints", 2),
        Observation.of("c", 2024, "E6.verified-complaints", 0)), List.of());
    assertThat(RecordEvidence.overlay(base, List.of(complaints))).containsExactly(
        Observation.of("a", 2024, "E6.verified-complaints", 2),  // replaced in place
        Observation.of("a", 2024, "L1.study-hours", 0.9),
        Observation.of("b", 2024, "E6.verified-complaints", 1),  // no record for b: kept
        Observation.of("c", 2024, "E6.verified-complaints", 0)); // new
  }

  @Test
  void twoKindsMayNotFeedOneIndicator() {
    Aggregation x = new Aggregation(RecordKind.COMPLAINTS, 2024, List.of(Observation.of("a", 2024, "X.y", 1)),
        List.of());
    Aggregation y = new Aggregation(RecordKind.MEETINGS, 2024, List.of(Observation.of("a", 2024, "X.y", 2)),
        List.of());
    assertThatThrownBy(() -> RecordEvidence.overlay(List.of(), List.of(x, y)))
        .hasMessageContaining("two aggregations produce a/2024/X.y");
  }
}
