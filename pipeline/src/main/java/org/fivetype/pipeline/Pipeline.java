package org.fivetype.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.consequence.ConsequenceReport;
import org.fivetype.consequence.Consequences;
import org.fivetype.consequence.Regulation;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.EvidenceTable;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.YearRecords;
import org.fivetype.input.InputFiles;
import org.fivetype.input.Inputs;
import org.fivetype.input.ReadOptions;
import org.fivetype.input.RecordFiles;
import org.fivetype.input.RecordFiles.RecordFile;
import org.fivetype.records.Aggregation;
import org.fivetype.records.RecordEvidence;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.HistoryStore;

/**
 * The year-end assessment as one library call, the same path {@code fivetype assess} takes:
 * read → raw records → evidence → assess → consequences with history → outputs.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.of(RuleFiles.resolve("urumqi-2004", Plugins.discover()));
 * Outcome outcome = pipeline.run(Path.of("units.csv"), Path.of("observations.csv"), 2024,
 *     List.of(new RecordFile(RecordKind.BALLOTS, Path.of("ballots.csv"))));
 * outcome.write(Path.of("out"));   // results.json, results.csv, results.xlsx, report.html, …
 * }</pre>
 *
 * <p>A run has two halves, each callable on its own: {@link #read} (or {@link #evidence}, from
 * values in memory) gives the checked {@link Evidence}; {@link #assess} gives the {@link Outcome},
 * which writes the outputs or hands them to the embedder. {@link #run} does both.
 *
 * <p>A pipeline is immutable and thread-safe (the rule set is compiled once, in {@link #of}); the
 * {@code with…} methods return a changed copy. With a history store ({@link #withHistory}), each
 * assessed year is stored (replacing it) and the consequences compare it with last year from the
 * store; the caller opens and closes the store. Without one, the consequences are of this year
 * alone. Nothing is printed: what the user should know is in {@link Outcome#notes()}.
 */
@Surface(Surface.Kind.API)
public final class Pipeline {

  private final ScoringPlan plan;
  private final ReadOptions readOptions;
  private final Optional<HistoryStore> history;
  private final boolean storeYear;

  private Pipeline(ScoringPlan plan, ReadOptions readOptions, Optional<HistoryStore> history) {
    this(plan, readOptions, history, true);
  }

  private Pipeline(ScoringPlan plan, ReadOptions readOptions, Optional<HistoryStore> history, boolean storeYear) {
    this.plan = plan;
    this.readOptions = readOptions;
    this.history = history;
    this.storeYear = storeYear;
  }

  /**
   * This pipeline with a history store it only reads: {@link #assess} takes last year's result
   * from the store and stores nothing; the caller stores the year ({@code store.put(
   * YearRecords.of(outcome.result()))}) once everything else of the run has succeeded, so that a
   * run that fails stores nothing (issue 16: the command line stores the year after its outputs
   * are written and before they are moved into place).
   *
   * @param store the history store to read last year from
   * @return the new pipeline
   */
  public Pipeline withHistoryReadOnly(HistoryStore store) {
    return new Pipeline(plan, readOptions, Optional.of(Objects.requireNonNull(store, "store")), false);
  }

  /**
   * A pipeline for this rule set (compiled here), reading with {@link ReadOptions#DEFAULT}, without history.
   *
   * @param rules the rule set
   * @return the pipeline
   */
  public static Pipeline of(RuleSet rules) {
    return of(ScoringPlan.compile(rules));
  }

  /**
   * A pipeline for an already compiled rule set, reading with {@link ReadOptions#DEFAULT}, without history.
   *
   * @param plan the compiled rule set
   * @return the pipeline
   */
  public static Pipeline of(ScoringPlan plan) {
    return new Pipeline(Objects.requireNonNull(plan, "plan"), ReadOptions.DEFAULT, Optional.empty());
  }

  /**
   * This pipeline reading files with the given options (encoding, problems listed, progress).
   *
   * @param options how files are read
   * @return the new pipeline
   */
  public Pipeline withReadOptions(ReadOptions options) {
    return new Pipeline(plan, Objects.requireNonNull(options, "options"), history);
  }

