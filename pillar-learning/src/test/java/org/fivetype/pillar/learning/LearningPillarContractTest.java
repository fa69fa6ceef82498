package org.fivetype.pillar.learning;

import org.fivetype.spi.PillarProvider;
import org.fivetype.testkit.PillarProviderContract;

/** The learning pillar keeps the contract of every {@link PillarProvider}. */
class LearningPillarContractTest extends PillarProviderContract {

  @Override
  protected PillarProvider provider() {
    return new LearningPillar();
  }
}
