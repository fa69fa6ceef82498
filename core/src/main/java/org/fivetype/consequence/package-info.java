/**
 * The consequences of the year-end tiers (A6–A10), worked out from stored years
 * ({@link org.fivetype.spi.YearRecord}): the two-year rule (A9), the direction of travel per unit
 * and per pillar, the assessment bonus (A7), the excellent-civil-servant quota (A10) and the
 * cadre record (A8). Entry points: {@link org.fivetype.consequence.YearRecords#of} (an assessment
 * as a storable year) and {@link org.fivetype.consequence.Consequences#compute}. Pure
 * computation: no files, no database, no printing.
 */
package org.fivetype.consequence;
