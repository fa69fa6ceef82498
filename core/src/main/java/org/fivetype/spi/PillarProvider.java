package org.fivetype.spi;

import java.util.List;
import java.util.Set;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;

/**
 * A catalogue of indicators for one pillar, found by {@link java.util.ServiceLoader}: each pillar
 * module registers one with {@code @AutoService(PillarProvider.class)}, and so can a district's
 * plugin jar that adds indicators of its own.
 *
 * <p>Every indicator a provider offers goes into the catalogue that rule files draw on with
 * {@code {"use": "<indicator id>"}}. The built-in rule sets a provider names in
 * {@link #ruleSets()} include all its indicators by default.
 */
@Surface(Surface.Kind.SPI)
public interface PillarProvider {

  /** {@return the pillar the indicators belong to} */
  Pillar pillar();

  /** {@return the indicators, each with {@link Indicator#pillar()} equal to {@link #pillar()}} */
  List<Indicator> indicators();

  /**
   * The built-in rule sets these indicators belong to by default.
   *
   * @return the rule sets' names (e.g. {@code "urumqi-2004"} for the five pillar modules); empty
   *     (the default) for a plugin that only offers indicators for rule files to use
   */
  default Set<String> ruleSets() {
    return Set.of();
  }
}
