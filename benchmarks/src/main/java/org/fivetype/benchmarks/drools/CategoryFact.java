package org.fivetype.benchmarks.drools;

/** A fact: a category, the scope of relative rules scored per category. */
public final class CategoryFact {
  private final String name;

  /** A category. */
  public CategoryFact(String name) {
    this.name = name;
  }

  /** The category's name. */
  public String getName() {
    return name;
  }
}
