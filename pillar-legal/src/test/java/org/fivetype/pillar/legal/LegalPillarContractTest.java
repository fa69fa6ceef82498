package org.fivetype.pillar.legal;

import org.fivetype.spi.PillarProvider;
import org.fivetype.testkit.PillarProviderContract;

/** The legal pillar keeps the contract of every {@link PillarProvider}. */
class LegalPillarContractTest extends PillarProviderContract {

  @Override
  protected PillarProvider provider() {
    return new LegalPillar();
  }
}
