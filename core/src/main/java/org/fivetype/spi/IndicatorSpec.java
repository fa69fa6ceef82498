package org.fivetype.spi;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collections;
import org.fivetype.api.Evidence;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Measure;
import org.fivetype.api.Pillar;
import org.fivetype.api.Surface;
import org.fivetype.rule.ScoringRule;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as a value: the form in which rule sets keep indicators, whether they came from
 * a pillar module, a plugin jar, a JSON rule file or Java code.
 *
 * @param id the indicator id
 * @param pillar its pillar
 * @param name its bilingual name
 * @param description its bilingual description
 * @param points its points, finite and {@code > 0}
 * @param hard whether it is a hard indicator
 * @param measures the measures it covers, at least one, kept in docs/measures.md order
 * @param evidence the evidence it needs
 * @param rule its scoring rule
 */
@Surface(Surface.Kind.SPI)
public record IndicatorSpec(
    IndicatorId id,
    Pillar pillar,
    Label name,
    Label description,
    double points,
    boolean hard,
    Set<Measure> measures,
    Evidence evidence,
    ScoringRule rule) implements Indicator {

  /**
   * Checks the components and keeps unmodifiable copies of its collections.
   *
   * @param id the indicator id
   * @param pillar its pillar
   * @param name its bilingual name
   * @param description its bilingual description
   * @param points its points, finite and {@code > 0}
   * @param hard whether it is a hard indicator
   * @param measures the measures it covers, at least one, kept in docs/measures.md order
   * @param evidence the evidence it needs
   * @param rule its scoring rule
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public IndicatorSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pillar, "pillar");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
    if (!(Double.isFinite(points) && points > 0)) {
      throw new IllegalArgumentException("indicator " + id + ": points must be a finite number > 0, was " + points);
    }
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("indicator " + id + ": it must cover at least one measure of docs/measures.md");
    }
    measures = Collections.unmodifiableSortedSet(new TreeSet<>(measures));
  }

  /**
   * A copy of any indicator as a value.
   *
   * @param i the indicator, e.g. a pillar module's own implementation
   * @return {@code i} itself if it is an {@code IndicatorSpec}, else a spec with its fields
   * @throws IllegalArgumentException if {@code i}'s fields break the rules of this record
   */
  public static IndicatorSpec copyOf(Indicator i) {
    if (i instanceof IndicatorSpec s) {
      return s;
    }
    return new IndicatorSpec(i.id(), i.pillar(), i.name(), i.description(), i.points(), i.hard(),
        i.measures(), i.evidence(), i.rule());
  }

  /**
   * Starts an indicator with the given id; every other field is set on the builder.
   *
   * @param id the indicator id, e.g. {@code L7.research-days}
   * @return a builder without pillar, name, points, measures, evidence or rule
   * @throws IllegalArgumentException if {@code id} is not a well-formed {@link IndicatorId}
   */
  public static Builder builder(String id) {
    return new Builder(IndicatorId.of(id));
  }

  /**
   * This indicator with other points, e.g. after a rule file reweights it.
   *
   * @param newPoints the new points, finite and {@code > 0}
   * @return a copy with every other field the same
   * @throws IllegalArgumentException if {@code newPoints} is not finite or not {@code > 0}
   */
  public IndicatorSpec withPoints(double newPoints) {
    return new IndicatorSpec(id, pillar, name, description, newPoints, hard, measures, evidence, rule);
  }

  /** A fluent builder of {@link IndicatorSpec}. */
  public static final class Builder {
    private final IndicatorId id;
    private @Nullable Pillar pillar;
    private @Nullable Label name;
    private @Nullable Label description;
    private double points = Double.NaN;
    private boolean hard;
    private final Set<Measure> measures = new TreeSet<>();
    private @Nullable Evidence evidence;
    private @Nullable ScoringRule rule;

    private Builder(IndicatorId id) {
      this.id = id;
    }

    /**
     * Sets the pillar (required).
     *
     * @param p the pillar the indicator counts towards
     * @return this builder
     */
    public Builder pillar(Pillar p) {
      this.pillar = p;
      return this;
    }

    /**
     * Sets the bilingual name (required).
     *
     * @param zh the Chinese name, not blank
     * @param en the English name, not blank
     * @return this builder
     * @throws IllegalArgumentException if either name is blank
     */
    public Builder name(String zh, String en) {
      this.name = Label.of(zh, en);
      return this;
    }

    /**
     * Sets the bilingual description (optional: it defaults to the name).
     *
     * @param zh the Chinese description, not blank
     * @param en the English description, not blank
     * @return this builder
     * @throws IllegalArgumentException if either text is blank
     */
    public Builder description(String zh, String en) {
      this.description = Label.of(zh, en);
      return this;
    }

    /**
     * Sets the points (分值, required); checked by {@link #build()}.
     *
     * @param p the most points the indicator can earn, finite and {@code > 0}
     * @return this builder
     */
    public Builder points(double p) {
      this.points = p;
      return this;
    }

    /**
     * Marks the indicator hard or not (default: not hard).
     *
     * @param h whether failing it caps the tier (硬指标, A5)
     * @return this builder
     */
    public Builder hard(boolean h) {
      this.hard = h;
      return this;
    }

    /**
     * Adds measures by id (at least one measure is required in all).
     *
     * @param ids measure ids of docs/measures.md such as {@code "L7"}
     * @return this builder
     * @throws IllegalArgumentException if an id is not a measure id
     */
    public Builder measures(String... ids) {
      for (String m : ids) {
        measures.add(Measure.of(m));
      }
      return this;
    }

    /**
     * Adds measures (at least one measure is required in all).
     *
     * @param ms the measures the indicator covers
     * @return this builder
     */
    public Builder measures(Collection<Measure> ms) {
      measures.addAll(ms);
      return this;
    }

    /**
     * Sets the evidence (required).
     *
     * @param e the evidence to collect
     * @return this builder
     */
    public Builder evidence(Evidence e) {
      this.evidence = e;
      return this;
    }

    /**
     * Sets the evidence from its texts (required, or {@link #evidence(Evidence)}).
     *
     * @param whatZh what to collect, in Chinese
     * @param whatEn what to collect, in English
     * @param unitZh the unit of measure in Chinese, e.g. 天
     * @param unitEn the unit of measure in English, e.g. days
     * @param s who supplies it
     * @return this builder
     * @throws IllegalArgumentException if a text is blank
     */
    public Builder evidence(String whatZh, String whatEn, String unitZh, String unitEn, Evidence.Supplier s) {
      this.evidence = new Evidence(Label.of(whatZh, whatEn), Label.of(unitZh, unitEn), s);
      return this;
    }

    /**
     * Sets the scoring rule (required).
     *
     * @param r how a value becomes points
     * @return this builder
     */
    public Builder rule(ScoringRule r) {
      this.rule = r;
      return this;
    }

    /**
     * Builds the indicator; the description defaults to the name.
     *
     * @return the indicator
     * @throws NullPointerException if the pillar, name, evidence or rule was not set
     * @throws IllegalArgumentException if the points were not set or are not {@code > 0}, or no
     *     measure was added
     */
    public IndicatorSpec build() {
      return new IndicatorSpec(id, Objects.requireNonNull(pillar, "pillar"), Objects.requireNonNull(name, "name"),
          description == null ? name : description, points, hard, measures, Objects.requireNonNull(evidence, "evidence"),
          Objects.requireNonNull(rule, "rule"));
    }
  }
}
