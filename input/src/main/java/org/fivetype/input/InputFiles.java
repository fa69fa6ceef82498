package org.fivetype.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.jspecify.annotations.Nullable;

/**
 * Reads units and observations from CSV ({@code .csv}) or XLSX ({@code .xlsx}, first sheet) and
 * checks them whole before anything is assessed: every problem, up to a cap, is reported with its
 * file, row and column and what was expected (see {@code docs/input-files.md}).
 *
 * <p>Units: columns {@code unit_id, name_zh, name_en, kind, category}, optional {@code staff},
 * {@code note}, {@code category_zh} and {@code category_en} (the category's bilingual label, shown
 * in the report and the workbook; given together, the same on every row of a category). Observations: {@code unit_id, year, indicator_id, value}, optional
 * {@code source}, {@code note}. Column names are matched without regard to case; columns may come
 * in any order; other columns are errors (a misspelt column must not pass silently).
 */
@Surface(Surface.Kind.API)
public final class InputFiles {
  private InputFiles() {}

  static final List<String> UNIT_COLUMNS = List.of("unit_id", "name_zh", "name_en", "kind", "category");
  static final List<String> UNIT_OPTIONAL = List.of("staff", "note", "category_zh", "category_en");
  static final List<String> OBS_COLUMNS = List.of("unit_id", "year", "indicator_id", "value");
  static final List<String> OBS_OPTIONAL = List.of("source", "note");

  /**
   * Reads and checks a units file on its own (for the inspection checklist).
   *
   * @param file the units file (CSV or XLSX)
   * @param options how the file is read
   * @return the units, in file order
   */
  public static List<Unit> readUnits(Path file, ReadOptions options) {
    Problems problems = new Problems(options.maxProblems());
    UnitsRead read = units(file, options, problems);
    problems.throwIfAny("the units file is not valid");
    return read.units;
  }

  /**
   * The staff counts of a units file's optional {@code staff} column (checked as {@link #readUnits} does).
   *
   * @param file the units file (CSV or XLSX)
   * @param options how the file is read
   * @return the staff counts by unit id, of the units whose cell is filled in
   */
  public static Map<String, Integer> readStaff(Path file, ReadOptions options) {
    Problems problems = new Problems(options.maxProblems());
    UnitsRead read = units(file, options, problems);
    problems.throwIfAny("the units file is not valid");
    return read.staff;
  }

  /**
   * The bilingual labels of the categories from a units file's optional {@code category_zh} and
   * {@code category_en} columns (checked as {@link #readUnits} does): category id to label, empty
   * when the file has no such columns.
   *
   * @param file the units file (CSV or XLSX)
   * @param options how the file is read
   * @return the labels by category id
   */
  public static Map<String, Label> readCategories(Path file, ReadOptions options) {
    Problems problems = new Problems(options.maxProblems());
    UnitsRead read = units(file, options, problems);
    problems.throwIfAny("the units file is not valid");
    return read.categories;
  }

  /**
   * Reads and checks units and observations for one year under a rule set. The observations come
   * back sorted by unit id and indicator id.
   *
   * @param unitsFile the units file (CSV or XLSX)
   * @param observationsFile the observations file (CSV or XLSX)
   * @param rules the rule set the observations are checked against
   * @param year the year assessed: observations of other years are problems
   * @param options how the files are read
   * @return the units, observations and staff counts
   * @throws InvalidInputException with every problem of both files (up to the cap)
   */
  public static Inputs read(Path unitsFile, Path observationsFile, RuleSet rules, int year, ReadOptions options) {
    Problems problems = new Problems(options.maxProblems());
    UnitsRead units = units(unitsFile, options, problems);
    // without a usable units file, every observation row would only repeat "unknown unit"
    boolean usable = units.headerOk && !units.rowOf.isEmpty() && !problems.full();
    ListSink sink = new ListSink(year);
    if (usable) {
      observations(observationsFile, units, rules, year, options, problems, sink);
    }
    List<Observation> obs = problems.isEmpty() ? sink.observations() : List.of();
    problems.throwIfAny("the input files are not valid");
    return new Inputs(units.units, obs, units.staff);
  }

