package org.fivetype.report;

import static org.fivetype.api.Numbers.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Pillar;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.UnitResult;

/**
 * {@code results.csv}: UTF-8 with a byte-order mark (so that Excel shows the Chinese names), a
 * row per unit in unit-id order: identity, total, tier, rank, one column per pillar, and the
 * vetoes, failed hard indicators and missing evidence, then the sections' columns. When the rule
 * set departs from the programme's principles on purpose ({@code departures}), a last column
 * {@code departures} repeats them on every row ({@code A7: the reason; …}), so that no copy or
 * extract of the table loses them. Text that a spreadsheet could take for a formula gets a
 * leading apostrophe.
 */
final class CsvResults {
  private CsvResults() {}

  static List<String> header(AssessmentResult result) {
    return header(result, List.of());
  }

  static List<String> header(AssessmentResult result, List<Section> sections) {
    List<String> h = new java.util.ArrayList<>(List.of("unit_id", "name_zh", "name_en", "kind", "category",
        "total", "max_total", "tier", "tier_zh", "rank", "category_size"));
    for (Pillar p : result.ruleSet().pillars()) {
      h.add(p.id().toLowerCase(Locale.ROOT));
    }
    h.addAll(List.of("vetoes", "failed_hard", "missing"));
    for (Section s : sections) {
      h.addAll(s.csvColumns(result));
    }
    if (!result.ruleSet().departures().isEmpty()) {
      h.add(DEPARTURES);
    }
    return h;
  }

  /** The name of the last column when the rule set lists departures. */
  static final String DEPARTURES = "departures";

  /** The rule set's departures on one line: {@code A5: reason; A7: reason}, by principle; empty if none. */
  static String departures(org.fivetype.ruleset.RuleSet rs) {
    return rs.departures().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("; "));
  }

  static void write(AssessmentResult result, Path file) throws IOException {
    write(result, List.of(), file);
  }

  static void write(AssessmentResult result, List<Section> sections, Path file) throws IOException {
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
        1 << 16)) {
      w.write('\uFEFF');
      w.write(String.join(",", header(result, sections)));
      w.write("\r\n");
      StringBuilder sb = new StringBuilder(256);
      String max = format(result.maxTotal());
      String departures = result.ruleSet().departures().isEmpty() ? null : Cells.csvText(departures(result.ruleSet()));
      for (UnitResult u : result.units()) {
        sb.setLength(0);
        sb.append(Cells.csvText(u.unit().id())).append(',')
            .append(Cells.csvText(u.unit().name().zh())).append(',')
            .append(Cells.csvText(u.unit().name().en())).append(',')
            .append(u.unit().kind().name().toLowerCase(Locale.ROOT)).append(',')
            .append(Cells.csvText(u.unit().category())).append(',')
            .append(format(u.total())).append(',')
            .append(max).append(',')
            .append(u.tier().name()).append(',')
            .append(u.tier().label().zh()).append(',')
            .append(u.rank()).append(',')
            .append(u.categorySize());
        for (var p : u.pillars()) {
          sb.append(',').append(format(p.points()));
        }
        sb.append(',').append(ids(u.vetoes()))
            .append(',').append(ids(u.failedHard()))
            .append(',').append(ids(u.missing()));
        for (Section s : sections) {
          for (String c : s.csvCells(result, u)) {
            sb.append(',').append(Cells.csvText(c));
          }
        }
        if (departures != null) {
          sb.append(',').append(departures);
        }
        sb.append("\r\n");
        w.append(sb);
      }
    }
  }

  private static String ids(List<IndicatorId> ids) {
    return Cells.csvText(ids.stream().map(IndicatorId::value).collect(Collectors.joining(" ")));
  }
}
