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

/**
 * Runs a {@link Recipe}, collecting every problem. Columns stay primitive {@code double[]} from
 * input to index: a step allocates a new array only for a column it changes (an indicator without
 * missing values is not copied by imputation, an untreated one not by treatment), the tables of
 * the steps share the unit list and its index, and the aggregation tree works column by column
 * (the same additions per unit, in the same order, as {@link Aggregation#apply}).
 */
final class RecipeRun {
  private RecipeRun() {}

  static RecipeResult run(Recipe r, Table data, Map<String, ? extends List<String>> groups) {
    List<Problem> problems = new ArrayList<>();
    List<Recipe.Indicator> inds = r.indicators();
    int kinds = inds.size();
    int n = data.size();
    for (Recipe.Indicator i : inds) {
      if (!data.hasColumn(i.code())) {
        problems.add(new Problem("data", "no column for indicator " + i.code()));
      }
      if (i.denominator() != null && !data.hasColumn(i.denominator())) {
        problems.add(new Problem("data", "no denominator column " + i.denominator()
            + " for indicator " + i.code()));
      }
    }
    String @Nullable [] imputeLabels = null;
    if (r.imputing() != null && r.imputing().groupBy() != null) {
      imputeLabels = labels(r.imputing().groupBy(), groups, n, problems);
    }
    String @Nullable [] normLabels = null;
    if (r.normaliseGroupBy() != null) {
      normLabels = labels(r.normaliseGroupBy(), groups, n, problems);
    }
    fail(problems, "cannot run the recipe on these data");

    Table.Units units = data.unitIndex();
    double[][] cur = new double[kinds][];
    // 0. denominate: v / (d / scale)
    for (int k = 0; k < kinds; k++) {
      Recipe.Indicator ind = inds.get(k);
      double[] x = data.raw(ind.code());
      if (ind.denominator() == null) {
        cur[k] = x;
        continue;
      }
      double[] d = data.raw(ind.denominator());
      double scale = ind.scale();
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        if (d[i] == 0 && !Double.isNaN(x[i])) {
          problems.add(new Problem("unit " + units.codes.get(i) + ", indicator " + ind.code(),
              "the denominator " + ind.denominator() + " is 0"));
        }
        y[i] = x[i] / (d[i] / scale);
      }
      cur[k] = y;
    }
    fail(problems, "cannot denominate");
    Table denominated = table(units, inds, cur);

    // screening before imputation
    Table screened = null;
    List<String> excluded = List.of();
    Recipe.Screening screen = r.screening();
    if (screen != null && screen.stage() == Recipe.ScreenStage.DENOMINATED) {
      boolean[] keep = screen(cur, screen.threshold(), n);
      excluded = dropped(units, keep);
      if (!excluded.isEmpty()) {
        Subset s = subset(units, keep, cur, imputeLabels, normLabels, problems);
        units = s.units;
        imputeLabels = s.impute;
        normLabels = s.norm;
        n = units.size();
      }
      screened = table(units, inds, cur);
    }
    fail(problems, "cannot screen the units");

    // 1. imputation
    Map<String, Set<String>> imputedCells = new LinkedHashMap<>();
    int[] imputeGroup = ids(imputeLabels);
    for (int k = 0; k < kinds; k++) {
      Recipe.Indicator ind = inds.get(k);
      double[] x = cur[k];
      Set<String> cells = new LinkedHashSet<>();
      imputedCells.put(ind.code(), cells);
      if (r.imputing() == null || !hasMissing(x)) {
        continue;
      }
      if (!imputable(ind.code(), x, imputeGroup, imputeLabels, units.codes, problems)) {
        continue;
      }
      boolean[] flags = new boolean[n];
      double[] y = new double[n];
      Imputation.column(x, imputeGroup, r.imputing().method(), y, flags);
      for (int i = 0; i < n; i++) {
        if (flags[i]) {
          cells.add(units.codes.get(i));
        }
      }
      cur[k] = y;
    }
    fail(problems, "cannot impute");
    Table imputed = table(units, inds, cur);

    if (screen != null && screen.stage() == Recipe.ScreenStage.IMPUTED) {
      boolean[] keep = screen(cur, screen.threshold(), n);
      excluded = dropped(units, keep);
      if (!excluded.isEmpty()) {
        Subset s = subset(units, keep, cur, imputeLabels, normLabels, problems);
        units = s.units;
        normLabels = s.norm;
        n = units.size();
        for (Set<String> cells : imputedCells.values()) {
          cells.removeAll(excluded);
        }
      }
      screened = table(units, inds, cur);
    }
    fail(problems, "cannot screen the units");
    if (screened == null) {
      screened = table(units, inds, cur);
    }