  /**
   * Reads and checks units and observations as {@link #read} does (the same problems, with the
   * same files, rows and columns), and lays them out for {@code plan} as they are read: each value
   * goes straight into an {@link EvidenceTable#builder}, without an {@link Observation} per row.
   * The table equals {@code plan.table(year, read(…).units(), read(…).observations())}, its input
   * fingerprint included.
   *
   * @param unitsFile the units file (CSV or XLSX)
   * @param observationsFile the observations file (CSV or XLSX)
   * @param plan the compiled rule set the table is laid out for
   * @param year the year assessed: observations of other years are problems
   * @param options how the files are read
   * @return the evidence table
   * @throws InvalidInputException with every problem of both files (up to the cap)
   */
  public static EvidenceTable table(Path unitsFile, Path observationsFile, ScoringPlan plan, int year,
      ReadOptions options) {
    Problems problems = new Problems(options.maxProblems());
    UnitsRead units = units(unitsFile, options, problems);
    boolean usable = units.headerOk && !units.rowOf.isEmpty() && !problems.full();
    TableSink sink = new TableSink(plan, year, units, problems.isEmpty());
    if (usable) {
      observations(observationsFile, units, plan.ruleSet(), year, options, problems, sink);
    }
    problems.throwIfAny("the input files are not valid");
    return sink.builder.build();
  }

  /**
   * Where the checked observations go, one at a time: {@code u} indexes the unit ids sorted,
   * {@code i} the rule set's indicators sorted by id. Only called for rows without a problem.
   */
  private interface Sink {
    void start(List<String> unitIds, List<IndicatorSpec> specs);

    void accept(int u, int i, double value, String source);
  }

  /** Keeps the values in a grid and hands them out as observations, sorted. */
  private static final class ListSink implements Sink {
    private final int year;
    // set by start(), which is not called when the observations file has no usable header
    private @Nullable List<String> unitIds;
    private IndicatorId[] ids = new IndicatorId[0];
    private double[] valueAt = new double[0];
    private int[] sourceAt = new int[0];
    private boolean[] present = new boolean[0];
    private final List<String> sources = new ArrayList<>(List.of(""));
    private final Map<String, Integer> sourceIndex = new HashMap<>(Map.of("", 0));
    private int count;

    ListSink(int year) {
      this.year = year;
    }

    @Override
    public void start(List<String> unitIds, List<IndicatorSpec> specs) {
      this.unitIds = unitIds;
      ids = specs.stream().map(IndicatorSpec::id).toArray(IndicatorId[]::new);
      int cells = unitIds.size() * ids.length;
      valueAt = new double[cells];
      sourceAt = new int[cells];
      present = new boolean[cells];
    }

    @Override
    public void accept(int u, int i, double value, String source) {
      int cell = u * ids.length + i;
      Integer k = sourceIndex.get(source);
      if (k == null) {
        k = sources.size();
        sources.add(source);
        sourceIndex.put(source, k);
      }
      valueAt[cell] = value;
      sourceAt[cell] = k;
      present[cell] = true;
      count++;
    }

    List<Observation> observations() {
      if (unitIds == null) {
        return List.of();
      }
      List<Observation> out = new ArrayList<>(count);
      int m = ids.length;
      for (int u = 0; u < unitIds.size(); u++) {
        String id = unitIds.get(u);
        for (int i = 0, cell = u * m; i < m; i++, cell++) {
          if (present[cell]) {
            out.add(new Observation(id, year, ids[i], valueAt[cell], sources.get(sourceAt[cell])));
          }
        }
      }
      return out;
    }
  }

  /** Writes the values straight into an evidence table's builder. */
  private static final class TableSink implements Sink {
    private final ScoringPlan plan;
    private final EvidenceTable.Builder builder;
    /** False once the units file had a problem: the builder's unit order is then not that of the ids. */
    private final boolean live;
    private int[] planIndex = new int[0]; // set by start()

    TableSink(ScoringPlan plan, int year, UnitsRead units, boolean unitsOk) {
      this.plan = plan;
      // the units sorted by id: the builder's unit index is then the reader's
      List<Unit> sorted = new ArrayList<>(units.units);
      sorted.sort((a, b) -> a.id().compareTo(b.id()));
      this.builder = EvidenceTable.builder(plan, year, sorted);
      this.live = unitsOk && sorted.size() == units.rowOf.size();
    }

    @Override
    public void start(List<String> unitIds, List<IndicatorSpec> specs) {
      planIndex = new int[specs.size()];
      for (int i = 0; i < planIndex.length; i++) {
        planIndex[i] = plan.indexOf(specs.get(i).id());
      }
    }

