package org.fivetype.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fivetype.api.Surface;
import org.fivetype.consequence.ConsequenceReport;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.records.Aggregation;
import org.fivetype.records.RecordKind;
import org.fivetype.report.ConsequencesSection;
import org.fivetype.report.SatisfactionSection;
import org.fivetype.report.Writers;

/**
 * What a {@link Pipeline} run gives: the assessment, its consequences and what the outputs need.
 * Nothing is written until {@link #write} is called (or the embedder writes {@link #result} its own
 * way).
 *
 * @param result the assessment (scores, tiers with reasons, fingerprints)
 * @param consequences the consequences (bonus, civil-servant quota, leader accountability,
 *     direction of travel), worked out with last year from the history store when the pipeline
 *     has one; empty when no civil-servant regulation of the rule set was in force in the year
 * @param aggregations the raw-record aggregations that fed the evidence
 * @param notes what the user should know about the run (for example why there are no
 *     consequences), one line each, in Chinese and English
 */
@Surface(Surface.Kind.API)
public record Outcome(AssessmentResult result, Optional<ConsequenceReport> consequences,
    List<Aggregation> aggregations, List<String> notes) {
  /**
   * Copies the aggregations and the notes, which cannot change afterwards.
   *
   * @param result the assessment
   * @param consequences the consequences; empty when no civil-servant regulation was in force
   * @param aggregations the raw-record aggregations that fed the evidence
   * @param notes what the user should know about the run, one line each
   */
  public Outcome {
    aggregations = List.copyOf(aggregations);
    notes = List.copyOf(notes);
  }

  /**
   * The writers of the outputs: the standard four (results.json, results.csv, results.xlsx,
   * report.html), with the consequences section (and cadre-records.csv) when there are
   * consequences, and the satisfaction section when ballots were aggregated. Add sections with
   * {@link Writers#with} before writing.
   *
   * @return the writers
   */
  public Writers writers() {
    Writers w = Writers.standard();
    if (consequences.isPresent()) {
      w = w.with(ConsequencesSection.of(consequences.get()));
    }
    for (Aggregation a : aggregations) {
      if (a.kind() == RecordKind.BALLOTS) {
        w = w.with(SatisfactionSection.of(a));
      }
    }
    return w;
  }

  /**
   * Writes the outputs of {@link #writers()} into {@code outDir}, all at once (see {@link
   * Writers#write}).
   *
   * @param outDir the output directory
   * @return the names of the files written
   * @throws IOException if the directory cannot be written; then nothing is left behind
   */
  public List<String> write(Path outDir) throws IOException {
    Writers w = writers();
    w.write(result, outDir);
    return w.files();
  }
}
