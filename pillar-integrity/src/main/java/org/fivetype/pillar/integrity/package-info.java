/**
 * The integrity pillar (廉洁型政府, measures I1–I6 of the source document): its default
 * indicator catalogue for the {@code urumqi-2004} rule set, registered with
 * {@link java.util.ServiceLoader} by {@link org.fivetype.pillar.integrity.IntegrityPillar}.
 * "Integrity is the guarantee" (廉洁是保证, O1).
 */
@NullMarked
package org.fivetype.pillar.integrity;

import org.jspecify.annotations.NullMarked;
