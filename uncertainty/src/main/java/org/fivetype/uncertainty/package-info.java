/**
 * Uncertainty and sensitivity analysis of an assessment: how robust is each unit's tier?
 *
 * <p>Points, thresholds, weights and the treatment of missing evidence are choices someone made.
 * An {@link org.fivetype.uncertainty.UncertaintySpec} declares which of them are uncertain and
 * how ({@link org.fivetype.uncertainty.UncertainInput}); {@link
 * org.fivetype.uncertainty.UncertaintyAnalysis} runs the assessment many times over those
 * choices (Monte Carlo, reproducible from a seed, on all cores, reusing the compiled plan) and
 * gives, per unit, the distribution of its total and rank, the probability of each tier and
 * whether its published tier is robust ({@link org.fivetype.uncertainty.UnitUncertainty}); with
 * a sensitivity analysis also the first-order and total variance-based indices of each unit's
 * total and rank with respect to each input ({@link org.fivetype.uncertainty.SensitivityIndex},
 * estimators in {@link org.fivetype.uncertainty.Sobol}), as COINr's {@code get_sensitivity}.
 * Methods and sources: {@code docs/uncertainty.md}.
 */
@NullMarked
package org.fivetype.uncertainty;

import org.jspecify.annotations.NullMarked;
