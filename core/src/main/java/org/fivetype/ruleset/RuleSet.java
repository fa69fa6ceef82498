package org.fivetype.ruleset;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.consequence.ConsequenceSettings;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.TierPolicy;
import org.jspecify.annotations.Nullable;

/**
 * An effective rule set (考核细则): every indicator with its points and rule, the pillars and
 * their budgets, how pillars add up to the total, and the tier settings. Immutable; built with
 * {@link #builder}, loaded from JSON by {@link RuleFiles}, exported with {@link #toJson()}.
 *
 * <p>A pillar's budget is the sum of its indicators' points. The fingerprint is the SHA-256 of
 * the canonical form of {@link #toJson()} (keys sorted, no white space), so a rule set written in
 * Java and the same rule set written in JSON have the same fingerprint.
 */
@Surface(Surface.Kind.API)
public final class RuleSet {

  private final String id;
  private final Label name;
  private final List<Pillar> pillars;
  private final List<IndicatorSpec> indicators;
  private final Map<IndicatorId, IndicatorSpec> byId;
  private final Map<Pillar, Double> budgets;
  private final TotalMethod total;
  private final TierSettings tiers;
  private final List<TierPolicy> extraSteps;
  private final ConsequenceSettings consequences;
  private final Map<String, String> departures;
  private volatile @Nullable String fingerprint;

