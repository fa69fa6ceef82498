/**
 * The fivetype test kit: abstract JUnit contract tests, shipped in core's test-jar, that pillar
 * modules and plugins extend (as Micrometer's TCK): {@code PillarProviderContract} for
 * pillar providers, {@code HistoryStoreContract} for history stores, and the worked
 * three-year example {@code ThreeYearCity}.
 */
@NullMarked
package org.fivetype.testkit;

import org.jspecify.annotations.NullMarked;
