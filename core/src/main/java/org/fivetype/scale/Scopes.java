package org.fivetype.scale;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The scopes of a column: all units, or the units of each group. A scope is handed out as the
 * indices of its units that have a value (missing values are left out), in ascending order.
 *
 * <p>Shared by the relative scales of this package and the composite-indicator engine
 * ({@code org.fivetype.composite}); not meant for other callers.
 */
public final class Scopes {
  private Scopes() {}

  /** What is done with one scope: {@code idx[0..len)} are the indices of its present values. */
  public interface Body {
    /**
     * Works on one scope.
     *
     * @param idx the indices into the column of the scope's present values, ascending, in
     *     {@code idx[0..len)}; the array is reused for the next scope
     * @param len how many indices are valid; 0 for a scope whose values are all missing
     */
    void accept(int[] idx, int len);
  }

  /**
   * Checks the shapes: {@code out} and {@code group} (if any) as long as {@code x}.
   *
   * @param x the column
   * @param group each unit's group id, or null for one scope of all units
   * @param out the output column
   * @throws IllegalArgumentException if a length differs, naming both lengths
   */
  public static void check(double[] x, int @Nullable [] group, double[] out) {
    if (x == null) {
      throw new IllegalArgumentException("column is null");
    }
    if (out != null && out.length != x.length) {
      throw new IllegalArgumentException(
          "output length " + out.length + " differs from column length " + x.length);
    }
    if (group != null && group.length != x.length) {
      throw new IllegalArgumentException(
          "group length " + group.length + " differs from column length " + x.length);
    }
  }

  /**
   * Calls {@code body} once per scope that has at least one unit (present or not); a scope whose
   * values are all missing is called with {@code len == 0}. Groups are visited in ascending
   * order of their ids.
   *
   * @param x the column; NaN is a missing value
   * @param group each unit's group id, or null for one scope of all units
   * @param body what is done with each scope
   */
  public static void forEach(double[] x, int @Nullable [] group, Body body) {
    int n = x.length;
    int[] idx = new int[n];
    if (group == null) {
      int len = 0;
      for (int i = 0; i < n; i++) {
        if (!Double.isNaN(x[i])) {
          idx[len++] = i;
        }
      }
      body.accept(idx, len);
      return;
    }
    int[] ids = group.clone();
    Arrays.sort(ids);
    int g = 0;
    while (g < n) {
      int id = ids[g];
      int len = 0;
      for (int i = 0; i < n; i++) {
        if (group[i] == id && !Double.isNaN(x[i])) {
          idx[len++] = i;
        }
      }
      body.accept(idx, len);
      while (g < n && ids[g] == id) {
        g++;
      }
    }
  }

  /**
   * Sorts {@code idx[0..len)} by ascending {@code x[idx[k]]}, stable (insertion/merge sort).
   *
   * @param idx indices into {@code x}, sorted in place
   * @param len how many indices to sort
   * @param x the values the indices point at, none NaN
   */
  public static void sortByValue(int[] idx, int len, double[] x) {
    if (len < 2) {
      return;
    }
    int[] tmp = new int[len];
    mergeSort(idx, tmp, 0, len, x);
  }

  private static void mergeSort(int[] a, int[] tmp, int lo, int hi, double[] x) {
    if (hi - lo <= 16) {
      for (int i = lo + 1; i < hi; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= lo && x[a[j]] > x[v]) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, tmp, lo, mid, x);
    mergeSort(a, tmp, mid, hi, x);
    int i = lo;
    int j = mid;
    int k = 0;
    while (i < mid && j < hi) {
      tmp[k++] = x[a[j]] < x[a[i]] ? a[j++] : a[i++];
    }
    while (i < mid) {
      tmp[k++] = a[i++];
    }
    while (j < hi) {
      tmp[k++] = a[j++];
    }
    System.arraycopy(tmp, 0, a, lo, k);
  }

  /**
   * Orients a value so that higher is always better (as COINr does).
   *
   * @param v the value
   * @param lowerIsBetter whether lower values of the column are better
   * @return {@code -v} for lower-is-better, else {@code v}
   */
  public static double oriented(double v, boolean lowerIsBetter) {
    return lowerIsBetter ? -v : v;
  }

  /**
   * Copies every missing value of {@code x} as missing into {@code out}; other values of
   * {@code out} are left alone.
   *
   * @param x the column; NaN is a missing value
   * @param out the output column, as long as {@code x}
   */
  public static void keepMissing(double[] x, double[] out) {
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        out[i] = Double.NaN;
      }
    }
  }

  /**
   * Checks that a parameter is finite.
   *
   * @param what the parameter's name, for the message
   * @param v its value
   * @throws IllegalArgumentException naming {@code what} unless {@code v} is finite
   */
  public static void finite(String what, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(what + " must be a finite number, was " + v);
    }
  }
}
