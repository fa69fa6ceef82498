package org.fivetype.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * A wide table read by {@link UnitTables}: one row per unit (countries, regions, schools, any
 * kind), a number column per indicator and label columns for groups.
 *
 * @param file the file's name, for messages
 * @param idColumn the header of the column the unit codes came from
 * @param nameColumn the header of the column the unit names came from, or null when there is none
 * @param units the unit codes, in the file's row order
 * @param names each unit's name (its code when the file has no name, or the cell is empty), in row
 *     order
 * @param columns the indicator columns asked for, in the order asked, one value per unit in row
 *     order, NaN = missing (an empty cell or {@code NA})
 * @param groups the group columns asked for, one label per unit in row order
 * @param ignored the header cells of the columns not used (other data the file holds), in order
 */
@Surface(Surface.Kind.API)
public record UnitTable(String file, String idColumn, @Nullable String nameColumn, List<String> units, List<String> names,
    Map<String, double[]> columns, Map<String, List<String>> groups, List<String> ignored) {

  /**
   * Checks the components and copies them, the columns' arrays too.
   *
   * @param file the file's name, for messages
   * @param idColumn the header of the column the unit codes came from
   * @param nameColumn the header of the column the unit names came from, or null
   * @param units the unit codes, in row order
   * @param names each unit's name, in row order
   * @param columns the indicator columns, one value per unit in row order
   * @param groups the group columns, one label per unit in row order
   * @param ignored the header cells of the columns not used
   * @throws IllegalArgumentException if a list or column does not have one entry per unit
   */
  public UnitTable {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(idColumn, "idColumn");
    units = List.copyOf(units);
    names = List.copyOf(names);
    if (names.size() != units.size()) {
      throw new IllegalArgumentException(names.size() + " names for " + units.size() + " units");
    }
    int n = units.size();
    Map<String, double[]> c = new LinkedHashMap<>();
    columns.forEach((k, v) -> {
      if (v.length != n) {
        throw new IllegalArgumentException("column " + k + " has " + v.length + " values for " + n + " units");
      }
      c.put(k, v.clone());
    });
    columns = Collections.unmodifiableMap(c);
    Map<String, List<String>> g = new LinkedHashMap<>();
    groups.forEach((k, v) -> g.put(k, List.copyOf(v)));
    groups = Collections.unmodifiableMap(g);
    ignored = List.copyOf(ignored);
  }

  /**
   * A copy of one indicator column.
   *
   * @param code the indicator's column header
   * @return its values, one per unit in row order
   * @throws IllegalArgumentException if the table has no such column
   */
  public double[] column(String code) {
    double[] c = columns.get(code);
    if (c == null) {
      throw new IllegalArgumentException("no column " + code);
    }
    return c.clone();
  }
}
