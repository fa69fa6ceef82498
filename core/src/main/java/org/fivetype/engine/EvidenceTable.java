package org.fivetype.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.jspecify.annotations.Nullable;

/**
 * One year's evidence, checked and laid out for a {@link ScoringPlan}: units (sorted by id, so
 * the order of input rows never matters) × the plan's indicators, as one {@code double[]} column
 * per indicator, NaN where evidence is missing. Immutable.
 *
 * <p>Made by {@link ScoringPlan#table} from {@link Observation}s, or, for large inputs that are
 * already numbers (a database cursor, a columnar file, a generator), by {@link #builder}, which
 * writes straight into the columns without an object per value.
 */
@Surface(Surface.Kind.API)
public final class EvidenceTable {

  private final ScoringPlan plan;
  private final int year;
  private final List<Unit> units;
  private final double[][] columns;
  private final Supplier<String> fingerprinter;
  private volatile @Nullable String inputFingerprint;
  private final int[] categoryGroups;
  /** Per unit, how many indicators have no value: counted as the cells were set. */
  private final int[] missingCounts;

  private EvidenceTable(ScoringPlan plan, int year, List<Unit> units, double[][] columns, int[] present,
      String fingerprint) {
    this(plan, year, units, columns, present, () -> fingerprint);
    this.inputFingerprint = fingerprint;
  }

  /** {@code present}: per unit, how many cells were set (it becomes the missing counts). */
  private EvidenceTable(ScoringPlan plan, int year, List<Unit> units, double[][] columns, int[] present,
      Supplier<String> fingerprinter) {
    this.plan = plan;
    this.year = year;
    this.units = units;
    this.columns = columns;
    int m = columns.length;
    for (int u = 0; u < present.length; u++) {
      present[u] = m - present[u];
    }
    this.missingCounts = present;
    this.fingerprinter = fingerprinter;
    java.util.TreeMap<String, Integer> cats = new java.util.TreeMap<>();
    units.forEach(u -> cats.put(u.category(), 0));
    int k = 0;
    for (var e : cats.entrySet()) {
      e.setValue(k++);
    }
    this.categoryGroups = new int[units.size()];
    for (int u = 0; u < units.size(); u++) {
      categoryGroups[u] = requireNonNull(cats.get(units.get(u).category()));
    }
  }

  /**
   * Per unit, how many indicators have no value (NaN in {@link #columns()}); counted while the
   * table was filled, so that {@code assess} need not test every value again. Not to be modified.
   */
  int[] missingCounts() {
    return missingCounts;
  }

  /** Each unit's category as a small integer (categories numbered in sorted order). */
  int[] categoryGroups() {
    return categoryGroups;
  }

