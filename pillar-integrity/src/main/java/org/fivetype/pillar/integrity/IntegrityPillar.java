package org.fivetype.pillar.integrity;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;

/**
 * The integrity pillar's default catalogue (廉洁型政府, I1–I6): nine indicators worth 20 points
 * in all, two of them vetoes (一票否决): {@code I3.major-cases} (major corruption cases) and
 * {@code I5.major-violations} (major cases of abuse of power, arbitrary levies, charges or fines).
 * Found by {@link java.util.ServiceLoader}; its indicators belong to the built-in rule set
 * {@code urumqi-2004}.
 */
@AutoService(PillarProvider.class)
@Surface(Surface.Kind.API)
public final class IntegrityPillar implements PillarProvider {

  private static final List<Indicator> INDICATORS = IntegrityIndicators.catalogue();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public IntegrityPillar() {}

  @Override
  public Pillar pillar() {
    return Pillar.INTEGRITY;
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
