package org.fivetype.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Observation;
import org.junit.jupiter.api.Test;

/**
 * Aggregated observations replace typed-in ones for the same unit, year and indicator; a unit the
 * records cover but could not score loses its typed-in value (it is missing, as its flag says).
 */
class RecordEvidenceTest {

  static UnitDiagnostics unit(String id) {
    return new UnitDiagnostics(id, Map.of(), List.of(), Optional.empty());
  }

  @Test
  void aggregatedValuesReplaceTheBaseUnscoredUnitsLoseItAndNewOnesComeLast() {
    List<Observation> base = List.of(
        Observation.of("a", 2024, "E8.appraisal-satisfaction", 0.7),
        Observation.of("a", 2024, "L1.study-hours", 0.9),
        Observation.of("b", 2024, "E8.appraisal-satisfaction", 0.8),  // b: too few ballots → dropped
        Observation.of("x", 2024, "E8.appraisal-satisfaction", 0.9),  // x: not covered → kept
        Observation.of("a", 2023, "E8.appraisal-satisfaction", 0.6)); // another year → kept
    Aggregation ballots = new Aggregation(RecordKind.BALLOTS, 2024, List.of(IndicatorId.of("E8.appraisal-satisfaction")),
        List.of(Observation.of("a", 2024, "E8.appraisal-satisfaction", 0.85),
            Observation.of("c", 2024, "E8.appraisal-satisfaction", 0.75)),
        List.of(unit("a"), unit("b"), unit("c")));
    assertThat(RecordEvidence.overlay(base, List.of(ballots))).containsExactly(
        Observation.of("a", 2024, "E8.appraisal-satisfaction", 0.85), // replaced in place
        Observation.of("a", 2024, "L1.study-hours", 0.9),
        Observation.of("x", 2024, "E8.appraisal-satisfaction", 0.9),
        Observation.of("a", 2023, "E8.appraisal-satisfaction", 0.6),
        Observation.of("c", 2024, "E8.appraisal-satisfaction", 0.75)); // new
  }

  @Test
  void twoKindsMayNotFeedOneIndicator() {
    List<IndicatorId> xy = List.of(IndicatorId.of("X.y"));
    Aggregation x = new Aggregation(RecordKind.COMPLAINTS, 2024, xy, List.of(Observation.of("a", 2024, "X.y", 1)),
        List.of(unit("a")));
    Aggregation y = new Aggregation(RecordKind.MEETINGS, 2024, xy, List.of(Observation.of("a", 2024, "X.y", 2)),
        List.of(unit("a")));
    assertThatThrownBy(() -> RecordEvidence.overlay(List.of(), List.of(x, y)))
        .hasMessageContaining("two aggregations produce a/2024/X.y");
  }
}
