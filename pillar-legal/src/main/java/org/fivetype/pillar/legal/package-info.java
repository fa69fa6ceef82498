/**
 * The rule-of-law pillar (法治型政府, measures R1–R5 of the source document): its default
 * indicator catalogue for the {@code urumqi-2004} rule set, registered with
 * {@link java.util.ServiceLoader} by {@link org.fivetype.pillar.legal.LegalPillar}.
 * "Rule of law is fundamental" (法治是根本, O1).
 */
@NullMarked
package org.fivetype.pillar.legal;

import org.jspecify.annotations.NullMarked;
