/**
 * The learning pillar (学习型政府, measures L1–L8 of the source document): its default
 * indicator catalogue for the {@code urumqi-2004} rule set, registered with
 * {@link java.util.ServiceLoader} by {@link org.fivetype.pillar.learning.LearningPillar}.
 * "Learning is the foundation" (学习是基础, O1).
 */
@NullMarked
package org.fivetype.pillar.learning;

import org.jspecify.annotations.NullMarked;
