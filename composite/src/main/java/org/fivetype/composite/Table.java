package org.fivetype.composite;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * An immutable table of numbers: units (rows, by code) × columns (indicators or aggregates, by
 * code), NaN meaning missing. The input and every step's output of a {@link Recipe}.
 *
 * <p>Columns are primitive {@code double[]} arrays that never leave the table: {@link #column}
 * hands out a copy. The steps of a run share the unit list and its code → row index (built once,
 * on first use) and share every column a step did not change, so a run copies no column it does
 * not rewrite.
 */
@Surface(Surface.Kind.API)
public final class Table {
  private final Units units;
  private final LinkedHashMap<String, double[]> columns;
  private @Nullable List<String> columnList;

  /** The unit codes of a table, shared by the tables of one run; the index is built lazily. */
  static final class Units {
    final ImmutableList<String> codes;
    private volatile @Nullable Map<String, Integer> row;

    Units(List<String> codes) {
      this.codes = ImmutableList.copyOf(codes);
    }

    int size() {
      return codes.size();
    }

    int indexOf(String unit) {
      Map<String, Integer> r = row;
      if (r == null) {
        Map<String, Integer> m = new HashMap<>(codes.size() * 2);
        for (int i = 0; i < codes.size(); i++) {
          if (m.put(codes.get(i), i) != null) {
            throw new IllegalArgumentException("duplicate unit " + codes.get(i));
          }
        }
        row = r = m;
      }
      return r.getOrDefault(unit, -1);
    }
  }

  @SuppressWarnings("NonApiType") // the columns' order is the map's: a LinkedHashMap says so in the type
  private Table(Units units, LinkedHashMap<String, double[]> columns) {
    this.units = units;
    this.columns = columns;
  }

  /**
   * A table of the given units and columns (each column one value per unit, in the units'
   * order; copied).
   *
   * @throws IllegalArgumentException on duplicate units or a column of the wrong length
   */
  public static Table of(List<String> units, Map<String, double[]> columns) {
    Units u = new Units(units);
    u.indexOf(""); // checks for duplicates now
    LinkedHashMap<String, double[]> c = new LinkedHashMap<>();
    columns.forEach((k, v) -> {
      Objects.requireNonNull(k, "column code");
      Objects.requireNonNull(v, k);
      c.put(k, v.clone());
    });
    return wrap(u, c);
  }

  /** The unit codes, in row order. */
  public List<String> units() {
    return units.codes;
  }

  /** The column codes, in order. */
  public List<String> columns() {
    List<String> l = columnList;
    if (l == null) {
      columnList = l = List.copyOf(columns.keySet());
    }
    return l;
  }

  /** Whether there is a column of that code. */
  public boolean hasColumn(String code) {
    return columns.containsKey(code);
  }

  /** A copy of one column, one value per unit in row order. */
  public double[] column(String code) {
    return raw(code).clone();
  }

  /** One cell (NaN if missing). */
  public double value(String unit, String column) {
    int i = units.indexOf(unit);
    if (i < 0) {
      throw new IllegalArgumentException("no unit " + unit);
    }
    return raw(column)[i];
  }

  /** One cell by row index (NaN if missing). */
  public double value(int row, String column) {
    return raw(column)[row];
  }

  /** The row index of a unit, or −1. */
  public int indexOf(String unit) {
    return units.indexOf(unit);
  }

  /** The number of units (rows). */
  public int size() {
    return units.size();
  }

  double[] raw(String code) {
    double[] c = columns.get(code);
    if (c == null) {
      throw new IllegalArgumentException("no column " + code);
    }
    return c;
  }

  Units unitIndex() {
    return units;
  }

  /** A table over shared units with the given columns, taken as they are (no copy). */
  @SuppressWarnings("NonApiType") // the columns' order is the map's: a LinkedHashMap says so in the type
  static Table wrap(Units units, LinkedHashMap<String, double[]> columns) {
    columns.forEach((k, v) -> {
      if (v.length != units.size()) {
        throw new IllegalArgumentException("column " + k + " has " + v.length + " values for "
            + units.size() + " units");
      }
    });
    return new Table(units, columns);
  }

  @Override
  public String toString() {
    return "Table[" + units.size() + " units × " + columns.size() + " columns]";
  }
}
