/**
 * Scoring rules and their kinds. {@link org.fivetype.rule.ScoringRule} maps a unit's value for an
 * indicator to points between zero and the indicator's points; {@link org.fivetype.rule.RuleKind}
 * is the extension point that names a kind in JSON and reads and writes its parameters (through
 * {@link org.fivetype.rule.ParamReader} and {@link org.fivetype.rule.ParamWriter}). The ten
 * built-in kinds are the records of this package, each with its {@code Kind} registered for
 * {@link java.util.ServiceLoader} like a plugin's; each has a direction and a documented domain of
 * valid values, and is usable from Java (the records) and from a JSON rule file (its {@code kind}
 * name).
 */
@NullMarked
package org.fivetype.rule;

import org.jspecify.annotations.NullMarked;
