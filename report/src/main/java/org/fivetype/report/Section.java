package org.fivetype.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fivetype.api.Label;
import org.fivetype.engine.AssessmentResult;

/**
 * An extra part of the results, added with {@link Writers#with(Section)}: later features
 * (consequences, robustness, satisfaction …) each add one. A section writes one JSON value under
 * {@code "sections"} in {@code results.json} and a part of {@code report.html}, after the units.
 */
public interface Section {

  /** The key in {@code results.json}'s {@code sections} and the anchor in the report: lower-case, dashes. */
  String id();

  /** The bilingual title shown in the report. */
  Label title();

  /** Writes this section's JSON value (an object, usually). */
  void json(AssessmentResult result, JsonGenerator json) throws IOException;

  /** Writes this section's part of the report. */
  void html(AssessmentResult result, Html html);

  /** The names of the extra files this section writes beside the four outputs (none by default). */
  default List<String> files() {
    return List.of();
  }

  /**
   * Writes this section's extra files (named by {@link #files()}) into {@code dir}, the temporary
   * directory that becomes the output, so they appear at once with the rest.
   */
  default void writeFiles(AssessmentResult result, Path dir) throws IOException {}
}
