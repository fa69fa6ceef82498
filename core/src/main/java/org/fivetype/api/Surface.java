package org.fivetype.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a public type of fivetype promises to code outside fivetype: whether it is stable API to
 * call, SPI to implement or extend, experimental, or internal. Every public top-level type of the
 * library's modules carries one ({@code ArchitectureTest} in module {@code examples} and
 * {@code SparkArchitectureTest} check it); a nested public type makes the promise of the type it is
 * declared in. {@code docs/api.md} says what each kind means for a release.
 *
 * <p>Kept at run time, so that a tool (or a plugin's own test) can read it by reflection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Surface(Surface.Kind.API)
public @interface Surface {

  /**
   * The promise the annotated type makes.
   *
   * @return the kind of surface the type belongs to
   */
  Kind value();

  /** The four kinds of public surface. */
  enum Kind {
    /**
     * Stable API: types an embedder calls or builds. Changed incompatibly only in a new major
     * version, after a release that deprecates what goes.
     */
    API,
    /**
     * Stable SPI: types a district's or department's plugin implements or extends (rule kinds, tier
     * steps, pillar providers, history stores, report sections, the test kits), and the values
     * they exchange with fivetype. Changed incompatibly only in a new major version.
     */
    SPI,
    /**
     * Experimental: usable, but may change or go in any release, as its use is still being learned.
     */
    EXPERIMENTAL,
    /**
     * Internal: public only because another module of fivetype, {@link java.util.ServiceLoader} or a
     * framework needs it. Not for use outside fivetype; may change in any release.
     */
    INTERNAL
  }
}