    // 2. transformation, then outlier treatment
    for (int k = 0; k < kinds; k++) {
      Transformation t = inds.get(k).transformation();
      if (t == null) {
        continue;
      }
      double[] y = new double[n];
      try {
        t.apply(cur[k], y);
        cur[k] = y;
      } catch (IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        problems.add(new Problem("indicator " + inds.get(k).code(), message
            .replaceFirst("^row (\\d+)", "unit " + unitOf(units, message))));
      }
    }
    fail(problems, "cannot transform");
    Map<String, Map<String, OutlierTreatment.Flag>> treatedCells = new LinkedHashMap<>();
    List<TreatmentLog> log = new ArrayList<>();
    for (int k = 0; k < kinds; k++) {
      Recipe.Indicator ind = inds.get(k);
      Map<String, OutlierTreatment.Flag> cells = new LinkedHashMap<>();
      treatedCells.put(ind.code(), cells);
      OutlierTreatment.Spec spec = ind.untreated() ? null
          : ind.treatment() != null ? ind.treatment() : r.treatment();
      if (spec == null) {
        continue;
      }
      OutlierTreatment.Flag[] flags = new OutlierTreatment.Flag[n];
      double[] y = new double[n];
      TreatmentLog l;
      try {
        l = OutlierTreatment.column(ind.code(), cur[k], spec, y, flags);
      } catch (IllegalStateException | IllegalArgumentException e) {
        problems.add(new Problem("indicator " + ind.code(), String.valueOf(e.getMessage())));
        continue;
      }
      log.add(l);
      if (l.steps() > 0 || l.transformed()) {
        cur[k] = y;
        for (int i = 0; i < n; i++) {
          if (flags[i] != OutlierTreatment.Flag.NONE) {
            cells.put(units.codes.get(i), flags[i]);
          }
        }
      }
    }
    fail(problems, "cannot treat outliers");
    Table treated = table(units, inds, cur);

