package org.fivetype.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A measure of the source document, by its stable id in {@code docs/measures.md}:
 * L1–L8 (learning), R1–R5 (rule of law), I1–I6 (integrity), S1–S7 (service), E1–E8
 * (efficiency), O1–O3 (organisation) and A1–A10 (assessment).
 *
 * @param id the measure id, e.g. {@code L7}
 */
@Surface(Surface.Kind.API)
public record Measure(String id) implements Comparable<Measure> {

  /** Every measure id of docs/measures.md, in its order. */
  public static final List<String> ALL_IDS = Stream.of(
          range("L", 8), range("R", 5), range("I", 6), range("S", 7), range("E", 8),
          range("O", 3), range("A", 10))
      .flatMap(List::stream)
      .collect(Collectors.toUnmodifiableList());

  /** The 34 measure ids of the five pillars (L, R, I, S, E). */
  public static final List<String> PILLAR_IDS =
      ALL_IDS.stream().filter(id -> "LRISE".indexOf(id.charAt(0)) >= 0).collect(Collectors.toUnmodifiableList());

  private static final Set<String> KNOWN = Set.copyOf(ALL_IDS);

  /**
   * Checks the components.
   *
   * @param id the measure id, e.g. {@code L7}
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Measure {
    Objects.requireNonNull(id, "id");
    if (!KNOWN.contains(id)) {
      throw new IllegalArgumentException("'" + id + "' is not a measure id of docs/measures.md (L1-L8, R1-R5, I1-I6, "
          + "S1-S7, E1-E8, O1-O3, A1-A10)");
    }
  }

  /**
   * The measure with this id.
   *
   * @param id a measure id of docs/measures.md, e.g. {@code L7}
   * @return the measure
   * @throws IllegalArgumentException if {@code id} is not one of {@link #ALL_IDS}
   */
  public static Measure of(String id) {
    return new Measure(id);
  }

  /**
   * Whether {@code id} is a measure id of docs/measures.md.
   *
   * @param id a candidate id
   * @return true if {@code id} is one of {@link #ALL_IDS}
   */
  public static boolean isKnown(String id) {
    return KNOWN.contains(id);
  }

  private static List<String> range(String letter, int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> letter + i).collect(Collectors.toList());
  }

  @Override
  public int compareTo(Measure o) {
    return Integer.compare(ALL_IDS.indexOf(id), ALL_IDS.indexOf(o.id));
  }

  @Override
  public String toString() {
    return id;
  }

}