  /**
   * This pipeline with a history store: {@link #assess} stores each year (replacing it) and works
   * out the consequences with last year's result from the store. The caller keeps the store open
   * while the pipeline is used, and closes it.
   *
   * @param store the history store
   * @return the new pipeline
   */
  public Pipeline withHistory(HistoryStore store) {
    return new Pipeline(plan, readOptions, Optional.of(Objects.requireNonNull(store, "store")));
  }

  /** {@return the rule set} */
  public RuleSet ruleSet() {
    return plan.ruleSet();
  }

  /** {@return the compiled rule set (for further analyses on the same evidence, e.g. uncertainty)} */
  public ScoringPlan plan() {
    return plan;
  }

  /**
   * Reads, checks and assesses a year from files: {@link #assess}({@link #read}(…)).
   *
   * @param unitsFile the units (CSV or XLSX)
   * @param observationsFile the observations (CSV or XLSX)
   * @param year the year assessed
   * @param recordFiles at most one raw-record file per record kind; may be empty
   * @return the assessment and its consequences
   */
  public Outcome run(Path unitsFile, Path observationsFile, int year, List<RecordFile> recordFiles) {
    return assess(read(unitsFile, observationsFile, year, recordFiles));
  }

  /**
   * Checks and assesses a year from values in memory: {@link #assess}({@link #evidence}(…)).
   *
   * @param year the year assessed
   * @param units the units
   * @param observations the observations
   * @param staff staff counts by unit id (for the civil-servant quota); may be empty
   * @param aggregations finished raw-record aggregations of this year; may be empty
   * @return the assessment and its consequences
   */
  public Outcome run(int year, List<Unit> units, List<Observation> observations, Map<String, Integer> staff,
      List<Aggregation> aggregations) {
    return assess(evidence(year, units, observations, staff, aggregations));
  }

  /**
   * Reads a year's evidence from files (CSV or XLSX): the units (with their optional staff
   * counts), the observations and the raw-record files, whose aggregated values replace the
   * typed-in ones. Without record files the observations are read straight into the evidence
   * table's columns (no object per row).
   *
   * @param unitsFile the units (CSV or XLSX)
   * @param observationsFile the observations (CSV or XLSX)
   * @param year the year assessed
   * @param recordFiles at most one file per record kind; may be empty
   * @return the year's evidence, checked
   * @throws InvalidInputException listing every problem of the files at once (the units and
   *     observations, and then the record files too), each with its file, row and column; and when
   *     the records feed an indicator that is not in the rule set
   * @throws java.io.UncheckedIOException when a file cannot be read
   */
  public Evidence read(Path unitsFile, Path observationsFile, int year, List<RecordFile> recordFiles) {
    RuleSet rs = plan.ruleSet();
    if (recordFiles.isEmpty()) {
      EvidenceTable table = InputFiles.table(unitsFile, observationsFile, plan, year, readOptions);
      Map<String, Integer> staff = InputFiles.readStaff(unitsFile, readOptions);
      // the input fingerprint (one hash over every value) is worked out beside the assessment
      CompletableFuture<Void> unused = CompletableFuture.runAsync(table::inputFingerprint); // a warm-up: nobody waits
      return new Evidence(table, List.of(), staff);
    }
    // raw records replace typed-in values, so the observations are read as objects first
    Inputs in = readWhole(unitsFile, observationsFile, year, rs, recordFiles);
    List<Aggregation> aggregations = RecordFiles.read(recordFiles, in.units().stream().map(Unit::id).toList(), year,
        readOptions);
    EvidenceTable table = plan.table(year, in.units(), withRecords(in.observations(), aggregations, rs));
    return new Evidence(table, aggregations, in.staff());
  }

