package org.fivetype.examples.district;

import org.fivetype.spi.PillarProvider;
import org.fivetype.testkit.PillarProviderContract;

/**
 * Tianshan District's plugin keeps the contract of every {@link PillarProvider}: the testkit's
 * contract kit, as a district's plugin author would use it.
 */
class TianshanDistrictPluginContractTest extends PillarProviderContract {

  @Override
  protected PillarProvider provider() {
    return new TianshanDistrictPlugin();
  }
}
