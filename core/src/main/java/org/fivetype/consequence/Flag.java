package org.fivetype.consequence;

import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * A flag on a unit's cadre record (A8). Codes: {@code veto:<indicator>},
 * {@code hard:<indicator>}, {@code missing:<indicator>}, {@code two-year-fail},
 * {@code not-improving}.
 *
 * @param code a stable machine-readable code
 * @param text the bilingual text
 */
@Surface(Surface.Kind.API)
public record Flag(String code, Label text) {
  /**
   * Checks the components.
   *
   * @param code a stable machine-readable code
   * @param text the bilingual text
   * @throws NullPointerException if a component that must be given is null
   */
  public Flag {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }
}
