package org.fivetype.engine;

import java.util.Map;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.ScoringRule;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.spi.IndicatorSpec;

/**
 * Small building blocks for the engine's hand-worked tests. The workhorse is {@link #goal}: an
 * indicator worth {@code points} scored by {@code Goalposts(0, points)}, so that its points equal
 * its value, exactly so when {@code points} is a power of two ({@code points · (v / points)} is
 * then exact in binary floating point): a test sets any total it wants, to the last bit.
 */
final class EngineFixture {
  private EngineFixture() {}

  static final int YEAR = 2025;

  /** {@code id}'s measure is the part before the dot (e.g. "L1" of "L1.a"). */
  static IndicatorSpec spec(String id, Pillar pillar, double points, ScoringRule rule, boolean hard) {
    return IndicatorSpec.builder(id).pillar(pillar).name("指标" + id, "indicator " + id).points(points)
        .hard(hard).measures(id.substring(0, id.indexOf('.')))
        .evidence("数据", "data", "项", "items", Supplier.UNIT).rule(rule).build();
  }

  /** An indicator whose points equal its value (0 … points). */
  static IndicatorSpec goal(String id, Pillar pillar, double points, boolean hard) {
    return spec(id, pillar, points, new Goalposts(0, points, Direction.HIGHER_IS_BETTER), hard);
  }

  static Unit unit(String id, String category) {
    return new Unit(id, Label.of("单位" + id, "Unit " + id), UnitKind.DEPARTMENT, category);
  }

  /** Tier settings with no quota and the default rounding, ties and missing-veto rule. */
  static TierSettings tiers(double excellent, double good, double pass, Tier vetoCap, double hardShare, Tier hardCap,
      double floorShare, Tier floorCap, Tier missingCap) {
    return new TierSettings(excellent, good, pass, vetoCap, hardShare, hardCap, floorShare, floorCap, missingCap,
        Map.of(), TierSettings.Rounding.FLOOR, TierSettings.Ties.ALL_IN);
  }
}
