/** The demo city (Urumqi's districts and departments) with deterministic synthetic evidence. */
@NullMarked
package org.fivetype.demo;

import org.jspecify.annotations.NullMarked;
