package org.fivetype.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.consequence.ConsequenceReport;
import org.fivetype.consequence.Consequences;
import org.fivetype.consequence.Regulation;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.YearRecords;
import org.fivetype.records.Aggregation;
import org.fivetype.records.RecordEvidence;
import org.fivetype.records.RecordKind;
import org.fivetype.report.ConsequencesSection;
import org.fivetype.report.SatisfactionSection;
import org.fivetype.report.Writers;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.HistoryStore;
import org.fivetype.store.jdbc.HistoryStores;
import org.jspecify.annotations.Nullable;

/** What assess and demo add to a run: records into the evidence, consequences and satisfaction into the outputs. */
final class Outcomes {
  private Outcomes() {}

  /** The observations with the records' values in; every indicator the records feed must be in the rule set. */
  static List<Observation> evidence(List<Observation> observations, List<Aggregation> aggregations, RuleSet rules) {
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
   * The consequences of the result: from the history store (after storing the year) when one is
   * given, else of this year alone; empty (with a note on {@code err}) when no civil-servant
   * regulation of the rule set was in force in the year.
   */
  static Optional<ConsequenceReport> consequences(AssessmentResult result, Map<String, Integer> staff, @Nullable String history,
      java.io.PrintStream err) {
    RuleSet rs = result.ruleSet();
    int year = result.year();
    if (Regulation.inForce(rs.consequences().quota().regulations(), year).isEmpty()) {
      err.println("note 注意: no consequences for " + year + ": no civil-servant regulation of the rule set was in force "
          + "(该年度无适用的公务员考核规定,不计算奖惩)");
      if (history != null) {
        try (HistoryStore store = HistoryStores.open(history)) {
          store.put(YearRecords.of(result));
        }
      }
      return Optional.empty();
    }
    if (history == null) {
      return Optional.of(Consequences.compute(YearRecords.of(result), Optional.empty(), staff, rs.consequences()));
    }
    try (HistoryStore store = HistoryStores.open(history)) {
      store.put(YearRecords.of(result));
      return Optional.of(Consequences.compute(store, year, staff, rs.consequences()));
    }
  }

  /** The standard writers with the consequences and, if ballots were aggregated, the satisfaction section. */
  static Writers writers(Optional<ConsequenceReport> consequences, List<Aggregation> aggregations) {
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
}
