/**
 * Discovery of pillar providers: the one, defensive {@link java.util.ServiceLoader} entry point
 * of fivetype ({@link org.fivetype.plugin.Plugins}).
 */
@NullMarked
package org.fivetype.plugin;

import org.jspecify.annotations.NullMarked;
