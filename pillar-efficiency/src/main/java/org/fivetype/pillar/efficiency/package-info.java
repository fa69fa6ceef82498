/**
 * The efficiency pillar (效能型政府, measures E1–E8 of the source document): its default
 * indicator catalogue for the {@code urumqi-2004} rule set, registered with
 * {@link java.util.ServiceLoader} by {@link org.fivetype.pillar.efficiency.EfficiencyPillar}.
 * "Efficiency is the goal" (效能是目的, O1).
 */
@NullMarked
package org.fivetype.pillar.efficiency;

import org.jspecify.annotations.NullMarked;
