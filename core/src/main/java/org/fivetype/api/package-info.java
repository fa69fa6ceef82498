/**
 * Domain values of an assessment: units, pillars, indicator and measure ids, observations,
 * tiers and bilingual labels. Every type here is an immutable value (a record or an enum).
 */
@NullMarked
package org.fivetype.api;

import org.jspecify.annotations.NullMarked;
