package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.api.Unit;
import org.junit.jupiter.api.Test;

/**
 * {@link EvidenceTable#builder}: the same table as {@link ScoringPlan#table} from the same values
 * given as observations (layout, categories, scores, fingerprint), whatever the order of the
 * units, and the same checks with every problem reported together. Uses the four units of
 * {@link MixedRulesTest}.
 */
class EvidenceTableBuilderTest {

  static final String[] IDS = {"S1.consultations", "E4.processing-days", "E6.complaints-rank"};

  @Test
  void buildsTheSameTableAsObservationsWhateverTheOrderOfUnits() {
    ScoringPlan plan = ScoringPlan.compile(MixedRulesTest.java());
    List<Unit> units = MixedRulesTest.units();
    List<Observation> obs = new ArrayList<>(MixedRulesTest.observations());
    // D has no value for E6: left out of both
    obs.removeIf(o -> o.unitId().equals("D") && o.indicator().value().equals("E6.complaints-rank"));
    EvidenceTable expected = plan.table(MixedRulesTest.YEAR, units, obs);

    List<Unit> reversed = new ArrayList<>(units);
    java.util.Collections.reverse(reversed); // D, C, B, A
    EvidenceTable.Builder b = EvidenceTable.builder(plan, MixedRulesTest.YEAR, reversed);
    for (Observation o : obs) {
      int u = reversed.indexOf(reversed.stream().filter(x -> x.id().equals(o.unitId())).findFirst().orElseThrow());
      b.set(u, plan.indexOf(o.indicator()), o.value());
    }
    EvidenceTable built = b.build();

    assertThat(built.units()).isEqualTo(expected.units());
    for (int u = 0; u < units.size(); u++) {
      for (int i = 0; i < plan.indicatorCount(); i++) {
        assertThat(Double.doubleToLongBits(built.value(u, i))).as("unit %d indicator %d", u, i)
            .isEqualTo(Double.doubleToLongBits(expected.value(u, i)));
      }
    }
    assertThat(built.value("D", IndicatorId.of("E6.complaints-rank"))).isNaN();
    assertThat(built.categoryGroups()).containsExactly(expected.categoryGroups());
    assertThat(built.inputFingerprint()).isEqualTo(expected.inputFingerprint());

    AssessmentResult a = plan.assess(expected);
    AssessmentResult c = plan.assess(built);
    for (int u = 0; u < units.size(); u++) {
      assertThat(c.total(u)).isEqualTo(a.total(u));
      assertThat(c.tier(u)).isEqualTo(a.tier(u));
    }
    assertThat(c.inputFingerprint()).isEqualTo(a.inputFingerprint());
  }

  @Test
  void setsByIdAsWell() {
    ScoringPlan plan = ScoringPlan.compile(MixedRulesTest.java());
    EvidenceTable.Builder b = EvidenceTable.builder(plan, MixedRulesTest.YEAR, MixedRulesTest.units());
    for (Observation o : MixedRulesTest.observations()) {
      b.set(o.unitId(), o.indicator(), o.value());
    }
    EvidenceTable t = b.build();
    EvidenceTable expected = plan.table(MixedRulesTest.YEAR, MixedRulesTest.units(), MixedRulesTest.observations());
    assertThat(t.inputFingerprint()).isEqualTo(expected.inputFingerprint());
    assertThat(t.value("C", IndicatorId.of("E4.processing-days"))).isEqualTo(4);
  }

