package org.fivetype.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * How robust an index's ranking is to the uncertain choices of a spec (Monte Carlo over weights,
 * normalisation, aggregation and imputation), as {@link IndexWriters#withRobustness} writes it:
 * per unit its rank in the published run, the median and the 5–95 % interval of its rank over the
 * draws, and, when a sensitivity analysis was run, the first-order and total Sobol indices of its
 * rank per uncertain input. Written to {@code robustness.csv}, a sheet of {@code results.xlsx},
 * {@code robustness} in {@code results.json} and a section of {@code report.html}.
 *
 * @param spec the spec file's name
 * @param runs the base sample size N
 * @param seed the seed
 * @param evaluations how many times the index was computed
 * @param inputs the uncertain inputs' names, in the order of the index arrays
 * @param units one row per unit of the index, in any order
 */
@Surface(Surface.Kind.API)
public record IndexRobustness(String spec, int runs, long seed, long evaluations, List<String> inputs,
    List<UnitRow> units) {

  /**
   * One unit's rank over the draws.
   *
   * @param unit the unit's code
   * @param rank its rank in the published run (0 = none)
   * @param median the median of its rank over the draws
   * @param low the 5th percentile of its rank
   * @param high the 95th percentile of its rank
   * @param first the first-order index of its rank per input (NaN when not computed)
   * @param total the total index of its rank per input (NaN when not computed)
   */
  public record UnitRow(String unit, int rank, double median, double low, double high, double[] first,
      double[] total) {
    public UnitRow {
      Objects.requireNonNull(unit, "unit");
      first = first.clone();
      total = total.clone();
    }
  }

  public IndexRobustness {
    Objects.requireNonNull(spec, "spec");
    inputs = List.copyOf(inputs);
    units = List.copyOf(units);
    for (UnitRow u : units) {
      if (u.first().length != inputs.size() || u.total().length != inputs.size()) {
        throw new IllegalArgumentException("unit " + u.unit() + ": indices for " + u.first().length + " of "
            + inputs.size() + " inputs");
      }
    }
  }

  /** The file this part writes beside the results. */
  public static final String CSV = "robustness.csv";

  /** Whether Sobol indices were computed (else only the rank intervals). */
  public boolean sensitivity() {
    return units.stream().anyMatch(u -> {
      for (double d : u.total()) {
        if (!Double.isNaN(d)) {
          return true;
        }
      }
      return false;
    });
  }

  /** The rows by the order of the index's units. */
  List<UnitRow> ordered(IndexResult r) {
    Map<String, UnitRow> by = new HashMap<>();
    units.forEach(u -> by.put(u.unit(), u));
    List<UnitRow> out = new ArrayList<>();
    for (int i : r.byRank()) {
      UnitRow u = by.get(r.units().get(i));
      if (u != null) {
        out.add(u);
      }
    }
    return Collections.unmodifiableList(out);
  }

  void json(IndexResult r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("spec", spec);
    g.writeNumberField("runs", runs);
    g.writeNumberField("seed", seed);
    g.writeNumberField("evaluations", evaluations);
    g.writeArrayFieldStart("inputs");
    for (String s : inputs) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("units");
    for (UnitRow u : ordered(r)) {
      g.writeStartObject();
      g.writeStringField("unit", u.unit());
      g.writeNumberField("rank", u.rank());
      IndexFiles.number(g, "rankMedian", u.median());
      IndexFiles.number(g, "rank5", u.low());
      IndexFiles.number(g, "rank95", u.high());
      if (sensitivity()) {
        g.writeObjectFieldStart("firstOrder");
        for (int k = 0; k < inputs.size(); k++) {
          IndexFiles.number(g, inputs.get(k), u.first()[k]);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("total");
        for (int k = 0; k < inputs.size(); k++) {
          IndexFiles.number(g, inputs.get(k), u.total()[k]);
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private List<String> header() {
    List<String> h = new ArrayList<>(List.of("unit", "rank", "rank_median", "rank_p5", "rank_p95"));
    if (sensitivity()) {
      inputs.forEach(i -> h.add("first_" + i));
      inputs.forEach(i -> h.add("total_" + i));
    }
    return h;
  }

  void csv(IndexResult r, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      w.write(String.join(",", header().stream().map(Cells::csvText).toList()));
      w.write("\r\n");
      for (UnitRow u : ordered(r)) {
        List<String> c = new ArrayList<>(List.of(Cells.csvText(u.unit()), Integer.toString(u.rank()),
            IndexFiles.plain(u.median()), IndexFiles.plain(u.low()), IndexFiles.plain(u.high())));
        if (sensitivity()) {
          for (double d : u.first()) {
            c.add(IndexFiles.plain(d));
          }
          for (double d : u.total()) {
            c.add(IndexFiles.plain(d));
          }
        }
        w.write(String.join(",", c));
        w.write("\r\n");
      }
    }
  }

  SheetTable sheet(IndexResult r) {
    List<Label> h = new ArrayList<>();
    for (String s : header()) {
      h.add(Label.of(switch (s) {
        case "unit" -> "单位";
        case "rank" -> "名次";
        case "rank_median" -> "名次中位数";
        case "rank_p5" -> "名次 5%";
        case "rank_p95" -> "名次 95%";
        default -> s.startsWith("first_") ? "一阶指数 " + s.substring(6) : "总效应指数 " + s.substring(6);
      }, s));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (UnitRow u : ordered(r)) {
      List<Object> row = new ArrayList<>(List.of(u.unit(), u.rank(), u.median(), u.low(), u.high()));
      if (sensitivity()) {
        for (double d : u.first()) {
          row.add(Double.isNaN(d) ? null : d);
        }
        for (double d : u.total()) {
          row.add(Double.isNaN(d) ? null : d);
        }
      }
      rows.add(row);
    }
    return new SheetTable("robustness 稳健性", h, rows);
  }
}
