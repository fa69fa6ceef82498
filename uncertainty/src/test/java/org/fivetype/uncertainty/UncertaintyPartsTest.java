package org.fivetype.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.fivetype.api.Label;
import org.fivetype.api.Tier;
import org.fivetype.uncertainty.UncertainInput.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The value types and small helpers of the uncertainty analysis: options and ranges on both sides
 * of their limits, the verdict and table of a result, the thread pool. Written for issue 18
 * (mutation testing); every expected value is worked out in the comments.
 */
class UncertaintyPartsTest {

  static Map<Tier, Double> probabilities(double excellent, double good, double pass, double fail) {
    Map<Tier, Double> p = new EnumMap<>(Tier.class);
    p.put(Tier.EXCELLENT, excellent);
    p.put(Tier.GOOD, good);
    p.put(Tier.PASS, pass);
    p.put(Tier.FAIL, fail);
    return p;
  }

  static UnitUncertainty unit(String id, Tier published, Map<Tier, Double> p, boolean robust) {
    Summary s = new Summary(80, 0, 80, 80, 80, 80, 80);
    return new UnitUncertainty(id, Label.of("单位" + id, "Unit " + id), "c", 80, published, 1, 3, s, s, p, robust);
  }

  @Test
  void theVerdictNamesThePublishedTierItsRoundedProbabilityAndRobustness() {
    UnitUncertainty u = unit("a", Tier.GOOD, probabilities(0.1, 0.625, 0.275, 0), false);
    assertThat(u.publishedTierProbability()).isEqualTo(0.625);
    // 62.5 % rounds half up to 63 %
    assertThat(u.verdict().en()).isEqualTo("good (probability 63%), fragile");
    assertThat(u.verdict().zh()).isEqualTo(Tier.GOOD.label().zh() + "(概率63%),不稳健");
    UnitUncertainty r = unit("b", Tier.EXCELLENT, probabilities(0.95, 0.05, 0, 0), true);
    assertThat(r.verdict().en()).isEqualTo("excellent (probability 95%), robust");
    assertThat(r.verdict().zh()).endsWith("(概率95%),稳健");
  }

  @Test
  void theMostLikelyTierIsTheBetterOneOnATie() {
    assertThat(unit("a", Tier.GOOD, probabilities(0, 0.5, 0.5, 0), false).mostLikelyTier()).isEqualTo(Tier.GOOD);
    assertThat(unit("a", Tier.GOOD, probabilities(0, 0.4, 0.6, 0), false).mostLikelyTier()).isEqualTo(Tier.PASS);
    assertThat(unit("a", Tier.FAIL, probabilities(0, 0, 0.3, 0.7), false).mostLikelyTier()).isEqualTo(Tier.FAIL);
    assertThat(unit("a", Tier.EXCELLENT, probabilities(0.5, 0, 0, 0.5), false).mostLikelyTier())
        .isEqualTo(Tier.EXCELLENT);
  }

  @Test
  void theFragileTableIsLeastProbableFirstThenById() {
    UnitUncertainty b = unit("b", Tier.GOOD, probabilities(0, 0.6, 0.4, 0), false);
    UnitUncertainty a = unit("a", Tier.GOOD, probabilities(0, 0.6, 0.4, 0), false);
    UnitUncertainty c = unit("c", Tier.PASS, probabilities(0, 0.7, 0.3, 0), false);
    UnitUncertainty d = unit("d", Tier.GOOD, probabilities(0, 1, 0, 0), true);
    UnitSensitivity sb = new UnitSensitivity("b", List.of(), List.of());
    UncertaintyResult r = new UncertaintyResult(List.of("x"), 10, 10, 1, 0.9, List.of(b, d, a, c), List.of(sb),
        List.of());
    // c: 0.3; a and b: 0.6 each, a before b; d is robust
    assertThat(r.fragile()).extracting(UnitUncertainty::unitId).containsExactly("c", "a", "b");
    assertThat(r.unit("d")).contains(d);
    assertThat(r.unit("e")).isEmpty();
    assertThat(r.sensitivity("b")).contains(sb);
    assertThat(r.sensitivity("a")).isEmpty();
  }

