/**
 * Evidence from raw records (原始记录): appraisal ballots (E8), efficiency complaints (E6),
 * meetings (E7), service-centre cases (E4) and leaders' research days (L7) turned into
 * observations — pure computation, no I/O.
 *
 * <p>Each {@link org.fivetype.records.RecordAggregator} keeps a fixed-size {@link
 * org.fivetype.records.UnitState} per unit, takes records one at a time, merges partial states
 * exactly (any partition, any order, the same result: the states are integer counters), and
 * {@linkplain org.fivetype.records.RecordAggregator#finish finishes} into observations for
 * configurable indicator ids plus per-unit {@link org.fivetype.records.UnitDiagnostics} (counts,
 * flags, confidence intervals). {@link org.fivetype.records.Accumulator} runs one over a stream;
 * {@link org.fivetype.records.RecordBatch} and {@link org.fivetype.records.RecordRows} let a file
 * reader plug in with row-level problems; {@link org.fivetype.records.RecordEvidence} puts the
 * result into an assessment. Column contracts and methods: {@code docs/records.md}.
 */
@NullMarked
package org.fivetype.records;

import org.jspecify.annotations.NullMarked;