  @Test
  void reportsEveryProblemTogether() {
    ScoringPlan plan = ScoringPlan.compile(MixedRulesTest.java());
    List<Unit> units = new ArrayList<>(MixedRulesTest.units());
    units.add(MixedRulesTest.unit("A", "z")); // a second A
    EvidenceTable.Builder b = EvidenceTable.builder(plan, MixedRulesTest.YEAR, units);
    int e4 = plan.indexOf(IndicatorId.of("E4.processing-days"));
    int s1 = plan.indexOf(IndicatorId.of("S1.consultations"));
    b.set(0, e4, -1); // fraction of the best needs values >= 0
    b.set(1, s1, 3).set(1, s1, 4); // the same cell twice
    b.set(2, s1, Double.NaN);
    b.set("nobody", IndicatorId.of("S1.consultations"), 1);
    b.set("A", IndicatorId.of("X1.unknown"), 1);
    assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      List<String> text = e.problems().stream().map(Problem::toString).toList();
      assertThat(text).hasSize(6);
      assertThat(String.join("\n", text))
          .contains("the unit id appears more than once")
          .contains("A / 2024 / E4.processing-days").contains("out of range")
          .contains("B / 2024 / S1.consultations").contains("duplicate")
          .contains("leave missing evidence unset")
          .contains("unknown unit \"nobody\"")
          .contains("unknown indicator \"X1.unknown\"");
    });
  }

  @Test
  void rejectsIndicesOutOfRangeAtOnceAndIsUsedOnce() {
    ScoringPlan plan = ScoringPlan.compile(MixedRulesTest.java());
    EvidenceTable.Builder b = EvidenceTable.builder(plan, MixedRulesTest.YEAR, MixedRulesTest.units());
    assertThatThrownBy(() -> b.set(4, 0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.set(0, 3, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    b.set(0, 0, 1).build();
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.set(0, 1, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> EvidenceTable.builder(plan, 1800, MixedRulesTest.units()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noUnitsIsAProblem() {
    ScoringPlan plan = ScoringPlan.compile(MixedRulesTest.java());
    assertThatThrownBy(() -> EvidenceTable.builder(plan, MixedRulesTest.YEAR, List.of()).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not valid");
  }

  @Test
  void sourcesGoIntoTheFingerprintAsWithObservations() {
    ScoringPlan plan = ScoringPlan.compile(MixedRulesTest.java());
    List<Unit> units = MixedRulesTest.units();
    // sources of several kinds: none, one repeated, non-ASCII, one per value
    String[] kinds = {"", "inspection", "投诉中心 complaint centre", "survey"};
    List<Observation> obs = new ArrayList<>();
    int k = 0;
    for (Observation o : MixedRulesTest.observations()) {
      String source = kinds[k % kinds.length] + (k % 5 == 4 ? " #" + k : "");
      obs.add(new Observation(o.unitId(), o.year(), o.indicator(), o.value(), source));
      k++;
    }
    EvidenceTable expected = plan.table(MixedRulesTest.YEAR, units, obs);
    EvidenceTable.Builder byIndex = EvidenceTable.builder(plan, MixedRulesTest.YEAR, units);
    EvidenceTable.Builder byId = EvidenceTable.builder(plan, MixedRulesTest.YEAR, units);
    EvidenceTable.Builder noSources = EvidenceTable.builder(plan, MixedRulesTest.YEAR, units);
    for (Observation o : obs) {
      int u = units.indexOf(units.stream().filter(x -> x.id().equals(o.unitId())).findFirst().orElseThrow());
      byIndex.set(u, plan.indexOf(o.indicator()), o.value(), new String(o.source())); // equal, not identical
      byId.set(o.unitId(), o.indicator(), o.value(), o.source());
      noSources.set(u, plan.indexOf(o.indicator()), o.value());
    }
    assertThat(byIndex.build().inputFingerprint()).isEqualTo(expected.inputFingerprint());
    assertThat(byId.build().inputFingerprint()).isEqualTo(expected.inputFingerprint());
    assertThat(noSources.build().inputFingerprint()).isNotEqualTo(expected.inputFingerprint())
        .isEqualTo(plan.table(MixedRulesTest.YEAR, units, MixedRulesTest.observations()).inputFingerprint());
  }

  @Test
  void manyDistinctValuesKeepTheFingerprintOfObservations() {
    // more distinct values than the number cache holds, so it is refilled: still Double.toString's text
    ScoringPlan plan = ScoringPlan.compile(MixedRulesTest.java());
    List<Unit> units = new ArrayList<>();
    for (int u = 0; u < 3000; u++) {
      units.add(MixedRulesTest.unit("u" + u, u % 2 == 0 ? "x" : "y"));
    }
    IndicatorId s1 = IndicatorId.of("S1.consultations");
    List<Observation> obs = new ArrayList<>();
    EvidenceTable.Builder b = EvidenceTable.builder(plan, MixedRulesTest.YEAR, units);
    for (int u = 0; u < units.size(); u++) {
      double v = u * 1.0001 + 1e-7 * (u % 7);
      obs.add(new Observation(units.get(u).id(), MixedRulesTest.YEAR, s1, v, u % 3 == 0 ? "" : "s" + (u % 3)));
      b.set(units.get(u).id(), s1, v, u % 3 == 0 ? "" : "s" + (u % 3));
    }
    assertThat(b.build().inputFingerprint())
        .isEqualTo(plan.table(MixedRulesTest.YEAR, units, obs).inputFingerprint());
  }

  @Test
  void aFirstSourceThatIsNotEmptyThenEmptyOnes() {
    // the builder keeps no per-value source while every value has the first source given
    ScoringPlan plan = ScoringPlan.compile(MixedRulesTest.java());
    List<Unit> units = MixedRulesTest.units();
    List<Observation> obs = new ArrayList<>();
    EvidenceTable.Builder b = EvidenceTable.builder(plan, MixedRulesTest.YEAR, units);
    int k = 0;
    for (Observation o : MixedRulesTest.observations()) {
      String source = k++ < 5 ? "demo" : k % 2 == 0 ? "" : "demo";
      obs.add(new Observation(o.unitId(), o.year(), o.indicator(), o.value(), source));
      b.set(o.unitId(), o.indicator(), o.value(), source);
    }
    assertThat(b.build().inputFingerprint()).isEqualTo(plan.table(MixedRulesTest.YEAR, units, obs).inputFingerprint());
  }
}
