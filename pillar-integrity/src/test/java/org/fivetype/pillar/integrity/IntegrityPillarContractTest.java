package org.fivetype.pillar.integrity;

import org.fivetype.spi.PillarProvider;
import org.fivetype.testkit.PillarProviderContract;

/** The integrity pillar keeps the contract of every {@link PillarProvider}. */
class IntegrityPillarContractTest extends PillarProviderContract {

  @Override
  protected PillarProvider provider() {
    return new IntegrityPillar();
  }
}
