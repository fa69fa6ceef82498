package org.fivetype.rule;

import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * A kind of scoring rule, as an extension point: everything fivetype needs to know about a kind
 * besides what its rules do with values (which is {@link ScoringRule}'s part: points, the scoring
 * loop, the domain check, the value that earns full points, whether and when it vetoes, its
 * description). A kind is one class, registered for {@link java.util.ServiceLoader} under this
 * interface ({@code @AutoService(RuleKind.class)}) and found through {@code
 * org.fivetype.plugin.Plugins}; the ten built-in kinds ({@link Target}, {@link Goalposts},
 * {@link Bands}, {@link Deduction}, {@link Bonus}, {@link Checklist}, {@link YesNo},
 * {@link Rate}, {@link Veto}, {@link Relative}) are registered the same way as a district's.
 *
 * <p>The kind owns its JSON name and its one codec: {@link #read} is used for rule files,
 * {@link #write} for {@code rules export} and for the canonical form whose SHA-256 is the rule
 * set's fingerprint. {@code write} then {@code read} must give an equal rule. A kind must have a
 * public no-argument constructor, and be stateless.
 *
 * @param <R> the rules of this kind
 */
@Surface(Surface.Kind.SPI)
public interface RuleKind<R extends ScoringRule> {

  /**
   * The JSON name, the value of {@code "kind"} in a rule file, e.g. {@code "target"}; unique among
   * the kinds on the class path. A district's kind should carry a prefix of its own, e.g. {@code
   * "tianshan.trend"}.
   *
   * @return the name
   */
  String name();

  /** {@return the class of this kind's rules, to tell a rule's kind and to cast in {@link #writeRule}} */
  Class<R> type();

  /** {@return a bilingual one-line description of the kind, e.g. "full points at or beyond a target"} */
  Label description();

  /**
   * Reads a rule's parameters (every key of the rule's object besides {@code "kind"}), reporting
   * each problem to {@code params}; returns {@code null} after a problem. A constructor's {@link
   * IllegalArgumentException} may be left to propagate: the caller reports its message at the
   * rule's path.
   *
   * @param params the rule's object in the rule file, which also collects the problems
   * @return the rule, or null after a problem was reported to {@code params}
   */
  @Nullable R read(ParamReader params);

  /**
   * Writes a rule's parameters, in the keys {@link #read} reads.
   *
   * @param rule a rule of this kind
   * @param out where the parameters go, beside the rule's {@code "kind"}
   */
  void write(R rule, ParamWriter out);

  /**
   * Writes any rule of this kind ({@link #write} after a checked cast).
   *
   * @param rule a rule of this kind
   * @param out where the parameters go
   * @throws ClassCastException if the rule is of another kind
   */
  default void writeRule(ScoringRule rule, ParamWriter out) {
    write(type().cast(rule), out);
  }
}
