package org.fivetype.report;

import static org.fivetype.api.Numbers.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.UnitResult;
import org.fivetype.records.Aggregation;
import org.fivetype.records.BallotAggregator;
import org.fivetype.records.Flag;
import org.fivetype.records.RecordKind;
import org.fivetype.records.UnitDiagnostics;

/**
 * Each unit's satisfaction from the appraisal ballots (万人评议, E8) with its confidence interval:
 * under {@code satisfaction} in {@code results.json}, a table in {@code report.html} and the columns
 * {@code satisfaction, satisfaction_low, satisfaction_high, satisfaction_flags} of
 * {@code results.csv}. A unit with too few ballots shows its flag and no share.
 */
@Surface(Surface.Kind.API)
public final class SatisfactionSection implements Section {

  private final Aggregation ballots;
  private final Map<String, UnitDiagnostics> byId = new HashMap<>();

  private SatisfactionSection(Aggregation ballots) {
    this.ballots = Objects.requireNonNull(ballots, "ballots");
    if (ballots.kind() != RecordKind.BALLOTS) {
      throw new IllegalArgumentException("the satisfaction section needs the ballots' aggregation, not "
          + ballots.kind().id());
    }
    ballots.units().forEach(d -> byId.put(d.unitId(), d));
  }

  /** The section of the ballots' aggregation. */
  public static SatisfactionSection of(Aggregation ballots) {
    return new SatisfactionSection(ballots);
  }

  @Override
  public String id() {
    return "satisfaction";
  }

  @Override
  public Label title() {
    return Label.of("万人评议满意度(95%置信区间)", "Citizen appraisal: satisfaction with its confidence interval");
  }

  @Override
  public void json(AssessmentResult result, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", ballots.year());
    g.writeArrayFieldStart("indicators");
    for (var i : ballots.indicators()) {
      g.writeString(i.value());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("units");
    for (UnitDiagnostics d : ballots.units()) {
      g.writeStartObject();
      g.writeStringField("id", d.unitId());
      double p = d.figure("satisfaction");
      if (Double.isNaN(p)) {
        g.writeNullField("satisfaction");
      } else {
        g.writeNumberField("satisfaction", p);
      }
      if (d.interval().isPresent()) {
        var i = d.interval().get();
        g.writeObjectFieldStart("interval");
        g.writeNumberField("low", i.low());
        g.writeNumberField("high", i.high());
        g.writeNumberField("level", i.level());
        g.writeStringField("method", i.method());
        g.writeEndObject();
      } else {
        g.writeNullField("interval");
      }
      g.writeObjectFieldStart("figures");
      for (var e : d.figures().entrySet()) {
        if (!Double.isNaN(e.getValue())) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
      }
      g.writeEndObject();
      g.writeArrayFieldStart("flags");
      for (Flag f : d.flags()) {
        g.writeStartObject();
        g.writeStringField("code", f.code());
        JsonResults.label(g, "text", f.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  @Override
  public void html(AssessmentResult result, Html html) {
    html.paragraph(Label.of("满意度 = (满意 + 比较满意 + 基本满意) / (全部答案 − 不了解);区间为95%置信区间(Wilson)。",
        "Satisfaction = (satisfied + fairly + basically satisfied) / (all answers − don't know); the interval is "
            + "the 95% confidence interval (Wilson)."));
    List<List<String>> rows = new ArrayList<>();
    int shown = 0;
    Map<String, Integer> order = ReportContext.orderIndex(result);
    List<UnitDiagnostics> units = new ArrayList<>(ballots.units());
    units.sort(java.util.Comparator.comparingInt((UnitDiagnostics d) -> order.getOrDefault(d.unitId(), Integer.MAX_VALUE))
        .thenComparing(UnitDiagnostics::unitId));
    for (UnitDiagnostics d : units) {
      if (shown++ >= Writers.DETAIL_LIMIT) {
        break;
      }
      String name = result.unit(d.unitId()).map(u -> u.unit().name().zh() + " / " + u.unit().name().en())
          .orElse(d.unitId());
      String category = result.unit(d.unitId()).map(u -> html.context().categoryText(u.unit().category())).orElse("–");
      double valid = d.figure("valid");
      rows.add(List.of(name, category, ReportContext.shown(BallotAggregator.describe(d)),
          Double.isNaN(valid) ? "–" : format(valid),
          d.flags().isEmpty() ? "–" : d.flags().stream().map(f -> f.text().zh() + " / " + f.text().en())
              .collect(Collectors.joining("; "))));
    }
    html.table(List.of(Label.of("单位", "unit"), Label.of("类别", "category"), Label.of("满意度 [95%区间]", "satisfaction [95% interval]"),
        Label.of("有效票数", "valid ballots"), Label.of("标记", "flags")), rows);
    if (ballots.units().size() > Writers.DETAIL_LIMIT) {
      html.paragraph(Label.of("仅列出前" + Writers.DETAIL_LIMIT + "个单位,其余见 results.json",
          "the first " + Writers.DETAIL_LIMIT + " units only: the others are in results.json"));
    }
  }

  @Override
  public List<String> csvColumns(AssessmentResult result) {
    return List.of("satisfaction", "satisfaction_low", "satisfaction_high", "satisfaction_flags");
  }

  @Override
  public List<String> csvCells(AssessmentResult result, UnitResult unit) {
    UnitDiagnostics d = byId.get(unit.unit().id());
    if (d == null) {
      return List.of("", "", "", "");
    }
    double p = d.figure("satisfaction");
    return List.of(Double.isNaN(p) ? "" : format(p),
        d.interval().map(i -> format(i.low())).orElse(""),
        d.interval().map(i -> format(i.high())).orElse(""),
        d.flags().stream().map(Flag::code).collect(Collectors.joining(" ")));
  }
}