  /**
   * A year's evidence from values in memory: the aggregations' values replace the observations'
   * ({@link #withRecords}), then the whole is checked against the rule set.
   *
   * @param year the year assessed
   * @param units the units
   * @param observations the observations
   * @param staff staff counts by unit id (for the civil-servant quota); may be empty
   * @param aggregations finished raw-record aggregations of this year; may be empty
   * @return the year's evidence, checked
   * @throws InvalidInputException listing every problem at once (see {@link ScoringPlan#table})
   */
  public Evidence evidence(int year, List<Unit> units, List<Observation> observations, Map<String, Integer> staff,
      List<Aggregation> aggregations) {
    EvidenceTable table = plan.table(year, units, withRecords(observations, aggregations, plan.ruleSet()));
    return new Evidence(table, aggregations, staff);
  }

  /**
   * The observations with the raw records' values in ({@link RecordEvidence#overlay}): every
   * indicator the records feed must be in the rule set.
   *
   * @param observations the observations
   * @param aggregations the raw-record aggregations whose values replace the observations'
   * @param rules the rule set every fed indicator must be in
   * @return the observations with the records' values in
   * @throws InvalidInputException naming every record kind that feeds an indicator the rule set
   *     does not have
   */
  public static List<Observation> withRecords(List<Observation> observations, List<Aggregation> aggregations,
      RuleSet rules) {
    List<Problem> problems = new ArrayList<>();
    for (Aggregation a : aggregations) {
      for (var id : a.indicators()) {
        if (rules.indicator(id).isEmpty()) {
          problems.add(new Problem("--records " + a.kind().id(), "the records feed the indicator " + id.value()
              + ", which is not in rule set " + rules.id() + ": leave these records out or use a rule set with it"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("the record files do not fit the rule set", problems);
    }
    return RecordEvidence.overlay(observations, aggregations);
  }

  /**
   * Assesses the evidence and works out the consequences: with the history store, if any, after
   * storing the year; none (with a note) when no civil-servant regulation of the rule set was in
   * force in the year.
   *
   * @param evidence the year's evidence, from {@link #read} or {@link #evidence} of this pipeline
   * @return the assessment and its consequences
   * @throws IllegalArgumentException when the evidence was laid out for another pipeline's plan
   * @throws RuntimeException as the history store throws it
   */
  public Outcome assess(Evidence evidence) {
    AssessmentResult result = plan.assess(evidence.table());
    RuleSet rs = result.ruleSet();
    int year = result.year();
    if (Regulation.inForce(rs.consequences().quota().regulations(), year).isEmpty()) {
      if (storeYear) {
        history.ifPresent(store -> store.put(YearRecords.of(result)));
      }
      return new Outcome(result, Optional.empty(), evidence.aggregations(), List.of("no consequences for " + year
          + ": no civil-servant regulation of the rule set was in force (该年度无适用的公务员考核规定,不计算奖惩)"));
    }
    ConsequenceReport consequences;
    if (history.isEmpty()) {
      consequences = Consequences.compute(YearRecords.of(result), Optional.empty(), evidence.staff(), rs.consequences());
    } else {
      HistoryStore store = history.get();
      if (storeYear) {
        store.put(YearRecords.of(result));
        consequences = Consequences.compute(store, year, evidence.staff(), rs.consequences());
      } else {
        consequences = Consequences.compute(YearRecords.of(result), store.get(year - 1), evidence.staff(),
            rs.consequences());
      }
    }
    return new Outcome(result, Optional.of(consequences), evidence.aggregations(), List.of());
  }

  /**
   * Units and observations, checked whole; when they have problems, the record files are checked
   * too (against the units, if those are valid), so every problem shows at once.
   */
  private Inputs readWhole(Path units, Path observations, int year, RuleSet rs, List<RecordFile> recordFiles) {
    try {
      return InputFiles.read(units, observations, rs, year, readOptions);
    } catch (InvalidInputException e) {
      List<Problem> all = new ArrayList<>(e.problems());
      List<Unit> us;
      try {
        us = InputFiles.readUnits(units, readOptions);
      } catch (InvalidInputException unitsBad) {
        throw e;
      }
      try {
        RecordFiles.read(recordFiles, us.stream().map(Unit::id).toList(), year, readOptions);
      } catch (InvalidInputException recordsBad) {
        all.addAll(recordsBad.problems());
      }
      throw new InvalidInputException("the input files are not valid", all);
    }
  }
}
