package org.fivetype.composite;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Numbers;
import org.fivetype.api.Problem;
import org.jspecify.annotations.Nullable;

/** Runs a {@link Recipe}: the four steps, collecting every problem. */
final class RecipeRun {
  private RecipeRun() {}

  static RecipeResult run(Recipe r, Table data, Map<String, ? extends List<String>> groups) {
    List<Problem> problems = new ArrayList<>();
    List<String> units = data.units();
    int n = units.size();
    for (Recipe.Indicator i : r.indicators()) {
      if (!data.hasColumn(i.code())) {
        problems.add(new Problem("data", "no column for indicator " + i.code()));
      }
    }
    int[] imputeGroup = null;
    String[] imputeLabels = null;
    if (r.imputing() != null && r.imputing().groupBy() != null) {
      imputeLabels = labels(r.imputing().groupBy(), groups, n, problems);
      imputeGroup = ids(imputeLabels);
    }
    int[] normGroup = null;
    if (r.normaliseGroupBy() != null) {
      normGroup = ids(labels(r.normaliseGroupBy(), groups, n, problems));
    }
    fail(problems, "cannot run the recipe on these data");

    // 1. imputation
    LinkedHashMap<String, double[]> imputed = new LinkedHashMap<>();
    Map<String, Set<String>> imputedCells = new LinkedHashMap<>();
    for (Recipe.Indicator ind : r.indicators()) {
      double[] x = data.column(ind.code());
      Set<String> cells = new LinkedHashSet<>();
      if (r.imputing() != null) {
        if (!imputable(ind.code(), x, imputeGroup, imputeLabels, units, problems)) {
          continue;
        }
        boolean[] flags = new boolean[n];
        Imputation.column(x, imputeGroup, r.imputing().method(), x, flags);
        for (int i = 0; i < n; i++) {
          if (flags[i]) {
            cells.add(units.get(i));
          }
        }
      }
      imputed.put(ind.code(), x);
      imputedCells.put(ind.code(), cells);
    }
    fail(problems, "cannot impute");
    Table imputedTable = Table.wrap(units, imputed);

    // 2. outlier treatment
    LinkedHashMap<String, double[]> treated = new LinkedHashMap<>();
    Map<String, Map<String, OutlierTreatment.Flag>> treatedCells = new LinkedHashMap<>();
    List<TreatmentLog> log = new ArrayList<>();
    for (Recipe.Indicator ind : r.indicators()) {
      double[] x = imputedTable.column(ind.code());
      Map<String, OutlierTreatment.Flag> cells = new LinkedHashMap<>();
      if (r.treatment() != null) {
        OutlierTreatment.Flag[] flags = new OutlierTreatment.Flag[n];
        try {
          log.add(OutlierTreatment.column(ind.code(), x, r.treatment(), x, flags));
        } catch (IllegalStateException e) {
          problems.add(new Problem("indicator " + ind.code(), String.valueOf(e.getMessage())));
          continue;
        }
        for (int i = 0; i < n; i++) {
          if (flags[i] != OutlierTreatment.Flag.NONE) {
            cells.put(units.get(i), flags[i]);
          }
        }
      }
      treated.put(ind.code(), x);
      treatedCells.put(ind.code(), cells);
    }
    fail(problems, "cannot treat outliers");
    Table treatedTable = Table.wrap(units, treated);

    // 3. normalisation
    LinkedHashMap<String, double[]> normalised = new LinkedHashMap<>();
    for (Recipe.Indicator ind : r.indicators()) {
      double[] x = treatedTable.column(ind.code());
      Normaliser how = ind.normaliser() != null ? ind.normaliser() : r.normaliser();
      try {
        how.apply(x, normGroup, ind.direction(), units, x);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem("indicator " + ind.code(), String.valueOf(e.getMessage())));
      }
      normalised.put(ind.code(), x);
    }
    fail(problems, "cannot normalise");
    Table normalisedTable = Table.wrap(units, normalised);

    // 4. aggregation, from the leaves up
    Map<String, Double> weights = new HashMap<>();
    r.indicators().forEach(i -> weights.put(i.code(), i.weight()));
    r.aggregates().forEach(a -> weights.put(a.code(), a.weight()));
    Set<Integer> failedUnits = new java.util.HashSet<>();
    LinkedHashMap<String, double[]> aggregated = new LinkedHashMap<>();
    normalised.forEach((k, v) -> aggregated.put(k, v.clone()));
    for (Recipe.Aggregate a : r.bottomUp()) {
      List<String> kids = r.children(a.code());
      double[] w = new double[kids.size()];
      double[][] cols = new double[kids.size()][];
      for (int k = 0; k < kids.size(); k++) {
        w[k] = requireNonNull(weights.get(kids.get(k)));
        cols[k] = aggregated.get(kids.get(k));
      }
      double[] out = new double[n];
      double[] v = new double[kids.size()];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < kids.size(); k++) {
          v[k] = cols[k][i];
        }
        try {
          out[i] = a.aggregation().apply(v, w);
        } catch (IllegalArgumentException e) {
          if (failedUnits.add(i)) { // reported once per unit, not again at every level above
            problems.add(new Problem("unit " + units.get(i) + ", aggregate " + a.code(),
                String.valueOf(e.getMessage())));
          }
          out[i] = Double.NaN;
          continue;
        }
        if (Double.isNaN(out[i]) && failedUnits.add(i)) {
          problems.add(new Problem("unit " + units.get(i) + ", aggregate " + a.code(),
              "every component is missing, nothing to aggregate"));
        }
      }
      aggregated.put(a.code(), out);
    }
    fail(problems, "cannot aggregate");
    return new RecipeResult(imputedTable, imputedCells, treatedTable, treatedCells, log,
        normalisedTable, Table.wrap(units, aggregated));
  }

  private static boolean imputable(String code, double[] x, int @Nullable [] group, String @Nullable [] labels,
      List<String> units, List<Problem> problems) {
    int n = x.length;
    Map<Integer, Boolean> hasValue = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int g = group == null ? 0 : group[i];
      hasValue.merge(g, !Double.isNaN(x[i]), Boolean::logicalOr);
    }
    boolean ok = true;
    Set<Integer> reported = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      int g = group == null ? 0 : group[i];
      if (Double.isNaN(x[i]) && !requireNonNull(hasValue.get(g)) && reported.add(g)) {
        problems.add(new Problem("indicator " + code,
            group == null ? "every value is missing, nothing to impute from"
                : "every value of group " + (labels == null ? "" : labels[i]) + " is missing (e.g. unit " + units.get(i)
                    + "), nothing to impute from"));
        ok = false;
      }
    }
    return ok;
  }

  private static String @Nullable [] labels(String column, Map<String, ? extends List<String>> groups, int n,
      List<Problem> problems) {
    List<String> l = groups.get(column);
    if (l == null) {
      problems.add(new Problem("data", "no group column " + column));
      return null;
    }
    if (l.size() != n) {
      problems.add(new Problem("data", "group column " + column + " has " + l.size()
          + " labels for " + n + " units"));
      return null;
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = l.get(i);
      if (out[i] == null) {
        problems.add(new Problem("data", "group column " + column + ": no label for unit " + i));
      }
    }
    return out;
  }

  private static int @Nullable [] ids(String @Nullable [] labels) {
    if (labels == null) {
      return null;
    }
    Map<String, Integer> id = new HashMap<>();
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = id.computeIfAbsent(String.valueOf(labels[i]), k -> id.size());
    }
    return out;
  }

  private static void fail(List<Problem> problems, String summary) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(summary, problems);
    }
  }

  static String fmt(double v) {
    return Numbers.format(v);
  }
}
