/**
 * Composite-indicator methods: the textbook steps of the JRC/OECD <i>Handbook on Constructing
 * Composite Indicators</i> (2008), as implemented by the R package COINr (MIT licence), which the
 * kernel reproduces exactly on the published ASEM index (see {@code docs/composite.md}).
 *
 * <ul>
 *   <li>{@link org.fivetype.scale.Normalisation}: relative scoring of a column of values over
 *       the units in scope (all units, or per group): min–max, z-score, rank, percentile rank,
 *       Borda, fraction of the best, distances to the best, a reference unit or a target,
 *       goalposts; {@link org.fivetype.composite.Normaliser} is one of them as a value.
 *   <li>{@link org.fivetype.composite.Imputation}: mean or median of the scope, with flags.
 *   <li>{@link org.fivetype.composite.OutlierTreatment}: COINr's default skewness/kurtosis test
 *       and step-by-step Winsorisation (COINr 0.5's or 1.x's rules), with a log-transform
 *       fallback and a {@link
 *       org.fivetype.composite.TreatmentLog}.
 *   <li>{@link org.fivetype.composite.Aggregation}: sum, weighted arithmetic, geometric,
 *       harmonic and generalised means, and COINr 1.x's Copeland scores.
 *   <li>{@link org.fivetype.composite.Transformation}: ln, log10, square root, Box–Cox before
 *       normalisation; {@link org.fivetype.composite.Classes}: named bands on the rounded value;
 *       {@link org.fivetype.composite.Weights}: given, equal or first-principal-component weights.
 *   <li>{@link org.fivetype.composite.Recipe}: the steps chained over an indicator tree, built in
 *       Java or read from a strict JSON file (denominate, screen units, impute, transform, treat,
 *       normalise, aggregate, classify); its {@link org.fivetype.composite.RecipeResult} keeps
 *       every step's output.
 * </ul>
 *
 * <p>Conventions of the column-level functions: a column is a {@code double[]} with one value per
 * unit, {@link Double#NaN} meaning missing; missing values stay missing and take no part in any
 * statistic; an optional {@code int @Nullable [] group} (same length, any ids) restricts every statistic to
 * the units of the same group, {@code null} meaning one scope of all units; results are written
 * into a caller-supplied output array (which may be the input array itself).
 */
@NullMarked
package org.fivetype.composite;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
