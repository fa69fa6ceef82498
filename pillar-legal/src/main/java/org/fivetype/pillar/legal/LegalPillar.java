package org.fivetype.pillar.legal;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.PillarProvider;

/**
 * The rule-of-law pillar's default catalogue (法治型政府, R1–R5): ten indicators worth 20 points
 * in all, one of them hard ({@code R1.red-header-review}: no "red-header" document without legal
 * review). Found by {@link java.util.ServiceLoader}; its indicators belong to the built-in rule
 * set {@code urumqi-2004}.
 */
@AutoService(PillarProvider.class)
@Surface(Surface.Kind.API)
public final class LegalPillar implements PillarProvider {

  private static final List<Indicator> INDICATORS = LegalIndicators.catalogue();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public LegalPillar() {}

  @Override
  public Pillar pillar() {
    return Pillar.LEGAL;
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
