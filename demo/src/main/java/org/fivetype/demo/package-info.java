/** The demo city (Urumqi's districts and departments) with deterministic synthetic evidence. */
package org.fivetype.demo;
