/**
 * The demo city's raw records (ballots, complaints, meetings, service-centre cases, research days)
 * and an assessment that takes its evidence from them.
 */
package org.fivetype.examples.records;
