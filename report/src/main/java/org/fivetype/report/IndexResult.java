package org.fivetype.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * A composite index computed for a set of units, as {@link IndexWriters} writes it: every step's
 * values (raw, imputed, treated, normalised indicators and every aggregate), the ranks, classes if
 * the recipe has them, which cells were imputed or treated, the treatment log, and the
 * fingerprints of the recipe and data files. It knows nothing of how the index was computed (the
 * command line builds it from the composite library's result), so the writers stay apart from the
 * engine. Arrays hold one value per unit in {@link #units()} order, NaN = missing; they are copied
 * in and must not be changed through the accessors.
 *
 * @param title the recipe's name (or its file's name)
 * @param recipe the recipe file
 * @param data the data file
 * @param recipeJson the complete effective recipe as JSON text, embedded in {@code results.json}
 * @param units the unit codes, in the data's row order
 * @param names each unit's name (its code when the data have none)
 * @param groups group columns by name, a label per unit
 * @param tree the indicators and aggregates (the aggregates root first, then level by level
 *     down; then the indicators in the recipe's order)
 * @param raw each indicator's values as read
 * @param imputed each indicator's values after imputation
 * @param treated each indicator's values after outlier treatment
 * @param normalised each indicator's normalised values
 * @param scores each aggregate's values
 * @param ranks each aggregate's place per unit: 1 = best, ties sharing the best place, 0 = no value
 * @param classes the classes of the index, or null when the recipe has none
 * @param imputedCells the cells imputed, by indicator then unit order
 * @param treatedCells the cells treated, by indicator then unit order
 * @param treatment the treatment log, one row per indicator (empty when there was no treatment)
 * @param ignoredColumns the data file's columns the recipe did not use
 * @param excludedUnits the units the recipe's screening removed (too little data): they have no
 *     values after the screening and no rank
 */
@Surface(Surface.Kind.API)
public record IndexResult(String title, Source recipe, Source data, String recipeJson, List<String> units,
    List<String> names, Map<String, List<String>> groups, List<Node> tree, Map<String, double[]> raw,
    Map<String, double[]> imputed, Map<String, double[]> treated, Map<String, double[]> normalised,
    Map<String, double[]> scores, Map<String, int[]> ranks, @Nullable Classes classes, List<Cell> imputedCells,
    List<TreatedCell> treatedCells, List<TreatmentRow> treatment, List<String> ignoredColumns,
    List<String> excludedUnits) {

  /**
   * An input file.
   *
   * @param file its name as given
   * @param sha256 the SHA-256 of its bytes, lower-case hexadecimal
   */
  public record Source(String file, String sha256) {
    public Source {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /**
   * An indicator or aggregate of the tree.
   *
   * @param code its code
   * @param aggregate whether it is an aggregate (else an indicator)
   * @param parent the code of its parent, or null for a root
   * @param weight its weight in its parent
   * @param level 1 for indicators, 1 + the highest level of its children for an aggregate
   * @param method how an aggregate combines its children, or how an indicator is normalised
   * @param direction "higher" or "lower" for an indicator, null for an aggregate
   */
  public record Node(String code, boolean aggregate, @Nullable String parent, double weight, int level, String method,
      @Nullable String direction) {
    public Node {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(method, "method");
    }
  }

  /**
   * Named classes of one aggregate (bands of its value).
   *
   * @param of the aggregate classified
   * @param names the class names, from the lowest band to the highest
   * @param classOf each unit's class name, null when it has none
   */
  public record Classes(String of, List<String> names, List<@Nullable String> classOf) {
    public Classes {
      Objects.requireNonNull(of, "of");
      names = List.copyOf(names);
      classOf = Collections.unmodifiableList(new ArrayList<>(classOf));
    }
  }

  /** An imputed cell and the value put in. */
  public record Cell(String unit, String indicator, double value) {}

  /**
   * A treated cell.
   *
   * @param how what was done: e.g. {@code WINSORISED_HIGH}, {@code WINSORISED_LOW}, {@code TRANSFORMED}
   */
  public record TreatedCell(String unit, String indicator, String how, double before, double after) {}

  /**
   * One indicator's treatment (COINr's {@code TreatSummary} row and the final statistics).
   *
   * @param steps Winsorisation steps taken
   * @param pointsLow cells raised at the low end
   * @param pointsHigh cells lowered at the high end
   * @param treatment the description, e.g. "Winsorised 2 points"
   */
  public record TreatmentRow(String indicator, int steps, int pointsLow, int pointsHigh, double skewness,
      double kurtosis, boolean passed, boolean transformed, String treatment) {
    /** Cells changed by Winsorisation, both ends. */
    public int points() {
      return pointsLow + pointsHigh;
    }
  }

  public IndexResult {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(recipe, "recipe");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(recipeJson, "recipeJson");
    units = List.copyOf(units);
    names = List.copyOf(names);
    int n = units.size();
    if (names.size() != n) {
      throw new IllegalArgumentException(names.size() + " names for " + n + " units");
    }
    Map<String, List<String>> g = new LinkedHashMap<>();
    groups.forEach((k, v) -> {
      if (v.size() != n) {
        throw new IllegalArgumentException("group " + k + " has " + v.size() + " labels for " + n + " units");
      }
      g.put(k, List.copyOf(v));
    });
    groups = Collections.unmodifiableMap(g);
    tree = List.copyOf(tree);
    raw = columns(raw, n);
    imputed = columns(imputed, n);
    treated = columns(treated, n);
    normalised = columns(normalised, n);
    scores = columns(scores, n);
    Map<String, int[]> r = new LinkedHashMap<>();
    ranks.forEach((k, v) -> {
      if (v.length != n) {
        throw new IllegalArgumentException("ranks of " + k + " have " + v.length + " values for " + n + " units");
      }
      r.put(k, v.clone());
    });
    ranks = Collections.unmodifiableMap(r);
    if (classes != null && classes.classOf().size() != n) {
      throw new IllegalArgumentException("classes for " + classes.classOf().size() + " of " + n + " units");
    }
    imputedCells = List.copyOf(imputedCells);
    treatedCells = List.copyOf(treatedCells);
    treatment = List.copyOf(treatment);
    ignoredColumns = List.copyOf(ignoredColumns);
    excludedUnits = List.copyOf(excludedUnits);
    for (Node node : tree) {
      Map<String, double[]> where = node.aggregate() ? scores : normalised;
      if (!where.containsKey(node.code())) {
        throw new IllegalArgumentException("no values for " + node.code());
      }
    }
  }

  private static Map<String, double[]> columns(Map<String, double[]> in, int n) {
    Map<String, double[]> out = new LinkedHashMap<>();
    in.forEach((k, v) -> {
      if (v.length != n) {
        throw new IllegalArgumentException("column " + k + " has " + v.length + " values for " + n + " units");
      }
      out.put(k, v.clone());
    });
    return Collections.unmodifiableMap(out);
  }

  /** The aggregates, root first, then level by level down. */
  public List<Node> aggregates() {
    return tree.stream().filter(Node::aggregate).toList();
  }

  /** The indicators, in the recipe's order. */
  public List<Node> indicators() {
    return tree.stream().filter(x -> !x.aggregate()).toList();
  }

  /** The index the ranking is by: the first root aggregate. */
  public String index() {
    return aggregates().get(0).code();
  }

  /**
   * An aggregate's values, one per unit (not a copy: not to be changed).
   *
   * @throws IllegalArgumentException if {@code code} is not an aggregate of {@link #scores()}
   */
  public double[] score(String code) {
    double[] v = scores.get(code);
    if (v == null) {
      throw new IllegalArgumentException("no scores for " + code + "; aggregates: " + scores.keySet());
    }
    return v;
  }

  /**
   * An aggregate's places, one per unit: 1 = best, 0 = no value (not a copy: not to be changed).
   *
   * @throws IllegalArgumentException if {@code code} is not an aggregate of {@link #ranks()}
   */
  public int[] rank(String code) {
    int[] v = ranks.get(code);
    if (v == null) {
      throw new IllegalArgumentException("no ranks for " + code + "; ranked: " + ranks.keySet());
    }
    return v;
  }

  /** An indicator's column of one step ({@link #raw()}, {@link #imputed()} …), for the writers. */
  static double[] column(Map<String, double[]> step, String code) {
    double[] v = step.get(code);
    if (v == null) {
      throw new IllegalArgumentException("no values for " + code + "; columns: " + step.keySet());
    }
    return v;
  }

  /** The units' row indexes by rank on {@link #index()} (units without a value last, by code). */
  public List<Integer> byRank() {
    int[] rank = rank(index());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> {
      int ra = rank[a] == 0 ? Integer.MAX_VALUE : rank[a];
      int rb = rank[b] == 0 ? Integer.MAX_VALUE : rank[b];
      return ra != rb ? Integer.compare(ra, rb) : units.get(a).compareTo(units.get(b));
    });
    return order;
  }
}
