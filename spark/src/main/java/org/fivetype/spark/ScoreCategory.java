package org.fivetype.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.pipeline.Evidence;
import org.fivetype.pipeline.Pipeline;
import org.fivetype.plugin.Plugins;
import org.fivetype.records.Aggregation;
import org.fivetype.records.Flag;
import org.fivetype.records.RecordAggregator;
import org.fivetype.records.UnitDiagnostics;
import org.fivetype.records.UnitState;
import org.fivetype.ruleset.RuleFiles;

/** One category's assessment on an executor: the single-machine code on the category's units. */
final class ScoreCategory implements FlatMapGroupsFunction<String, Row, Row> {
  private static final long serialVersionUID = 1L;

  /** Compiled plans by rule-set fingerprint: each executor JVM compiles a rule set once. */
  private static final Map<String, ScoringPlan> PLANS = new ConcurrentHashMap<>();

  private final String json;
  private final String ruleSetId;
  private final String fingerprint;
  private final int year;
  private final LinkedHashMap<String, AggregatorFactory> factories;

  ScoreCategory(String json, String ruleSetId, String fingerprint, int year, Map<String, AggregatorFactory> factories) {
    this.json = json;
    this.ruleSetId = ruleSetId;
    this.fingerprint = fingerprint;
    this.year = year;
    this.factories = new LinkedHashMap<>(factories);
  }

  ScoringPlan plan() {
    return PLANS.computeIfAbsent(fingerprint, f -> {
      var rs = RuleFiles.parse(json, "rule set " + ruleSetId, Path.of("."), Plugins.discover());
      if (!rs.fingerprint().equals(f)) {
        throw new IllegalStateException("rule set " + ruleSetId + " reads back with fingerprint " + rs.fingerprint()
            + " on this executor, not " + f + ": are the same pillar plugins on the executors' class path?");
      }
      return ScoringPlan.compile(rs);
    });
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Iterator<Row> call(String category, Iterator<Row> rows) {
    List<Unit> units = new ArrayList<>();
    List<Observation> observations = new ArrayList<>();
    Map<String, Map<String, UnitState<?>>> states = new HashMap<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      switch (r.getString(2)) {
        case "U" -> units.add(new Unit(r.getString(1), Label.of(r.getString(3), r.getString(4)),
            UnitKind.valueOf(r.getString(5)), r.getString(6)));
        case "O" -> observations.add(new Observation(r.getString(1), year, IndicatorId.of(r.getString(3)),
            r.getDouble(7), r.getString(4)));
        case "S" -> states.computeIfAbsent(r.getString(3), k -> new HashMap<>())
            .put(r.getString(1), (UnitState<?>) SparkRecords.deserialize((byte[]) r.get(8)));
        default -> throw new IllegalStateException("unknown item " + r.getString(2));
      }
    }
    List<String> unitIds = units.stream().map(Unit::id).toList();
    List<Aggregation> aggregations = new ArrayList<>();
    for (Map.Entry<String, AggregatorFactory> e : factories.entrySet()) {
      RecordAggregator a = e.getValue().create();
      aggregations.add(a.finish(year, states.getOrDefault(e.getKey(), Map.of()), unitIds));
    }
    ScoringPlan plan = plan();
    // the pipeline's evidence step, as on one machine: the records' values replace the typed-in ones
    // (records feeding an indicator outside the rule set are refused), then the table is checked.
    // The consequences (bonus pool, quota of excellent civil servants) are city-wide: not per category.
    Evidence evidence = Pipeline.of(plan).evidence(year, units, observations, Map.of(), aggregations);
    AssessmentResult result = plan.assess(evidence.table());
    List<Pillar> pillars = plan.ruleSet().pillars();
    List<IndicatorId> indicators = new ArrayList<>();
    plan.ruleSet().indicators().forEach(i -> indicators.add(i.id()));
    List<Map<String, UnitDiagnostics>> diagnostics = new ArrayList<>();
    for (Aggregation a : aggregations) {
      Map<String, UnitDiagnostics> m = new HashMap<>();
      a.units().forEach(d -> m.put(d.unitId(), d));
      diagnostics.add(m);
    }
    List<Row> out = new ArrayList<>(units.size());
    for (UnitResult u : result.units()) {
      Object[] cells = new Object[10 + pillars.size() + 4];
      int k = 0;
      cells[k++] = u.unit().id();
      cells[k++] = u.unit().name().zh();
      cells[k++] = u.unit().name().en();
      cells[k++] = u.unit().category();
      cells[k++] = u.total();
      cells[k++] = u.maxTotal();
      cells[k++] = u.tier().name();
      cells[k++] = u.tier().label().zh();
      cells[k++] = u.rank();
      cells[k++] = u.categorySize();
      for (Pillar p : pillars) {
        cells[k++] = u.pillar(p).points();
      }
      double[] points = new double[indicators.size()];
      for (int i = 0; i < points.length; i++) {
        points[i] = u.points(indicators.get(i)); // no explanation built
      }
      cells[k++] = points;
      cells[k++] = u.missing().stream().map(IndicatorId::value).toArray(String[]::new);
      List<String> reasons = new ArrayList<>();
      for (Reason r : u.reasons()) {
        reasons.add(r.step() + ": " + r.text().zh() + " | " + r.text().en());
      }
      cells[k++] = reasons.toArray(String[]::new);
      List<String> flags = new ArrayList<>();
      for (int a = 0; a < aggregations.size(); a++) {
        UnitDiagnostics d = diagnostics.get(a).get(u.unit().id());
        if (d != null) {
          for (Flag f : d.flags()) {
            flags.add(aggregations.get(a).kind().id() + ":" + f.code());
          }
        }
      }
      cells[k++] = flags.toArray(String[]::new);
      out.add(RowFactory.create(cells));
    }
    return out.iterator();
  }
}