  /**
   * Checks units and observations against the plan and lays them out. Observations of other
   * years are not part of this year's input and are left out (also of the fingerprint).
   *
   * @throws InvalidInputException with every problem found: no units, duplicate unit ids,
   *     observations for unknown units or indicators, duplicate (unit, year, indicator), values
   *     outside a rule's domain
   */
  static EvidenceTable build(ScoringPlan plan, int year, Collection<Unit> units, Collection<Observation> observations) {
    List<Problem> problems = new ArrayList<>();
    List<Unit> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparing(Unit::id));
    Map<String, Integer> unitIndex = new HashMap<>(sorted.size() * 2);
    for (int u = 0; u < sorted.size(); u++) {
      if (unitIndex.putIfAbsent(sorted.get(u).id(), u) != null) {
        problems.add(new Problem("unit " + sorted.get(u).id(), "the unit id appears more than once"));
      }
    }
    if (sorted.isEmpty()) {
      problems.add(new Problem("units", "there are no units to assess"));
    }
    int n = sorted.size();
    int m = plan.indicatorCount();
    double[][] cols = new double[m][n];
    for (double[] c : cols) {
      Arrays.fill(c, Double.NaN);
    }
    List<Observation> used = new ArrayList<>();
    int[] present = new int[n];
    for (Observation o : observations) {
      if (o.year() != year) {
        continue;
      }
      Integer u = unitIndex.get(o.unitId());
      int i = plan.indexOf(o.indicator());
      String where = "observation " + o.unitId() + " / " + year + " / " + o.indicator();
      if (u == null) {
        problems.add(new Problem(where, "unknown unit \"" + o.unitId() + "\": it is not among the units"));
        continue;
      }
      if (i < 0) {
        problems.add(new Problem(where, "unknown indicator \"" + o.indicator() + "\": not in rule set "
            + plan.ruleSet().id()));
        continue;
      }
      if (!Double.isNaN(cols[i][u])) {
        problems.add(new Problem(where, "duplicate: this unit already has a value for this indicator and year"));
        continue;
      }
      String bad = plan.rule(i).invalidReason(o.value());
      if (bad != null) {
        problems.add(new Problem(where, "value " + o.value() + " is out of range: expected " + bad));
        continue;
      }
      cols[i][u] = o.value();
      present[u]++;
      used.add(o);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("the evidence for " + year + " is not valid", problems);
    }
    return new EvidenceTable(plan, year, List.copyOf(sorted), cols, present, fingerprint(year, sorted, used));
  }

  private static Hasher fingerprintHead(int year, List<Unit> units) {
    Hasher h = Hashing.sha256().newHasher();
    h.putString("fivetype-input/1\nyear " + year + "\n", StandardCharsets.UTF_8);
    for (Unit u : units) {
      h.putString("unit\t" + u.id() + "\t" + u.name().zh() + "\t" + u.name().en() + "\t" + u.kind() + "\t"
          + u.category() + "\n", StandardCharsets.UTF_8);
    }
    return h;
  }

  private static String fingerprint(int year, List<Unit> units, List<Observation> used) {
    Hasher h = fingerprintHead(year, units);
    List<Observation> obs = new ArrayList<>(used);
    obs.sort(Comparator.comparing(Observation::unitId).thenComparing(Observation::indicator));
    for (Observation o : obs) {
      h.putString("obs\t" + o.unitId() + "\t" + o.indicator() + "\t" + Double.toString(o.value()) + "\t"
          + o.source() + "\n", StandardCharsets.UTF_8);
    }
    return h.hash().toString();
  }

  /** {@return the plan this table was laid out for} */
  public ScoringPlan plan() {
    return plan;
  }

  /** {@return the assessment year} */
  public int year() {
    return year;
  }

  /** {@return the units, sorted by id} */
  public List<Unit> units() {
    return units;
  }

  /**
   * The value of unit {@code u} (index in {@link #units()}) for indicator {@code i}, NaN if missing.
   *
   * @param u the unit's index in {@link #units()}
   * @param i the indicator's index in the plan ({@link ScoringPlan#indexOf})
   * @return the value, or NaN if missing
   */
  public double value(int u, int i) {
    return columns[i][u];
  }

  /**
   * The value for a unit and indicator id, NaN if missing.
   *
   * @param unitId the unit's id
   * @param indicator the indicator's id
   * @return the value, or NaN if missing
   * @throws IllegalArgumentException if the table has no such unit or the plan no such indicator
   */
  public double value(String unitId, IndicatorId indicator) {
    int u = indexOfUnit(unitId);
    int i = plan.indexOf(indicator);
    if (u < 0 || i < 0) {
      throw new IllegalArgumentException("no such unit or indicator: " + unitId + ", " + indicator);
    }
    return columns[i][u];
  }

  int indexOfUnit(String unitId) {
    int lo = 0;
    int hi = units.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = units.get(mid).id().compareTo(unitId);
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  double[][] columns() {
    return columns;
  }

  private volatile double @Nullable [][] imputed;

  /**
   * The columns with each missing value replaced by the mean of the present values of the same
   * category (COINr {@code indgroup_mean}); a category without any value stays missing. Worked
   * out once, on first use, for plans evaluated with {@code imputeMissing}.
   */
  double[][] imputedColumns() {
    double[][] c = imputed;
    if (c == null) {
      c = new double[columns.length][];
      int groups = 0;
      for (int g : categoryGroups) {
        groups = Math.max(groups, g + 1);
      }
      for (int i = 0; i < columns.length; i++) {
        double[] v = columns[i];
        double[] sum = new double[groups];
        int[] count = new int[groups];
        for (int u = 0; u < v.length; u++) {
          if (!Double.isNaN(v[u])) {
            sum[categoryGroups[u]] += v[u];
            count[categoryGroups[u]]++;
          }
        }
        double[] out = v.clone();
        for (int u = 0; u < v.length; u++) {
          int g = categoryGroups[u];
          if (Double.isNaN(out[u]) && count[g] > 0) {
            out[u] = sum[g] / count[g];
          }
        }
        c[i] = out;
      }
      imputed = c;
    }
    return c;
  }

  /**
   * The SHA-256 of the year, the units and this year's observations, in a canonical order. A
   * table from a {@link #builder} has the fingerprint of the same values given as observations
   * without a source; it is worked out on the first call.
   *
   * @return 64 lower-case hex digits
   */
  public String inputFingerprint() {
    String f = inputFingerprint;
    if (f == null) {
      synchronized (this) { // worked out once, also when asked from two threads
        f = inputFingerprint;
        if (f == null) {
          f = fingerprinter.get();
          inputFingerprint = f;
        }
      }
    }
    return f;
  }

  /**
   * The fingerprint of columns set through a builder: the same bytes as {@link #fingerprint} of
   * the same values given as observations with their sources (absent: ""), fed to the hash in
   * large blocks rather than a string per value.
   *
   * @param sourceAt per indicator, the index into {@code sources} of each unit's source, or null
   *     when every value of the column has source 0
   */
  private static String fingerprint(ScoringPlan plan, int year, List<Unit> units, double[][] cols, int[][] sourceAt,
      List<String> sources) {
    Hasher h = fingerprintHead(year, units);
    Integer[] order = new Integer[plan.indicatorCount()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(plan::id));
    byte[][] idBytes = new byte[order.length][];
    for (int i = 0; i < order.length; i++) {
      idBytes[i] = plan.id(i).toString().getBytes(StandardCharsets.UTF_8);
    }
    byte[][] sourceBytes = new byte[sources.size()][];
    for (int k = 0; k < sourceBytes.length; k++) {
      sourceBytes[k] = sources.get(k).getBytes(StandardCharsets.UTF_8);
    }
    DoubleText numbers = new DoubleText();
    byte[] buf = new byte[1 << 16];
    int len = 0;
    for (int u = 0; u < units.size(); u++) {
      byte[] unit = units.get(u).id().getBytes(StandardCharsets.UTF_8);
      for (int i : order) {
        double v = cols[i][u];
        if (Double.isNaN(v)) {
          continue;
        }
        byte[] num = numbers.of(v);
        byte[] src = sourceBytes[sourceAt[i] == null ? 0 : sourceAt[i][u]];
        int need = 8 + unit.length + idBytes[i].length + num.length + src.length;
        if (len + need > buf.length) {
          h.putBytes(buf, 0, len);
          len = 0;
          if (need > buf.length) {
            buf = new byte[need];
          }
        }
        buf[len++] = 'o';
        buf[len++] = 'b';
        buf[len++] = 's';
        buf[len++] = '\t';
        len = put(buf, len, unit);
        buf[len++] = '\t';
        len = put(buf, len, idBytes[i]);
        buf[len++] = '\t';
        len = put(buf, len, num);
        buf[len++] = '\t';
        len = put(buf, len, src);
        buf[len++] = '\n';
      }
    }
    h.putBytes(buf, 0, len);
    return h.hash().toString();
  }

  private static int put(byte[] buf, int at, byte[] b) {
    System.arraycopy(b, 0, buf, at, b.length);
    return at + b.length;
  }

  /**
   * {@link Double#toString(double)} as ASCII bytes, remembered for the last values seen in a small
   * direct-mapped cache (evidence repeats values: rates to a few decimals, counts).
   */
  private static final class DoubleText {
    private static final int SIZE = 1 << 12;
    private final long[] keys = new long[SIZE];
    private final byte[][] texts = new byte[SIZE][];

    byte[] of(double v) {
      long bits = Double.doubleToRawLongBits(v);
      long x = bits * 0x9E3779B97F4A7C15L;
      int k = (int) (x >>> 52);
      byte[] t = texts[k];
      if (t != null && keys[k] == bits) {
        return t;
      }
      t = Double.toString(v).getBytes(StandardCharsets.ISO_8859_1);
      keys[k] = bits;
      texts[k] = t;
      return t;
    }
  }

  /**
   * Starts a table for {@code units}, to be filled value by value: for large inputs that are
   * already numbers, without an {@link Observation} object per value. Units may come in any
   * order; the table sorts them by id as {@link ScoringPlan#table} does. The values are checked as
   * {@link ScoringPlan#table} checks observations, and {@link Builder#build()} reports every
   * problem together.
   *
   * <pre>{@code
   * EvidenceTable.Builder b = EvidenceTable.builder(plan, 2024, units);
   * b.set(0, plan.indexOf(IndicatorId.of("L7.research-days")), 20); // the first unit given
   * EvidenceTable table = b.build();
   * }</pre>
   *
   * @param plan the plan the table is for
   * @param year the assessment year
   * @param units the units; a duplicate id is a problem reported by {@link Builder#build()}
   * @return an empty builder: every value missing
   */
  public static Builder builder(ScoringPlan plan, int year, Collection<Unit> units) {
    return new Builder(plan, year, units);
  }

  /**
   * Fills an {@link EvidenceTable} value by value (see {@link EvidenceTable#builder}). A cell left
   * unset is missing evidence. Not thread-safe; used once: {@link #build()} hands its columns to
   * the table.
   */
  public static final class Builder {
    private final ScoringPlan plan;
    private final int year;
    private final List<Unit> sorted;
    private final int[] position;
    private final Map<String, Integer> givenIndex;
    private final double[][] cols;
    /** Per unit (in sorted order), how many cells were set. */
    private final int[] present;
    /**
     * Per indicator, each unit's source as an index into {@link #sources}; null while every value
     * of the column has source 0, the first source given (usually the only one: no array at all).
     */
    private final int[][] sourceAt;
    private final List<String> sources = new ArrayList<>();
    private final Map<String, Integer> sourceIndex = new HashMap<>();
    private @Nullable String lastSource;
    private int lastSourceIndex;
    private final List<Problem> problems = new ArrayList<>();
    private boolean built;

    private Builder(ScoringPlan plan, int year, Collection<Unit> units) {
      if (year < 1900 || year > 9999) {
        throw new IllegalArgumentException("year " + year + " is out of range 1900-9999");
      }
      this.plan = java.util.Objects.requireNonNull(plan, "plan");
      this.year = year;
      List<Unit> given = List.copyOf(units);
      int n = given.size();
      Integer[] order = new Integer[n];
      for (int u = 0; u < n; u++) {
        order[u] = u;
      }
      Arrays.sort(order, Comparator.comparing(u -> given.get(u).id()));
      position = new int[n];
      List<Unit> s = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        position[order[k]] = k;
        s.add(given.get(order[k]));
      }
      sorted = List.copyOf(s);
      givenIndex = new HashMap<>(n * 2);
      for (int u = 0; u < n; u++) {
        if (givenIndex.putIfAbsent(given.get(u).id(), u) != null) {
          problems.add(new Problem("unit " + given.get(u).id(), "the unit id appears more than once"));
        }
      }
      if (n == 0) {
        problems.add(new Problem("units", "there are no units to assess"));
      }
      cols = new double[plan.indicatorCount()][n];
      present = new int[n];
      for (double[] c : cols) {
        Arrays.fill(c, Double.NaN);
      }
      sourceAt = new int[plan.indicatorCount()][];
    }

    /**
     * Sets the value of unit {@code u} for indicator {@code i}.
     *
     * @param u the index of the unit in the collection given to {@link EvidenceTable#builder}
     * @param i the index of the indicator in the plan ({@link ScoringPlan#indexOf})
     * @param value the value; a non-finite value, a value outside the rule's domain or a second
     *     value for the same cell is a problem reported by {@link #build()}
     * @return this builder
     * @throws IndexOutOfBoundsException if {@code u} or {@code i} is out of range
     */
    public Builder set(int u, int i, double value) {
      return set(u, i, value, "");
    }

    /**
     * Sets the value of unit {@code u} for indicator {@code i}, with its source (who supplied it,
     * as {@link Observation#source()}): part of the input fingerprint, which then equals that of
     * the same observations given to {@link ScoringPlan#table}.
     *
     * @param u the index of the unit in the collection given to {@link EvidenceTable#builder}
     * @param i the index of the indicator in the plan ({@link ScoringPlan#indexOf})
     * @param value the value, checked as by {@link #set(int, int, double)}
     * @param source the source, "" when not stated
     * @return this builder
     * @throws IndexOutOfBoundsException if {@code u} or {@code i} is out of range
     * @see #set(int, int, double)
     */
    public Builder set(int u, int i, double value, String source) {
      java.util.Objects.requireNonNull(source, "source");
      if (built) {
        throw new IllegalStateException("the table was already built");
      }
      double[] c = cols[java.util.Objects.checkIndex(i, cols.length)];
      int row = position[java.util.Objects.checkIndex(u, position.length)];
      String bad = !Double.isFinite(value) ? "a finite number (leave missing evidence unset)"
          : plan.rule(i).invalidReason(value);
      if (bad != null || !Double.isNaN(c[row])) {
        String where = "value " + sorted.get(row).id() + " / " + year + " / " + plan.id(i);
        problems.add(new Problem(where, bad != null ? "value " + value + " is out of range: expected " + bad
            : "duplicate: this unit already has a value for this indicator and year"));
        return this;
      }
      c[row] = value;
      present[row]++;
      int k;
      if (source.equals(lastSource)) { // String.equals tries identity first
        k = lastSourceIndex;
      } else {
        k = sourceIndex.computeIfAbsent(source, s -> {
          sources.add(s);
          return sources.size() - 1;
        });
        lastSource = source;
        lastSourceIndex = k;
      }
      if (k != 0) {
        if (sourceAt[i] == null) {
          sourceAt[i] = new int[position.length];
        }
        sourceAt[i][row] = k;
      }
      return this;
    }

    /**
     * Sets the value of a unit and indicator given by id; an unknown unit or indicator is a
     * problem reported by {@link #build()}.
     *
     * @param unitId the unit's id
     * @param indicator the indicator's id
     * @param value the value, checked as by {@link #set(int, int, double)}
     * @return this builder
     */
    public Builder set(String unitId, IndicatorId indicator, double value) {
      return set(unitId, indicator, value, "");
    }

    /**
     * As {@link #set(String, IndicatorId, double)}, with the value's source ("" when not stated).
     *
     * @param unitId the unit's id
     * @param indicator the indicator's id
     * @param value the value, checked as by {@link #set(int, int, double)}
     * @param source who supplied it
     * @return this builder
     */
    public Builder set(String unitId, IndicatorId indicator, double value, String source) {
      Integer u = givenIndex.get(unitId);
      int i = plan.indexOf(indicator);
      if (u == null || i < 0) {
        problems.add(new Problem("value " + unitId + " / " + year + " / " + indicator, u == null
            ? "unknown unit \"" + unitId + "\": it is not among the units"
            : "unknown indicator \"" + indicator + "\": not in rule set " + plan.ruleSet().id()));
        return this;
      }
      return set(u, i, value, source);
    }

    /**
     * The table.
     *
     * @return the table, every cell not set missing
     * @throws InvalidInputException with every problem found
     * @throws IllegalStateException if called twice
     */
    public EvidenceTable build() {
      if (built) {
        throw new IllegalStateException("the table was already built");
      }
      built = true;
      if (!problems.isEmpty()) {
        throw new InvalidInputException("the evidence for " + year + " is not valid", problems);
      }
      ScoringPlan p = plan;
      int y = year;
      List<Unit> us = sorted;
      double[][] c = cols;
      int[][] at = sourceAt;
      List<String> src = List.copyOf(sources);
      return new EvidenceTable(p, y, us, c, present, () -> fingerprint(p, y, us, c, at, src));
    }
  }
}
