package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.plugin.Plugins;
import org.fivetype.rule.ParamReader;
import org.fivetype.rule.ParamWriter;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TierStepKind;
import org.fivetype.spi.TieringContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier steps named and parameterised in a rule file's {@code "steps"}, exported and fingerprinted. */
class TierStepFilesTest {

  /** Caps the units of one category: {@code {"use": "probation", "category": "c", "cap": "PASS"}}. */
  record Probation(String category, Tier cap) implements TierPolicy {
    @Override
    public String id() {
      return "probation";
    }

    @Override
    public Label name() {
      return Label.of("整改期", "probation");
    }

    @Override
    public void apply(TieringContext ctx) {
      for (int u = 0; u < ctx.unitCount(); u++) {
        if (ctx.unit(u).category().equals(category)) {
          ctx.cap(u, cap, Label.of("整改期单位", "a unit on probation"));
        }
      }
    }

    @Override
    public void writeParams(ParamWriter out) {
      out.put("category", category).put("cap", cap.name());
    }
  }

  static final class ProbationKind implements TierStepKind {
    @Override
    public String id() {
      return "probation";
    }

    @Override
    public Label name() {
      return Label.of("整改期", "probation");
    }

    @Override
    public TierPolicy read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("category", "cap");
      String c = p.text("category");
      Tier cap = p.enumValue("cap", Tier.class, Tier.PASS);
      return p.problemCount() > before ? null : new Probation(c, cap);
    }
  }

  static final Plugins PLUGINS = Plugins.of(List.of(), List.of(), List.of(new ProbationKind()));

  /** Two yes/no indicators of 5 points; no quota; {@code steps} spliced in. */
  static String file(String id, String extendsOrIndicators, String steps) {
    return """
        {"format": "fivetype-rules/1", "id": "%s", "name": {"zh": "步骤", "en": "steps"},
         %s,
         "steps": %s}
        """.formatted(id, extendsOrIndicators, steps);
  }

  static final String INDICATORS = """
      "indicators": [
        {"id": "S1.a", "pillar": "SERVICE", "name": {"zh": "甲", "en": "a"}, "points": 5, "measures": ["S1"],
         "evidence": {"what": {"zh": "是否", "en": "yes or no"}, "unit": {"zh": "是否", "en": "yes/no"}, "supplier": "UNIT"},
         "rule": {"kind": "yesNo"}},
        {"id": "S2.b", "pillar": "SERVICE", "name": {"zh": "乙", "en": "b"}, "points": 5, "measures": ["S2"],
         "evidence": {"what": {"zh": "是否", "en": "yes or no"}, "unit": {"zh": "是否", "en": "yes/no"}, "supplier": "UNIT"},
         "rule": {"kind": "yesNo"}}
      ],
      "tiers": {"quota": {}}""";

  @Test
  void aStepNamedInAFileRunsAndIsExportedAndFingerprinted() {
    RuleSet rs = RuleFiles.parse(file("s", INDICATORS, "[{\"use\": \"probation\", \"category\": \"p\"}]"), "s.json",
        Path.of("."), PLUGINS);
    assertThat(rs.extraSteps()).containsExactly(new Probation("p", Tier.PASS));
    // U (category p) and V (c) answer yes twice: 10 of 10 points, EXCELLENT; the step caps U at PASS
    List<Unit> units = List.of(new Unit("U", Label.of("甲", "U"), UnitKind.DEPARTMENT, "p"),
        new Unit("V", Label.of("乙", "V"), UnitKind.DEPARTMENT, "c"));
    List<Observation> obs = List.of(Observation.of("U", 2025, "S1.a", 1), Observation.of("U", 2025, "S2.b", 1),
        Observation.of("V", 2025, "S1.a", 1), Observation.of("V", 2025, "S2.b", 1));
    AssessmentResult r = ScoringPlan.compile(rs).assess(2025, units, obs);
    assertThat(r.unit("U").orElseThrow().tier()).isEqualTo(Tier.PASS);
    assertThat(r.unit("U").orElseThrow().reasons()).extracting(Reason::step).containsExactly("thresholds", "probation");
    assertThat(r.unit("V").orElseThrow().tier()).isEqualTo(Tier.EXCELLENT);

    String json = rs.toJson();
    assertThat(json).endsWith("\"steps\" : [ {\n    \"use\" : \"probation\",\n    \"category\" : \"p\",\n"
        + "    \"cap\" : \"PASS\"\n  } ]\n}\n");
    RuleSet back = RuleFiles.parse(json, "export.json", Path.of("."), PLUGINS);
    assertThat(back.fingerprint()).isEqualTo(rs.fingerprint());
    assertThat(back.toJson()).isEqualTo(json);
    RuleSet otherCap = RuleFiles.parse(file("s", INDICATORS,
        "[{\"use\": \"probation\", \"category\": \"p\", \"cap\": \"GOOD\"}]"), "s.json", Path.of("."), PLUGINS);
    assertThat(otherCap.fingerprint()).as("a step's parameters count in the fingerprint").isNotEqualTo(rs.fingerprint());
  }

  @Test
  void everyProblemOfTheStepsIsReportedWithItsJsonPath() {
    String steps = """
        [{"use": "probaton"}, {"use": "probation", "category": "p", "cap": "BEST", "capp": 1}, 7,
         {"use": "probation", "category": "q"}]""";
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RuleFiles.parse(file("s", INDICATORS, steps), "s.json",
        Path.of("."), PLUGINS));
    assertThat(e.problems()).extracting(Problem::where).containsExactly(
        "s.json: $.steps[0].use", "s.json: $.steps[1].capp", "s.json: $.steps[1].cap", "s.json: $.steps[2]",
        "s.json: $.steps[3].use");
    assertThat(e.problems().get(0).message()).startsWith("no tier step \"probaton\" is registered; registered: [probation]");
    assertThat(e.problems().get(1).message()).startsWith("unknown key (did you mean 'cap'?)");
    assertThat(e.problems().get(4).message()).isEqualTo("the step \"probation\" is named twice");
  }

  @Test
  void aFileThatExtendsABaseKeepsItsStepsAndReplacesOneOfTheSameId(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("base.json"), file("base", INDICATORS, "[{\"use\": \"probation\", \"category\": \"p\"}]"));
    RuleSet kept = RuleFiles.parse(file("child", "\"extends\": \"base.json\"", "[]"), "child.json", dir, PLUGINS);
    assertThat(kept.extraSteps()).containsExactly(new Probation("p", Tier.PASS));
    RuleSet replaced = RuleFiles.parse(file("child", "\"extends\": \"base.json\"",
        "[{\"use\": \"probation\", \"category\": \"q\", \"cap\": \"FAIL\"}]"), "child.json", dir, PLUGINS);
    assertThat(replaced.extraSteps()).containsExactly(new Probation("q", Tier.FAIL));
  }
}