    // 3. normalisation
    int[] normGroup = ids(normLabels);
    LinkedHashMap<String, double[]> all = new LinkedHashMap<>();
    for (int k = 0; k < kinds; k++) {
      Recipe.Indicator ind = inds.get(k);
      Normaliser how = ind.normaliser() != null ? ind.normaliser() : r.normaliser();
      double[] y = new double[n];
      try {
        how.apply(cur[k], normGroup, ind.direction(), units.codes, y);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem("indicator " + ind.code(), String.valueOf(e.getMessage())));
      }
      cur[k] = y;
      all.put(ind.code(), y);
    }
    fail(problems, "cannot normalise");
    Table normalised = table(units, inds, cur);

    // 4. aggregation, from the leaves up, column by column
    Map<String, Double> given = new HashMap<>();
    inds.forEach(i -> given.put(i.code(), i.weight()));
    r.aggregates().forEach(a -> given.put(a.code(), a.weight()));
    Map<String, Double> used = new LinkedHashMap<>();
    boolean missingAllowed = false;
    for (Recipe.Aggregate a : r.aggregates()) {
      missingAllowed |= a.dataThreshold() > 0;
    }
    boolean[] failed = new boolean[n];
    double[] scratch = new double[n];
    int[] count = new int[n];
    final Table.Units u = units;
    for (Recipe.Aggregate a : r.bottomUp()) {
      List<String> kids = r.children(a.code());
      double[] w = new double[kids.size()];
      double[][] cols = new double[kids.size()][];
      for (int k = 0; k < kids.size(); k++) {
        cols[k] = all.get(kids.get(k));
        w[k] = r.weights() == Weights.EQUAL ? 1
            : requireNonNull(given.get(kids.get(k)), "every child is an indicator or an aggregate");
      }
      if (r.weights() == Weights.PCA) {
        try {
          w = Weights.firstComponent(cols, kids.toArray(new String[0]));
        } catch (IllegalArgumentException e) {
          problems.add(new Problem("aggregate " + a.code(), String.valueOf(e.getMessage())));
          all.put(a.code(), new double[n]);
          continue;
        }
      }
      for (int k = 0; k < kids.size(); k++) {
        used.put(kids.get(k), w[k]);
      }
      double[] out = new double[n];
      a.aggregation().columns(cols, w, a.dataThreshold(), out, scratch, count, (i, message) -> {
        if (!failed[i]) { // reported once per unit, not again at every level above
          failed[i] = true;
          problems.add(new Problem("unit " + u.codes.get(i) + ", aggregate " + a.code(),
              message));
        }
      });
      if (!missingAllowed) {
        for (int i = 0; i < n; i++) {
          if (Double.isNaN(out[i]) && !failed[i]) {
            failed[i] = true;
            problems.add(new Problem("unit " + u.codes.get(i) + ", aggregate " + a.code(),
                "every component is missing, nothing to aggregate"));
          }
        }
      }
      all.put(a.code(), out);
    }
    fail(problems, "cannot aggregate");
    for (Recipe.Aggregate a : r.aggregates()) {
      if (a.parent() == null) {
        used.put(a.code(), a.weight());
      }
    }
    Table aggregated = Table.wrap(units, all);

    // 5. classes
    @Nullable Map<String, String> classes = null;
    Classes c = r.classes();
    if (c != null) {
      classes = new LinkedHashMap<>();
      double[] v = aggregated.raw(c.column());
      for (int i = 0; i < n; i++) {
        String name = c.classify(v[i]);
        if (name != null) {
          classes.put(units.codes.get(i), name);
        }
      }
    }
    return new RecipeResult(denominated, screened, excluded, imputed, imputedCells, treated,
        treatedCells, log, normalised, aggregated, used, classes);
  }

  private static String unitOf(Table.Units units, String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^row (\\d+)").matcher(message);
    return m.find() ? units.codes.get(Integer.parseInt(m.group(1))) : "?";
  }

  private static Table table(Table.Units units, List<Recipe.Indicator> inds, double[][] cols) {
    LinkedHashMap<String, double[]> m = new LinkedHashMap<>();
    for (int k = 0; k < inds.size(); k++) {
      m.put(inds.get(k).code(), cols[k]);
    }
    return Table.wrap(units, m);
  }

  private static boolean hasMissing(double[] x) {
    for (double v : x) {
      if (Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  /** Which units keep: share of present indicators ≥ threshold (COINr: excluded if below). */
  private static boolean[] screen(double[][] cols, double threshold, int n) {
    int[] present = new int[n];
    for (double[] c : cols) {
      for (int i = 0; i < n; i++) {
        present[i] += !Double.isNaN(c[i]) ? 1 : 0;
      }
    }
    boolean[] keep = new boolean[n];
    for (int i = 0; i < n; i++) {
      keep[i] = !((double) present[i] / cols.length < threshold);
    }
    return keep;
  }

  private static List<String> dropped(Table.Units units, boolean[] keep) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (!keep[i]) {
        out.add(units.codes.get(i));
      }
    }
    return out;
  }

  private record Subset(Table.Units units, String @Nullable [] impute, String @Nullable [] norm) {}

  private static Subset subset(Table.Units units, boolean[] keep, double[][] cols,
      String @Nullable [] impute, String @Nullable [] norm, List<Problem> problems) {
    int m = 0;
    for (boolean b : keep) {
      m += b ? 1 : 0;
    }
    if (m == 0) {
      problems.add(new Problem("screening", "every unit falls below the data-availability"
          + " threshold; nothing is left to rank"));
    }
    List<String> codes = new ArrayList<>(m);
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        codes.add(units.codes.get(i));
      }
    }
    for (int k = 0; k < cols.length; k++) {
      cols[k] = keepRows(cols[k], keep, m);
    }
    return new Subset(new Table.Units(codes), keepRows(impute, keep, m), keepRows(norm, keep, m));
  }

  private static double[] keepRows(double[] x, boolean[] keep, int m) {
    double[] y = new double[m];
    int j = 0;
    for (int i = 0; i < x.length; i++) {
      if (keep[i]) {
        y[j++] = x[i];
      }
    }
    return y;
  }

  private static String @Nullable [] keepRows(String @Nullable [] x, boolean[] keep, int m) {
    if (x == null) {
      return null;
    }
    String[] y = new String[m];
    int j = 0;
    for (int i = 0; i < x.length; i++) {
      if (keep[i]) {
        y[j++] = x[i];
      }
    }
    return y;
  }

  private static boolean imputable(String code, double[] x, int @Nullable [] group, String @Nullable [] labels,
      List<String> units, List<Problem> problems) {
    int n = x.length;
    int groups = 1;
    if (group != null) {
      for (int g : group) {
        groups = Math.max(groups, g + 1);
      }
    }
    boolean[] hasValue = new boolean[groups];
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(x[i])) {
        hasValue[group == null ? 0 : group[i]] = true;
      }
    }
    boolean ok = true;
    boolean[] reported = new boolean[groups];
    for (int i = 0; i < n; i++) {
      int g = group == null ? 0 : group[i];
      if (Double.isNaN(x[i]) && !hasValue[g] && !reported[g]) {
        reported[g] = true;
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
