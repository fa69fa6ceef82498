/**
 * Examples of embedding fivetype: the demo city, the README's embedding example, and (in tests)
 * the architecture rules over every module. Examples may print; the library never does.
 */
@NullMarked
package org.fivetype.examples;

import org.jspecify.annotations.NullMarked;
