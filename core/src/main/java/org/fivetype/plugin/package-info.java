/**
 * Discovery of pillar providers: the one, defensive {@link java.util.ServiceLoader} entry point
 * of fivetype ({@link org.fivetype.plugin.Plugins}).
 */
package org.fivetype.plugin;
