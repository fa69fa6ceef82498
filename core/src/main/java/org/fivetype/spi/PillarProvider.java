package org.fivetype.spi;

import java.util.List;
import java.util.Set;
import org.fivetype.api.Pillar;

/**
 * A catalogue of indicators for one pillar, found by {@link java.util.ServiceLoader}: each pillar
 * module registers one with {@code @AutoService(PillarProvider.class)}, and so can a district's
 * plugin jar that adds indicators of its own.
 *
 * <p>Every indicator a provider offers goes into the catalogue that rule files draw on with
 * {@code {"use": "<indicator id>"}}. The built-in rule sets a provider names in
 * {@link #ruleSets()} include all its indicators by default.
 */
public interface PillarProvider {

  /** The pillar the indicators belong to. */
  Pillar pillar();

  /** The indicators, each with {@link Indicator#pillar()} equal to {@link #pillar()}. */
  List<Indicator> indicators();

  /**
   * The names of the built-in rule sets whose default indicators these are (e.g.
   * {@code "urumqi-2004"} for the five pillar modules); empty for a plugin that only offers
   * indicators for rule files to use.
   */
  default Set<String> ruleSets() {
    return Set.of();
  }
}
