package org.fivetype.pillar.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fivetype.api.Pillar;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;
import org.fivetype.testkit.ScoringTableContract;
import org.junit.jupiter.api.Test;

/**
 * Every legal indicator scored by hand: full marks, partial, zero, missing evidence (NaN scores
 * 0) and a bad value (outside the rule's domain). The expected points are worked out in the
 * comments from the rule's formula, not computed by the code under test.
 */
class LegalScoringTableTest extends ScoringTableContract {

  @Override
  protected PillarProvider provider() {
    return new LegalPillar();
  }

  @Override
  protected List<Row> table() {
    return List.of(
        // R1.law-exam — Rate(0.6, 1.0), 3 points: 3 · clamp((v − 0.6) / 0.4)
        row("R1.law-exam", Case.FULL, 1.0, 3.0),
        row("R1.law-exam", Case.PARTIAL, 0.9, 2.25),      // 3 · 0.3 / 0.4 = 2.25
        row("R1.law-exam", Case.ZERO, 0.5, 0.0),          // below the lower rate
        row("R1.law-exam", Case.MISSING, NaN, 0.0),
        bad("R1.law-exam", 1.5),
        // R1.red-header-review — Deduction(1, floor 0), 3 points, HARD: max(0, 3 − n)
        row("R1.red-header-review", Case.FULL, 0, 3.0),
        row("R1.red-header-review", Case.PARTIAL, 2, 1.0),  // 3 − 2 = 1
        row("R1.red-header-review", Case.ZERO, 3, 0.0),     // 3 − 3 = 0
        row("R1.red-header-review", Case.ZERO, 7, 0.0),     // 3 − 7 < 0, floored at 0
        row("R1.red-header-review", Case.MISSING, NaN, 0.0),
        bad("R1.red-header-review", 1.5),                   // half a document
        bad("R1.red-header-review", -1),
        // R2.rulemaking-plan — YesNo(higher), 1 point; a yes/no has no partial value
        row("R2.rulemaking-plan", Case.FULL, 1, 1.0),
        row("R2.rulemaking-plan", Case.ZERO, 0, 0.0),
        row("R2.rulemaking-plan", Case.MISSING, NaN, 0.0),
        bad("R2.rulemaking-plan", 3),
        // R2.unconsulted-drafts — Deduction(1, floor 0), 2 points: max(0, 2 − n)
        row("R2.unconsulted-drafts", Case.FULL, 0, 2.0),
        row("R2.unconsulted-drafts", Case.PARTIAL, 1, 1.0),  // 2 − 1 = 1
        row("R2.unconsulted-drafts", Case.ZERO, 2, 0.0),
        row("R2.unconsulted-drafts", Case.MISSING, NaN, 0.0),
        bad("R2.unconsulted-drafts", 0.3),
        // R3.certified-enforcers — Rate(0.8, 1.0), 3 points: 3 · (v − 0.8) / 0.2
        row("R3.certified-enforcers", Case.FULL, 1.0, 3.0),
        row("R3.certified-enforcers", Case.PARTIAL, 0.9, 1.5),  // 3 · 0.1 / 0.2 = 1.5
        row("R3.certified-enforcers", Case.ZERO, 0.8, 0.0),
        row("R3.certified-enforcers", Case.MISSING, NaN, 0.0),
        bad("R3.certified-enforcers", -0.5),
        // R3.case-file-review — Rate(0.6, 1.0), 3 points: 3 · (v − 0.6) / 0.4
        row("R3.case-file-review", Case.FULL, 1.0, 3.0),
        row("R3.case-file-review", Case.PARTIAL, 0.8, 1.5),  // 3 · 0.2 / 0.4 = 1.5
        row("R3.case-file-review", Case.ZERO, 0.6, 0.0),
        row("R3.case-file-review", Case.MISSING, NaN, 0.0),
        bad("R3.case-file-review", 80),                      // 80 (%) instead of 0.8
        // R4.lost-cases — Deduction(1, floor 0), 2 points: max(0, 2 − n)
        row("R4.lost-cases", Case.FULL, 0, 2.0),
        row("R4.lost-cases", Case.PARTIAL, 1, 1.0),
        row("R4.lost-cases", Case.ZERO, 4, 0.0),             // 2 − 4 < 0, floored at 0
        row("R4.lost-cases", Case.MISSING, NaN, 0.0),
        bad("R4.lost-cases", -2),
        // R4.proposals-answered — Rate(0.8, 1.0), 1 point: (v − 0.8) / 0.2
        row("R4.proposals-answered", Case.FULL, 1.0, 1.0),
        row("R4.proposals-answered", Case.PARTIAL, 0.95, 0.75),  // 0.15 / 0.2 = 0.75
        row("R4.proposals-answered", Case.ZERO, 0.7, 0.0),
        row("R4.proposals-answered", Case.MISSING, NaN, 0.0),
        bad("R4.proposals-answered", 1.01),
        // R5.credit-system — Checklist(3), 1 point: n / 3
        row("R5.credit-system", Case.FULL, 3, 1.0),
        row("R5.credit-system", Case.PARTIAL, 2, 2.0 / 3),   // 2 / 3 ≈ 0.667
        row("R5.credit-system", Case.ZERO, 0, 0.0),
        row("R5.credit-system", Case.MISSING, NaN, 0.0),
        bad("R5.credit-system", 4),
        // R5.broken-promises — Deduction(0.5, floor 0), 1 point: max(0, 1 − 0.5 · n)
        row("R5.broken-promises", Case.FULL, 0, 1.0),
        row("R5.broken-promises", Case.PARTIAL, 1, 0.5),     // 1 − 0.5 = 0.5
        row("R5.broken-promises", Case.ZERO, 2, 0.0),        // 1 − 1 = 0
        row("R5.broken-promises", Case.MISSING, NaN, 0.0),
        bad("R5.broken-promises", 2.5));
  }

  @Test
  void pointsHardIndicatorsAndVetoesAreThoseDocumented() {
    List<Indicator> all = new LegalPillar().indicators();
    assertThat(all.stream().mapToDouble(Indicator::points).sum()).isCloseTo(20.0, within(1e-9));
    assertThat(all.stream().filter(Indicator::hard).map(i -> i.id().value()))
        .containsExactlyInAnyOrder("R1.red-header-review");
    assertThat(all.stream().filter(i -> "veto".equals(i.rule().kind()))).isEmpty();
    assertThat(all).allSatisfy(i -> assertThat(i.pillar()).isEqualTo(Pillar.LEGAL));
  }
}
