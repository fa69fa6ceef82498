package org.fivetype.examples.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fivetype.rule.RuleKind;
import org.fivetype.rule.ScoringRule;
import org.fivetype.testkit.RuleKindContract;
import org.junit.jupiter.api.Test;

/** Tianshan's rule kind keeps the rule-kind contract, and scores as its formula says (by hand). */
class ComplaintTrendKindTest extends RuleKindContract {

  @Override
  protected RuleKind<?> kind() {
    return new ComplaintTrend.Kind();
  }

  @Override
  protected List<? extends ScoringRule> rules() {
    return List.of(new ComplaintTrend(0.1, 0.5), new ComplaintTrend(0, 1), new ComplaintTrend(0.3, -0.2));
  }

  @Test
  void pointsFollowTheFormula() {
    ComplaintTrend t = new ComplaintTrend(0.1, 0.5);
    assertThat(t.points(-0.5, 2)).isEqualTo(2);   // a fall of 50 % ≥ 10 %
    assertThat(t.points(-0.1, 2)).isEqualTo(2);   // exactly the full-points fall
    assertThat(t.points(0.2, 2)).isEqualTo(1.0);  // 2 · (0.5 − 0.2) / 0.6
    assertThat(t.points(0.5, 2)).isEqualTo(0);    // a rise of 50 %
    assertThat(t.points(Double.NaN, 2)).isEqualTo(0);
    assertThat(t.invalidReason(-1)).isNull();
    assertThat(t.invalidReason(-1.01)).startsWith("a change against last year ≥ -1");
  }
}
