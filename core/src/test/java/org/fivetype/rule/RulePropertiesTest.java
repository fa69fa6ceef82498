package org.fivetype.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.fivetype.api.Direction;
import org.fivetype.seeded.Seeded;
import org.junit.jupiter.api.Test;

/**
 * Properties of every rule kind with arbitrary valid parameters: more of a good thing never
 * lowers a score, and a valid value's points stay in [0, max]. Each property is checked on seeded
 * generated cases ({@link Seeded}: a failure prints its seed and case).
 */
class RulePropertiesTest {

  /** A rule, the indicator's points and two valid values for it. */
  record Case(ScoringRule rule, double max, double a, double b) {}

  static Direction direction(Random r) {
    return r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }

  /**
   * A double in [lo, hi] with at most six decimals; one time in eight an edge of the range (lo, hi,
   * zero where it lies inside, or the smallest step above lo), so edges come up often.
   */
  static double between(Random r, double lo, double hi) {
    if (r.nextInt(8) == 0) {
      return switch (r.nextInt(4)) {
        case 0 -> lo;
        case 1 -> hi;
        case 2 -> lo <= 0 && 0 <= hi ? 0.0 : lo;
        default -> Math.min(hi, lo + 1e-6);
      };
    }
    double x = lo + (hi - lo) * r.nextDouble();
    return Math.min(hi, Math.max(lo, Math.round(x * 1e6) / 1e6));
  }

  static int between(Random r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  /** Finite doubles of moderate size, with whole numbers and small fractions well represented. */
  static double real(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> between(r, -1e4, 1e4);
      case 1 -> between(r, -100, 100);
      default -> between(r, -1.0, 1.0);
    };
  }

  static ScoringRule target(Random r) {
    return r.nextBoolean()
        ? new Target(between(r, 1e-3, 1e4), direction(r), true)
        : new Target(real(r), direction(r), false);
  }

  static ScoringRule goalposts(Random r) {
    double lo = real(r);
    return new Goalposts(lo, lo + between(r, 1e-3, 1e4), direction(r));
  }

  static ScoringRule bands(Random r) {
    double start = real(r);
    int size = between(r, 1, 6);
    double[] gaps = new double[size];
    double[] shares = new double[size];
    for (int k = 0; k < size; k++) {
      gaps[k] = between(r, 1e-2, 100);
      shares[k] = between(r, 0.0, 1.0);
    }
    Direction d = direction(r);
    // bounds strictly increasing from start; shares sorted so they never decrease towards the better end
    Arrays.sort(shares);
    List<Bands.Band> out = new ArrayList<>();
    double bound = start;
    for (int k = 0; k < size; k++) {
      bound += gaps[k];
      double share = d == Direction.HIGHER_IS_BETTER ? shares[k] : shares[size - 1 - k];
      out.add(new Bands.Band(bound, share));
    }
    return new Bands(out, d);
  }

  static ScoringRule rate(Random r) {
    double lo = between(r, 0, 0.99);
    double f = between(r, 0.0, 1.0);
    return new Rate(lo, lo + (1 - lo) * Math.max(f, 1e-3), direction(r));
  }

  static ScoringRule anyRule(Random r) {
    return switch (r.nextInt(9)) {
      case 0 -> target(r);
      case 1 -> goalposts(r);
      case 2 -> bands(r);
      case 3 -> new Deduction(between(r, 1e-2, 50), between(r, 0.0, 60));
      case 4 -> new Bonus(between(r, 1e-2, 50), between(r, 0.0, 60));
      case 5 -> new Checklist(between(r, 1, 40));
      case 6 -> new YesNo(direction(r));
      case 7 -> rate(r);
      default -> new Veto(between(r, 1, 10));
    };
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

  /** A valid value for a rule: from its documented domain, or one time in four one of its boundaries. */
  static double validValue(ScoringRule rule, Random r) {
    List<Double> edges = new ArrayList<>();
    for (double x : boundaries(rule)) {
      if (rule.invalidReason(x) == null) {
        edges.add(x);
      }
    }
    if (!edges.isEmpty() && r.nextInt(4) == 0) {
      return edges.get(r.nextInt(edges.size()));
    }
    if (rule instanceof Deduction || rule instanceof Bonus || rule instanceof Veto) {
      return between(r, 0, 1000);
    } else if (rule instanceof Checklist c) {
      return between(r, 0, c.required());
    } else if (rule instanceof YesNo) {
      return r.nextBoolean() ? 1.0 : 0.0;
    } else if (rule instanceof Rate) {
      return between(r, 0.0, 1.0);
    }
    return real(r);
  }

  static Case aCase(Random r) {
    ScoringRule rule = anyRule(r);
    double max = switch (r.nextInt(3)) {
      case 0 -> between(r, 1, 100);
      case 1 -> between(r, 1, 200) / 10.0; // points in tenths, as rule files give them
      default -> between(r, 0.01, 100);
    };
    return new Case(rule, max, validValue(rule, r), validValue(rule, r));
  }

  @Test
  void moreOfAGoodThingNeverLowersTheScore() {
    Seeded.check("more of a good thing never lowers the score", 3000, RulePropertiesTest::aCase, c -> {
      double better = c.rule().direction() == Direction.HIGHER_IS_BETTER ? Math.max(c.a(), c.b()) : Math.min(c.a(), c.b());
      double worse = better == c.a() ? c.b() : c.a();
      assertThat(c.rule().points(better, c.max()))
          .as("%s with max %s: %s is at least as good as %s", c.rule(), c.max(), better, worse)
          .isGreaterThanOrEqualTo(c.rule().points(worse, c.max()));
    });
  }

  @Test
  void pointsStayWithinZeroAndMax() {
    Seeded.check("points stay within [0, max]", 3000, RulePropertiesTest::aCase, c -> {
      for (double v : new double[] {c.a(), c.b()}) {
        assertThat(c.rule().invalidReason(v)).as("the generator gives valid values only").isNull();
        assertThat(c.rule().points(v, c.max())).as("%s, max %s, value %s", c.rule(), c.max(), v)
            .isBetween(0.0, c.max());
      }
    });
  }

  @Test
  void scoreAllAgreesWithPoints() {
    Seeded.check("scoreAll agrees with points", 500, RulePropertiesTest::aCase, c -> {
      double[] values = {c.a(), Double.NaN, c.b()};
      double[] out = new double[3];
      c.rule().scoreAll(values, 0, 3, c.max(), out);
      assertThat(out).containsExactly(c.rule().points(c.a(), c.max()), 0.0, c.rule().points(c.b(), c.max()));
    });
  }
}
