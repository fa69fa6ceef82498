package org.fivetype.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.engine.AssessmentResult;

/**
 * Writes an assessment's results into a directory, atomically (a temporary directory beside it,
 * then one move; a failed run leaves nothing): {@code results.json} (everything, with the
 * fingerprints and the rule set), {@code results.csv} (a row per unit), {@code results.xlsx} (a
 * sheet per category and the indicator detail) and {@code report.html} (self-contained).
 *
 * <pre>{@code
 * Writers.standard().with(mySection).write(result, Path.of("out"));
 * }</pre>
 *
 * <p>Immutable: {@link #with} returns a new instance. Runs with more than {@link #DETAIL_LIMIT}
 * units keep the full numbers in JSON and CSV; the HTML report and the XLSX detail sheet show the
 * first {@code DETAIL_LIMIT} units (by id) in detail and say so.
 */
@Surface(Surface.Kind.API)
public final class Writers {

  /** How many units the HTML report and the XLSX detail sheet show in detail. */
  public static final int DETAIL_LIMIT = 1000;

  /** The names of the files written, in order. */
  public static final List<String> FILES = List.of("results.json", "results.csv", "results.xlsx", "report.html");

  private final List<Section> sections;
  private final ReportContext context;

  private Writers(List<Section> sections, ReportContext context) {
    this.sections = List.copyOf(sections);
    this.context = context;
  }

  /** The four standard outputs, no extra sections. */
  public static Writers standard() {
    return new Writers(List.of(), ReportContext.NONE);
  }

  /**
   * These writers with bilingual labels for the categories (category id to label, e.g. {@code
   * districts → 区县 / districts}), shown in the report and the workbook instead of the ids; a
   * category without a label is shown by its id.
   */
  public Writers withCategories(Map<String, Label> categories) {
    Objects.requireNonNull(categories, "categories");
    return new Writers(sections, context.withCategories(categories));
  }

  /**
   * These writers with last year's tier counts: the report's city chart then shows them under this
   * year's.
   */
  public Writers withLastYear(int year, Map<Tier, Integer> tierCounts) {
    Objects.requireNonNull(tierCounts, "tierCounts");
    return new Writers(sections, context.withLastYear(new ReportContext.LastYear(year, tierCounts)));
  }

  /** These writers with one more section (in JSON and HTML), after those already added. */
  public Writers with(Section section) {
    Objects.requireNonNull(section, "section");
    if (sections.stream().anyMatch(s -> s.id().equals(section.id()))) {
      throw new IllegalArgumentException("a section with id " + section.id() + " is already added");
    }
    for (String f : section.files()) {
      if (!AtomicDirectory.OURS.contains(f) || FILES.contains(f)
          || sections.stream().anyMatch(s -> s.files().contains(f))) {
        throw new IllegalArgumentException("section " + section.id() + " cannot write " + f
            + ": not a file fivetype writes beside the results, or already written");
      }
    }
    List<Section> s = new ArrayList<>(sections);
    s.add(section);
    return new Writers(s, context);
  }

  /** The names of every file written: {@link #FILES}, then the sections' extra files. */
  public List<String> files() {
    List<String> all = new ArrayList<>(FILES);
    sections.forEach(s -> all.addAll(s.files()));
    return List.copyOf(all);
  }

  /** The extra sections, in order. */
  public List<Section> sections() {
    return sections;
  }

  /**
   * Writes the four files (and the sections' files) into {@code outDir}, replacing a previous output there (a directory
   * holding anything else is refused).
   *
   * @throws IOException if the directory cannot be written; then nothing is left behind
   */
  public void write(AssessmentResult result, Path outDir) throws IOException {
    write(result, OutputTarget.of(outDir, "results"));
  }

  /**
   * Writes the files into the target's directory (see {@link OutputTarget}: the manifest rule, the
   * inputs never inside, the step before the final move).
   *
   * @throws OutputDirectoryException if the directory holds files the same command did not write, or an input
   * @throws IOException if the directory cannot be written; then nothing is left behind
   */
  // the workbook's thread is always joined, and its failure is thrown from the finally on purpose:
  // when both threads fail, the workbook's failure is the one reported
  @SuppressWarnings("Finally")
  public void write(AssessmentResult result, OutputTarget target) throws IOException {
    AtomicDirectory.write(target, dir -> {
      // results.xlsx costs the most CPU (POI's cells, then deflate): it is written on a second
      // thread beside the other three (results.json first, the largest of them)
      java.util.concurrent.FutureTask<Void> xlsx = new java.util.concurrent.FutureTask<>(() -> {
        XlsxResults.write(result, sections, context, dir.resolve("results.xlsx"));
        return null;
      });
      Thread t = new Thread(xlsx, "fivetype-results-xlsx");
      t.start();
      try {
        JsonResults.write(result, sections, dir.resolve("results.json"));
        CsvResults.write(result, sections, dir.resolve("results.csv"));
        HtmlReport.write(result, sections, context, dir.resolve("report.html"));
        for (Section s : sections) {
          s.writeFiles(result, dir);
        }
      } finally {
        try {
          xlsx.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while writing results.xlsx");
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof IOException io) {
            throw io;
          }
          if (c instanceof RuntimeException re) {
            throw re;
          }
          if (c instanceof Error er) {
            throw er; // out of memory, above all: said as such, not as a failed write
          }
          throw new IOException(c);
        }
      }
    });
  }
}
