package org.fivetype.pillar.service;

import org.fivetype.spi.PillarProvider;
import org.fivetype.testkit.PillarProviderContract;

/** The service pillar keeps the contract of every {@link PillarProvider}. */
class ServicePillarContractTest extends PillarProviderContract {

  @Override
  protected PillarProvider provider() {
    return new ServicePillar();
  }
}
