package org.fivetype.testkit;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.fivetype.api.Surface;

/**
 * Property tests as plain JUnit: a property is checked on a number of cases, each drawn by a
 * generator from a {@link Random} with a seed of its own. The seeds follow from the property's
 * name, so every run checks the same cases (a failure is never a matter of luck), and a failure
 * names the property, the case's number and seed and the case itself.
 *
 * <p>To replay one case, run the test with {@code -Dfivetype.seed=SEED} (the seed the failure
 * printed): only that case is checked. {@code -Dfivetype.tries=N} runs N cases per property
 * instead of the number the test gives (for a longer hunt; the default keeps the build quick).
 *
 * <pre>{@code
 * Seeded.check("points stay within [0, max]", 3000, r -> randomCase(r), c -> assertThat(...));
 * }</pre>
 *
 * <p>Core's own tests hold a copy of this class ({@code org.fivetype.seeded.Seeded} in its test
 * sources), since the kit depends on core and core's tests cannot depend on the kit.
 */
@Surface(Surface.Kind.API)
public final class Seeded {

  /** The system property that replays one case by its seed. */
  public static final String SEED_PROPERTY = "fivetype.seed";

  /** The system property that overrides the number of cases per property. */
  public static final String TRIES_PROPERTY = "fivetype.tries";

  private Seeded() {}

  /**
   * Checks {@code property} on {@code tries} cases from {@code generator}.
   *
   * @param name the property's name; the cases' seeds follow from it
   * @param tries how many cases to check
   * @param generator draws one case from a seeded random source
   * @param property throws (an {@link AssertionError} as a rule) when a case breaks the property
   * @param <T> the type of a case
   * @return the number of cases checked
   * @throws AssertionError naming the seed and the case that broke the property
   */
  public static <T> int check(String name, int tries, Function<Random, T> generator, Consumer<? super T> property) {
    String replay = System.getProperty(SEED_PROPERTY);
    if (replay != null && !replay.isBlank()) {
      long seed = Long.decode(replay.trim());
      one(name, -1, tries, seed, generator, property);
      return 1;
    }
    String override = System.getProperty(TRIES_PROPERTY);
    int n = override == null || override.isBlank() ? tries : Integer.parseInt(override.trim());
    for (int i = 0; i < n; i++) {
      one(name, i, n, seedOf(name, i), generator, property);
    }
    return n;
  }

  /**
   * The seed of case {@code i} of the property {@code name} (as {@link #check} draws it).
   *
   * @param name the property's name
   * @param i the case's number
   * @return the seed
   */
  public static long seedOf(String name, int i) {
    return mix(mix(name.hashCode() * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L) + i);
  }

  private static <T> void one(String name, int i, int n, long seed, Function<Random, T> generator,
      Consumer<? super T> property) {
    T c = generator.apply(new Random(seed));
    try {
      property.accept(c);
    } catch (AssertionError | RuntimeException e) {
      String which = i < 0 ? "the replayed case" : "case " + (i + 1) + " of " + n;
      String message = "property '" + name + "' failed on " + which + ", seed " + seed
          + " (replay it with -D" + SEED_PROPERTY + "=" + seed + ")\ncase: " + c + "\n" + e.getMessage();
      System.err.println(message);
      throw new AssertionError(message, e);
    }
  }

  /** SplitMix64's finaliser: spreads neighbouring numbers over all 64 bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
