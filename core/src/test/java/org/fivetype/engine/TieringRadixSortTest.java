package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The radix sort of {@link TieringChain#sortByTotalDescending} against the comparing merge sort it
 * replaced, on seeded random totals of every sign and size: fractional, huge, tiny, equal, ±0 (one
 * key, as they are equal for {@code >}), in a shuffled index order.
 */
class TieringRadixSortTest {

  @Test
  void sameOrderAsTheComparingMergeSort() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      int n = 64 + r.nextInt(5000);
      double[] totals = new double[n];
      for (int u = 0; u < n; u++) {
        totals[u] = switch (r.nextInt(6)) {
          case 0 -> r.nextInt(30) / 4.0;
          case 1 -> r.nextDouble() * 100;
          case 2 -> -r.nextDouble() * 1e6;
          case 3 -> r.nextBoolean() ? 0.0 : -0.0;
          case 4 -> r.nextDouble() * 1e-300;
          default -> r.nextDouble() * 1e300;
        };
      }
      int[] order = IntStream.range(0, n).toArray();
      for (int k = n - 1; k > 0; k--) {
        int j = r.nextInt(k + 1);
        int t = order[k];
        order[k] = order[j];
        order[j] = t;
      }
      int[] radix = order.clone();
      int[] merge = order.clone();
      TieringChain.sortByTotalDescending(radix, new int[n], totals);
      TieringChain.mergeSortByTotalDescending(merge, new int[n], totals);
      assertThat(radix).as("seed %d", seed).containsExactly(merge);
    }
  }
}
