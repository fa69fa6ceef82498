/**
 * The engine: {@link org.fivetype.engine.ScoringPlan#compile} turns a rule set into an immutable,
 * thread-safe plan of primitive arrays; the plan evaluates an
 * {@link org.fivetype.engine.EvidenceTable} (units × indicators, columnar) into an
 * {@link org.fivetype.engine.AssessmentResult}: points per indicator, pillar subtotals, totals,
 * tiers with their reasons, ranks and fingerprints. Explanations are built on demand from the
 * kept values, never by re-running rules. {@link org.fivetype.engine.YearRecords#of} turns a result
 * into the plain year record a history store keeps.
 */
@NullMarked
package org.fivetype.engine;

import org.jspecify.annotations.NullMarked;
