package org.fivetype.cli;

import java.nio.file.Path;
import java.util.List;
import org.fivetype.ruleset.RuleFiles;
import picocli.CommandLine.Option;

/** The inputs of one year's assessment, shared by the commands that assess ({@code assess}, {@code sensitivity}). */
final class AssessmentInputs {

  @Option(names = {"-r", "--rules"}, paramLabel = "R", defaultValue = RuleFiles.URUMQI_2004,
      description = "A rule file (.json) or a built-in rule-set name (default: ${DEFAULT-VALUE}).")
  String rules;

  @Option(names = {"-u", "--units"}, paramLabel = "U", required = true,
      description = "The units: CSV or XLSX with unit_id, name_zh, name_en, kind, category.")
  Path units;

  @Option(names = {"-o", "--observations"}, paramLabel = "O", required = true,
      description = "The observations: CSV or XLSX with unit_id, year, indicator_id, value (+ source, note).")
  Path observations;

  @Option(names = {"-y", "--year"}, paramLabel = "Y", required = true, description = "The year assessed.")
  int year;

  @Option(names = "--records", paramLabel = "KIND=FILE",
      description = "Raw records (CSV or XLSX) whose aggregated values replace the typed-in ones; KIND is one of "
          + "ballots, complaints, meetings, cases, research-days (docs/records.md). Repeatable, one file per kind.")
  List<String> records;

  /**
   * Checks the files (see {@link Checks#input}): a directory, a loop, a named pipe or an unreadable
   * file fails with exit 4; a shell pipe is read into a temporary copy, which then stands for it.
   */
  void checkFiles() throws java.io.IOException {
    units = Checks.input("--units", units);
    observations = Checks.input("--observations", observations);
    if (rules != null && rules.endsWith(".json")) {
      Checks.input("--rules", Path.of(rules));
    }
  }

  /** Every input file of the run: units, observations, the rule file, the record files. */
  List<Path> files(List<org.fivetype.input.RecordFiles.RecordFile> recordFiles) {
    List<Path> all = new java.util.ArrayList<>(List.of(units, observations));
    if (rules != null && rules.endsWith(".json")) {
      all.add(Path.of(rules));
    }
    recordFiles.forEach(r -> all.add(r.file()));
    return all;
  }
}
