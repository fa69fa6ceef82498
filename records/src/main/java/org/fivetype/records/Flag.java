package org.fivetype.records;

import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * Something about a unit's records that a reader of the aggregation should know: why a unit was
 * not scored, what was left out.
 *
 * @param code a stable, machine-readable code, e.g. {@code too-few-ballots}
 * @param text what it means for this unit, in Chinese and English
 */
@Surface(Surface.Kind.API)
public record Flag(String code, Label text) {
  public Flag {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }
}
