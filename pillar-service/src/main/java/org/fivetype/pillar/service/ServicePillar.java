package org.fivetype.pillar.service;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;

/**
 * The service pillar's default catalogue (服务型政府, S1–S7): twelve indicators worth 25 points
 * in all — the largest pillar, since a public-service government is the document's core aim —
 * one of them hard ({@code S4.first-contact}: the first person asked may not refuse to answer).
 * Found by {@link java.util.ServiceLoader}; its indicators belong to the built-in rule set
 * {@code urumqi-2004}.
 */
@AutoService(PillarProvider.class)
@Surface(Surface.Kind.API)
public final class ServicePillar implements PillarProvider {

  private static final List<Indicator> INDICATORS = ServiceIndicators.catalogue();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public ServicePillar() {}

  @Override
  public Pillar pillar() {
    return Pillar.SERVICE;
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
