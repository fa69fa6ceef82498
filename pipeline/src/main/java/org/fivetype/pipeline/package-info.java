/**
 * The assessment pipeline as library API: {@link org.fivetype.pipeline.Pipeline} (read → raw
 * records → {@link org.fivetype.pipeline.Evidence} → assess → consequences with history → {@link
 * org.fivetype.pipeline.Outcome} → outputs), the one entry point that {@code fivetype assess},
 * {@code sensitivity}, {@code demo}, the Spark job and embedders share; and {@link
 * org.fivetype.pipeline.Improvements}, the search for the smallest changes of evidence that lift a
 * unit to the next tier ({@code fivetype explain}).
 */
@NullMarked
package org.fivetype.pipeline;

import org.jspecify.annotations.NullMarked;
