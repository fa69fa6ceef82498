package org.fivetype.benchmarks.drools;

/** A fact: a pillar and its place in the rule set (totals add pillars in this order). */
public final class PillarDef {
  private final String id;
  private final int index;

  /** A pillar. */
  public PillarDef(String id, int index) {
    this.id = id;
    this.index = index;
  }

  /** The pillar id. */
  public String getId() {
    return id;
  }

  /** The pillar's place. */
  public int getIndex() {
    return index;
  }
}
