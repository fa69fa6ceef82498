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

  @Option(names = "--observations", paramLabel = "O", required = true,
      description = "The observations: CSV or XLSX with unit_id, year, indicator_id, value (+ source, note).")
  Path observations;

  @Option(names = {"-y", "--year"}, paramLabel = "Y", required = true, description = "The year assessed.")
  int year;

  @Option(names = "--records", paramLabel = "KIND=FILE",
      description = "Raw records (CSV or XLSX) whose aggregated values replace the typed-in ones; KIND is one of "
          + "ballots, complaints, meetings, cases, research-days (docs/records.md). Repeatable, one file per kind.")
  List<String> records;
}
