package org.fivetype.records;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fivetype.api.Surface;

/**
 * The first pass of the optional trimming of extreme raters in the appraisal (E8).
 *
 * <p><b>Rule.</b> A rater is <i>extreme</i> when they have a rater id, gave at least {@code
 * minAnswers} valid answers (not 不了解) over all units and items, and every one of them was the
 * same end of the scale: all 满意, or all 不满意 ("straight-lining"). Their ballots are then left
 * out of every unit's share by passing {@link #extremeRaters()} to {@link
 * BallotAggregator.Config#withTrimmedRaters}. Ballots without a rater id are never trimmed.
 *
 * <p><b>State.</b> Trimming per rater needs per-rater state: three {@code long} counters per rater
 * id (valid answers, 满意, 不满意). That grows with the number of distinct raters — not with the
 * number of ballots a rater casts — and is kept out of the per-unit pass, whose state stays fixed.
 * Like the per-unit states, it merges exactly (integer counters), in any grouping and order.
 */
@Surface(Surface.Kind.API)
public final class RaterScreen implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int minAnswers;
  private final HashMap<String, long[]> raters = new HashMap<>();

  /** A screen flagging raters with at least {@code minAnswers} valid answers, all at one end. */
  public RaterScreen(int minAnswers) {
    if (minAnswers < 1) {
      throw new IllegalArgumentException("minAnswers must be ≥ 1, was " + minAnswers);
    }
    this.minAnswers = minAnswers;
  }

  /** A screen with the default of 10 valid answers. */
  public static RaterScreen defaults() {
    return new RaterScreen(10);
  }

  /** Counts one ballot. */
  public void accept(Ballot b) {
    if (b.raterId().isEmpty() || !b.answer().valid()) {
      return;
    }
    long[] c = raters.computeIfAbsent(b.raterId(), k -> new long[3]);
    c[0]++;
    if (b.answer() == Answer.SATISFIED) {
      c[1]++;
    } else if (b.answer() == Answer.DISSATISFIED) {
      c[2]++;
    }
  }

  /** Adds what {@code other} counted; returns this. {@code other} must not be used afterwards. */
  public RaterScreen merge(RaterScreen other) {
    if (other.minAnswers != minAnswers) {
      throw new IllegalArgumentException("cannot merge screens with different minimums");
    }
    for (Map.Entry<String, long[]> e : other.raters.entrySet()) {
      long[] mine = raters.get(e.getKey());
      if (mine == null) {
        raters.put(e.getKey(), e.getValue());
      } else {
        for (int k = 0; k < 3; k++) {
          mine[k] += e.getValue()[k];
        }
      }
    }
    other.raters.clear();
    return this;
  }

  /** The ids of the extreme raters, sorted. */
  public Set<String> extremeRaters() {
    TreeSet<String> out = new TreeSet<>();
    for (Map.Entry<String, long[]> e : raters.entrySet()) {
      long[] c = e.getValue();
      if (c[0] >= minAnswers && (c[1] == c[0] || c[2] == c[0])) {
        out.add(e.getKey());
      }
    }
    return Set.copyOf(out);
  }

  /** How many distinct raters with an id were seen. */
  public int raters() {
    return raters.size();
  }
}
