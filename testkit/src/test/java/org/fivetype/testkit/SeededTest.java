package org.fivetype.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The seeded case runner: same cases every run, a failure names its seed, the seed replays it. */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class SeededTest {

  @AfterEach
  void clear() {
    System.clearProperty(Seeded.SEED_PROPERTY);
    System.clearProperty(Seeded.TRIES_PROPERTY);
  }

  @Test
  void runsTheGivenNumberOfCasesAndTheSameCasesEveryTime() {
    List<Long> first = new ArrayList<>();
    List<Long> second = new ArrayList<>();
    assertThat(Seeded.check("p", 50, Random::nextLong, first::add)).isEqualTo(50);
    Seeded.check("p", 50, Random::nextLong, second::add);
    assertThat(first).hasSize(50).isEqualTo(second).doesNotHaveDuplicates();
    // case i is drawn from a Random seeded with seedOf(name, i)
    assertThat(first.get(7)).isEqualTo(new Random(Seeded.seedOf("p", 7)).nextLong());
    // another property gets other cases
    List<Long> other = new ArrayList<>();
    Seeded.check("q", 50, Random::nextLong, other::add);
    assertThat(other).doesNotContainAnyElementsOf(first);
  }

  @Test
  void aFailureNamesThePropertyTheSeedAndTheCaseAndTheSeedReplaysIt() {
    // the property fails on the first case whose value is divisible by 5
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> Seeded.check("no multiple of five", 1000, r -> r.nextInt(1000), x -> {
      seen.add(x);
      assertThat(x % 5).isNotZero();
    })).isInstanceOf(AssertionError.class)
        .hasMessageContaining("property 'no multiple of five' failed on case " + seen.size() + " of 1000")
        .hasMessageContaining("seed " + Seeded.seedOf("no multiple of five", seen.size() - 1))
        .hasMessageContaining("case: " + seen.get(seen.size() - 1));
    int failing = seen.get(seen.size() - 1);
    assertThat(failing % 5).isZero();

    System.setProperty(Seeded.SEED_PROPERTY, Long.toString(Seeded.seedOf("no multiple of five", seen.size() - 1)));
    List<Integer> replayed = new ArrayList<>();
    assertThatThrownBy(() -> Seeded.check("no multiple of five", 1000, r -> r.nextInt(1000), x -> {
      replayed.add(x);
      assertThat(x % 5).isNotZero();
    })).hasMessageContaining("failed on the replayed case");
    assertThat(replayed).containsExactly(failing);
  }

  @Test
  void triesCanBeOverridden() {
    System.setProperty(Seeded.TRIES_PROPERTY, "7");
    List<Integer> seen = new ArrayList<>();
    assertThat(Seeded.check("p", 50, Random::nextInt, seen::add)).isEqualTo(7);
    assertThat(seen).hasSize(7);
  }
}
