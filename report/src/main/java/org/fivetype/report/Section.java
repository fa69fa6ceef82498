package org.fivetype.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.UnitResult;

/**
 * An extra part of the results, added with {@link Writers#with(Section)}: later features
 * (consequences, robustness, satisfaction …) each add one. A section writes one JSON value under
 * {@code "sections"} in {@code results.json} and a part of {@code report.html}, with the city-wide parts before the unit pages (and, with
 * {@link #unitHtml}, a part of each unit's page);
 * it may also add columns to {@code results.csv}, a sheet to {@code results.xlsx} and files of its
 * own beside them (the defaults add nothing). Everything is written into the same temporary
 * directory, so a section's files appear all at once with the rest.
 */
@Surface(Surface.Kind.SPI)
public interface Section {

  /** The key in {@code results.json}'s {@code sections} and the anchor in the report: lower-case, dashes. */
  String id();

  /** The bilingual title shown in the report. */
  Label title();

  /** Writes this section's JSON value (an object, usually). */
  void json(AssessmentResult result, JsonGenerator json) throws IOException;

  /** Writes this section's part of the report. */
  void html(AssessmentResult result, Html html);

  /**
   * This section's part of a unit's page in the report, after the unit's indicators (nothing by
   * default): what a reader of that unit's page should see about it.
   */
  default void unitHtml(AssessmentResult result, UnitResult unit, Html html) {
    // nothing by default
  }

  /** Extra columns of {@code results.csv}, after the standard ones: lower-case names with underscores. */
  default List<String> csvColumns(AssessmentResult result) {
    return List.of();
  }

  /**
   * This section's cells of a unit's row of {@code results.csv}, one per {@link #csvColumns}, as
   * plain text (the writer quotes and neutralises them).
   */
  default List<String> csvCells(AssessmentResult result, UnitResult unit) {
    return List.of();
  }

  /** A sheet of {@code results.xlsx}, after the category sheets, if this section has one. */
  default Optional<SheetTable> sheet(AssessmentResult result) {
    return Optional.empty();
  }

  /** The names of the files this section writes beside the standard four (none by default). */
  default List<String> files() {
    return List.of();
  }

  /** Writes the files named by {@link #files()} into {@code dir}. */
  default void writeFiles(AssessmentResult result, Path dir) throws IOException {
    // no files by default
  }
}
