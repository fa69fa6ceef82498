package org.fivetype.benchmarks.drools;

/** A fact: a unit to be totalled. */
public final class UnitFact {
  private final String id;

  /** A unit. */
  public UnitFact(String id) {
    this.id = id;
  }

  /** The unit id. */
  public String getId() {
    return id;
  }
}
