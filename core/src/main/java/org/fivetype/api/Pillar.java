package org.fivetype.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One of the "types" a government is built to (五型之一). The five of the source document are
 * constants here; the set is open, so a district may add a pillar of its own.
 *
 * @param id upper-case identifier such as {@code LEARNING}
 * @param name the bilingual name
 */
@Surface(Surface.Kind.API)
public record Pillar(String id, Label name) {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  /** Learning-type government (学习型), measures L1–L8: "learning is the foundation" (O1). */
  public static final Pillar LEARNING = new Pillar("LEARNING", Label.of("学习型", "learning"));
  /** Rule-of-law government (法治型), measures R1–R5: "rule of law is fundamental" (O1). */
  public static final Pillar LEGAL = new Pillar("LEGAL", Label.of("法治型", "rule of law"));
  /** Clean government (廉洁型), measures I1–I6: "integrity is the guarantee" (O1). */
  public static final Pillar INTEGRITY = new Pillar("INTEGRITY", Label.of("廉洁型", "integrity"));
  /** Service-type government (服务型), measures S1–S7: "service is the means" (O1). */
  public static final Pillar SERVICE = new Pillar("SERVICE", Label.of("服务型", "service"));
  /** Efficiency-type government (效能型), measures E1–E8: "efficiency is the goal" (O1). */
  public static final Pillar EFFICIENCY = new Pillar("EFFICIENCY", Label.of("效能型", "efficiency"));

  /** The five pillars of the source document, in its order. */
  public static final List<Pillar> STANDARD = List.of(LEARNING, LEGAL, INTEGRITY, SERVICE, EFFICIENCY);

  /**
   * Checks the components.
   *
   * @param id upper-case identifier such as {@code LEARNING}
   * @param name the bilingual name
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Pillar {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("pillar id '" + id + "' must be upper-case letters, digits or '_'");
    }
  }

  /**
   * The standard pillar with this id, or a new pillar with the given name.
   *
   * @param id upper-case identifier such as {@code LEARNING}
   * @param name the name of a new pillar; ignored when {@code id} is a standard pillar's
   * @return the standard pillar or the new one
   * @throws IllegalArgumentException if {@code id} is not upper-case letters, digits or '_'
   */
  public static Pillar of(String id, Label name) {
    for (Pillar p : STANDARD) {
      if (p.id.equals(id)) {
        return p;
      }
    }
    return new Pillar(id, name);
  }

  /**
   * The standard pillar with this id.
   *
   * @param id a pillar id such as {@code LEARNING}
   * @return the pillar of {@link #STANDARD} with this id, or empty
   */
  public static java.util.Optional<Pillar> standard(String id) {
    return STANDARD.stream().filter(p -> p.id.equals(id)).findFirst();
  }
}
