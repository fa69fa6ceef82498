package org.fivetype.pillar.efficiency;

import org.fivetype.spi.PillarProvider;
import org.fivetype.testkit.PillarProviderContract;

/** The efficiency pillar keeps the contract of every {@link PillarProvider}. */
class EfficiencyPillarContractTest extends PillarProviderContract {

  @Override
  protected PillarProvider provider() {
    return new EfficiencyPillar();
  }
}
