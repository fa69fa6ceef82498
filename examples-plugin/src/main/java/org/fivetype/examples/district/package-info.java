/**
 * Tianshan District's plugin: the indicators its detailed rules (实施细则) add to the city's
 * catalogue, found by {@link java.util.ServiceLoader}. Built by the reactor as its own jar, to be
 * put in a {@code plugins/} folder of the {@code fivetype} command or on an embedder's class path.
 */
@NullMarked
package org.fivetype.examples.district;

import org.jspecify.annotations.NullMarked;
