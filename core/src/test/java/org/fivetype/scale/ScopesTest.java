package org.fivetype.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.fivetype.seeded.Seeded;
import org.junit.jupiter.api.Test;

/**
 * {@link Scopes}: the scopes handed out (dense group numbers by counting, sparse ones by sorting)
 * and the stable sort by value (radix from 64 entries, merge sort below), each against a plain
 * reference written out here.
 */
class ScopesTest {

  /** Hand-worked: groups 5, 3, 5, 3, 9, 3 with unit 2 and unit 4 missing. */
  @Test
  void scopesInGroupOrderWithPresentIndicesAscending() {
    double[] x = {1, 2, Double.NaN, 4, Double.NaN, 6};
    assertEquals(List.of("[1, 3, 5]", "[0]", "[]"), calls(x, new int[] {5, 3, 5, 3, 9, 3}));
    // the same partition with group numbers spread wider than the column (the sorting path)
    assertEquals(List.of("[1, 3, 5]", "[0]", "[]"), calls(x, new int[] {5_000_000, -7, 5_000_000, -7, 90_000_000, -7}));
    assertEquals(List.of("[0, 1, 3, 5]"), calls(x, null));
  }

  @Test
  void denseAndSparseGroupNumbersGiveTheSameScopes() {
    Seeded.check("dense and sparse group numbers give the same scopes", 300, r -> {
      int n = 1 + r.nextInt(r.nextBoolean() ? 20 : 400);
      double[] x = new double[n];
      int[] dense = new int[n];
      int groups = 1 + r.nextInt(6);
      for (int i = 0; i < n; i++) {
        x[i] = r.nextInt(5) == 0 ? Double.NaN : r.nextInt(10);
        dense[i] = r.nextInt(groups);
      }
      return new Object[] {x, dense};
    }, c -> {
      double[] x = (double[]) c[0];
      int[] dense = (int[]) c[1];
      int[] sparse = Arrays.stream(dense).map(g -> g * 1_000_003 - 7).toArray();
      assertEquals(calls(x, sparse), calls(x, dense));
    });
  }

  /** Hand-worked: 3, 1, 2, 1 sorts to indices 1, 3, 2, 0 (the two 1s keep their order). */
  @Test
  void sortsStablyByValue() {
    int[] idx = {0, 1, 2, 3};
    Scopes.sortByValue(idx, 4, new double[] {3, 1, 2, 1});
    assertArrayEquals(new int[] {1, 3, 2, 0}, idx);
  }

  /** Radix (≥ 64 entries) and merge sort (fewer) both equal a stable comparison sort. */
  @Test
  void radixAndMergeSortEqualAStableComparisonSort() {
    double[] pool = {-0.0, 0.0, -1.5, 1.5, 2, -2, 1e300, -1e-300, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 7, 3.25};
    Seeded.check("sortByValue equals a stable comparison sort", 400, (Random r) -> {
      int n = r.nextInt(4) == 0 ? r.nextInt(64) : 64 + r.nextInt(3000);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = r.nextBoolean() ? pool[r.nextInt(pool.length)] : Math.rint(r.nextGaussian() * 100) / 8;
      }
      return x;
    }, x -> {
      int n = x.length;
      int[] idx = new int[n];
      List<Integer> ref = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        idx[i] = n - 1 - i; // not the identity: stability is seen in the output
        ref.add(n - 1 - i);
      }
      // List.sort is a stable merge sort; < and > make −0 and +0 equal, as the kernel wants
      ref.sort((a, b) -> x[a] < x[b] ? -1 : x[a] > x[b] ? 1 : 0);
      Scopes.sortByValue(idx, n, x);
      assertArrayEquals(ref.stream().mapToInt(Integer::intValue).toArray(), idx);
    });
  }

  private static List<String> calls(double[] x, int[] group) {
    List<String> out = new ArrayList<>();
    Scopes.forEach(x, group, (idx, len) -> out.add(Arrays.toString(Arrays.copyOf(idx, len))));
    return out;
  }
}
