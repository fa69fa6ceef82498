package org.fivetype.scale;

import java.util.Arrays;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * The scopes of a column: all units, or the units of each group. A scope is handed out as the
 * indices of its units that have a value (missing values are left out), in ascending order.
 *
 * <p>Shared by the relative scales of this package and the composite-indicator engine
 * ({@code org.fivetype.composite}); not meant for other callers.
 */
@Surface(Surface.Kind.INTERNAL)
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
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (int g : group) {
      lo = Math.min(lo, g);
      hi = Math.max(hi, g);
    }
    if (n == 0) {
      return;
    }
    if ((long) hi - lo >= n) {
      forEachSparse(x, group, body, idx);
      return;
    }
    // the usual case (group numbers 0..G-1): one counting pass, each scope's present indices
    // gathered in ascending order into one array, scopes in ascending group number
    int span = hi - lo + 1;
    int[] units = new int[span];
    int[] start = new int[span + 1];
    for (int i = 0; i < n; i++) {
      int g = group[i] - lo;
      units[g]++;
      if (!Double.isNaN(x[i])) {
        start[g + 1]++;
      }
    }
    for (int g = 0; g < span; g++) {
      start[g + 1] += start[g];
    }
    int[] all = new int[start[span]];
    int[] fill = Arrays.copyOf(start, span);
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(x[i])) {
        all[fill[group[i] - lo]++] = i;
      }
    }
    for (int g = 0; g < span; g++) {
      if (units[g] > 0) {
        int len = start[g + 1] - start[g];
        System.arraycopy(all, start[g], idx, 0, len);
        body.accept(idx, len);
      }
    }
  }

  /** {@link #forEach} for group numbers spread wider than the column is long. */
  private static void forEachSparse(double[] x, int[] group, Body body, int[] idx) {
    int n = x.length;
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
   * Sorts {@code idx[0..len)} by ascending {@code x[idx[k]]}, stable: equal values (−0 and +0
   * among them) keep their order. From 64 entries on, a least-significant-digit radix sort of the
   * values' bits (no comparisons; a pass skipped when every key has the same byte there); below
   * that, or if a value is NaN, a merge sort. Both give the same order.
   *
   * @param idx indices into {@code x}, sorted in place
   * @param len how many indices to sort
   * @param x the values the indices point at
   */
  public static void sortByValue(int[] idx, int len, double[] x) {
    if (len < 2) {
      return;
    }
    if (len >= 64 && radixSort(idx, len, x)) {
      return;
    }
    int[] tmp = new int[len];
    mergeSort(idx, tmp, 0, len, x);
  }

  /** The radix sort of {@link #sortByValue}; false (nothing moved) if a value is NaN. */
  private static boolean radixSort(int[] idx, int len, double[] x) {
    long[] keys = new long[len];
    for (int k = 0; k < len; k++) {
      double v = x[idx[k]];
      if (Double.isNaN(v)) {
        return false;
      }
      keys[k] = ascendingKey(v);
    }
    sortByKeys(idx, keys, len, new int[len]);
    return true;
  }

  /**
   * The key of a value for {@link #sortByKeys}: its IEEE bits made to order as unsigned numbers
   * (ascending values, ascending keys); {@code v + 0.0} first, so that −0 and +0 are one key, as
   * they are equal for {@code <}. Not for NaN.
   *
   * @param v a value, not NaN
   * @return its key
   */
  public static long ascendingKey(double v) {
    long bits = Double.doubleToRawLongBits(v + 0.0);
    return bits ^ ((bits >> 63) | Long.MIN_VALUE);
  }

  /**
   * Sorts {@code idx[0..len)} by {@code keys[0..len)} (the key of {@code idx[k]} at {@code k}),
   * ascending as unsigned numbers, stable: a least-significant-digit radix sort, eight passes of
   * one byte, a pass skipped when every key has the same byte there; no comparisons, so no
   * mispredicted branches. {@code keys} and {@code buffer} (at least {@code len} long) are left in
   * an unspecified order.
   *
   * @param idx the indices to sort, in place
   * @param keys the key of each entry of {@code idx}, same positions
   * @param len how many entries to sort
   * @param buffer scratch space of at least {@code len} entries
   */
  public static void sortByKeys(int[] idx, long[] keys, int len, int[] buffer) {
    long[] kdst = new long[len];
    int[] src = idx;
    int[] dst = buffer;
    int[] count = new int[256];
    for (int shift = 0; shift < 64; shift += 8) {
      Arrays.fill(count, 0);
      for (int k = 0; k < len; k++) {
        count[(int) (keys[k] >>> shift) & 0xff]++;
      }
      if (len == 0 || count[(int) (keys[0] >>> shift) & 0xff] == len) {
        continue; // every key has this byte: the pass would move nothing
      }
      int sum = 0;
      for (int b = 0; b < 256; b++) {
        int c = count[b];
        count[b] = sum;
        sum += c;
      }
      for (int k = 0; k < len; k++) {
        long key = keys[k];
        int p = count[(int) (key >>> shift) & 0xff]++;
        kdst[p] = key;
        dst[p] = src[k];
      }
      long[] kt = keys;
      keys = kdst;
      kdst = kt;
      int[] t = src;
      src = dst;
      dst = t;
    }
    if (src != idx) {
      System.arraycopy(src, 0, idx, 0, len);
    }
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
