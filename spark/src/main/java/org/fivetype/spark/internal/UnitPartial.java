package org.fivetype.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fivetype.api.Surface;
import org.fivetype.records.UnitState;

/**
 * The buffer of the Spark aggregator of one unit's records: the unit's {@link UnitState} (null
 * before its first good record) and the problems of its bad rows (the {@value #KEPT} earliest in
 * their files; all are counted). Public only because Spark's encoders need it.
 */
@Surface(Surface.Kind.INTERNAL)
public final class UnitPartial implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Problems kept per unit key. */
  public static final int KEPT = 100;

  /**
   * A problem of one row, located by its file and its position in the read.
   *
   * @param file the file, as Spark names it
   * @param pos the row's {@code monotonically_increasing_id()}
   * @param column the column, or empty for the whole row
   * @param message what is wrong
   */
  public record Located(String file, long pos, String column, String message) implements Serializable {
    /** By file, then position, column, message. */
    public static final Comparator<Located> ORDER = Comparator.comparing(Located::file)
        .thenComparingLong(Located::pos).thenComparing(Located::column).thenComparing(Located::message);
  }

  @SuppressWarnings("NullAway.Init") // set by the first record before any read (Spark needs a no-argument bean)
  private UnitState<?> state;
  private ArrayList<Located> problems = new ArrayList<>(0);
  private long problemCount;

  /** The state, or null. */
  public UnitState<?> state() {
    return state;
  }

  /** Sets the state. */
  public void state(UnitState<?> s) {
    state = s;
  }

  /** The problems kept, in {@link Located#ORDER} after {@link #trim()}. */
  public List<Located> problems() {
    return problems;
  }

  /** How many problems there were. */
  public long problemCount() {
    return problemCount;
  }

  /** Adds a problem. */
  public void problem(Located p) {
    problemCount++;
    problems.add(p);
    if (problems.size() > 2 * KEPT) {
      trim();
    }
  }

  /** Adds another partial's problems (the state is merged by the caller). */
  public void addProblems(UnitPartial other) {
    problemCount += other.problemCount;
    problems.addAll(other.problems);
    trim();
  }

  /** Keeps the {@value #KEPT} earliest problems. */
  public void trim() {
    problems.sort(Located.ORDER);
    if (problems.size() > KEPT) {
      problems = new ArrayList<>(problems.subList(0, KEPT));
    }
  }
}
