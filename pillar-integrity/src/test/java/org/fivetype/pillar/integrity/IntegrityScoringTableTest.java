package org.fivetype.pillar.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fivetype.api.Pillar;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;
import org.fivetype.testkit.ScoringTableContract;
import org.junit.jupiter.api.Test;

/**
 * Every integrity indicator scored by hand: full marks, partial, zero, missing evidence (NaN scores
 * 0) and a bad value (outside the rule's domain). The expected points are worked out in the
 * comments from the rule's formula, not computed by the code under test.
 */
class IntegrityScoringTableTest extends ScoringTableContract {

  @Override
  protected PillarProvider provider() {
    return new IntegrityPillar();
  }

  @Override
  protected List<Row> table() {
    return List.of(
        // I1.responsibility-system — Checklist(5), 3 points: 3 · n / 5
        row("I1.responsibility-system", Case.FULL, 5, 3.0),
        row("I1.responsibility-system", Case.PARTIAL, 4, 2.4),  // 3 · 4 / 5 = 2.4
        row("I1.responsibility-system", Case.ZERO, 0, 0.0),
        row("I1.responsibility-system", Case.MISSING, NaN, 0.0),
        bad("I1.responsibility-system", 6),
        // I2.integrity-education — Rate(0.6, 1.0), 2 points: 2 · (v − 0.6) / 0.4
        row("I2.integrity-education", Case.FULL, 1.0, 2.0),
        row("I2.integrity-education", Case.PARTIAL, 0.9, 1.5),  // 2 · 0.3 / 0.4 = 1.5
        row("I2.integrity-education", Case.ZERO, 0.6, 0.0),
        row("I2.integrity-education", Case.MISSING, NaN, 0.0),
        bad("I2.integrity-education", 1.1),
        // I3.major-cases — Veto(1), 2 points: no case → 2; one or more → 0 and vetoed;
        // a veto has no partial value
        row("I3.major-cases", Case.FULL, 0, 2.0),
        row("I3.major-cases", Case.ZERO, 1, 0.0),               // vetoed
        row("I3.major-cases", Case.ZERO, 3, 0.0),               // vetoed
        row("I3.major-cases", Case.MISSING, NaN, 0.0),
        bad("I3.major-cases", 0.5),
        bad("I3.major-cases", -1),
        // I3.case-handling — Rate(0.8, 1.0), 2 points: 2 · (v − 0.8) / 0.2
        row("I3.case-handling", Case.FULL, 1.0, 2.0),
        row("I3.case-handling", Case.PARTIAL, 0.95, 1.5),       // 2 · 0.15 / 0.2 = 1.5
        row("I3.case-handling", Case.ZERO, 0.8, 0.0),
        row("I3.case-handling", Case.MISSING, NaN, 0.0),
        bad("I3.case-handling", -0.2),
        // I4.cadre-selection — Deduction(1, floor 0), 2 points: max(0, 2 − n)
        row("I4.cadre-selection", Case.FULL, 0, 2.0),
        row("I4.cadre-selection", Case.PARTIAL, 1, 1.0),
        row("I4.cadre-selection", Case.ZERO, 2, 0.0),
        row("I4.cadre-selection", Case.MISSING, NaN, 0.0),
        bad("I4.cadre-selection", 1.5),
        // I4.funds-and-tenders — Deduction(1, floor 0), 3 points: max(0, 3 − n)
        row("I4.funds-and-tenders", Case.FULL, 0, 3.0),
        row("I4.funds-and-tenders", Case.PARTIAL, 1, 2.0),      // 3 − 1 = 2
        row("I4.funds-and-tenders", Case.ZERO, 5, 0.0),         // floored at 0
        row("I4.funds-and-tenders", Case.MISSING, NaN, 0.0),
        bad("I4.funds-and-tenders", -3),
        // I5.major-violations — Veto(1), 2 points; a veto has no partial value
        row("I5.major-violations", Case.FULL, 0, 2.0),
        row("I5.major-violations", Case.ZERO, 1, 0.0),          // vetoed
        row("I5.major-violations", Case.MISSING, NaN, 0.0),
        bad("I5.major-violations", 2.5),
        // I5.arbitrary-charges — Deduction(1, floor 0), 2 points: max(0, 2 − n)
        row("I5.arbitrary-charges", Case.FULL, 0, 2.0),
        row("I5.arbitrary-charges", Case.PARTIAL, 1, 1.0),
        row("I5.arbitrary-charges", Case.ZERO, 2, 0.0),
        row("I5.arbitrary-charges", Case.MISSING, NaN, 0.0),
        bad("I5.arbitrary-charges", 0.25),
        // I6.term-audit — Deduction(1, floor 0), 2 points: max(0, 2 − n)
        row("I6.term-audit", Case.FULL, 0, 2.0),
        row("I6.term-audit", Case.PARTIAL, 1, 1.0),
        row("I6.term-audit", Case.ZERO, 3, 0.0),
        row("I6.term-audit", Case.MISSING, NaN, 0.0),
        bad("I6.term-audit", -1));
  }

  @Test
  void pointsHardIndicatorsAndVetoesAreThoseDocumented() {
    List<Indicator> all = new IntegrityPillar().indicators();
    assertThat(all.stream().mapToDouble(Indicator::points).sum()).isCloseTo(20.0, within(1e-9));
    assertThat(all.stream().filter(Indicator::hard).map(i -> i.id().value()))
        .isEmpty();
    assertThat(all.stream().filter(i -> "veto".equals(i.rule().kind())).map(i -> i.id().value()))
        .containsExactlyInAnyOrder("I3.major-cases", "I5.major-violations");
    assertThat(all).allSatisfy(i -> assertThat(i.pillar()).isEqualTo(Pillar.INTEGRITY));
  }
}
