/**
 * Reading input files: {@link org.fivetype.input.InputFiles} reads and checks units and
 * observations (CSV or XLSX) into an evidence table, {@link org.fivetype.input.RecordFiles} reads
 * raw-record files, {@link org.fivetype.input.UnitTables} reads a wide table of units for a composite
 * index (a row per unit, a column per indicator); every problem is reported with its file, row and column, all in one pass.
 * Never prints, never writes.
 */
@NullMarked
package org.fivetype.input;

import org.jspecify.annotations.NullMarked;
