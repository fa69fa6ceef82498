/** The Drools peer of the scoring kernel: facts, rule definitions and the scorer the benchmarks compare with. */
@NullMarked
package org.fivetype.benchmarks.drools;

import org.jspecify.annotations.NullMarked;
