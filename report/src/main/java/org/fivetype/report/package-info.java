/**
 * Writing results and reports: {@link org.fivetype.report.Writers} writes {@code results.json},
 * {@code results.csv}, {@code results.xlsx} and {@code report.html} atomically;
 * {@link org.fivetype.report.ResultFiles} reads a {@code results.json} back;
 * {@link org.fivetype.report.Checklists} writes the unified inspection form (A3);
 * {@link org.fivetype.report.IndexWriters} writes a composite index's results and report from an
 * {@link org.fivetype.report.IndexResult}. Reading input
 * files is the {@code org.fivetype.input} package's job. Never prints.
 */
@NullMarked
package org.fivetype.report;

import org.jspecify.annotations.NullMarked;
