package org.fivetype.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.UnitResult;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;

/**
 * {@code results.json}, format {@code fivetype-results/1} (see {@code docs/output-files.md}): the
 * year, fingerprints, tier counts, the indicator catalogue (with each rule's description), every
 * unit with its totals, tier, reasons and its values and points as arrays in catalogue order, the
 * extra sections and the complete rule set, so that the file alone can be explained again.
 */
final class JsonResults {
  private JsonResults() {}

  static final String FORMAT = "fivetype-results/1";
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  static void write(AssessmentResult result, List<Section> sections, Path file) throws IOException {
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator g = FACTORY.createGenerator(os)) {
      // objects indented, arrays on one line: a unit's values and points stay one line each
      g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
          .withArrayIndenter(com.fasterxml.jackson.core.util.DefaultPrettyPrinter.FixedSpaceIndenter.instance));
      write(result, sections, g);
    }
  }

  private static void write(AssessmentResult result, List<Section> sections, JsonGenerator g) throws IOException {
    RuleSet rs = result.ruleSet();
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("year", result.year());
    g.writeObjectFieldStart("ruleSet");
    g.writeStringField("id", rs.id());
    label(g, "name", rs.name());
    g.writeStringField("fingerprint", result.ruleSetFingerprint());
    g.writeNumberField("maxTotal", result.maxTotal());
    if (!rs.departures().isEmpty()) {
      // the principles of the programme the rule set departs from on purpose, with the reasons
      g.writeObjectFieldStart("departures");
      for (var d : rs.departures().entrySet()) {
        g.writeStringField(d.getKey(), d.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeStringField("inputFingerprint", result.inputFingerprint());
    g.writeObjectFieldStart("tierCounts");
    for (var e : result.tierCounts().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("pillars");
    for (Pillar p : rs.pillars()) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      label(g, "name", p.name());
      g.writeNumberField("max", rs.budget(p));
      g.writeEndObject();
    }
    g.writeEndArray();
    List<IndicatorSpec> inds = rs.indicators();
    g.writeArrayFieldStart("indicators");
    for (IndicatorSpec i : inds) {
      g.writeStartObject();
      g.writeStringField("id", i.id().value());
      g.writeStringField("pillar", i.pillar().id());
      label(g, "name", i.name());
      g.writeNumberField("points", i.points());
      g.writeBooleanField("hard", i.hard());
      label(g, "rule", i.rule().describe(i.points()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("units");
    IndicatorId[] ids = inds.stream().map(IndicatorSpec::id).toArray(IndicatorId[]::new);
    NumberTexts numbers = new NumberTexts();
    for (UnitResult u : result.units()) {
      g.writeStartObject();
      g.writeStringField("id", u.unit().id());
      label(g, "name", u.unit().name());
      g.writeStringField("kind", u.unit().kind().name());
      g.writeStringField("category", u.unit().category());
      g.writeNumberField("total", u.total());
      g.writeStringField("tier", u.tier().name());
      g.writeNumberField("rank", u.rank());
      g.writeNumberField("categorySize", u.categorySize());
      g.writeObjectFieldStart("pillars");
      for (var p : u.pillars()) {
        g.writeNumberField(p.pillar().id(), p.points());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("reasons");
      for (Reason r : u.reasons()) {
        g.writeStartObject();
        g.writeStringField("step", r.step());
        g.writeStringField("tier", r.tier().name());
        label(g, "text", r.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      ids(g, "vetoes", u.vetoes());
      ids(g, "failedHard", u.failedHard());
      ids(g, "missing", u.missing());
      g.writeArrayFieldStart("values");
      for (IndicatorId id : ids) {
        double v = u.value(id);
        if (Double.isNaN(v)) {
          g.writeNull();
        } else {
          numbers.write(g, v);
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("points");
      for (IndicatorId id : ids) {
        numbers.write(g, u.points(id));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("sections");
    for (Section s : sections) {
      g.writeFieldName(s.id());
      s.json(result, g);
    }
    g.writeEndObject();
    g.writeFieldName("rules");
    JsonNode rules = MAPPER.readTree(rs.toJson());
    MAPPER.writeTree(g, rules);
    g.writeEndObject();
  }

  static void label(JsonGenerator g, String field, Label l) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("zh", l.zh());
    g.writeStringField("en", l.en());
    g.writeEndObject();
  }

  private static void ids(JsonGenerator g, String field, List<IndicatorId> ids) throws IOException {
    g.writeArrayFieldStart(field);
    for (IndicatorId id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  /**
   * The text Jackson writes for a double ({@code NumberOutput.toString(v, true)}, the fast writer
   * {@link #FACTORY} enables), remembered for recent values in a direct-mapped cache: evidence and
   * points repeat values across units, and formatting 20 million doubles is most of the work of a
   * large results file. {@code g.writeNumber(text)} then writes the same bytes as
   * {@code g.writeNumber(v)}.
   */
  static final class NumberTexts {
    private static final int BITS = 16;
    private final long[] keys = new long[1 << BITS];
    private final String[] texts = new String[1 << BITS];

    /** Writes a number as {@code g.writeNumber(v)} does. */
    void write(JsonGenerator g, double v) throws IOException {
      if (Double.isFinite(v)) {
        g.writeNumber(of(v));
      } else {
        g.writeNumber(v); // NaN and infinities as Jackson writes them (quoted)
      }
    }

    String of(double v) {
      long bits = Double.doubleToRawLongBits(v);
      int k = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
      String t = texts[k];
      if (t != null && keys[k] == bits) {
        return t;
      }
      t = com.fasterxml.jackson.core.io.NumberOutput.toString(v, true);
      keys[k] = bits;
      texts[k] = t;
      return t;
    }
  }

  /** The tier named in a results file. */
  static Tier tier(String name) {
    return Tier.valueOf(name);
  }
}
