package org.fivetype.pillar.efficiency;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;

/**
 * The efficiency pillar's default catalogue (效能型政府, E1–E8): fourteen indicators worth 20
 * points in all, one of them hard ({@code E4.window-bypass}: every case taken in and delivered
 * through the service centre's single window). Found by {@link java.util.ServiceLoader}; its
 * indicators belong to the built-in rule set {@code urumqi-2004}.
 */
@AutoService(PillarProvider.class)
@Surface(Surface.Kind.API)
public final class EfficiencyPillar implements PillarProvider {

  private static final List<Indicator> INDICATORS = EfficiencyIndicators.catalogue();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public EfficiencyPillar() {}

  @Override
  public Pillar pillar() {
    return Pillar.EFFICIENCY;
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
