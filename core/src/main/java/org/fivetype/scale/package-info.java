/**
 * Relative scales: the normalisation methods (min–max, z-score, rank, distance to target, …) that
 * turn a column of values into comparable scores over the units in scope. Used by the kernel's
 * relative rule kind and by the composite-indicator engine.
 */
@NullMarked
package org.fivetype.scale;

import org.jspecify.annotations.NullMarked;
