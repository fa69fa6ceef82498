/**
 * Files in and out: {@link org.fivetype.input.InputFiles} reads and checks units and
 * observations (CSV or XLSX); {@link org.fivetype.report.Writers} writes {@code results.json},
 * {@code results.csv}, {@code results.xlsx} and {@code report.html} atomically;
 * {@link org.fivetype.report.ResultFiles} reads a {@code results.json} back;
 * {@link org.fivetype.report.Checklists} writes the unified inspection form (A3). Never prints.
 */
package org.fivetype.report;
