/**
 * The consequences of the year-end tiers (A6–A10), worked out from stored years
 * ({@link org.fivetype.spi.YearRecord}): the two-year rule (A9), the direction of travel per unit
 * and per pillar, the assessment bonus (A7), the excellent-civil-servant quota (A10) and the
 * cadre record (A8). Entry point: {@link org.fivetype.consequence.Consequences#compute}
 * ({@link org.fivetype.engine.YearRecords#of} turns an assessment into a year record). Pure
 * computation over values ({@code api}, {@code spi}): no engine, no rule set, no files, no
 * database, no printing — so that a rule set may one day carry these settings without a cycle.
 */
@NullMarked
package org.fivetype.consequence;

import org.jspecify.annotations.NullMarked;
