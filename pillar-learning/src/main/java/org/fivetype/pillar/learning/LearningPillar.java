package org.fivetype.pillar.learning;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;

/**
 * The learning pillar's default catalogue (学习型政府, L1–L8): twelve indicators worth 15 points
 * in all, one of them hard ({@code L7.research-days}: every leadership-team member does at least
 * 25 days of field research a year and writes a report). Found by {@link java.util.ServiceLoader};
 * its indicators belong to the built-in rule set {@code urumqi-2004}.
 */
@AutoService(PillarProvider.class)
@Surface(Surface.Kind.API)
public final class LearningPillar implements PillarProvider {

  private static final List<Indicator> INDICATORS = LearningIndicators.catalogue();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public LearningPillar() {}

  @Override
  public Pillar pillar() {
    return Pillar.LEARNING;
  }

  @Override
  public List<Indicator> indicators() {
    return INDICATORS;
  }

  @Override
  public Set<String> ruleSets() {
    return Set.of("urumqi-2004");
  }
}
