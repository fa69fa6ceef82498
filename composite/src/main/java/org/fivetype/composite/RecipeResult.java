package org.fivetype.composite;

import org.fivetype.api.Surface;
import org.fivetype.scale.Normalisation;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fivetype.api.Direction;
import org.jspecify.annotations.Nullable;

/**
 * Every step's output of a {@link Recipe} run: the imputed, treated, normalised and aggregated
 * tables (COINr's {@code Data$Imputed}, {@code Data$Treated}, {@code Data$Normalised}, {@code
 * Data$Aggregated}), which cells were imputed, which were treated and how, and the treatment log
 * ({@code TreatSummary}). Immutable.
 */
@Surface(Surface.Kind.API)
public final class RecipeResult {
  private final Table denominated;
  private final Table screened;
  private final ImmutableList<String> excludedUnits;
  private final ImmutableMap<String, Double> weights;
  private final @Nullable ImmutableMap<String, String> classes;
  private final Table imputed;
  private final ImmutableMap<String, ImmutableSet<String>> imputedCells;
  private final Table treated;
  private final ImmutableMap<String, ImmutableMap<String, OutlierTreatment.Flag>> treatedCells;
  private final ImmutableList<TreatmentLog> treatmentLog;
  private final Table normalised;
  private final Table aggregated;

  RecipeResult(Table denominated, Table screened, List<String> excludedUnits, Table imputed,
      Map<String, Set<String>> imputedCells, Table treated,
      Map<String, Map<String, OutlierTreatment.Flag>> treatedCells, List<TreatmentLog> log,
      Table normalised, Table aggregated, Map<String, Double> weights,
      @Nullable Map<String, String> classes) {
    this.denominated = denominated;
    this.screened = screened;
    this.excludedUnits = ImmutableList.copyOf(excludedUnits);
    this.weights = ImmutableMap.copyOf(weights);
    this.classes = classes == null ? null : ImmutableMap.copyOf(classes);
    this.imputed = imputed;
    ImmutableMap.Builder<String, ImmutableSet<String>> ic = ImmutableMap.builder();
    imputedCells.forEach((k, v) -> ic.put(k, ImmutableSet.copyOf(v)));
    this.imputedCells = ic.buildOrThrow();
    this.treated = treated;
    ImmutableMap.Builder<String, ImmutableMap<String, OutlierTreatment.Flag>> tc =
        ImmutableMap.builder();
    treatedCells.forEach((k, v) -> tc.put(k, ImmutableMap.copyOf(v)));
    this.treatedCells = tc.buildOrThrow();
    this.treatmentLog = ImmutableList.copyOf(log);
    this.normalised = normalised;
    this.aggregated = aggregated;
  }

  /**
   * The indicators after denominating (COINr's {@code Data$Denominated}); the input's indicator
   * columns where an indicator has no denominator.
   */
  public Table denominated() {
    return denominated;
  }

  /**
   * The indicators of the units kept by the screening, at the stage it was done (COINr's {@code
   * Data$Screened}); without screening, the imputed table.
   */
  public Table screened() {
    return screened;
  }

  /** The units removed by the screening, in input order (empty without screening). */
  public List<String> excludedUnits() {
    return excludedUnits;
  }

  /**
   * The weight each indicator and aggregate had in its parent's aggregation: the recipe's, 1 under
   * equal weights, or the principal-component loading.
   */
  public Map<String, Double> weights() {
    return weights;
  }

  /**
   * The class of each unit (unit → class name, in row order; units without a value left out) when
   * the recipe declares {@link Classes}, else an empty map.
   */
  public Map<String, String> classes() {
    return classes == null ? Map.of() : classes;
  }

  /** The indicators after imputation (the input's indicator columns if there was none). */
  public Table imputed() {
    return imputed;
  }

  /** Per indicator, the units whose value was imputed (every indicator is a key). */
  public Map<String, Set<String>> imputedCells() {
    @SuppressWarnings("unchecked")
    Map<String, Set<String>> m = (Map<String, Set<String>>) (Map<String, ?>) imputedCells;
    return m;
  }

  /**
   * The indicators after transformation and outlier treatment (the imputed ones if there was
   * neither).
   */
  public Table treated() {
    return treated;
  }

  /** Per indicator, the treated units and how (only treated cells; every indicator is a key). */
  public Map<String, Map<String, OutlierTreatment.Flag>> treatedCells() {
    @SuppressWarnings("unchecked")
    Map<String, Map<String, OutlierTreatment.Flag>> m =
        (Map<String, Map<String, OutlierTreatment.Flag>>) (Map<String, ?>) treatedCells;
    return m;
  }

  /** The treatment log, one entry per indicator in order (empty if there was no treatment). */
  public List<TreatmentLog> treatmentLog() {
    return treatmentLog;
  }

  /** The indicators after normalisation. */
  public Table normalised() {
    return normalised;
  }

  /** The normalised indicators followed by every aggregate, from the leaves up. */
  public Table aggregated() {
    return aggregated;
  }

  /**
   * The place of each unit on a column of the aggregated table: 1 = highest value, ties sharing
   * the best place (R's {@code rank(-x, ties.method = "min")}, as COINr's results tables), from
   * the unrounded values; units without a value are left out.
   */
  public Map<String, Integer> places(String column) {
    double[] v = aggregated.column(column);
    double[] p = new double[v.length];
    Normalisation.place(v, null, Direction.HIGHER_IS_BETTER, p);
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < v.length; i++) {
      if (!Double.isNaN(p[i])) {
        out.put(aggregated.units().get(i), (int) p[i]);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
