package org.fivetype.input;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.records.Aggregation;
import org.fivetype.records.CaseAggregator;
import org.fivetype.records.RecordAggregator;
import org.fivetype.records.RecordBatch;
import org.fivetype.records.RecordKind;

/**
 * Reads files of raw records (ballots, complaints, meetings, cases, research days; {@code
 * docs/records.md}) from CSV or XLSX with the same row readers as units and observations, and
 * aggregates each into observations and per-unit diagnostics. Every problem of every file is
 * reported at once, as {@code file:row:column: message}, up to {@link ReadOptions#maxProblems()};
 * nothing is aggregated from a set of files with problems.
 *
 * <p>Each kind uses its default aggregator, except that service-centre cases are judged on
 * 31 December of the assessed year (an open case past its promised limit then counts as late).
 */
@Surface(Surface.Kind.API)
public final class RecordFiles {
  private RecordFiles() {}

  /**
   * One file of records of one kind.
   *
   * @param kind the kind of records
   * @param file the CSV or XLSX file
   */
  public record RecordFile(RecordKind kind, Path file) {
    /**
     * Checks that both are given.
     *
     * @param kind the kind of records
     * @param file the CSV or XLSX file
     */
    public RecordFile {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(file, "file");
    }
  }

  /**
   * The aggregator fivetype uses for a kind of records in an assessment of {@code year}.
   *
   * @param kind the kind of records
   * @param year the year assessed (service-centre cases are counted as of its 31 December)
   * @return the aggregator
   */
  public static RecordAggregator<?, ?> aggregator(RecordKind kind, int year) {
    if (kind == RecordKind.CASES) {
      return CaseAggregator.of(CaseAggregator.Config.defaults().withAsOf(LocalDate.of(year, 12, 31)));
    }
    return kind.defaultAggregator();
  }

  /**
   * Reads and aggregates the files for a year; the aggregations come back in the files' order.
   *
   * @param files at most one file per kind of records
   * @param unitIds the assessed units: records of other units are problems
   * @param year the year assessed
   * @param options how the files are read
   * @return the aggregations, in the files' order
   * @throws InvalidInputException with every problem of every file (up to the cap)
   * @throws IllegalArgumentException if two files have the same kind
   */
  public static List<Aggregation> read(List<RecordFile> files, Collection<String> unitIds, int year,
      ReadOptions options) {
    Map<RecordKind, Path> seen = new HashMap<>();
    for (RecordFile f : files) {
      Path before = seen.put(f.kind(), f.file());
      if (before != null) {
        throw new IllegalArgumentException("two files of " + f.kind().id() + " records: " + before + " and "
            + f.file() + "; give one file per kind");
      }
    }
    List<String> ids = List.copyOf(unitIds);
    List<Problem> problems = new ArrayList<>();
    List<Aggregation> out = new ArrayList<>();
    for (RecordFile f : files) {
      if (problems.size() >= options.maxProblems()) {
        break;
      }
      RecordBatch<?, ?> batch = RecordBatch.of(aggregator(f.kind(), year), f.file().getFileName().toString(), ids);
      List<Problem> own = read(f, batch, options, problems.size());
      if (own.isEmpty()) {
        try {
          out.add(batch.finish(year));
        } catch (InvalidInputException e) {
          own = e.problems();
        }
      }
      problems.addAll(own);
    }
    if (!problems.isEmpty()) {
      if (problems.size() > options.maxProblems()) {
        List<Problem> capped = new ArrayList<>(problems.subList(0, options.maxProblems()));
        capped.add(new Problem(capped.get(capped.size() - 1).where().split(":", 2)[0], "stopped after "
            + options.maxProblems() + " problems: fix these and run again (--max-problems sets how many are listed)"));
        problems = capped;
      }
      throw new InvalidInputException("the record files are not valid", problems);
    }
    return out;
  }

  /** Feeds a file's rows to its batch; returns the problems of reading (the batch keeps its own). */
  private static List<Problem> read(RecordFile f, RecordBatch<?, ?> batch, ReadOptions options, int before) {
    String name = f.file().getFileName().toString();
    try (Rows rows = open(f.file(), options)) {
      String[] header = rows.header();
      if (header.length == 0) {
        return List.of(new Problem(name, "the file is empty: expected a header row with the columns of "
            + f.kind().id() + " records (docs/records.md)"));
      }
      List<String> names = Arrays.stream(header).map(h -> h.toLowerCase(Locale.ROOT)).toList();
      batch.header(1, names);
      if (!batch.problems().isEmpty()) {
        return batch.problems(); // without a good header, every row would only repeat it
      }
      long count = 0;
      List<Problem> extra = new ArrayList<>();
      while (rows.next()) {
        Map<String, String> cells = new HashMap<>(names.size() * 2);
        for (int c = 0; c < names.size(); c++) {
          String v = rows.cell(c);
          if (!v.isEmpty()) {
            cells.put(names.get(c), v);
          }
        }
        int width = rows.width();
        while (width > names.size() && rows.cell(width - 1).isEmpty()) {
          width--;
        }
        count++;
        if (width > names.size()) {
          extra.add(new Problem(name + ":" + rows.rowNumber() + ":" + InputFiles.columnName(width - 1),
              "a cell beyond the header's " + names.size() + " columns: expected nothing there (is a comma "
                  + "inside a value not quoted?)"));
        } else {
          batch.row(rows.rowNumber(), cells);
        }
        if (before + extra.size() + batch.problems().size() >= options.maxProblems()) {
          break;
        }
      }
      if (count == 0 && rows.cellProblems().isEmpty()) {
        return List.of(new Problem(name, "there are no records: expected at least one row under the header"));
      }
      List<Problem> all = new ArrayList<>(batch.problems());
      all.addAll(extra);
      all.addAll(rows.cellProblems());
      return all;
    } catch (NoSuchFileException e) {
      return List.of(new Problem(name, "the file does not exist: " + f.file()));
    } catch (CharacterCodingException e) {
      return List.of(InputFiles.decodingProblem(f.file(), options.encodingOf(f.file())));
    } catch (RowReadException e) {
      return List.of(new Problem(name + ", row " + e.row(), String.valueOf(e.getMessage())));
    } catch (IOException e) {
      return List.of(new Problem(name, "cannot be read: " + e.getMessage()));
    }
  }

  private static Rows open(Path file, ReadOptions options) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return new XlsxRows(file);
    }
    return new CsvRows(file, options.encodingOf(file));
  }
}
