package org.fivetype.composite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fivetype.api.Direction;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.composite.OutlierTreatment.Spec;
import org.jspecify.annotations.Nullable;

/**
 * A composite-indicator recipe: the steps of the JRC/OECD Handbook (and of a COINr build)
 * chained over an indicator tree — denominate → screen → impute → (screen) → transform → treat
 * outliers → normalise → aggregate → classify — built from
 * Java ({@link #builder()}) or read from a strict JSON file ({@link #fromJson(Path)}; the format
 * is in {@code docs/composite.md}). Immutable and thread-safe; {@link #run} gives every step's
 * output in a {@link RecipeResult}.
 *
 * <p>Steps: (0) indicators with a denominator are divided by it, and units with too little data
 * are screened out (before or after imputation, {@link Screening}); (1) if set, each indicator's
 * missing values are imputed ({@link Imputation}) over all units or within a group column; (2) an
 * indicator's {@link Transformation}, if any, is applied; (2b) if set, each indicator is treated
 * for outliers ({@link OutlierTreatment}); (3) each indicator is normalised by its own {@link Normaliser} or the
 * recipe's, with its {@link Direction}, over all units or within a group column; (4) each
 * aggregate combines its children (indicators or aggregates) with their weights by its {@link
 * Aggregation}, from the leaves up, the weights being the recipe's, equal, or the first principal
 * component's ({@link Weights}); (5) the {@link Classes}, if any, are cut.
 */
@Surface(Surface.Kind.API)
public final class Recipe {

  /**
   * An indicator: a leaf of the tree.
   *
   * @param code the column of the data
   * @param direction which end is better; lower-is-better values are flipped by normalisation
   * @param weight its weight in its parent's aggregation, ≥ 0
   * @param parent the code of the aggregate it belongs to
   * @param normaliser its own normalisation, or null for the recipe's
   * @param denominator the column it is divided by (COINr {@code Denominate}), or null
   * @param scale the denominator's scale: the value becomes {@code v / (d / scale)} (COINr 1.x
   *     {@code ScaleFactor}, {@code R/denominate.R}: {@code dcol <- denoms / ScaleFactor}); 1 by
   *     default
   * @param transformation applied before treatment and normalisation, or null
   * @param treatment its own outlier treatment, or null for the recipe's
   * @param untreated true to leave it out of the outlier treatment (COINr's {@code indiv_specs =
   *     list(code = "none")})
   */
  public record Indicator(String code, Direction direction, double weight, String parent,
      @Nullable Normaliser normaliser, @Nullable String denominator, double scale,
      @Nullable Transformation transformation, @Nullable Spec treatment,
      boolean untreated) {

    /** An indicator without denominator, transformation or treatment of its own. */
    public Indicator(String code, Direction direction, double weight, String parent,
        @Nullable Normaliser normaliser) {
      this(code, direction, weight, parent, normaliser, null, 1, null, null, false);
    }

    public Indicator {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(parent, "parent");
    }
  }

  /**
   * An aggregate: an inner node of the tree (pillar, sub-index, index).
   *
   * @param code its code, the column of the aggregated table
   * @param weight its weight in its parent's aggregation, ≥ 0 (unused for a root)
   * @param parent the code of the aggregate above, or null for a root
   * @param aggregation how it combines its children
   * @param dataThreshold the least share of children present for a unit to get a value (COINr
   *     1.x {@code Aggregate(dat_thresh)}); below it the unit's aggregate is missing, and a missing
   *     aggregate is no error. 0 (the default) = any one child suffices, and a unit with none is an
   *     error.
   */
  public record Aggregate(String code, double weight, @Nullable String parent, Aggregation aggregation,
      double dataThreshold) {

    /** An aggregate without a data-availability threshold. */
    public Aggregate(String code, double weight, @Nullable String parent, Aggregation aggregation) {
      this(code, weight, parent, aggregation, 0);
    }

    public Aggregate {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(aggregation, "aggregation");
      if (!(dataThreshold >= 0 && dataThreshold <= 1)) {
        throw new IllegalArgumentException(code + ": dataThreshold must be in [0, 1], was "
            + dataThreshold);
      }
    }
  }

