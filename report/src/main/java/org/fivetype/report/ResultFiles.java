package org.fivetype.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;

/**
 * Reads a {@code results.json} back: the rule set, units and evidence it holds are assessed
 * again and must give the same fingerprints, so what is explained is what was published.
 */
@Surface(Surface.Kind.API)
public final class ResultFiles {
  private ResultFiles() {}

  /**
   * A saved assessment, assessed again.
   *
   * @param plan the compiled rule set of the file
   * @param year the year
   * @param units the units
   * @param observations the evidence
   * @param result the assessment, identical to the one written
   */
  public record Saved(ScoringPlan plan, int year, List<Unit> units, List<Observation> observations,
      AssessmentResult result) {}

  /**
   * Loads {@code results.json} from a results directory (or the file itself).
   *
   * @throws InvalidInputException if the file is missing, not a fivetype results file, or was
   *     changed after it was written
   */
  public static Saved load(Path dirOrFile, Plugins plugins) {
    Path file = Files.isDirectory(dirOrFile) ? dirOrFile.resolve("results.json") : dirOrFile;
    String name = file.toString();
    JsonNode root;
    try {
      root = JsonResults.MAPPER.readTree(file.toFile());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw bad(name, "the file does not exist: expected the --out directory of fivetype assess or demo");
    } catch (IOException e) {
      throw bad(name, "not valid JSON: " + e.getMessage());
    }
    if (root == null || !JsonResults.FORMAT.equals(root.path("format").asText())) {
      throw bad(name, "not a fivetype results file: expected \"format\": \"" + JsonResults.FORMAT + "\"");
    }
    String at = "$.rules"; // where in the file is being read: a fault is reported there
    try {
      RuleSet rules = RuleFiles.parse(root.get("rules").toString(), name + ": $.rules",
          file.toAbsolutePath().getParent(), plugins);
      at = "$.year";
      int year = need(root.get("year")).asInt();
      List<IndicatorId> ids = new ArrayList<>();
      at = "$.indicators";
      int n = 0;
      for (JsonNode i : need(root.get("indicators"))) {
        at = "$.indicators[" + n++ + "].id";
        ids.add(IndicatorId.of(need(i.get("id")).asText()));
      }
      List<Unit> units = new ArrayList<>();
      List<Observation> obs = new ArrayList<>();
      at = "$.units";
      int row = 0;
      for (JsonNode u : need(root.get("units"))) {
        at = "$.units[" + row++ + "]";
        String id = need(u.get("id")).asText();
        String base = at;
        at = base + ".kind";
        UnitKind kind = UnitKind.valueOf(need(u.get("kind")).asText());
        at = base;
        units.add(new Unit(id, Label.of(u.get("name").get("zh").asText(), u.get("name").get("en").asText()),
            kind, u.get("category").asText()));
        at = base + ".values";
        JsonNode values = need(u.get("values"));
        for (int k = 0; k < ids.size(); k++) {
          JsonNode v = values.get(k);
          if (v != null && !v.isNull()) {
            obs.add(new Observation(id, year, ids.get(k), v.asDouble(), ""));
          }
        }
      }
      at = "$.units";
      ScoringPlan plan = ScoringPlan.compile(rules);
      AssessmentResult result = plan.assess(year, units, obs);
      List<Problem> problems = new ArrayList<>();
      if (!result.ruleSetFingerprint().equals(root.path("ruleSet").path("fingerprint").asText())) {
        problems.add(new Problem(name + ": $.ruleSet.fingerprint", "does not match the rule set in $.rules: "
            + "the file was changed after it was written"));
      }
      // the evidence is assessed again: every unit's total and tier must be those written
      int k = 0;
      for (JsonNode u : root.get("units")) {
        var again = result.unit(u.get("id").asText()).orElseThrow();
        if (Math.abs(again.total() - u.get("total").asDouble()) > 1e-9 || !again.tier().name().equals(
            u.get("tier").asText())) {
          problems.add(new Problem(name + ": $.units[" + k + "]", "unit " + again.unit().id() + ": total "
              + u.get("total").asText() + " / " + u.get("tier").asText() + " written, but its values give "
              + again.total() + " / " + again.tier() + ": the file was changed after it was written"));
        }
        k++;
      }
      if (problems.isEmpty()) {
        return new Saved(plan, year, units, obs, result);
      }
      throw new InvalidInputException("the results file is not consistent", problems);
    } catch (NullPointerException | IllegalArgumentException e) {
      throw bad(name + ": " + at, "a field is missing or malformed (" + e.getMessage()
          + "): expected a file written by fivetype");
    }
  }

  /** The node, or a NullPointerException saying the field is missing (reported at the path being read). */
  private static JsonNode need(@org.jspecify.annotations.Nullable JsonNode n) {
    if (n == null || n.isNull()) {
      throw new NullPointerException("missing");
    }
    return n;
  }

  private static InvalidInputException bad(String where, String message) {
    return new InvalidInputException("cannot read the results", List.of(new Problem(where, message)));
  }
}
