/**
 * The built-in scoring-rule kinds: each maps a unit's value for an indicator to points between
 * zero and the indicator's points, each has a direction and a documented domain of valid values,
 * and each is usable from Java (these records) and from a JSON rule file (its {@code kind} name).
 */
@NullMarked
package org.fivetype.rule;

import org.jspecify.annotations.NullMarked;
