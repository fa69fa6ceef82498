/**
 * Discovery of plugins — pillar providers, rule kinds and tier-step kinds: the one, defensive
 * {@link java.util.ServiceLoader} entry point of fivetype ({@link org.fivetype.plugin.Plugins}).
 */
package org.fivetype.plugin;
