package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The primitive merge sort behind quota and ranking orders units exactly as a stable library sort
 * of boxed indices by total, highest first, would: ties keep their (id) order.
 */
class TieringChainSortTest {

  @ParameterizedTest(name = "{0} units")
  @ValueSource(ints = {0, 1, 2, 3, 7, 64, 1000, 4097})
  void sameOrderAsAStableBoxedSort(int n) {
    SplittableRandom rnd = new SplittableRandom(n);
    double[] totals = new double[n];
    for (int u = 0; u < n; u++) {
      totals[u] = rnd.nextInt(20) / 2.0; // few distinct values: many ties
    }
    int[] a = IntStream.range(0, n).toArray();
    TieringChain.sortByTotalDescending(a, new int[n], totals);
    List<Integer> expected = new ArrayList<>(IntStream.range(0, n).boxed().toList());
    expected.sort(Comparator.comparingDouble((Integer u) -> -totals[u])); // List.sort is stable
    assertThat(a).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }
}
