package org.fivetype.testkit;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fivetype.api.Surface;
import org.fivetype.rule.ScoringRule;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A table of hand-scored cases for every indicator of a provider — full marks, partial, zero,
 * missing evidence and a bad value — part of the fivetype test kit (core's test-jar). A pillar
 * module's test extends this class, returns its provider and its table (expected points worked out
 * by hand in comments from the rule's formula), and inherits the checks: each row scores as
 * expected, and every indicator has every case its rule kind allows.
 */
@Surface(Surface.Kind.SPI)
public abstract class ScoringTableContract {

  /** The kinds of case a table row covers. */
  public enum Case {
    /** The value earns full points. */
    FULL,
    /** The value earns some of the points. */
    PARTIAL,
    /** The value earns no points. */
    ZERO,
    /** The evidence is missing (NaN). */
    MISSING,
    /** The value is outside the rule's domain. */
    BAD
  }

  /**
   * One hand-scored case.
   *
   * @param id the indicator id
   * @param c which case
   * @param value the evidence value (NaN for missing)
   * @param expected the points worked out by hand (NaN for a bad value)
   */
  public record Row(String id, Case c, double value, double expected) {
    @Override
    public String toString() {
      return id + " " + c + " v=" + value;
    }
  }

  /** Missing evidence, for table rows. */
  protected static final double NaN = Double.NaN;

  /**
   * A row: {@code v} scores {@code expected} points.
   *
   * @param id the indicator's id
   * @param c the kind of case
   * @param v the evidence value (NaN for missing)
   * @param expected the points worked out by hand
   * @return the row
   */
  protected static Row row(String id, Case c, double v, double expected) {
    return new Row(id, c, v, expected);
  }

  /**
   * A row: {@code v} is outside the rule's domain.
   *
   * @param id the indicator's id
   * @param v the value the rule must refuse
   * @return the row
   */
  protected static Row bad(String id, double v) {
    return new Row(id, Case.BAD, v, NaN);
  }

  /** {@return the provider whose indicators the table scores} */
  protected abstract PillarProvider provider();

  /** {@return the hand-scored rows} */
  protected abstract List<Row> table();

  private Map<String, Indicator> byId() {
    return provider().indicators().stream().collect(Collectors.toMap(i -> i.id().value(), Function.identity()));
  }

  @TestFactory
  Stream<DynamicTest> scoresAsWorkedOutByHand() {
    Map<String, Indicator> byId = byId();
    return table().stream().map(r -> DynamicTest.dynamicTest(r.toString(), () -> {
      Indicator i = byId.get(r.id());
      assertThat(i).as("indicator %s exists", r.id()).isNotNull();
      ScoringRule rule = requireNonNull(i).rule();
      if (r.c() == Case.BAD) {
        assertThat(rule.invalidReason(r.value())).as("%s rejects %s", r.id(), r.value()).isNotNull();
        return;
      }
      if (r.c() != Case.MISSING) {
        assertThat(rule.invalidReason(r.value())).as("%s accepts %s", r.id(), r.value()).isNull();
      }
      assertThat(rule.points(r.value(), i.points())).isCloseTo(r.expected(), within(1e-9));
      assertThat(rule.vetoes(r.value())).as("veto of %s", r).isEqualTo(
          rule.canVeto() && r.c() == Case.ZERO);
    }));
  }

  @Test
  void tableCoversEveryIndicatorInEveryCase() {
    Map<String, Indicator> byId = byId();
    Map<String, Set<Case>> seen = new HashMap<>();
    for (Row r : table()) {
      assertThat(byId).as("the table names a real indicator").containsKey(r.id());
      seen.computeIfAbsent(r.id(), k -> EnumSet.noneOf(Case.class)).add(r.c());
    }
    for (Indicator i : byId.values()) {
      Set<Case> need = EnumSet.of(Case.FULL, Case.ZERO, Case.MISSING);
      String kind = i.rule().kind();
      if (!Set.of("yesNo", "veto").contains(kind)) {
        need.add(Case.PARTIAL);  // yes/no and veto have nothing between full and none
      }
      if (!Set.of("target", "goalposts", "bands").contains(kind)) {
        need.add(Case.BAD);      // these three kinds accept every number
      }
      assertThat(seen.getOrDefault(i.id().value(), Set.of())).as("cases of %s", i.id()).containsAll(need);
    }
  }
}