  @Test
  void optionsOnBothSidesOfTheirLimits() {
    assertThatCode(() -> new UncertaintyAnalysis.Options(2, 0, 1, true, 0, 1)).doesNotThrowAnyException();
    assertThatThrownBy(() -> new UncertaintyAnalysis.Options(1, 0, 1, true, 0, 1))
        .hasMessage("at least 2 runs are needed, was 1");
    assertThatThrownBy(() -> new UncertaintyAnalysis.Options(2, 0, 0, true, 0, 1))
        .hasMessage("at least 1 thread is needed, was 0");
    assertThatThrownBy(() -> new UncertaintyAnalysis.Options(2, 0, 1, true, -1, 1))
        .hasMessage("the number of bootstrap resamples must be ≥ 0, was -1");
    for (double p : new double[] {0, 1.0000001, Double.NaN}) {
      assertThatThrownBy(() -> new UncertaintyAnalysis.Options(2, 0, 1, true, 0, p))
          .hasMessage("robustAt must be a probability in (0, 1], was " + p);
    }
    UncertaintyAnalysis.Options u = UncertaintyAnalysis.Options.uncertainty(50, 7);
    assertThat(u.sensitivity()).isFalse();
    assertThat(u.bootstrap()).isEqualTo(100);
    assertThat(u.robustAt()).isEqualTo(0.9);
    assertThat(u.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    UncertaintyAnalysis.Options s = UncertaintyAnalysis.Options.sensitivity(50, 7).withThreads(3).withBootstrap(5)
        .withRobustAt(0.8);
    assertThat(s).isEqualTo(new UncertaintyAnalysis.Options(50, 7, 3, true, 5, 0.8));
    assertThatThrownBy(() -> new IndexUncertainty.Options(1, 0, false)).hasMessage("runs must be at least 2, was 1");
    assertThat(new IndexUncertainty.Options(2, 0, false).runs()).isEqualTo(2);
  }

  @Test
  void rangesAbsoluteAndRelative() {
    Range b = Range.between(2, 4);
    assertThat(b.lowFor(100)).isEqualTo(2);
    assertThat(b.highFor(100)).isEqualTo(4);
    assertThat(b).hasToString("[2.0, 4.0]");
    assertThat(Range.between(3, 3).highFor(0)).isEqualTo(3); // low = high is allowed
    Range pm = Range.plusMinus(0.25);
    assertThat(pm.lowFor(8)).isEqualTo(6);
    assertThat(pm.highFor(8)).isEqualTo(10);
    assertThat(pm).hasToString("±25.0%");
    assertThat(Range.plusMinus(0).lowFor(8)).isEqualTo(8);
    assertThatThrownBy(() -> Range.between(4, 2)).hasMessage("a range needs finite ends with low ≤ high, was [4.0, 2.0]");
    assertThatThrownBy(() -> Range.between(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Range.between(0, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Range.plusMinus(1)).hasMessage("a relative range is ± a share in [0, 1), was ±1.0");
    assertThatThrownBy(() -> new Range(-0.1, 0.2, true)).hasMessage("a relative range is ± a share in [0, 1), was ±0.2");
    assertThatThrownBy(() -> new UncertainInput.Threshold(Tier.FAIL, b))
        .hasMessage("FAIL has no threshold: every unit is FAIL or better");
    assertThatThrownBy(() -> new UncertaintySpec(List.of()))
        .hasMessage("an uncertainty spec needs at least one uncertain input");
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 3, 40})
  void theThreadPoolRunsEveryIndexExactlyOnce(int threads) {
    AtomicIntegerArray runs = new AtomicIntegerArray(37);
    UncertaintyAnalysis.parallel(37, threads, runs::incrementAndGet);
    for (int k = 0; k < 37; k++) {
      assertThat(runs.get(k)).as("index %d", k).isEqualTo(1);
    }
    List<Integer> one = Collections.synchronizedList(new ArrayList<>());
    UncertaintyAnalysis.parallel(1, threads, one::add);
    assertThat(one).containsExactly(0);
    UncertaintyAnalysis.parallel(0, threads, k -> {
      throw new AssertionError("nothing to run");
    });
  }

  @Test
  void theFirstFailureOfAWorkerIsRethrownAsItWas() {
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(() -> UncertaintyAnalysis.parallel(10, 2, k -> {
      if (k == 5) {
        throw boom;
      }
    })).isSameAs(boom);
    StackOverflowError error = new StackOverflowError("deep");
    assertThatThrownBy(() -> UncertaintyAnalysis.parallel(10, 2, k -> {
      if (k == 3) {
        throw error;
      }
    })).isSameAs(error);
    // on one thread too
    assertThatThrownBy(() -> UncertaintyAnalysis.parallel(10, 1, k -> {
      if (k == 9) {
        throw boom;
      }
    })).isSameAs(boom);
  }
}
