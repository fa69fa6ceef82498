package org.fivetype.composite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable table of numbers: units (rows, by code) × columns (indicators or aggregates, by
 * code), NaN meaning missing. The input and every step's output of a {@link Recipe}.
 */
public final class Table {
  private final ImmutableList<String> units;
  private final ImmutableMap<String, Integer> row;
  private final ImmutableMap<String, double[]> columns;

  private Table(List<String> units, Map<String, double[]> columns) {
    this.units = ImmutableList.copyOf(units);
    ImmutableMap.Builder<String, Integer> r = ImmutableMap.builder();
    for (int i = 0; i < units.size(); i++) {
      r.put(units.get(i), i);
    }
    this.row = r.buildOrThrow();
    ImmutableMap.Builder<String, double[]> c = ImmutableMap.builder();
    columns.forEach((k, v) -> {
      Objects.requireNonNull(v, k);
      if (v.length != units.size()) {
        throw new IllegalArgumentException("column " + k + " has " + v.length + " values for "
            + units.size() + " units");
      }
      c.put(k, v.clone());
    });
    this.columns = c.buildOrThrow();
  }

  /**
   * A table of the given units and columns (each column one value per unit, in the units'
   * order; copied).
   *
   * @throws IllegalArgumentException on duplicate units or a column of the wrong length
   */
  public static Table of(List<String> units, Map<String, double[]> columns) {
    return new Table(units, columns);
  }

  /** The unit codes, in row order. */
  public List<String> units() {
    return units;
  }

  /** The column codes, in order. */
  public List<String> columns() {
    return columns.keySet().asList();
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
    Integer i = row.get(unit);
    if (i == null) {
      throw new IllegalArgumentException("no unit " + unit);
    }
    return raw(column)[i];
  }

  /** The row index of a unit, or −1. */
  public int indexOf(String unit) {
    return row.getOrDefault(unit, -1);
  }

  double[] raw(String code) {
    double[] c = columns.get(code);
    if (c == null) {
      throw new IllegalArgumentException("no column " + code);
    }
    return c;
  }

  /** A table with the same units and the given columns, taken as they are (no copy). */
  static Table wrap(List<String> units, LinkedHashMap<String, double[]> columns) {
    return new Table(units, columns);
  }

  @Override
  public String toString() {
    return "Table[" + units.size() + " units × " + columns.size() + " columns]";
  }
}
