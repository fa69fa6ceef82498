package org.fivetype.spi;

import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.fivetype.rule.ParamReader;
import org.jspecify.annotations.Nullable;

/**
 * A kind of tier step, as an extension point: registered for {@link java.util.ServiceLoader}
 * under this interface ({@code @AutoService(TierStepKind.class)}) and found through {@code
 * org.fivetype.plugin.Plugins}, it lets a JSON rule file name and parameterise a {@link
 * TierPolicy} of a plugin jar:
 *
 * <pre>{@code "steps": [{"use": "tianshan.complaints-rose", "indicator": "S7.complaints", "maxRise": 0.5}]}</pre>
 *
 * <p>The steps run after the built-in chain (thresholds, veto, hard, pillar floor, missing
 * evidence, quota), in the order given, in every entry point (assess, sensitivity, explain,
 * Spark). The step {@link #read} returns has this kind's {@link #id()} as its {@link
 * TierPolicy#id()}, and writes back, through {@link TierPolicy#writeParams}, exactly the
 * parameters read (export and fingerprint). A kind must have a public no-argument constructor
 * and be stateless.
 */
@Surface(Surface.Kind.SPI)
public interface TierStepKind {

  /**
   * The id a rule file names in {@code "use"}, and the id of the steps this kind makes; unique
   * among the kinds on the class path and distinct from the built-in steps' ids. A district's
   * kind should carry a prefix of its own, e.g. {@code "tianshan.complaints-rose"}.
   *
   * @return the id
   */
  String id();

  /** {@return the bilingual name of the step} */
  Label name();

  /**
   * Reads a step's parameters (every key of the step's object besides {@code "use"}), reporting
   * each problem to {@code params}; returns {@code null} after a problem. A constructor's
   * {@link IllegalArgumentException} may be left to propagate: the caller reports its message at
   * the step's path.
   *
   * @param params the step's object in the rule file, which also collects the problems
   * @return the step, or null after a problem was reported to {@code params}
   */
  @Nullable TierPolicy read(ParamReader params);
}
