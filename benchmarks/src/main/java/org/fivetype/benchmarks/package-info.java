/** JMH benchmarks of the scoring core, each beside its floor measured in the same run. */
package org.fivetype.benchmarks;
