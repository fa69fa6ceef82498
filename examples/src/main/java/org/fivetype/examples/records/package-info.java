/**
 * An assessment that takes its evidence from the demo city's raw records (ballots, complaints,
 * meetings, service-centre cases, research days; the records themselves are
 * {@code org.fivetype.demo.DemoRecords}).
 */
@NullMarked
package org.fivetype.examples.records;

import org.jspecify.annotations.NullMarked;