  private RuleSet(Builder b, List<Pillar> pillars, Map<Pillar, Double> budgets) {
    this.id = b.id;
    this.name = b.name;
    this.pillars = List.copyOf(pillars);
    this.indicators = List.copyOf(b.indicators.values());
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(b.indicators));
    this.budgets = Collections.unmodifiableMap(budgets);
    this.total = b.total;
    this.tiers = b.tiers;
    this.extraSteps = List.copyOf(b.extraSteps);
    this.consequences = b.consequences;
    this.departures = Collections.unmodifiableMap(new java.util.TreeMap<>(b.departures));
  }

  /**
   * Starts a rule set with the given id and bilingual name.
   *
   * @param id the rule set's id, 1–64 letters, digits, '.', '-' or '_' (checked by {@link Builder#build()})
   * @param name its bilingual name
   * @return an empty builder with the default total, tiers and consequences
   */
  public static Builder builder(String id, Label name) {
    return new Builder(id, name);
  }

  /**
   * A builder holding everything of this rule set, to derive a changed one.
   *
   * @return a new builder; changing it leaves this rule set alone
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    indicators.forEach(b::indicator);
    b.total(total).tiers(tiers).consequences(consequences);
    extraSteps.forEach(b::tierStep);
    departures.forEach(b::departure);
    return b;
  }

  /**
   * The programme's principles this rule set departs from on purpose (measure id → reason, sorted
   * by id; see {@link Principles}): printed in every result and report. Empty for most rule sets.
   *
   * @return the departures, unmodifiable
   */
  public Map<String, String> departures() {
    return departures;
  }

  /** {@return the rule set's id, e.g. {@code urumqi-2004}} */
  public String id() {
    return id;
  }

  /** {@return the bilingual name} */
  public Label name() {
    return name;
  }

  /**
   * {@return the pillars that have indicators: the five standard ones in the document's order, then others in order of appearance}
   */
  public List<Pillar> pillars() {
    return pillars;
  }

  /**
   * {@return every indicator, grouped by pillar in {@link #pillars()} order, in order of definition within a pillar}
   */
  public List<IndicatorSpec> indicators() {
    return indicators;
  }

  /**
   * The indicator with this id.
   *
   * @param indicatorId the indicator's id
   * @return the indicator, or empty if the rule set has none with this id
   */
  public Optional<IndicatorSpec> indicator(IndicatorId indicatorId) {
    return Optional.ofNullable(byId.get(indicatorId));
  }

  /**
   * A pillar's budget: the sum of its indicators' points (0 for a pillar not in this set).
   *
   * @param pillar the pillar
   * @return the budget in points
   */
  public double budget(Pillar pillar) {
    return budgets.getOrDefault(pillar, 0.0);
  }

  /** {@return how pillars add up to the total} */
  public TotalMethod total() {
    return total;
  }

  /** {@return the largest total a unit could reach} */
  public double maxTotal() {
    if (total.kind() == TotalMethod.Kind.WEIGHTED_SHARES) {
      return total.scale();
    }
    double s = 0;
    for (Pillar p : pillars) {
      s += requireNonNull(budgets.get(p));
    }
    return s;
  }

  /** {@return the tier settings} */
  public TierSettings tiers() {
    return tiers;
  }

  /**
   * The parameters of the consequences of the tiers (A7–A10: bonus, excellent civil servants,
   * direction of travel), used by {@link org.fivetype.consequence.Consequences}; default
   * {@link ConsequenceSettings#DEFAULTS}.
   *
   * @return the settings
   */
  public ConsequenceSettings consequences() {
    return consequences;
  }

  /**
   * The tier steps that run after the built-in chain, in order: named in a rule file's {@code
   * "steps"} (through a registered {@link org.fivetype.spi.TierStepKind}) or added in Java with
   * {@link Builder#tierStep}. They are exported and fingerprinted as {@code "steps"}.
   *
   * @return the steps, unmodifiable; empty for most rule sets
   */
  public List<TierPolicy> extraSteps() {
    return extraSteps;
  }

  /** {@return the complete rule set as a JSON document (a rule file without {@code extends})} */
  public String toJson() {
    return RuleJson.export(this);
  }

  /** {@return the SHA-256 (hex) of the canonical JSON form} */
  public String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      f = RuleJson.fingerprint(this);
      fingerprint = f;
    }
    return f;
  }

  @Override
  public String toString() {
    return "RuleSet[" + id + ", " + indicators.size() + " indicators, " + fingerprint().substring(0, 12) + "]";
  }

  /** Builds a {@link RuleSet}; {@link #build()} checks it whole and reports every problem together. */
  public static final class Builder {
    private String id;
    private Label name;
    private final LinkedHashMap<IndicatorId, IndicatorSpec> indicators = new LinkedHashMap<>();
    private final Map<Pillar, Double> declaredBudgets = new LinkedHashMap<>();
    private final List<Pillar> declaredPillars = new ArrayList<>();
    private TotalMethod total = TotalMethod.SUM;
    private TierSettings tiers = TierSettings.DEFAULTS;
    private ConsequenceSettings consequences = ConsequenceSettings.DEFAULTS;
    private final List<TierPolicy> extraSteps = new ArrayList<>();
    private final Map<String, String> departures = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private Builder(String id, Label name) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Renames the rule set.
     *
     * @param newId the new id
     * @param newName the new bilingual name
     * @return this builder
     */
    public Builder id(String newId, Label newName) {
      this.id = Objects.requireNonNull(newId, "id");
      this.name = Objects.requireNonNull(newName, "name");
      return this;
    }

    /**
     * Adds an indicator; an indicator with the same id is replaced.
     *
     * @param indicator the indicator, copied as an {@link IndicatorSpec}
     * @return this builder
     */
    public Builder indicator(Indicator indicator) {
      IndicatorSpec s = IndicatorSpec.copyOf(indicator);
      indicators.put(s.id(), s);
      return this;
    }

    /**
     * Adds indicators.
     *
     * @param list the indicators, added in order as by {@link #indicator}
     * @return this builder
     */
    public Builder indicators(Iterable<? extends Indicator> list) {
      list.forEach(this::indicator);
      return this;
    }

    /**
     * Removes an indicator; it is an error at {@link #build()} if there is none with that id.
     *
     * @param indicatorId the indicator's id
     * @return this builder
     */
    public Builder remove(String indicatorId) {
      if (indicators.remove(IndicatorId.of(indicatorId)) == null) {
        problems.add(new Problem("remove " + indicatorId, "there is no indicator with this id to remove"));
      }
      return this;
    }

    /**
     * Declares a pillar's budget: {@link #build()} checks that its indicators' points add up to it.
     *
     * @param pillar the pillar
     * @param budget the sum its indicators' points must reach
     * @return this builder
     */
    public Builder budget(Pillar pillar, double budget) {
      declaredBudgets.put(pillar, budget);
      return this;
    }

    /**
     * Declares a pillar (to fix its name, or its place among non-standard pillars).
     *
     * @param pillar the pillar
     * @return this builder
     */
    public Builder pillar(Pillar pillar) {
      if (!declaredPillars.contains(pillar)) {
        declaredPillars.add(pillar);
      }
      return this;
    }

    /**
     * Sets how pillars add up to the total.
     *
     * @param method the total method (default {@link TotalMethod#SUM})
     * @return this builder
     */
    public Builder total(TotalMethod method) {
      this.total = Objects.requireNonNull(method, "total");
      return this;
    }

    /**
     * Sets the tier settings.
     *
     * @param settings the thresholds, quota, ties and caps (default {@link TierSettings#DEFAULTS})
     * @return this builder
     */
    public Builder tiers(TierSettings settings) {
      this.tiers = Objects.requireNonNull(settings, "tiers");
      return this;
    }

    /**
     * Sets the consequence parameters (bonus, excellent civil servants, direction of travel).
     *
     * @param settings the parameters (default {@link ConsequenceSettings#DEFAULTS})
     * @return this builder
     */
    public Builder consequences(ConsequenceSettings settings) {
      this.consequences = Objects.requireNonNull(settings, "consequences");
      return this;
    }

    /**
     * Appends a tier step of your own after the built-in chain. It is exported as {@code
     * "steps": [{"use": id, …}]}; the export reads back where a {@link
     * org.fivetype.spi.TierStepKind} of that id is registered.
     *
     * @param step the step; it runs after the steps added before it
     * @return this builder
     */
    public Builder tierStep(TierPolicy step) {
      this.extraSteps.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /**
     * Records a departure from a principle of the programme ({@link Principles#CHECKED}) with its
     * reason; replaces an earlier one for the same principle.
     *
     * @param principle the principle's measure id, e.g. {@code A7}
     * @param reason why the rule set departs from it, printed in results and reports
     * @return this builder
     */
    public Builder departure(String principle, String reason) {
      Objects.requireNonNull(principle, "principle");
      Objects.requireNonNull(reason, "reason");
      departures.put(principle, reason);
      return this;
    }

    /**
     * Checks the rule set whole and builds it.
     *
     * @return the rule set
     * @throws InvalidInputException listing every problem: a bad id, no indicators, a budget not met,
     *     an indicator to remove that is not there …
     */
    public RuleSet build() {
      List<Problem> all = new ArrayList<>(problems);
      if (!RuleFiles.ID.matcher(id).matches()) {
        all.add(new Problem("id", "a rule-set id is 1-64 letters, digits, '.', '-' or '_', was '" + id + "'"));
      }
      if (indicators.isEmpty()) {
        all.add(new Problem("indicators", "a rule set needs at least one indicator"));
      }
      // pillars: standard ones in the document's order, then declared, then others by appearance
      List<Pillar> order = new ArrayList<>();
      for (Pillar p : Pillar.STANDARD) {
        if (indicators.values().stream().anyMatch(i -> i.pillar().id().equals(p.id()))) {
          order.add(p);
        }
      }
      for (Pillar p : declaredPillars) {
        if (order.stream().noneMatch(q -> q.id().equals(p.id()))) {
          order.add(p);
        }
      }
      for (IndicatorSpec i : indicators.values()) {
        if (order.stream().noneMatch(q -> q.id().equals(i.pillar().id()))) {
          order.add(i.pillar());
        }
      }
      for (Pillar p : order) {
        long names = indicators.values().stream().map(IndicatorSpec::pillar).filter(q -> q.id().equals(p.id()))
            .distinct().count();
        if (names > 1) {
          all.add(new Problem("pillar " + p.id(), "indicators give this pillar different names"));
        }
      }
      Map<Pillar, Double> budgets = new LinkedHashMap<>();
      List<IndicatorSpec> grouped = new ArrayList<>();
      for (Pillar p : order) {
        double sum = 0;
        for (IndicatorSpec i : indicators.values()) {
          if (i.pillar().id().equals(p.id())) {
            sum += i.points();
            grouped.add(i);
          }
        }
        if (sum == 0) {
          all.add(new Problem("pillar " + p.id(), "the pillar is declared but has no indicators"));
        }
        budgets.put(p, sum);
      }
      for (var e : declaredBudgets.entrySet()) {
        Double actual = budgets.get(e.getKey());
        if (actual != null && Math.abs(actual - e.getValue()) > 1e-9) {
          all.add(new Problem("pillar " + e.getKey().id() + " budget",
              "the budget is " + e.getValue() + " but the pillar's indicators add up to " + actual
                  + " points; change the budget or the points"));
        }
      }
      if (total.kind() == TotalMethod.Kind.WEIGHTED_SHARES) {
        for (String pid : total.weights().keySet()) {
          if (order.stream().noneMatch(p -> p.id().equals(pid))) {
            all.add(new Problem("total.weights." + pid, "no pillar with this id has indicators"));
          }
        }
      }
      List<String> stepIds = new ArrayList<>();
      for (TierPolicy t : extraSteps) {
        if (stepIds.contains(t.id()) || TierSettings.STEPS.contains(t.id())) {
          all.add(new Problem("tier step " + t.id(), "duplicate tier-step id"));
        }
        stepIds.add(t.id());
      }
      if (!all.isEmpty()) {
        throw new InvalidInputException("rule set " + id + " is not valid", all);
      }
      indicators.clear();
      grouped.forEach(i -> indicators.put(i.id(), i));
      return new RuleSet(this, order, budgets);
    }
  }
}
