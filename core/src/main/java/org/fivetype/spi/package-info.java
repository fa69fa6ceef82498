/**
 * The service-provider interfaces that pillar modules and district plugins implement:
 * {@link org.fivetype.spi.Indicator}, {@link org.fivetype.spi.PillarProvider} (found by
 * {@link java.util.ServiceLoader}) and {@link org.fivetype.spi.TierPolicy}, one step of the
 * tiering chain. This package depends only on the value packages {@code api} and {@code rule}.
 */
package org.fivetype.spi;
