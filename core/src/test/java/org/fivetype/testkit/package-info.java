/**
 * The fivetype test kit: abstract JUnit contract tests, shipped in core's test-jar, that pillar
 * modules and plugins extend (as Micrometer's TCK).
 */
package org.fivetype.testkit;