  /**
   * The imputation step.
   *
   * @param method mean or median
   * @param groupBy the group column whose units form each scope, or null for all units
   */
  public record Imputing(Imputation.Method method, @Nullable String groupBy) {
    public Imputing {
      Objects.requireNonNull(method, "method");
    }
  }

  /** When units are screened for data availability. */
  public enum ScreenStage {
    /** On the data as given (after denominating), before imputation: the default. */
    DENOMINATED,
    /** After imputation (COINr's example: {@code Screen(dset = "Imputed")}). */
    IMPUTED
  }

  /**
   * Screening of units by data availability (COINr 1.x {@code Screen(unit_screen = "byNA")},
   * {@code R/screen_units.R}): a unit is removed when the share of its indicators with a value is
   * below the threshold ({@code LowData = Dat_Avail < dat_thresh}; equal to the threshold stays).
   *
   * @param threshold the least share of present indicators, in [0, 1]
   * @param stage when to screen
   */
  public record Screening(double threshold, ScreenStage stage) {
    public Screening {
      Objects.requireNonNull(stage, "stage");
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("screening threshold must be in [0, 1], was "
            + threshold);
      }
    }
  }

  private final @Nullable String name;
  private final @Nullable Screening screening;
  private final Weights weights;
  private final @Nullable Classes classes;
  private final @Nullable Imputing imputing;
  private final @Nullable Spec treatment;
  private final Normaliser normaliser;
  private final @Nullable String normaliseGroupBy;
  private final ImmutableList<Indicator> indicators;
  private final ImmutableList<Aggregate> aggregates;
  /** Aggregates in an order where every child comes before its parent. */
  private final ImmutableList<Aggregate> bottomUp;
  private final Map<String, List<String>> children;

  private Recipe(Builder b, String where) {
    this.name = b.name;
    this.screening = b.screening;
    this.weights = b.weights;
    this.classes = b.classes;
    this.imputing = b.imputing;
    this.treatment = b.treatment;
    this.normaliser = b.normaliser == null ? Normaliser.none() : b.normaliser; // none is refused below
    this.normaliseGroupBy = b.normaliseGroupBy;
    this.indicators = ImmutableList.copyOf(b.indicators);
    this.aggregates = ImmutableList.copyOf(b.aggregates);
    List<Problem> problems = new ArrayList<>();
    Map<String, List<String>> kids = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Aggregate a : aggregates) {
      if (!seen.add(a.code())) {
        problems.add(new Problem(where, "duplicate code " + a.code()));
      }
      kids.put(a.code(), new ArrayList<>());
      weight(where, a.code(), a.weight(), problems);
    }
    if (b.normaliser == null) {
      problems.add(new Problem(where, "no normalisation given"));
    }
    if (indicators.isEmpty()) {
      problems.add(new Problem(where, "no indicators"));
    }
    for (Indicator i : indicators) {
      if (!seen.add(i.code())) {
        problems.add(new Problem(where, "duplicate code " + i.code()));
      }
      weight(where, i.code(), i.weight(), problems);
      if (!kids.containsKey(i.parent())) {
        problems.add(new Problem(where, "indicator " + i.code() + ": parent " + i.parent()
            + " is not an aggregate"));
      } else {
        kids.get(i.parent()).add(i.code());
      }
    }
    for (Aggregate a : aggregates) {
      if (a.parent() != null) {
        if (!kids.containsKey(a.parent())) {
          problems.add(new Problem(where, "aggregate " + a.code() + ": parent " + a.parent()
              + " is not an aggregate"));
        } else {
          kids.get(a.parent()).add(a.code());
        }
      }
    }
    if (classes != null && !seen.contains(classes.column())) {
      problems.add(new Problem(where, "classes: " + classes.column()
          + " is neither an indicator nor an aggregate"));
    }
    for (Indicator i : indicators) {
      if (i.denominator() != null && (!Double.isFinite(i.scale()) || i.scale() == 0)) {
        problems.add(new Problem(where, "indicator " + i.code()
            + ": the denominator's scale must be a finite number other than 0, was " + i.scale()));
      }
    }
    kids.forEach((k, v) -> {
      if (v.isEmpty()) {
        problems.add(new Problem(where, "aggregate " + k + " has nothing to aggregate"));
      }
    });
    // order bottom-up, detecting cycles
    Map<String, Aggregate> byCode = new HashMap<>();
    aggregates.forEach(a -> byCode.put(a.code(), a));
    List<Aggregate> order = new ArrayList<>();
    Map<String, Integer> state = new HashMap<>();
    for (Aggregate a : aggregates) {
      visit(a.code(), byCode, kids, state, order, problems, where);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("invalid composite recipe" + (name == null ? "" : " " + name),
          problems);
    }
    // level of an aggregate: 1 + the highest level among its children (indicators are level 1);
    // aggregates are computed and listed level by level, in the order given within a level (as
    // COINr's Data$Aggregated)
    Map<String, Integer> level = new HashMap<>();
    for (Aggregate a : order) {
      int lv = 2;
      for (String k : kids.getOrDefault(a.code(), List.of())) {
        lv = Math.max(lv, level.getOrDefault(k, 1) + 1);
      }
      level.put(a.code(), lv);
    }
    List<Aggregate> byLevel = new ArrayList<>(aggregates);
    byLevel.sort(java.util.Comparator.comparingInt(a -> level.get(a.code())));
    this.bottomUp = ImmutableList.copyOf(byLevel);
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.children = java.util.Collections.unmodifiableMap(frozen);
  }

  private static void visit(String code, Map<String, Aggregate> byCode,
      Map<String, List<String>> kids, Map<String, Integer> state, List<Aggregate> order,
      List<Problem> problems, String where) {
    Integer s = state.get(code);
    if (s != null) {
      if (s == 1) {
        problems.add(new Problem(where, "aggregate " + code + " is its own ancestor"));
      }
      return;
    }
    state.put(code, 1);
    for (String k : kids.getOrDefault(code, List.of())) {
      if (byCode.containsKey(k)) {
        visit(k, byCode, kids, state, order, problems, where);
      }
    }
    state.put(code, 2);
    order.add(byCode.get(code));
  }

  private static void weight(String where, String code, double w, List<Problem> problems) {
    if (!Double.isFinite(w) || w < 0) {
      problems.add(new Problem(where, code + ": weight must be a finite number ≥ 0, was " + w));
    }
  }

  /** A builder for a recipe made in Java. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a recipe from a JSON tree. Unknown keys, wrong types and missing fields are errors
   * naming their JSON path; all problems are reported together.
   *
   * @param source a name for the problems' places, e.g. the file name
   * @throws InvalidInputException listing every problem
   */
  public static Recipe fromJson(JsonNode root, String source) {
    return RecipeJson.read(root, source);
  }

  /** Reads a recipe from a JSON stream (see {@link #fromJson(JsonNode, String)}). */
  public static Recipe fromJson(InputStream in, String source) throws IOException {
    return fromJson(new ObjectMapper().readTree(in), source);
  }

  /** Reads a recipe from a JSON file (see {@link #fromJson(JsonNode, String)}). */
  public static Recipe fromJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in, file.getFileName().toString());
    }
  }

  /** The recipe's name, or null. */
  public @Nullable String name() {
    return name;
  }

  /** The screening of units, or null when there is none. */
  public @Nullable Screening screening() {
    return screening;
  }

  /** Where the children's weights come from ({@link Weights#GIVEN} by default). */
  public Weights weights() {
    return weights;
  }

  /** The classes of the results, or null. */
  public @Nullable Classes classes() {
    return classes;
  }

  /** The imputation step, or null when there is none. */
  public @Nullable Imputing imputing() {
    return imputing;
  }

  /** The outlier treatment step, or null when there is none. */
  public @Nullable Spec treatment() {
    return treatment;
  }

  /** The default normalisation. */
  public Normaliser normaliser() {
    return normaliser;
  }

  /** The group column within which normalisation is done, or null for all units. */
  public @Nullable String normaliseGroupBy() {
    return normaliseGroupBy;
  }

  /** The indicators, in order. */
  public List<Indicator> indicators() {
    return indicators;
  }

  /** The aggregates, in the order given. */
  public List<Aggregate> aggregates() {
    return aggregates;
  }

  /** The codes of an aggregate's children, in order (indicators first, then aggregates). */
  public List<String> children(String aggregate) {
    List<String> c = children.get(aggregate);
    if (c == null) {
      throw new IllegalArgumentException("no aggregate " + aggregate);
    }
    return c;
  }

  /** Runs the recipe on data without group columns. */
  public RecipeResult run(Table data) {
    return run(data, Map.of());
  }

  /**
   * Runs the recipe.
   *
   * @param data one column per indicator (other columns are ignored), NaN = missing
   * @param groups group columns by name, each one label per unit in the data's row order (needed
   *     for {@code groupBy} of imputation or normalisation)
   * @throws InvalidInputException listing every problem: missing columns, a group with nothing to
   *     impute from, a column that cannot be Winsorised further, a unit with no value left for an
   *     aggregate, a negative value under a geometric mean, …
   */
  public RecipeResult run(Table data, Map<String, ? extends List<String>> groups) {
    return RecipeRun.run(this, data, groups);
  }

  /** Aggregates from the leaves up (package use). */
  List<Aggregate> bottomUp() {
    return bottomUp;
  }

  /** Builds a {@link Recipe}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable Screening screening;
    private Weights weights = Weights.GIVEN;
    private @Nullable Classes classes;
    private @Nullable Imputing imputing;
    private @Nullable Spec treatment;
    private @Nullable Normaliser normaliser;
    private @Nullable String normaliseGroupBy;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Aggregate> aggregates = new ArrayList<>();

    private Builder() {}

    /** A name, for messages. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Screens units by data availability ({@link Screening}). */
    public Builder screen(double threshold, ScreenStage stage) {
      this.screening = new Screening(threshold, stage);
      return this;
    }

    /** Where the children's weights come from. */
    public Builder weights(Weights w) {
      this.weights = Objects.requireNonNull(w, "weights");
      return this;
    }

    /** Classes of a result column. */
    public Builder classes(Classes c) {
      this.classes = c;
      return this;
    }

    /** Adds an aggregate. */
    public Builder aggregate(Aggregate a) {
      aggregates.add(Objects.requireNonNull(a, "aggregate"));
      return this;
    }

    /** Imputes by the method, within the group column {@code groupBy} (null = all units). */
    public Builder impute(Imputation.Method method, @Nullable String groupBy) {
      this.imputing = new Imputing(method, groupBy);
      return this;
    }

    /** Treats outliers with the given parameters. */
    public Builder treat(OutlierTreatment.Spec spec) {
      this.treatment = Objects.requireNonNull(spec, "spec");
      return this;
    }

    /** The default normalisation, over all units. */
    public Builder normalise(Normaliser n) {
      return normalise(n, null);
    }

    /** The default normalisation, within the group column {@code groupBy} (null = all units). */
    public Builder normalise(Normaliser n, @Nullable String groupBy) {
      this.normaliser = Objects.requireNonNull(n, "normaliser");
      this.normaliseGroupBy = groupBy;
      return this;
    }

    /** Adds an indicator normalised by the recipe's default. */
    public Builder indicator(String code, Direction direction, double weight, String parent) {
      return indicator(new Indicator(code, direction, weight, parent, null));
    }

    /** Adds an indicator. */
    public Builder indicator(Indicator i) {
      indicators.add(Objects.requireNonNull(i, "indicator"));
      return this;
    }

    /** Adds an aggregate ({@code parent} null for a root). */
    public Builder aggregate(String code, double weight, @Nullable String parent, Aggregation how) {
      aggregates.add(new Aggregate(code, weight, parent, how));
      return this;
    }

    /**
     * The recipe.
     *
     * @throws InvalidInputException if the tree is not sound (unknown parents, duplicates, cycles,
     *     empty aggregates, bad weights) or no normalisation is set
     */
    public Recipe build() {
      return new Recipe(this, name == null ? "recipe" : name);
    }

    Recipe build(String where) {
      return new Recipe(this, where);
    }
  }
}
