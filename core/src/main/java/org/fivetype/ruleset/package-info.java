/**
 * Rule sets (考核细则): the indicators, pillar budgets, how pillars add up to the total, and the
 * tier settings — built in Java with {@link org.fivetype.ruleset.RuleSet#builder}, loaded from
 * JSON rule files with {@code extends} ({@link org.fivetype.ruleset.RuleFiles}), exported as a
 * complete JSON file, and fingerprinted (SHA-256 of a canonical form).
 */
@NullMarked
package org.fivetype.ruleset;

import org.jspecify.annotations.NullMarked;
