/**
 * Discovery of plugins — pillar providers, rule kinds and tier-step kinds: the one, defensive
 * {@link java.util.ServiceLoader} entry point of fivetype ({@link org.fivetype.plugin.Plugins}),
 * on the class path or in plugin jars checked for the plugin API version they were built for.
 */
@NullMarked
package org.fivetype.plugin;

import org.jspecify.annotations.NullMarked;