    @Override
    public void accept(int u, int i, double value, String source) {
      if (live) {
        builder.set(u, planIndex[i], value, source);
      }
    }
  }

  /** The units read, and for each known id (also of rows with other problems) its row. */
  private record UnitsRead(List<Unit> units, Map<String, Integer> rowOf, String file, boolean headerOk,
      Map<String, Integer> staff, Map<String, Label> categories) {
    UnitsRead(List<Unit> units, Map<String, Integer> rowOf, String file, boolean headerOk) {
      this(units, rowOf, file, headerOk, Map.of(), Map.of());
    }
  }

  private static Rows open(Path file, ReadOptions options) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return new XlsxRows(file);
    }
    if (options.encodingOf(file).equals(java.nio.charset.StandardCharsets.UTF_8)) {
      Rows plain = PlainCsvRows.openIfPlain(file); // large plain files: read from bytes
      if (plain != null) {
        return plain;
      }
    }
    return new CsvRows(file, options.encodingOf(file));
  }

  /**
   * A header cell as a column name: the cell itself, or, for a bilingual header such as {@code
   * value 取值} or {@code unit_id\n单位编号} (the checklist's), the one column name among its words.
   */
  static String bilingual(String h, List<String> names) {
    String t = h.strip();
    if (names.contains(t)) {
      return t;
    }
    String found = null;
    for (String w : t.split("[\\s/()()]+", -1)) { // empty parts name no column
      if (names.contains(w)) {
        if (found != null) {
          return t; // two column names in one cell: left as it is, reported as unknown
        }
        found = w;
      }
    }
    return found != null ? found : t;
  }

  /** The index of each expected column, or problems for missing, unknown and repeated ones. */
  private static int @Nullable [] columns(String file, String[] header, List<String> required, List<String> optional,
      Problems problems) {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    int[] at = new int[all.size()];
    Arrays.fill(at, -1);
    String expected = "expected the columns " + String.join(", ", required)
        + (optional.isEmpty() ? "" : " (optional: " + String.join(", ", optional) + ")");
    if (header.length == 0) {
      problems.add(file, 0, null, "the file is empty: " + expected + " in the first row");
      return null;
    }
    boolean ok = true;
    for (int c = 0; c < header.length; c++) {
      String h = bilingual(header[c].toLowerCase(Locale.ROOT), all);
      int k = all.indexOf(h);
      String col = columnName(c);
      if (h.isEmpty()) {
        problems.add(file, 1, col, "the header cell is empty: " + expected);
        ok = false;
      } else if (k < 0) {
        problems.add(file, 1, col, "unknown column \"" + header[c] + "\": " + expected);
        ok = false;
      } else if (at[k] >= 0) {
        problems.add(file, 1, col, "the column \"" + h + "\" appears twice (also column " + columnName(at[k]) + ")");
        ok = false;
      } else {
        at[k] = c;
      }
    }
    for (int k = 0; k < required.size(); k++) {
      if (at[k] < 0) {
        problems.add(file, 1, null, "the column \"" + required.get(k) + "\" is missing: " + expected);
        ok = false;
      }
    }
    return ok ? at : null;
  }

  /** A spreadsheet column letter with the header name, e.g. {@code D (kind)} is built by callers. */
  static String columnName(int c) {
    StringBuilder sb = new StringBuilder();
    int n = c + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      sb.insert(0, (char) ('A' + r));
      n = (n - 1) / 26;
    }
    return sb.toString();
  }

  private static String col(int[] at, int k, List<String> names) {
    return columnName(at[k]) + " (" + names.get(k) + ")";
  }

  private static UnitsRead units(Path path, ReadOptions options, Problems problems) {
    String file = path.getFileName().toString();
    List<Unit> units = new ArrayList<>();
    Map<String, Integer> rowOf = new LinkedHashMap<>();
    Map<String, Integer> staffOf = new HashMap<>();
    Map<String, Label> categoryOf = new java.util.TreeMap<>();
    Map<String, Integer> categoryRow = new HashMap<>();
    List<String> names = new ArrayList<>(UNIT_COLUMNS);
    names.addAll(UNIT_OPTIONAL);
    boolean headerOk = false;
    try (Rows rows = open(path, options)) {
      int[] at = columns(file, rows.header(), UNIT_COLUMNS, UNIT_OPTIONAL, problems);
      if (at == null) {
        return new UnitsRead(units, rowOf, file, false);
      }
      headerOk = true;
      if ((at[7] >= 0) != (at[8] >= 0)) {
        problems.add(file, 1, null, "the column \"" + (at[7] >= 0 ? "category_en" : "category_zh") + "\" is missing: "
            + "the categories' labels come as a pair, category_zh and category_en");
        return new UnitsRead(units, rowOf, file, false);
      }
      while (rows.next() && !problems.full()) {
        int row = rows.rowNumber();
        if (lastNonEmpty(rows) > maxIndex(at) + 1) {
          problems.add(file, row, columnName(lastNonEmpty(rows) - 1), "a cell beyond the header's "
              + countColumns(at) + " columns: expected nothing there (is a comma inside a name not quoted?)");
        }
        String id = rows.cell(at[0]);
        String zh = rows.cell(at[1]);
        String en = rows.cell(at[2]);
        String kindText = rows.cell(at[3]);
        String category = rows.cell(at[4]);
        boolean ok = true;
        if (id.isEmpty()) {
          problems.add(file, row, col(at, 0, names), "empty: expected a unit id");
          ok = false;
        } else if (!Unit.isValidId(id)) {
          problems.add(file, row, col(at, 0, names), "\"" + id + "\" is not a valid unit id: expected 1-64 letters, "
              + "digits, '-', '_' or '.', starting with a letter or digit");
          ok = false;
        } else if (rowOf.containsKey(id)) {
          problems.add(file, row, col(at, 0, names), "the unit id \"" + id + "\" appears twice: also in row "
              + rowOf.get(id));
          ok = false;
        } else {
          rowOf.put(id, row);
        }
        if (zh.isEmpty()) {
          problems.add(file, row, col(at, 1, names), "empty: expected the unit's Chinese name");
          ok = false;
        }
        if (en.isEmpty()) {
          problems.add(file, row, col(at, 2, names), "empty: expected the unit's English name");
          ok = false;
        }
        UnitKind kind = kind(kindText);
        if (kind == null) {
          problems.add(file, row, col(at, 3, names), (kindText.isEmpty() ? "empty" : "\"" + kindText
              + "\" is not a unit kind") + ": expected district (区县) or department (市属部门)");
          ok = false;
        }
        if (category.isEmpty()) {
          problems.add(file, row, col(at, 4, names), "empty: expected the unit's assessment category (考核类别), "
              + "e.g. districts");
          ok = false;
        }
        Integer staffCount = null;
        if (at[5] >= 0) {
          String staff = rows.cell(at[5]);
          staffCount = staff.matches("[0-9]{1,9}") ? Integer.valueOf(staff) : null;
          if (!staff.isEmpty() && !staff.matches("[0-9]{1,9}")) {
            problems.add(file, row, col(at, 5, names), "\"" + staff + "\" is not a number of staff: expected a whole "
                + "number of 0 or more, or nothing");
            ok = false;
          }
        }
        if (at[7] >= 0) {
          String catZh = rows.cell(at[7]);
          String catEn = rows.cell(at[8]);
          if (catZh.isEmpty() != catEn.isEmpty()) {
            problems.add(file, row, col(at, catZh.isEmpty() ? 7 : 8, names), "empty: the category's label is given in "
                + "both languages or in neither (category_zh and category_en, e.g. 区县 and districts)");
            ok = false;
          } else if (!catZh.isEmpty() && !category.isEmpty()) {
            Label label = Label.of(catZh, catEn);
            Label before = categoryOf.putIfAbsent(category, label);
            if (before != null && !before.equals(label)) {
              problems.add(file, row, col(at, 7, names), "the category \"" + category + "\" is labelled \"" + catZh + " / "
                  + catEn + "\" here but \"" + before.zh() + " / " + before.en() + "\" in row " + categoryRow.get(category)
                  + ": expected one label per category");
              ok = false;
            } else {
              categoryRow.putIfAbsent(category, row);
            }
          }
        }
        if (ok) {
          units.add(new Unit(id, Label.of(zh, en), Objects.requireNonNull(kind, "a row without problems has a kind"),
              category));
          if (staffCount != null) {
            staffOf.put(id, staffCount);
          }
        }
      }
      rows.cellProblems().forEach(problems::add);
      if (rowOf.isEmpty() && problems.isEmpty()) {
        problems.add(file, 0, null, "there are no units: expected at least one row under the header");
      }
    } catch (NoSuchFileException e) {
      problems.add(file, 0, null, "the file does not exist: " + path);
    } catch (CharacterCodingException e) {
      problems.add(decodingProblem(path, options.encodingOf(path)));
      headerOk = false;
    } catch (RowReadException e) {
      problems.add(file, e.row(), null, String.valueOf(e.getMessage()));
      headerOk = false;
    } catch (IOException e) {
      problems.add(file, 0, null, "cannot be read: " + e.getMessage());
      headerOk = false;
    }
    return new UnitsRead(units, rowOf, file, headerOk, staffOf, categoryOf);
  }

  private static int lastNonEmpty(Rows rows) {
    int w = rows.width();
    while (w > 0 && rows.cell(w - 1).isEmpty()) {
      w--;
    }
    return w;
  }

  private static int maxIndex(int[] at) {
    int m = -1;
    for (int a : at) {
      m = Math.max(m, a);
    }
    return m;
  }

  private static int countColumns(int[] at) {
    int n = 0;
    for (int a : at) {
      n += a >= 0 ? 1 : 0;
    }
    return n;
  }

  private static @Nullable UnitKind kind(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "district", "区县" -> UnitKind.DISTRICT;
      case "department", "市属部门" -> UnitKind.DEPARTMENT;
      default -> null;
    };
  }

  private static void observations(Path path, UnitsRead units, RuleSet rules, int year, ReadOptions options,
      Problems problems, Sink sink) {
    String file = path.getFileName().toString();
    List<String> names = new ArrayList<>(OBS_COLUMNS);
    names.addAll(OBS_OPTIONAL);
    // units and indicators in sorted order: the grid below is then read out sorted
    List<String> unitIds = new ArrayList<>(units.rowOf.keySet());
    unitIds.sort(null);
    Map<String, Integer> unitIndex = new HashMap<>(unitIds.size() * 2);
    for (int u = 0; u < unitIds.size(); u++) {
      unitIndex.put(unitIds.get(u), u);
    }
    List<IndicatorSpec> specs = new ArrayList<>(rules.indicators());
    specs.sort((a, b) -> a.id().compareTo(b.id()));
    Map<String, Integer> indicatorIndex = new HashMap<>(specs.size() * 2);
    for (int i = 0; i < specs.size(); i++) {
      indicatorIndex.put(specs.get(i).id().value(), i);
    }
    int n = unitIds.size();
    int m = specs.size();
    long cellsLong = (long) n * m;
    if (cellsLong > Integer.MAX_VALUE - 8) {
      problems.add(file, 0, null, n + " units × " + m + " indicators is more than one run can hold");
      return;
    }
    int[] rowAt = new int[(int) cellsLong]; // 0 = no observation yet
    boolean[] referenced = new boolean[n]; // a row names the unit, valid or not
    sink.start(unitIds, specs);
    String yearText = Integer.toString(year);
    String[] indicatorIds = new String[m];
    for (int i = 0; i < m; i++) {
      indicatorIds[i] = specs.get(i).id().value();
    }
    String lastUnit = null;
    int lastU = -1;
    int lastI = -1;
    int[] follows = new int[m]; // learnt from the rows: which indicator follows which
    Arrays.fill(follows, -1);
    String lastSource = null;
    long count = 0;
    try (Rows rows = open(path, options)) {
      int[] at = columns(file, rows.header(), OBS_COLUMNS, OBS_OPTIONAL, problems);
      if (at == null) {
        return;
      }
      int width = maxIndex(at) + 1;
      while (rows.next()) {
        if (++count % 1_000_000 == 0) {
          options.progress().accept(count);
        }
        int row = rows.rowNumber();
        if (rows.width() > width && lastNonEmpty(rows) > width) {
          if (!problems.add(file, row, columnName(lastNonEmpty(rows) - 1), "a cell beyond the header's "
              + countColumns(at) + " columns: expected nothing there (is a comma inside a value not quoted?)")) {
            break;
          }
          continue;
        }
        // rows usually come unit by unit, indicators in the same order for every unit: the cells are
        // first compared with the last unit and the indicator that followed the last one, without a
        // String for them
        Integer u;
        if (lastUnit != null && rows.cellEquals(at[0], lastUnit)) {
          u = lastU;
        } else {
          String id = rows.cell(at[0]);
          u = unitIndex.get(id);
          if (u != null) {
            lastUnit = id;
            lastU = u;
          }
        }
        Integer i;
        int guess = lastI >= 0 ? follows[lastI] : -1; // the indicator that came after the last one before
        if (guess >= 0 && rows.cellEquals(at[2], indicatorIds[guess])) {
          i = guess;
        } else {
          i = indicatorIndex.get(rows.cell(at[2]));
          if (i != null && lastI >= 0) {
            follows[lastI] = i;
          }
        }
        if (i != null) {
          lastI = i;
        }
        double plain = rows.plainDecimal(at[3]); // the common case, without a String
        boolean ok = true;
        if (u != null) {
          referenced[u] = true;
        }
        if (u == null) {
          ok = false;
          String unitId = rows.cell(at[0]);
          if (unitId.isEmpty()) {
            problems.add(file, row, col(at, 0, names), "empty: expected the id of a unit of " + units.file);
          } else {
            problems.add(file, row, col(at, 0, names), "unknown unit \"" + unitId + "\": expected a unit_id of "
                + units.file);
          }
        }
        if (!rows.cellEquals(at[1], yearText)) {
          ok = false;
          String yearCell = rows.cell(at[1]);
          if (yearCell.isEmpty()) {
            problems.add(file, row, col(at, 1, names), "empty: expected the year " + year);
          } else if (!yearCell.matches("[0-9]{1,9}")) {
            problems.add(file, row, col(at, 1, names), "\"" + yearCell + "\" is not a year: expected " + year);
          } else {
            problems.add(file, row, col(at, 1, names), "the year " + yearCell + " is not the year assessed: expected "
                + year + " (--year); keep one year per file");
          }
        }
        if (i == null) {
          ok = false;
          String indicator = rows.cell(at[2]);
          if (indicator.isEmpty()) {
            problems.add(file, row, col(at, 2, names), "empty: expected an indicator id of rule set " + rules.id());
          } else {
            problems.add(file, row, col(at, 2, names), "unknown indicator \"" + indicator + "\": not in rule set "
                + rules.id() + " (fivetype rules show " + rules.id() + " lists them)");
          }
        }
        double v = plain;
        boolean blank = false;
        String bad = !Double.isNaN(v) && i != null ? specs.get(i).rule().invalidReason(v) : null;
        if (!Double.isNaN(v) && bad == null) {
          // a plain decimal within the rule's domain
        } else if (rows.cell(at[3]).isEmpty()) {
          // a blank value is no evidence (a checklist row left unfilled): as if the row were left out,
          // the indicator is missing evidence for that unit
          blank = true;
        } else {
          String valueText = rows.cell(at[3]);
          v = !Double.isNaN(v) ? v : parseNumber(valueText);
          if (Double.isNaN(v)) {
            ok = false;
            problems.add(file, row, col(at, 3, names), "\"" + valueText + "\" is not a number: expected a decimal "
                + "number such as 0.85 or 12 (a point for decimals, no thousands separators, no units)");
          } else if (i != null) {
            bad = specs.get(i).rule().invalidReason(v);
            if (bad != null) {
              ok = false;
              problems.add(file, row, col(at, 3, names), "the value " + valueText + " is out of range for "
                  + indicatorIds[i] + ": expected " + bad);
            }
          }
        }
        if (ok && !blank) {
          Objects.requireNonNull(u, "a row without problems has a known unit");
          Objects.requireNonNull(i, "a row without problems has a known indicator");
          int cell = u * m + i;
          if (rowAt[cell] != 0) {
            problems.add(file, row, null, "a second value for unit \"" + unitIds.get(u) + "\", indicator \""
                + indicatorIds[i]
                + "\", year " + year + ": the first is in row " + rowAt[cell]);
          } else {
            rowAt[cell] = row;
            String source = "";
            if (at[4] >= 0) {
              if (lastSource == null || !rows.cellEquals(at[4], lastSource)) {
                lastSource = rows.cell(at[4]);
              }
              source = lastSource;
            }
            sink.accept(u, i, v, source);
          }
        }
        if (problems.full()) {
          break;
        }
      }
      rows.cellProblems().forEach(problems::add);
      options.progress().accept(count);
      if (count == 0 && problems.isEmpty()) {
        problems.add(file, 0, null, "there are no observations: expected at least one row under the header");
      }
    } catch (NoSuchFileException e) {
      problems.add(file, 0, null, "the file does not exist: " + path);
      return;
    } catch (CharacterCodingException e) {
      problems.add(decodingProblem(path, options.encodingOf(path)));
      return;
    } catch (RowReadException e) {
      problems.add(file, e.row(), null, String.valueOf(e.getMessage()));
      return;
    } catch (IOException e) {
      problems.add(file, 0, null, "cannot be read: " + e.getMessage());
      return;
    }
    // every unit needs evidence: a unit without a single row is almost always a wrong id
    if (count > 0 && !problems.full()) {
      for (int u = 0; u < n && !problems.full(); u++) {
        if (!referenced[u]) {
          int unitRow = Objects.requireNonNull(units.rowOf.get(unitIds.get(u)), "every unit read has its row");
          problems.add(units.file, unitRow, null, "the unit \"" + unitIds.get(u)
              + "\" has no observations for " + year + " in " + file + ": expected at least one");
        }
      }
    }
  }

  /** A plain decimal number (optionally signed, with exponent), NaN if the text is anything else. */
  static double parseNumber(String s) {
    int n = s.length();
    if (n == 0 || n > 40) {
      return Double.NaN;
    }
    double plain = plainDecimal(s);
    if (!Double.isNaN(plain)) {
      return plain;
    }
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return Double.NaN;
      }
    }
    try {
      double d = Double.parseDouble(s);
      return Double.isFinite(d) ? d : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
      1e13, 1e14, 1e15};

  /**
   * The common case of {@link #parseNumber} without {@link Double#parseDouble}: an optional minus,
   * digits, optionally a point and more digits, at most 15 digits in all. The digits then make an
   * exact {@code long} below 2^53 and the power of ten is exact, so one division is correctly
   * rounded: the same double as {@code Double.parseDouble}. NaN for anything else.
   */
  static double plainDecimal(String s) {
    int n = s.length();
    if (n > 17) {
      return Double.NaN; // a sign, 15 digits and a point at most
    }
    byte[] b = new byte[n];
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c >= 0x80) {
        return Double.NaN;
      }
      b[k] = (byte) c;
    }
    return plainDecimal(b, 0, n);
  }

  /** {@link #plainDecimal(String)} of the ASCII bytes {@code b[from, to)}. */
  static double plainDecimal(byte[] b, int from, int to) {
    int k = from;
    boolean negative = false;
    if (k < to && b[k] == '-') {
      negative = true;
      k++;
    }
    long digits = 0;
    int count = 0;
    int point = -1;
    for (; k < to; k++) {
      int c = b[k];
      if (c >= '0' && c <= '9') {
        if (++count > 15) {
          return Double.NaN;
        }
        digits = digits * 10 + (c - '0');
      } else if (c == '.' && point < 0) {
        point = count;
      } else {
        return Double.NaN;
      }
    }
    // at least one digit, and a point only with a digit before and after it
    if (count == 0 || point == 0 || point == count) {
      return Double.NaN;
    }
    double v = point < 0 ? digits : digits / POWERS_OF_TEN[count - point];
    return negative ? -v : v;
  }

  /** Where the bytes stop decoding: the first line that does not decode, and what to do. */
  static Problem decodingProblem(Path path, Charset cs) {
    String file = path.getFileName().toString();
    String hint = cs.name().equalsIgnoreCase("GB18030")
        ? "expected text in GB18030; if the file is UTF-8, leave --encoding out"
        : "expected text in " + cs.name() + "; if the file was saved by Excel on Chinese Windows, run again with "
            + "--encoding GB18030";
    try {
      byte[] bytes = Files.readAllBytes(path);
      CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      int line = 1;
      int start = 0;
      for (int k = 0; k <= bytes.length; k++) {
        if (k == bytes.length || bytes[k] == '\n') {
          try {
            d.reset().decode(ByteBuffer.wrap(bytes, start, k - start));
          } catch (CharacterCodingException e) {
            return new Problem(file + ", line " + line, "bytes that are not " + cs.name() + ": " + hint);
          }
          line++;
          start = k + 1;
        }
      }
    } catch (IOException ignored) {
      // fall through: the file could not be read again
    }
    return new Problem(file, "bytes that are not " + cs.name() + ": " + hint);
  }
}
