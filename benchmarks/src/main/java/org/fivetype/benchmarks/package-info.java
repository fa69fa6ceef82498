/** JMH benchmarks of the scoring core, each beside its floor measured in the same run. */
@NullMarked
package org.fivetype.benchmarks;

import org.jspecify.annotations.NullMarked;
