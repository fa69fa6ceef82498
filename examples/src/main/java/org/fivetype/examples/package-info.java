/**
 * Examples of embedding fivetype: the demo city, the README's embedding example, and (in tests)
 * the architecture rules over every module. Examples may print; the library never does.
 */
package org.fivetype.examples;
