package org.fivetype.pillar.efficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fivetype.api.Pillar;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;
import org.fivetype.testkit.ScoringTableContract;
import org.junit.jupiter.api.Test;

/**
 * Every efficiency indicator scored by hand: full marks, partial, zero, missing evidence (NaN scores
 * 0) and a bad value (outside the rule's domain). The expected points are worked out in the
 * comments from the rule's formula, not computed by the code under test.
 */
class EfficiencyScoringTableTest extends ScoringTableContract {

  @Override
  protected PillarProvider provider() {
    return new EfficiencyPillar();
  }

  @Override
  protected List<Row> table() {
    return List.of(
        // E1.devolution-oversight — Checklist(3), 1.5 points: 1.5 · n / 3
        row("E1.devolution-oversight", Case.FULL, 3, 1.5),
        row("E1.devolution-oversight", Case.PARTIAL, 2, 1.0),   // 1.5 · 2 / 3 = 1
        row("E1.devolution-oversight", Case.ZERO, 0, 0.0),
        row("E1.devolution-oversight", Case.MISSING, NaN, 0.0),
        bad("E1.devolution-oversight", 3.5),
        // E2.unlawful-approvals — Deduction(0.5, floor 0), 1 point: max(0, 1 − 0.5 · n)
        row("E2.unlawful-approvals", Case.FULL, 0, 1.0),
        row("E2.unlawful-approvals", Case.PARTIAL, 1, 0.5),
        row("E2.unlawful-approvals", Case.ZERO, 2, 0.0),
        row("E2.unlawful-approvals", Case.ZERO, 9, 0.0),        // floored at 0
        row("E2.unlawful-approvals", Case.MISSING, NaN, 0.0),
        bad("E2.unlawful-approvals", -1),
        // E3.approval-steps — Goalposts(3, 8, lower is better), 1 point: clamp((8 − v) / 5).
        // Goalposts accept every number (core gives them no domain), so there is no bad value to test.
        row("E3.approval-steps", Case.FULL, 3, 1.0),
        row("E3.approval-steps", Case.FULL, 0, 1.0),            // no approval items: reported as 0
        row("E3.approval-steps", Case.PARTIAL, 5, 0.6),         // (8 − 5) / 5 = 0.6
        row("E3.approval-steps", Case.PARTIAL, 7.5, 0.1),       // (8 − 7.5) / 5 = 0.1
        row("E3.approval-steps", Case.ZERO, 8, 0.0),
        row("E3.approval-steps", Case.ZERO, 12, 0.0),
        row("E3.approval-steps", Case.MISSING, NaN, 0.0),
        // E4.time-limit-cut — Rate(0.5, 1.0), 1.5 points: 1.5 · (v − 0.5) / 0.5
        row("E4.time-limit-cut", Case.FULL, 1.0, 1.5),
        row("E4.time-limit-cut", Case.PARTIAL, 0.8, 0.9),       // 1.5 · 0.3 / 0.5 = 0.9
        row("E4.time-limit-cut", Case.ZERO, 0.5, 0.0),
        row("E4.time-limit-cut", Case.MISSING, NaN, 0.0),
        bad("E4.time-limit-cut", 1.3),
        // E4.on-time — Rate(0.9, 1.0), 1.5 points: 1.5 · (v − 0.9) / 0.1
        row("E4.on-time", Case.FULL, 1.0, 1.5),
        row("E4.on-time", Case.PARTIAL, 0.96, 0.9),             // 1.5 · 0.06 / 0.1 = 0.9
        row("E4.on-time", Case.ZERO, 0.9, 0.0),
        row("E4.on-time", Case.ZERO, 0.75, 0.0),
        row("E4.on-time", Case.MISSING, NaN, 0.0),
        bad("E4.on-time", 96),                                  // 96 (%) instead of 0.96
        // E4.centre-systems — Checklist(8), 1.5 points: 1.5 · n / 8
        row("E4.centre-systems", Case.FULL, 8, 1.5),
        row("E4.centre-systems", Case.PARTIAL, 6, 1.125),       // 1.5 · 6 / 8 = 1.125
        row("E4.centre-systems", Case.ZERO, 0, 0.0),
        row("E4.centre-systems", Case.MISSING, NaN, 0.0),
        bad("E4.centre-systems", 9),
        bad("E4.centre-systems", 7.5),
        // E4.window-bypass — Deduction(0.5, floor 0), 1 point, HARD: max(0, 1 − 0.5 · n)
        row("E4.window-bypass", Case.FULL, 0, 1.0),
        row("E4.window-bypass", Case.PARTIAL, 1, 0.5),
        row("E4.window-bypass", Case.ZERO, 2, 0.0),
        row("E4.window-bypass", Case.MISSING, NaN, 0.0),
        bad("E4.window-bypass", 0.5),
        // E4.one-time-notice — Deduction(0.5, floor 0), 1 point: max(0, 1 − 0.5 · n)
        row("E4.one-time-notice", Case.FULL, 0, 1.0),
        row("E4.one-time-notice", Case.PARTIAL, 1, 0.5),
        row("E4.one-time-notice", Case.ZERO, 3, 0.0),           // 1 − 1.5 < 0, floored at 0
        row("E4.one-time-notice", Case.MISSING, NaN, 0.0),
        bad("E4.one-time-notice", -4),
        // E5.centralised-office — YesNo(higher), 1 point; a yes/no has no partial value
        row("E5.centralised-office", Case.FULL, 1, 1.0),
        row("E5.centralised-office", Case.ZERO, 0, 0.0),
        row("E5.centralised-office", Case.MISSING, NaN, 0.0),
        bad("E5.centralised-office", -1),
        // E6.verified-complaints — Deduction(0.5, floor 0), 2 points: max(0, 2 − 0.5 · n)
        row("E6.verified-complaints", Case.FULL, 0, 2.0),
        row("E6.verified-complaints", Case.PARTIAL, 1, 1.5),    // 2 − 0.5 = 1.5
        row("E6.verified-complaints", Case.PARTIAL, 3, 0.5),    // 2 − 1.5 = 0.5
        row("E6.verified-complaints", Case.ZERO, 4, 0.0),       // 2 − 2 = 0
        row("E6.verified-complaints", Case.ZERO, 10, 0.0),      // floored at 0
        row("E6.verified-complaints", Case.MISSING, NaN, 0.0),
        bad("E6.verified-complaints", 1.5),
        // E7.long-meetings — Deduction(0.5, floor 0), 1 point: max(0, 1 − 0.5 · n)
        row("E7.long-meetings", Case.FULL, 0, 1.0),
        row("E7.long-meetings", Case.PARTIAL, 1, 0.5),
        row("E7.long-meetings", Case.ZERO, 2, 0.0),
        row("E7.long-meetings", Case.MISSING, NaN, 0.0),
        bad("E7.long-meetings", 0.5),
        // E7.leader-speeches — Deduction(0.5, floor 0), 1 point: max(0, 1 − 0.5 · n)
        row("E7.leader-speeches", Case.FULL, 0, 1.0),
        row("E7.leader-speeches", Case.PARTIAL, 1, 0.5),
        row("E7.leader-speeches", Case.ZERO, 5, 0.0),
        row("E7.leader-speeches", Case.MISSING, NaN, 0.0),
        bad("E7.leader-speeches", -1),
        // E7.reforwarded-documents — Deduction(0.5, floor 0), 1 point: max(0, 1 − 0.5 · n)
        row("E7.reforwarded-documents", Case.FULL, 0, 1.0),
        row("E7.reforwarded-documents", Case.PARTIAL, 1, 0.5),
        row("E7.reforwarded-documents", Case.ZERO, 2, 0.0),
        row("E7.reforwarded-documents", Case.MISSING, NaN, 0.0),
        bad("E7.reforwarded-documents", 2.2),
        // E8.appraisal-satisfaction — Rate(0.6, 0.95), 4 points: 4 · clamp((v − 0.6) / 0.35)
        row("E8.appraisal-satisfaction", Case.FULL, 0.95, 4.0),
        row("E8.appraisal-satisfaction", Case.FULL, 1.0, 4.0),  // above the upper rate, clamped
        row("E8.appraisal-satisfaction", Case.PARTIAL, 0.81, 2.4),  // 4 · 0.21 / 0.35 = 2.4
        row("E8.appraisal-satisfaction", Case.ZERO, 0.6, 0.0),
        row("E8.appraisal-satisfaction", Case.ZERO, 0.4, 0.0),
        row("E8.appraisal-satisfaction", Case.MISSING, NaN, 0.0),
        // 81 (%) instead of 0.81
        bad("E8.appraisal-satisfaction", 81));
  }

  @Test
  void pointsHardIndicatorsAndVetoesAreThoseDocumented() {
    List<Indicator> all = new EfficiencyPillar().indicators();
    assertThat(all.stream().mapToDouble(Indicator::points).sum()).isCloseTo(20.0, within(1e-9));
    assertThat(all.stream().filter(Indicator::hard).map(i -> i.id().value()))
        .containsExactlyInAnyOrder("E4.window-bypass");
    assertThat(all.stream().filter(i -> "veto".equals(i.rule().kind()))).isEmpty();
    assertThat(all).allSatisfy(i -> assertThat(i.pillar()).isEqualTo(Pillar.EFFICIENCY));
  }
}
