package org.fivetype.api;

/** Whether a higher or a lower value of an indicator is better (e.g. lower for complaints). */
@Surface(Surface.Kind.API)
public enum Direction {
  /** More is better. */
  HIGHER_IS_BETTER,
  /** Less is better. */
  LOWER_IS_BETTER
}
