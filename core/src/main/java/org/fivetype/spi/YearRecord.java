package org.fivetype.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fivetype.api.Surface;

/**
 * One year's assessment as kept in the history (a {@link HistoryStore}): the year, which rule set
 * and input produced it (by id and SHA-256 fingerprints), and every unit's result. A plain value:
 * past years can be read, compared and reported without the rule set. Units are sorted by id.
 *
 * @param year the assessment year
 * @param ruleSetId the id of the rule set applied, e.g. {@code urumqi-2004}
 * @param ruleSetFingerprint the SHA-256 (hex) of the rule set's canonical form
 * @param inputFingerprint the SHA-256 (hex) of the year, units and observations
 * @param units every unit's result, sorted by unit id (ids unique)
 */
@Surface(Surface.Kind.SPI)
public record YearRecord(
    int year, String ruleSetId, String ruleSetFingerprint, String inputFingerprint, List<UnitRecord> units) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param year the assessment year
   * @param ruleSetId the id of the rule set applied, e.g. {@code urumqi-2004}
   * @param ruleSetFingerprint the SHA-256 (hex) of the rule set's canonical form
   * @param inputFingerprint the SHA-256 (hex) of the year, units and observations
   * @param units every unit's result, sorted by unit id (ids unique)
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public YearRecord {
    Objects.requireNonNull(ruleSetId, "ruleSetId");
    Objects.requireNonNull(ruleSetFingerprint, "ruleSetFingerprint");
    Objects.requireNonNull(inputFingerprint, "inputFingerprint");
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " must be within 1..9999");
    }
    if (ruleSetId.isBlank() || ruleSetId.length() > 64) {
      throw new IllegalArgumentException("rule-set id '" + ruleSetId + "' must be 1-64 characters");
    }
    if (!SHA256.matcher(ruleSetFingerprint).matches() || !SHA256.matcher(inputFingerprint).matches()) {
      throw new IllegalArgumentException("fingerprints must be 64 lower-case hex digits (SHA-256)");
    }
    List<UnitRecord> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparing(UnitRecord::unitId));
    Set<String> seen = new HashSet<>();
    for (UnitRecord u : sorted) {
      if (!seen.add(u.unitId())) {
        throw new IllegalArgumentException("year " + year + ": unit " + u.unitId() + " appears twice");
      }
    }
    units = List.copyOf(sorted);
  }

  /**
   * The result of one unit.
   *
   * @param unitId the unit's id
   * @return its result, or empty if the unit was not assessed that year
   */
  public Optional<UnitRecord> unit(String unitId) {
    return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
  }
}
