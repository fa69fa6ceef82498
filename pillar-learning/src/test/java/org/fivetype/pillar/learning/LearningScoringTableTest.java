package org.fivetype.pillar.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fivetype.api.Pillar;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;
import org.fivetype.testkit.ScoringTableContract;
import org.junit.jupiter.api.Test;

/**
 * Every learning indicator scored by hand: full marks, partial, zero, missing evidence (NaN scores
 * 0) and a bad value (outside the rule's domain). The expected points are worked out in the
 * comments from the rule's formula, not computed by the code under test.
 */
class LearningScoringTableTest extends ScoringTableContract {

  @Override
  protected PillarProvider provider() {
    return new LearningPillar();
  }

  @Override
  protected List<Row> table() {
    return List.of(
        // L1.study-hours — Rate(0.6, 1.0), 1 point: 1 · clamp((v − 0.6) / 0.4)
        row("L1.study-hours", Case.FULL, 1.0, 1.0),
        row("L1.study-hours", Case.PARTIAL, 0.8, 0.5),     // (0.8 − 0.6) / 0.4 = 0.5 → 0.5
        row("L1.study-hours", Case.ZERO, 0.6, 0.0),        // at the lower rate: nothing
        row("L1.study-hours", Case.ZERO, 0.3, 0.0),        // below it: still nothing
        row("L1.study-hours", Case.MISSING, NaN, 0.0),
        bad("L1.study-hours", 1.2),                        // a rate above 1 (a percentage given as 120 %)
        // L2.annual-plan — Checklist(4), 1 point: 1 · n / 4
        row("L2.annual-plan", Case.FULL, 4, 1.0),
        row("L2.annual-plan", Case.PARTIAL, 3, 0.75),      // 3 / 4 = 0.75
        row("L2.annual-plan", Case.ZERO, 0, 0.0),
        row("L2.annual-plan", Case.MISSING, NaN, 0.0),
        bad("L2.annual-plan", 5),                          // more items than the checklist has
        bad("L2.annual-plan", 2.5),                        // not a whole number of items
        // L2.monthly-arrangements — Checklist(12), 1 point: n / 12
        row("L2.monthly-arrangements", Case.FULL, 12, 1.0),
        row("L2.monthly-arrangements", Case.PARTIAL, 9, 0.75),  // 9 / 12 = 0.75
        row("L2.monthly-arrangements", Case.ZERO, 0, 0.0),
        row("L2.monthly-arrangements", Case.MISSING, NaN, 0.0),
        bad("L2.monthly-arrangements", 13),                // a year has 12 months
        // L2.weekly-activities — Rate(0.5, 1.0), 1 point: (v − 0.5) / 0.5
        row("L2.weekly-activities", Case.FULL, 1.0, 1.0),
        row("L2.weekly-activities", Case.PARTIAL, 0.8, 0.6),  // 0.3 / 0.5 = 0.6
        row("L2.weekly-activities", Case.ZERO, 0.5, 0.0),
        row("L2.weekly-activities", Case.MISSING, NaN, 0.0),
        bad("L2.weekly-activities", -0.1),
        // L3.study-content — Checklist(6), 1 point: n / 6
        row("L3.study-content", Case.FULL, 6, 1.0),
        row("L3.study-content", Case.PARTIAL, 3, 0.5),     // 3 / 6 = 0.5
        row("L3.study-content", Case.ZERO, 0, 0.0),
        row("L3.study-content", Case.MISSING, NaN, 0.0),
        bad("L3.study-content", 7),
        // L4.business-training — Rate(0.5, 1.0), 1.5 points: 1.5 · (v − 0.5) / 0.5
        row("L4.business-training", Case.FULL, 1.0, 1.5),
        row("L4.business-training", Case.PARTIAL, 0.9, 1.2),  // 1.5 · 0.4 / 0.5 = 1.2
        row("L4.business-training", Case.ZERO, 0.4, 0.0),
        row("L4.business-training", Case.MISSING, NaN, 0.0),
        bad("L4.business-training", 90),                   // 90 (%) instead of 0.9
        // L4.cadre-exchanges — Bonus(0.25, cap 1), 1 point: min(1, 0.25 · n)
        row("L4.cadre-exchanges", Case.FULL, 4, 1.0),      // 0.25 · 4 = 1
        row("L4.cadre-exchanges", Case.FULL, 10, 1.0),     // 2.5, capped at 1
        row("L4.cadre-exchanges", Case.PARTIAL, 2, 0.5),   // 0.25 · 2 = 0.5
        row("L4.cadre-exchanges", Case.ZERO, 0, 0.0),
        row("L4.cadre-exchanges", Case.MISSING, NaN, 0.0),
        bad("L4.cadre-exchanges", 1.5),                    // half a cadre
        bad("L4.cadre-exchanges", -1),
        // L5.learning-events — Bonus(0.125, cap 1.5), 1.5 points: min(1.5, 0.125 · n)
        row("L5.learning-events", Case.FULL, 12, 1.5),     // 0.125 · 12 = 1.5
        row("L5.learning-events", Case.PARTIAL, 6, 0.75),  // 0.125 · 6 = 0.75
        row("L5.learning-events", Case.ZERO, 0, 0.0),
        row("L5.learning-events", Case.MISSING, NaN, 0.0),
        bad("L5.learning-events", 2.5),
        // L6.suggestion-scheme — Checklist(3), 1.5 points: 1.5 · n / 3
        row("L6.suggestion-scheme", Case.FULL, 3, 1.5),
        row("L6.suggestion-scheme", Case.PARTIAL, 2, 1.0), // 1.5 · 2 / 3 = 1
        row("L6.suggestion-scheme", Case.ZERO, 0, 0.0),
        row("L6.suggestion-scheme", Case.MISSING, NaN, 0.0),
        bad("L6.suggestion-scheme", 4),
        // L7.research-days — Rate(0, 1.0), 3 points, HARD: 3 · v
        row("L7.research-days", Case.FULL, 1.0, 3.0),      // every member: 25 days and a report
        row("L7.research-days", Case.PARTIAL, 0.8, 2.4),   // 4 of 5 members: 3 · 0.8 = 2.4
        row("L7.research-days", Case.PARTIAL, 6.0 / 7, 18.0 / 7),  // 6 of 7: 3 · 6/7 = 18/7 ≈ 2.571
        row("L7.research-days", Case.ZERO, 0.0, 0.0),
        row("L7.research-days", Case.MISSING, NaN, 0.0),
        bad("L7.research-days", 1.25),                     // more members than the team has
        // L7.paper-contest — YesNo(higher), 0.5 points; a yes/no has no partial value
        row("L7.paper-contest", Case.FULL, 1, 0.5),
        row("L7.paper-contest", Case.ZERO, 0, 0.0),
        row("L7.paper-contest", Case.MISSING, NaN, 0.0),
        bad("L7.paper-contest", 0.5),
        bad("L7.paper-contest", 2),
        // L8.learning-archive — Checklist(3), 1 point: n / 3
        row("L8.learning-archive", Case.FULL, 3, 1.0),
        row("L8.learning-archive", Case.PARTIAL, 1, 1.0 / 3),  // 1 / 3
        row("L8.learning-archive", Case.ZERO, 0, 0.0),
        row("L8.learning-archive", Case.MISSING, NaN, 0.0),
        bad("L8.learning-archive", -1));
  }

  @Test
  void pointsHardIndicatorsAndVetoesAreThoseDocumented() {
    List<Indicator> all = new LearningPillar().indicators();
    assertThat(all.stream().mapToDouble(Indicator::points).sum()).isCloseTo(15.0, within(1e-9));
    assertThat(all.stream().filter(Indicator::hard).map(i -> i.id().value()))
        .containsExactly("L7.research-days");
    assertThat(all.stream().filter(i -> "veto".equals(i.rule().kind()))).isEmpty();
    assertThat(all).allSatisfy(i -> assertThat(i.pillar()).isEqualTo(Pillar.LEARNING));
  }
}
