package org.fivetype.consequence;

import java.util.List;
import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Reason;
import org.fivetype.api.Surface;

/**
 * The two-year rule (A9): the unit failed this year and last year, so its main leaders are to be
 * dealt with strictly (对主要领导从严处理). Carries both years' reasons.
 *
 * @param year this year
 * @param reasons why the unit failed this year
 * @param previousYear last year ({@code year − 1})
 * @param previousReasons why it failed last year
 * @param text the bilingual flag text
 */
@Surface(Surface.Kind.API)
public record TwoYearFailure(int year, List<Reason> reasons, int previousYear, List<Reason> previousReasons,
    Label text) {
  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param year this year
   * @param reasons why the unit failed this year
   * @param previousYear last year ({@code year − 1})
   * @param previousReasons why it failed last year
   * @param text the bilingual flag text
   * @throws NullPointerException if a component that must be given is null
   */
  public TwoYearFailure {
    reasons = List.copyOf(reasons);
    previousReasons = List.copyOf(previousReasons);
    Objects.requireNonNull(text, "text");
  }
}
