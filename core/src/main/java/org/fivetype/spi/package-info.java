/**
 * The service-provider interfaces that pillar modules and district plugins implement:
 * {@link org.fivetype.spi.Indicator}, {@link org.fivetype.spi.PillarProvider} (found by
 * {@link java.util.ServiceLoader}); {@link org.fivetype.spi.TierPolicy}, one step of the tiering
 * chain, which a rule file names through a registered {@link org.fivetype.spi.TierStepKind}; and
 * {@link org.fivetype.spi.HistoryStore}, where past years are kept as plain values
 * ({@link org.fivetype.spi.YearRecord}, {@link org.fivetype.spi.UnitRecord},
 * {@link org.fivetype.spi.PillarRecord}). Rule kinds, the third extension point, live with the
 * rules in {@code org.fivetype.rule}. This package depends only on the value packages {@code api}
 * and {@code rule}.
 */
@NullMarked
package org.fivetype.spi;

import org.jspecify.annotations.NullMarked;
