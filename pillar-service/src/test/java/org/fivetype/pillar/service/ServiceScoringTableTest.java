package org.fivetype.pillar.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fivetype.api.Pillar;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;
import org.fivetype.testkit.ScoringTableContract;
import org.junit.jupiter.api.Test;

/**
 * Every service indicator scored by hand: full marks, partial, zero, missing evidence (NaN scores
 * 0) and a bad value (outside the rule's domain). The expected points are worked out in the
 * comments from the rule's formula, not computed by the code under test.
 */
class ServiceScoringTableTest extends ScoringTableContract {

  @Override
  protected PillarProvider provider() {
    return new ServicePillar();
  }

  @Override
  protected List<Row> table() {
    return List.of(
        // S1.decision-systems — Checklist(6), 3 points: 3 · n / 6
        row("S1.decision-systems", Case.FULL, 6, 3.0),
        row("S1.decision-systems", Case.PARTIAL, 4, 2.0),      // 3 · 4 / 6 = 2
        row("S1.decision-systems", Case.ZERO, 0, 0.0),
        row("S1.decision-systems", Case.MISSING, NaN, 0.0),
        bad("S1.decision-systems", 7),
        // S1.decision-procedure — Deduction(1, floor 0), 3 points: max(0, 3 − n)
        row("S1.decision-procedure", Case.FULL, 0, 3.0),
        row("S1.decision-procedure", Case.PARTIAL, 1, 2.0),    // 3 − 1 = 2
        row("S1.decision-procedure", Case.ZERO, 3, 0.0),
        row("S1.decision-procedure", Case.MISSING, NaN, 0.0),
        bad("S1.decision-procedure", 1.5),
        // S2.open-catalogue — Rate(0.6, 1.0), 3 points: 3 · (v − 0.6) / 0.4
        row("S2.open-catalogue", Case.FULL, 1.0, 3.0),
        row("S2.open-catalogue", Case.PARTIAL, 0.9, 2.25),     // 3 · 0.3 / 0.4 = 2.25
        row("S2.open-catalogue", Case.ZERO, 0.6, 0.0),
        row("S2.open-catalogue", Case.MISSING, NaN, 0.0),
        bad("S2.open-catalogue", 2),
        // S2.channels — Checklist(3), 1 point: n / 3
        row("S2.channels", Case.FULL, 3, 1.0),
        row("S2.channels", Case.PARTIAL, 2, 2.0 / 3),          // 2 / 3
        row("S2.channels", Case.ZERO, 0, 0.0),
        row("S2.channels", Case.MISSING, NaN, 0.0),
        bad("S2.channels", 4),
        // S3.spokesperson — YesNo(higher), 1 point; a yes/no has no partial value
        row("S3.spokesperson", Case.FULL, 1, 1.0),
        row("S3.spokesperson", Case.ZERO, 0, 0.0),
        row("S3.spokesperson", Case.MISSING, NaN, 0.0),
        bad("S3.spokesperson", 0.7),
        // S3.press-conferences — Bonus(0.5, cap 2), 2 points: min(2, 0.5 · n)
        row("S3.press-conferences", Case.FULL, 4, 2.0),        // 0.5 · 4 = 2
        row("S3.press-conferences", Case.FULL, 12, 2.0),       // 6, capped at 2
        row("S3.press-conferences", Case.PARTIAL, 3, 1.5),     // 0.5 · 3 = 1.5
        row("S3.press-conferences", Case.ZERO, 0, 0.0),
        row("S3.press-conferences", Case.MISSING, NaN, 0.0),
        bad("S3.press-conferences", 1.5),
        // S4.first-contact — Deduction(1, floor 0), 2 points, HARD: max(0, 2 − n)
        row("S4.first-contact", Case.FULL, 0, 2.0),
        row("S4.first-contact", Case.PARTIAL, 1, 1.0),
        row("S4.first-contact", Case.ZERO, 2, 0.0),
        row("S4.first-contact", Case.MISSING, NaN, 0.0),
        bad("S4.first-contact", -1),
        // S4.post-systems — Checklist(4), 2 points: 2 · n / 4
        row("S4.post-systems", Case.FULL, 4, 2.0),
        row("S4.post-systems", Case.PARTIAL, 3, 1.5),          // 2 · 3 / 4 = 1.5
        row("S4.post-systems", Case.ZERO, 0, 0.0),
        row("S4.post-systems", Case.MISSING, NaN, 0.0),
        bad("S4.post-systems", 4.5),
        // S5.regional-rank — Bands(lower is better: ≤3 → 100 %, ≤6 → 60 %, ≤10 → 30 %), 2 points.
        // Bands accept every number (core gives them no domain), so there is no bad value to test.
        row("S5.regional-rank", Case.FULL, 1, 2.0),
        row("S5.regional-rank", Case.FULL, 3, 2.0),            // the last full band
        row("S5.regional-rank", Case.PARTIAL, 5, 1.2),         // 2 · 0.6 = 1.2
        row("S5.regional-rank", Case.PARTIAL, 8, 0.6),         // 2 · 0.3 = 0.6
        row("S5.regional-rank", Case.ZERO, 11, 0.0),           // beyond every band
        row("S5.regional-rank", Case.MISSING, NaN, 0.0),
        // S5.honours — Bonus(0.5, cap 1), 1 point: min(1, 0.5 · n)
        row("S5.honours", Case.FULL, 2, 1.0),
        row("S5.honours", Case.PARTIAL, 1, 0.5),
        row("S5.honours", Case.ZERO, 0, 0.0),
        row("S5.honours", Case.MISSING, NaN, 0.0),
        bad("S5.honours", -2),
        // S6.enterprise-dialogue — Checklist(4), 2 points: 2 · n / 4
        row("S6.enterprise-dialogue", Case.FULL, 4, 2.0),
        row("S6.enterprise-dialogue", Case.PARTIAL, 2, 1.0),   // 2 · 2 / 4 = 1
        row("S6.enterprise-dialogue", Case.ZERO, 0, 0.0),
        row("S6.enterprise-dialogue", Case.MISSING, NaN, 0.0),
        bad("S6.enterprise-dialogue", 5),
        // S7.hotspot-issues — Rate(0.7, 1.0), 3 points: 3 · (v − 0.7) / 0.3
        row("S7.hotspot-issues", Case.FULL, 1.0, 3.0),
        row("S7.hotspot-issues", Case.PARTIAL, 0.9, 2.0),      // 3 · 0.2 / 0.3 = 2
        row("S7.hotspot-issues", Case.ZERO, 0.7, 0.0),
        row("S7.hotspot-issues", Case.ZERO, 0.5, 0.0),
        row("S7.hotspot-issues", Case.MISSING, NaN, 0.0),
        // 90 (%) instead of 0.9
        bad("S7.hotspot-issues", 90));
  }

  @Test
  void pointsHardIndicatorsAndVetoesAreThoseDocumented() {
    List<Indicator> all = new ServicePillar().indicators();
    assertThat(all.stream().mapToDouble(Indicator::points).sum()).isCloseTo(25.0, within(1e-9));
    assertThat(all.stream().filter(Indicator::hard).map(i -> i.id().value()))
        .containsExactlyInAnyOrder("S4.first-contact");
    assertThat(all.stream().filter(i -> "veto".equals(i.rule().kind()))).isEmpty();
    assertThat(all).allSatisfy(i -> assertThat(i.pillar()).isEqualTo(Pillar.SERVICE));
  }
}
