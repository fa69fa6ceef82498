package org.fivetype.examples.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Observation;
import org.fivetype.api.Unit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.IndicatorScore;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.demo.DemoCity;
import org.fivetype.demo.DemoRecords;
import org.fivetype.plugin.Plugins;
import org.fivetype.records.Aggregation;
import org.fivetype.records.BallotAggregator;
import org.fivetype.records.RecordBatch;
import org.fivetype.records.RecordKind;
import org.fivetype.records.UnitDiagnostics;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The demo city's raw records feed its assessment with the default rule set: every aggregated
 * value is the one the engine scores, in place of DemoCity's synthetic value, and a unit with too
 * few ballots has no E8 value at all.
 */
class DemoRecordsTest {

  static final int YEAR = 2024;
  static final List<Unit> UNITS = DemoCity.units();
  static final RuleSet RULES = RuleFiles.resolve("urumqi-2004", Plugins.discover());
  static final IndicatorId E8 = IndicatorId.of("E8.appraisal-satisfaction");

  @Test
  void theRecordsAreDeterministic() {
    assertThat(DemoRecords.ballots(UNITS, YEAR)).isEqualTo(DemoRecords.ballots(UNITS, YEAR));
    assertThat(DemoRecords.cases(UNITS, YEAR)).isEqualTo(DemoRecords.cases(UNITS, YEAR));
    assertThat(DemoRecords.research(UNITS, YEAR)).isEqualTo(DemoRecords.research(UNITS, YEAR));
    assertThat(DemoRecords.aggregate(UNITS, YEAR)).isEqualTo(DemoRecords.aggregate(UNITS, YEAR));
    // one stream per unit: the first unit's ballots do not depend on the others
    assertThat(DemoRecords.ballots(UNITS.subList(0, 1), YEAR))
        .isEqualTo(DemoRecords.ballots(UNITS, YEAR).stream().filter(b -> b.unitId().equals(UNITS.get(0).id()))
            .toList());
  }

  @Test
  void theAssessmentScoresTheAggregatedValuesInPlaceOfTheSyntheticOnes() {
    List<Aggregation> aggregations = DemoRecords.aggregate(UNITS, YEAR);
    AssessmentResult result = ScoringPlan.compile(RULES)
        .assess(YEAR, UNITS, DemoRecords.observations(RULES, UNITS, YEAR, aggregations));
    Map<String, Double> synthetic = new HashMap<>();
    for (Observation o : DemoCity.observations(UNITS, RULES, YEAR)) {
      synthetic.put(o.unitId() + "/" + o.indicator(), o.value());
    }

    int fed = 0;
    int differs = 0;
    for (Aggregation a : aggregations) {
      assertThat(a.indicators()).allSatisfy(i -> assertThat(RULES.indicators()).anyMatch(s -> s.id().equals(i)));
      for (Observation o : a.observations()) {
        // the value lies in the domain of the default rule of its indicator
        assertThat(RULES.indicators().stream().filter(i -> i.id().equals(o.indicator())).findFirst().orElseThrow()
            .rule().invalidReason(o.value())).as("%s %s = %s", o.unitId(), o.indicator(), o.value()).isNull();
        IndicatorScore s = result.unit(o.unitId()).orElseThrow().indicator(o.indicator());
        assertThat(s.value()).as("%s %s", o.unitId(), o.indicator()).isEqualTo(o.value());
        assertThat(s.missing()).isFalse();
        fed++;
        Double before = synthetic.get(o.unitId() + "/" + o.indicator());
        if (before == null || before != o.value()) {
          differs++;
        }
      }
    }
    // 48 units × (E8 + E6 + I5 veto + 2 × E7 + E4 + L7) = 48 × 7 = 336, less the seven units with too few
    // ballots (every seventh: indices 5, 12, 19, 26, 33, 40, 47)
    assertThat(UNITS).hasSize(48);
    assertThat(fed).isEqualTo(48 * 7 - 7);
    // every E8 value is an estimate from hundreds of ballots, never DemoCity's three-decimal draw
    assertThat(differs).isGreaterThanOrEqualTo(48 - 7);

    // every seventh unit (indices 5, 12, 19, 26, 33, 40, 47 of DemoCity.units()) has 60 ballots: flagged,
    // and E8 missing in the assessment
    Aggregation ballots = aggregations.get(0);
    for (String id : List.of("dabancheng", "economy", "planning", "culture", "environment", "food-drug",
        "petitions")) {
      UnitDiagnostics d = ballots.unit(id).orElseThrow();
      assertThat(d.figure("ballots")).isEqualTo(60);
      assertThat(d.flagged(BallotAggregator.TOO_FEW_BALLOTS)).isTrue();
      UnitResult u = result.unit(id).orElseThrow();
      assertThat(u.missing()).contains(E8);
      assertThat(u.points(E8)).isZero();
    }
    // the rest carry a 95 % interval around their share
    for (UnitDiagnostics d : ballots.units()) {
      assertThat(d.interval()).hasValueSatisfying(i -> {
        assertThat(i.low()).isLessThan(d.figure("satisfaction"));
        assertThat(i.high()).isGreaterThan(d.figure("satisfaction"));
      });
    }
  }

  /** The records written as rows of docs/records.md and read back through RecordBatch aggregate the same. */
  @Test
  void theRecordsSurviveTheRowContract() {
    List<String> ids = UNITS.stream().map(Unit::id).toList();
    List<Aggregation> direct = DemoRecords.aggregate(UNITS, YEAR);
    assertThat(viaRows(RecordKind.BALLOTS, DemoRecords.ballots(UNITS, YEAR), b -> Map.of("unit_id", b.unitId(),
        "rater_group", b.raterGroup(), "item", b.item(), "answer", b.answer().label().zh(), "rater_id", b.raterId())))
        .isEqualTo(direct.get(0));
    assertThat(viaRows(RecordKind.COMPLAINTS, DemoRecords.complaints(UNITS, YEAR), c -> Map.of("complaint_id",
        c.complaintId(), "unit_id", c.unitId(), "status", c.status().label().en(), "severity",
        c.severity().label().zh()))).isEqualTo(direct.get(1));
    assertThat(viaRows(RecordKind.MEETINGS, DemoRecords.meetings(UNITS, YEAR), m -> Map.of("meeting_id",
        m.meetingId(), "unit_id", m.unitId(), "city_wide", m.cityWide() ? "是" : "否", "duration_hours",
        Double.toString(m.durationHours()), "city_leaders_spoke", Integer.toString(m.cityLeadersSpoke()),
        "clear_purpose", m.clearPurpose() ? "yes" : "no"))).isEqualTo(direct.get(2));
    assertThat(ids).hasSize(48);
  }

  static <R> Aggregation viaRows(RecordKind kind, List<R> records, Function<R, Map<String, String>> toRow) {
    RecordBatch<?, ?> batch = RecordBatch.of(kind, kind.id() + ".csv", UNITS.stream().map(Unit::id).toList());
    batch.header(1, kind.columns().stream().map(c -> c.name()).toList());
    long row = 2;
    for (R r : records) {
      batch.row(row++, toRow.apply(r));
    }
    assertThat(batch.problems()).isEmpty();
    return batch.finish(YEAR);
  }

  @Test
  void theExamplePrintsEachUnitsSatisfactionWithItsInterval() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RecordsExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), YEAR);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(48);
    assertThat(lines).allSatisfy(l -> assertThat(l).matches(".* satisfaction [0-9.]+% \\[[0-9.]+%, [0-9.]+%\\] .*"));
    assertThat(lines).filteredOn(l -> l.contains("fewer than the minimum of 100")).hasSize(7);
  }
}
