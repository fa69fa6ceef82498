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

  /** A copy of any indicator as a value. */
  public static IndicatorSpec copyOf(Indicator i) {
    if (i instanceof IndicatorSpec s) {
      return s;
    }
    return new IndicatorSpec(i.id(), i.pillar(), i.name(), i.description(), i.points(), i.hard(),
        i.measures(), i.evidence(), i.rule());
  }

  /** Starts an indicator with the given id; every other field is set on the builder. */
  public static Builder builder(String id) {
    return new Builder(IndicatorId.of(id));
  }

  /** This indicator with other points. */
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

    public Builder pillar(Pillar p) {
      this.pillar = p;
      return this;
    }

    public Builder name(String zh, String en) {
      this.name = Label.of(zh, en);
      return this;
    }

    public Builder description(String zh, String en) {
      this.description = Label.of(zh, en);
      return this;
    }

    public Builder points(double p) {
      this.points = p;
      return this;
    }

    public Builder hard(boolean h) {
      this.hard = h;
      return this;
    }

    /** Adds measure ids such as {@code "L7"}. */
    public Builder measures(String... ids) {
      for (String m : ids) {
        measures.add(Measure.of(m));
      }
      return this;
    }

    public Builder measures(Collection<Measure> ms) {
      measures.addAll(ms);
      return this;
    }

    public Builder evidence(Evidence e) {
      this.evidence = e;
      return this;
    }

    /** Sets the evidence: what, in which unit of measure (zh, en), supplied by whom. */
    public Builder evidence(String whatZh, String whatEn, String unitZh, String unitEn, Evidence.Supplier s) {
      this.evidence = new Evidence(Label.of(whatZh, whatEn), Label.of(unitZh, unitEn), s);
      return this;
    }

    public Builder rule(ScoringRule r) {
      this.rule = r;
      return this;
    }

    /** Builds the indicator; the description defaults to the name. */
    public IndicatorSpec build() {
      return new IndicatorSpec(id, Objects.requireNonNull(pillar, "pillar"), Objects.requireNonNull(name, "name"),
          description == null ? name : description, points, hard, measures, Objects.requireNonNull(evidence, "evidence"),
          Objects.requireNonNull(rule, "rule"));
    }
  }
}
