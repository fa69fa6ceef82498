/**
 * The service pillar (服务型政府, measures S1–S7 of the source document): its default indicator
 * catalogue for the {@code urumqi-2004} rule set, registered with {@link java.util.ServiceLoader}
 * by {@link org.fivetype.pillar.service.ServicePillar}. "Service is the means" (服务是手段, O1),
 * and a public-service government is "the core and final goal" of the five types.
 */
@NullMarked
package org.fivetype.pillar.service;

import org.jspecify.annotations.NullMarked;
