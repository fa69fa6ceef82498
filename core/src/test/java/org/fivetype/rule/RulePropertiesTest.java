package org.fivetype.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fivetype.api.Direction;

/**
 * Properties of every rule kind with arbitrary valid parameters: more of a good thing never
 * lowers a score, and a valid value's points stay in [0, max].
 */
class RulePropertiesTest {

  /** A rule, the indicator's points and two valid values for it. */
  record Case(ScoringRule rule, double max, double a, double b) {}

  static Arbitrary<Direction> directions() {
    return Arbitraries.of(Direction.class);
  }

  /** Finite doubles of moderate size, with whole numbers and small fractions well represented. */
  static Arbitrary<Double> reals() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e4, 1e4).ofScale(6),
        Arbitraries.integers().between(-100, 100).map(Integer::doubleValue),
        Arbitraries.doubles().between(-1, 1).ofScale(6));
  }

  static Arbitrary<ScoringRule> targets() {
    Arbitrary<ScoringRule> proportional = Combinators.combine(
            Arbitraries.doubles().between(1e-3, 1e4).ofScale(6), directions())
        .as((t, d) -> new Target(t, d, true));
    Arbitrary<ScoringRule> allOrNothing = Combinators.combine(reals(), directions())
        .as((t, d) -> new Target(t, d, false));
    return Arbitraries.oneOf(proportional, allOrNothing);
  }

  static Arbitrary<ScoringRule> goalposts() {
    return Combinators.combine(reals(), Arbitraries.doubles().between(1e-3, 1e4).ofScale(6), directions())
        .as((lo, width, d) -> new Goalposts(lo, lo + width, d));
  }

  static Arbitrary<ScoringRule> bands() {
    Arbitrary<List<double[]>> steps = Combinators.combine(
            Arbitraries.doubles().between(1e-2, 100).ofScale(6), Arbitraries.doubles().between(0, 1).ofScale(6))
        .as((gap, share) -> new double[] {gap, share})
        .list().ofMinSize(1).ofMaxSize(6);
    return Combinators.combine(reals(), steps, directions()).as((start, list, d) -> {
      // bounds strictly increasing from start; shares sorted so they never decrease towards the better end
      double[] shares = list.stream().mapToDouble(x -> x[1]).sorted().toArray();
      List<Bands.Band> out = new ArrayList<>();
      double bound = start;
      for (int k = 0; k < list.size(); k++) {
        bound += list.get(k)[0];
        double share = d == Direction.HIGHER_IS_BETTER ? shares[k] : shares[shares.length - 1 - k];
        out.add(new Bands.Band(bound, share));
      }
      return new Bands(out, d);
    });
  }

  static Arbitrary<ScoringRule> deductions() {
    return Combinators.combine(Arbitraries.doubles().between(1e-2, 50).ofScale(6), Arbitraries.doubles().between(0, 60).ofScale(6))
        .as(Deduction::new);
  }

  static Arbitrary<ScoringRule> bonuses() {
    return Combinators.combine(Arbitraries.doubles().between(1e-2, 50).ofScale(6), Arbitraries.doubles().between(0, 60).ofScale(6))
        .as(Bonus::new);
  }

  static Arbitrary<ScoringRule> checklists() {
    return Arbitraries.integers().between(1, 40).map(Checklist::new);
  }

  static Arbitrary<ScoringRule> yesNos() {
    return directions().map(YesNo::new);
  }

  static Arbitrary<ScoringRule> rates() {
    return Combinators.combine(Arbitraries.doubles().between(0, 0.99).ofScale(6), Arbitraries.doubles().between(0, 1).ofScale(6),
            directions())
        .as((lo, f, d) -> new Rate(lo, lo + (1 - lo) * Math.max(f, 1e-3), d));
  }

  static Arbitrary<ScoringRule> vetoes() {
    return Arbitraries.integers().between(1, 10).map(Veto::new);
  }

  static Arbitrary<ScoringRule> anyRule() {
    return Arbitraries.oneOf(targets(), goalposts(), bands(), deductions(), bonuses(), checklists(), yesNos(),
        rates(), vetoes());
  }

  /** The boundaries of a rule, and the doubles right next to them. */
  static List<Double> boundaries(ScoringRule r) {
    List<Double> b = new ArrayList<>();
    if (r instanceof Target t) {
      b.add(t.target());
    } else if (r instanceof Goalposts g) {
      b.add(g.low());
      b.add(g.high());
    } else if (r instanceof Bands bs) {
      bs.bands().forEach(x -> b.add(x.bound()));
    } else if (r instanceof Rate rt) {
      b.add(rt.low());
      b.add(rt.high());
    } else if (r instanceof Checklist c) {
      b.add(0.0);
      b.add((double) c.required());
    } else if (r instanceof Veto v) {
      b.add((double) v.threshold());
    }
    List<Double> out = new ArrayList<>();
    for (double x : b) {
      out.add(x);
      out.add(Math.nextDown(x));
      out.add(Math.nextUp(x));
    }
    return out;
  }

  /** Valid values for a rule: its documented domain, with its boundaries as frequent edge cases. */
  static Arbitrary<Double> validValues(ScoringRule r) {
    Arbitrary<Double> domain;
    if (r instanceof Deduction || r instanceof Bonus || r instanceof Veto) {
      domain = Arbitraries.integers().between(0, 1000).map(Integer::doubleValue);
    } else if (r instanceof Checklist c) {
      domain = Arbitraries.integers().between(0, c.required()).map(Integer::doubleValue);
    } else if (r instanceof YesNo) {
      domain = Arbitraries.of(0.0, 1.0);
    } else if (r instanceof Rate) {
      domain = Arbitraries.doubles().between(0, 1).ofScale(6);
    } else {
      domain = reals();
    }
    List<Double> edges = new ArrayList<>();
    for (double x : boundaries(r)) {
      if (r.invalidReason(x) == null) {
        edges.add(x);
      }
    }
    return edges.isEmpty() ? domain : Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, domain), net.jqwik.api.Tuple.of(1, Arbitraries.of(edges)));
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Double> maxes = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 100).map(Integer::doubleValue),
        Arbitraries.integers().between(1, 200).map(i -> i / 10.0), // points in tenths, as rule files give them
        Arbitraries.doubles().between(0.01, 100).ofScale(6));
    return anyRule().flatMap(r -> Combinators.combine(maxes, validValues(r), validValues(r))
        .as((m, a, b) -> new Case(r, m, a, b)));
  }

  @Property(tries = 3000, edgeCases = EdgeCasesMode.MIXIN)
  void moreOfAGoodThingNeverLowersTheScore(@ForAll("cases") Case c) {
    double better = c.rule().direction() == Direction.HIGHER_IS_BETTER ? Math.max(c.a(), c.b()) : Math.min(c.a(), c.b());
    double worse = better == c.a() ? c.b() : c.a();
    assertThat(c.rule().points(better, c.max()))
        .as("%s with max %s: %s is at least as good as %s", c.rule(), c.max(), better, worse)
        .isGreaterThanOrEqualTo(c.rule().points(worse, c.max()));
  }

  @Property(tries = 3000, edgeCases = EdgeCasesMode.MIXIN)
  void pointsStayWithinZeroAndMax(@ForAll("cases") Case c) {
    for (double v : new double[] {c.a(), c.b()}) {
      assertThat(c.rule().invalidReason(v)).as("the generator gives valid values only").isNull();
      assertThat(c.rule().points(v, c.max())).as("%s, max %s, value %s", c.rule(), c.max(), v)
          .isBetween(0.0, c.max());
    }
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
  void scoreAllAgreesWithPoints(@ForAll("cases") Case c) {
    double[] values = {c.a(), Double.NaN, c.b()};
    double[] out = new double[3];
    c.rule().scoreAll(values, 0, 3, c.max(), out);
    assertThat(out).containsExactly(c.rule().points(c.a(), c.max()), 0.0, c.rule().points(c.b(), c.max()));
  }
}
