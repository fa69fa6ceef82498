/**
 * The assessment pipeline as library API (read → records → evidence → assess → consequences with
 * history → outputs), and {@link org.fivetype.pipeline.Improvements}, the search for the smallest
 * changes of evidence that lift a unit to the next tier ({@code fivetype explain}).
 */
@NullMarked
package org.fivetype.pipeline;

import org.jspecify.annotations.NullMarked;
