package org.fivetype.input;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * Reads a wide table of units from CSV ({@code .csv}) or XLSX ({@code .xlsx}, first sheet): one
 * row per unit, one column per indicator, label columns for groups, as composite indices take
 * their data (COINr's {@code iData}). The file is checked whole: every problem, up to the cap, is
 * reported with its file, row and column and what was expected, and nothing is returned then.
 *
 * <p>The rules: the header is row 1; the unit code column is named by the caller or found by its
 * usual names ({@link #ID_COLUMNS}, without regard to case), likewise an optional name column
 * ({@link #NAME_COLUMNS}); every indicator and group column asked for must be there, exactly once
 * (names match exactly; a name that differs only in case is pointed out); unit codes are
 * non-empty and unique; an indicator cell is a decimal number, or empty or {@code NA} for a
 * missing value; a group cell is a non-empty label; nothing stands beyond the header's columns.
 * Other columns (denominators, years, notes) are allowed and listed in {@link UnitTable#ignored()}.
 */
@Surface(Surface.Kind.API)
public final class UnitTables {
  private UnitTables() {}

  /** The headers taken for the unit code column when none is named, in order of preference. */
  public static final List<String> ID_COLUMNS = List.of("unit_id", "uCode", "UnitCode", "code");
  /** The headers taken for the unit name column when none is named, in order of preference. */
  public static final List<String> NAME_COLUMNS = List.of("name", "name_en", "uName", "UnitName");

  /**
   * What to read.
   *
   * @param idColumn the header of the unit code column, or null to find it among {@link #ID_COLUMNS}
   * @param nameColumn the header of the unit name column, or null to find it among {@link #NAME_COLUMNS}
   *     (optional)
   * @param indicators the indicator columns (numbers), each required
   * @param groups the group columns (labels), each required
   */
  public record Spec(String idColumn, String nameColumn, List<String> indicators, List<String> groups) {
    /**
     * Copies the lists, each column once in its first place.
     *
     * @param idColumn the header of the unit code column, or null to find it
     * @param nameColumn the header of the unit name column, or null to find it
     * @param indicators the indicator columns (numbers), each required
     * @param groups the group columns (labels), each required
     */
    public Spec {
      indicators = List.copyOf(new LinkedHashSet<>(indicators));
      groups = List.copyOf(new LinkedHashSet<>(groups));
    }
  }

  /**
   * Reads and checks a wide table.
   *
   * @param path the file (CSV or XLSX)
   * @param spec what to read
   * @param options how the file is read
   * @return the table
   * @throws InvalidInputException with every problem of the file (up to the cap of {@code options})
   */
  public static UnitTable read(Path path, Spec spec, ReadOptions options) {
    Objects.requireNonNull(spec, "spec");
    Problems problems = new Problems(options.maxProblems());
    UnitTable t = read(path, spec, options, problems);
    problems.throwIfAny("the data file " + path.getFileName() + " is not valid");
    return Objects.requireNonNull(t, "a table is read whole when there is no problem");
  }

  private static @Nullable UnitTable read(Path path, Spec spec, ReadOptions options, Problems problems) {
    String file = path.getFileName().toString();
    try (Rows rows = open(path, options)) {
      String[] header = rows.header();
      int w = header.length;
      while (w > 0 && header[w - 1].isEmpty()) {
        w--; // trailing empty header cells are not columns
      }
      header = java.util.Arrays.copyOf(header, w);
      if (header.length == 0) {
        problems.add(file, 0, null, "the file is empty: expected a header row with the unit code column and the "
            + "indicator columns " + preview(spec.indicators()));
        return null;
      }
      Map<String, Integer> at = new HashMap<>(); // header text → its first column
      for (int c = 0; c < header.length; c++) {
        if (header[c].isEmpty()) {
          problems.add(file, 1, InputFiles.columnName(c), "the header cell is empty: expected a column name");
        } else if (at.containsKey(header[c])) {
          problems.add(file, 1, InputFiles.columnName(c), "the column \"" + header[c] + "\" appears twice (also "
              + "column " + InputFiles.columnName(at.get(header[c])) + ")");
        } else {
          at.put(header[c], c);
        }
      }
      int idAt = find(file, header, at, spec.idColumn(), ID_COLUMNS, "unit code", true, problems);
      int nameAt = find(file, header, at, spec.nameColumn(), NAME_COLUMNS, "unit name", false, problems);
      int[] indAt = required(file, header, at, spec.indicators(), "indicator", problems);
      int[] groupAt = required(file, header, at, spec.groups(), "group", problems);
      if (problems.full() || idAt < 0 || indAt == null || groupAt == null) {
        return null;
      }
      Set<Integer> used = new java.util.HashSet<>();
      used.add(idAt);
      if (nameAt >= 0) {
        used.add(nameAt);
      }
      for (int c : indAt) {
        used.add(c);
      }
      for (int c : groupAt) {
        used.add(c);
      }
      List<String> ignored = new ArrayList<>();
      for (int c = 0; c < header.length; c++) {
        if (!used.contains(c) && !header[c].isEmpty()) {
          ignored.add(header[c]);
        }
      }
      List<String> units = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Map<String, Integer> rowOf = new HashMap<>();
      List<double[]> values = new ArrayList<>();
      List<String[]> labels = new ArrayList<>();
      String idCol = col(idAt, header);
      while (rows.next() && !problems.full()) {
        int row = rows.rowNumber();
        int last = lastNonEmpty(rows);
        if (last > header.length) {
          problems.add(file, row, InputFiles.columnName(last - 1), "a cell beyond the header's " + header.length
              + " columns: expected nothing there (is a comma inside a name not quoted?)");
        }
        String id = rows.cell(idAt);
        if (id.isEmpty()) {
          problems.add(file, row, idCol, "empty: expected the unit's code");
        } else if (rowOf.containsKey(id)) {
          problems.add(file, row, idCol, "the unit code \"" + id + "\" appears twice: also in row " + rowOf.get(id));
        } else {
          rowOf.put(id, row);
        }
        double[] v = new double[indAt.length];
        for (int k = 0; k < indAt.length; k++) {
          String s = rows.cell(indAt[k]);
          if (s.isEmpty() || s.equals("NA")) {
            v[k] = Double.NaN;
          } else {
            v[k] = InputFiles.parseNumber(s);
            if (Double.isNaN(v[k])) {
              problems.add(file, row, col(indAt[k], header), "\"" + s + "\" is not a number: expected a decimal "
                  + "number such as 0.85 or 12 (a point for decimals, no thousands separators, no units), or an "
                  + "empty cell for a missing value");
            }
          }
        }
        String[] g = new String[groupAt.length];
        for (int k = 0; k < groupAt.length; k++) {
          g[k] = rows.cell(groupAt[k]);
          if (g[k].isEmpty()) {
            problems.add(file, row, col(groupAt[k], header), "empty: expected the unit's group label (the recipe or "
                + "--groups uses this column)");
          }
        }
        String name = nameAt >= 0 ? rows.cell(nameAt) : "";
        units.add(id);
        names.add(name.isEmpty() ? id : name);
        values.add(v);
        labels.add(g);
      }
      if (units.isEmpty() && problems.isEmpty()) {
        problems.add(file, 0, null, "there are no units: expected at least one row under the header");
      }
      if (!problems.isEmpty()) {
        return null;
      }
      Map<String, double[]> columns = new LinkedHashMap<>();
      for (int k = 0; k < indAt.length; k++) {
        double[] c = new double[units.size()];
        for (int u = 0; u < c.length; u++) {
          c[u] = values.get(u)[k];
        }
        columns.put(spec.indicators().get(k), c);
      }
      Map<String, List<String>> groups = new LinkedHashMap<>();
      for (int k = 0; k < groupAt.length; k++) {
        List<String> g = new ArrayList<>(units.size());
        for (String[] l : labels) {
          g.add(l[k]);
        }
        groups.put(spec.groups().get(k), g);
      }
      return new UnitTable(file, header[idAt], nameAt >= 0 ? header[nameAt] : null, units, names, columns, groups,
          ignored);
    } catch (NoSuchFileException e) {
      problems.add(file, 0, null, "the file does not exist: " + path);
    } catch (CharacterCodingException e) {
      problems.add(InputFiles.decodingProblem(path, options.encoding()));
    } catch (RowReadException e) {
      problems.add(file, e.row(), null, String.valueOf(e.getMessage()));
    } catch (IOException e) {
      problems.add(file, 0, null, "cannot be read: " + e.getMessage());
    }
    return null;
  }

  /** The column of a named or well-known header; −1 (with a problem when required) if absent. */
  private static int find(String file, String[] header, Map<String, Integer> at, String named,
      List<String> usual, String what, boolean required, Problems problems) {
    if (named != null) {
      Integer c = at.get(named);
      if (c == null) {
        problems.add(file, 1, null, "the " + what + " column \"" + named + "\" is missing" + near(named, header));
        return -1;
      }
      return c;
    }
    for (String u : usual) {
      for (int c = 0; c < header.length; c++) {
        if (header[c].equalsIgnoreCase(u)) {
          return c;
        }
      }
    }
    if (required) {
      problems.add(file, 1, null, "no " + what + " column: expected one named " + String.join(", ", usual)
          + " (or name it with --id)");
    }
    return -1;
  }

  private static int @Nullable [] required(String file, String[] header, Map<String, Integer> at, List<String> names,
      String what, Problems problems) {
    int[] out = new int[names.size()];
    boolean ok = true;
    for (int k = 0; k < names.size(); k++) {
      Integer c = at.get(names.get(k));
      if (c == null) {
        problems.add(file, 1, null, "the " + what + " column \"" + names.get(k) + "\" is missing" + near(names.get(k),
            header));
        ok = false;
      } else {
        out[k] = c;
      }
    }
    return ok ? out : null;
  }

  /** A hint when a header differs from the name only in case or surrounding spaces. */
  private static String near(String name, String[] header) {
    for (int c = 0; c < header.length; c++) {
      if (header[c].equalsIgnoreCase(name.trim())) {
        return ": column " + InputFiles.columnName(c) + " is \"" + header[c] + "\" (names must match exactly)";
      }
    }
    return ": expected a column with that name in row 1";
  }

  private static String col(int c, String[] header) {
    return InputFiles.columnName(c) + " (" + header[c] + ")";
  }

  private static String preview(List<String> names) {
    return names.size() <= 5 ? String.join(", ", names) : String.join(", ", names.subList(0, 5)) + ", … ("
        + names.size() + " in all)";
  }

  private static int lastNonEmpty(Rows rows) {
    int w = rows.width();
    while (w > 0 && rows.cell(w - 1).isEmpty()) {
      w--;
    }
    return w;
  }

  private static Rows open(Path file, ReadOptions options) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return new XlsxRows(file);
    }
    if (options.encoding().equals(StandardCharsets.UTF_8)) {
      Rows plain = PlainCsvRows.openIfPlain(file);
      if (plain != null) {
        return plain;
      }
    }
    return new CsvRows(file, options.encoding());
  }
}
