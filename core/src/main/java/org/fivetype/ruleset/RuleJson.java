package org.fivetype.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import org.fivetype.api.Label;
import org.fivetype.api.Measure;
import org.fivetype.api.Pillar;
import org.fivetype.api.Tier;
import org.fivetype.consequence.ConsequenceSettings;
import org.fivetype.consequence.Regulation;
import org.fivetype.rule.ScoringRule;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.TierPolicy;

/** Writes rule sets as JSON: the complete export, and the canonical form that is fingerprinted. */
final class RuleJson {
  private RuleJson() {}

  /** The value of {@code "format"} in every rule file this version reads and writes. */
  static final String FORMAT = "fivetype-rules/1";

  static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

  static String export(RuleSet rs) {
    try {
      return PRETTY.writeValueAsString(tree(rs)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String fingerprint(RuleSet rs) {
    try {
      byte[] bytes = CANONICAL.writeValueAsBytes(tree(rs));
      return Hashing.sha256().hashBytes(bytes).toString();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode tree(RuleSet rs) {
    ObjectNode root = PRETTY.createObjectNode();
    root.put("format", FORMAT);
    root.put("id", rs.id());
    root.set("name", label(rs.name()));
    ArrayNode pillars = root.putArray("pillars");
    for (Pillar p : rs.pillars()) {
      ObjectNode n = pillars.addObject();
      n.put("id", p.id());
      n.set("name", label(p.name()));
      n.put("budget", rs.budget(p));
    }
    ArrayNode inds = root.putArray("indicators");
    for (IndicatorSpec i : rs.indicators()) {
      inds.add(indicator(i));
    }
    ObjectNode total = root.putObject("total");
    total.put("method", rs.total().kind().name());
    if (rs.total().kind() == TotalMethod.Kind.WEIGHTED_SHARES) {
      total.put("scale", rs.total().scale());
      ObjectNode w = total.putObject("weights");
      rs.total().weights().forEach(w::put);
    }
    root.set("tiers", tiers(rs.tiers()));
    if (!rs.departures().isEmpty()) {
      // only when there are any, so that every other rule set keeps its export and fingerprint
      ObjectNode d = root.putObject("departures");
      rs.departures().forEach(d::put);
    }
    if (!rs.consequences().equals(ConsequenceSettings.DEFAULTS)) {
      // only when changed, so that the rule sets written before consequences were a key keep
      // their export and fingerprint
      root.set("consequences", consequences(rs.consequences()));
    }
    if (!rs.extraSteps().isEmpty()) {
      // only when there are steps, so that rule sets without keep their export and fingerprint
      ArrayNode steps = root.putArray("steps");
      for (TierPolicy t : rs.extraSteps()) {
        ObjectNode n = steps.addObject();
        n.put("use", t.id());
        t.writeParams(JsonParams.writer(n));
      }
    }
    return root;
  }

  static ObjectNode indicator(IndicatorSpec i) {
    ObjectNode n = PRETTY.createObjectNode();
    n.put("id", i.id().value());
    n.put("pillar", i.pillar().id());
    n.set("name", label(i.name()));
    n.set("description", label(i.description()));
    n.put("points", i.points());
    n.put("hard", i.hard());
    ArrayNode ms = n.putArray("measures");
    for (Measure m : i.measures()) {
      ms.add(m.id());
    }
    ObjectNode ev = n.putObject("evidence");
    ev.set("what", label(i.evidence().what()));
    ev.set("unit", label(i.evidence().unitOfMeasure()));
    ev.put("supplier", i.evidence().supplier().name());
    n.set("rule", rule(i.rule()));
    return n;
  }

  static ObjectNode rule(ScoringRule r) {
    ObjectNode n = PRETTY.createObjectNode();
    n.put("kind", r.kind());
    r.ruleKind().writeRule(r, JsonParams.writer(n));
    return n;
  }

  static ObjectNode tiers(TierSettings t) {
    ObjectNode n = PRETTY.createObjectNode();
    ObjectNode th = n.putObject("thresholds");
    th.put("EXCELLENT", t.excellentAt());
    th.put("GOOD", t.goodAt());
    th.put("PASS", t.passAt());
    n.putObject("veto").put("cap", t.vetoCap().name()).put("missingEvidence", t.missingVetoEvidence().name());
    ObjectNode hard = n.putObject("hard");
    hard.put("passShare", t.hardPassShare());
    hard.put("cap", t.hardCap().name());
    ObjectNode floor = n.putObject("pillarFloor");
    floor.put("share", t.pillarFloorShare());
    floor.put("cap", t.pillarFloorCap().name());
    n.putObject("missingEvidence").put("cap", t.missingCap().name());
    ObjectNode quota = n.putObject("quota");
    for (Tier tier : Tier.values()) {
      Double s = t.quota().get(tier);
      if (s != null) {
        quota.put(tier.name(), s);
      }
    }
    n.put("quotaRounding", t.quotaRounding().name());
    n.put("ties", t.ties().name());
    return n;
  }

  static ObjectNode consequences(ConsequenceSettings c) {
    ObjectNode n = PRETTY.createObjectNode();
    ObjectNode travel = n.putObject("travel");
    travel.put("strongly", c.travel().strongly());
    travel.put("well", c.travel().well());
    travel.put("adequately", c.travel().adequately());
    ObjectNode bonus = n.putObject("bonus");
    bonus.put("base", c.bonus().base());
    bonus.put("baseYear", c.bonus().baseYear());
    bonus.put("step", c.bonus().step());
    ObjectNode mult = bonus.putObject("multipliers");
    for (Tier t : Tier.values()) {
      mult.put(t.name(), c.bonus().multipliers().get(t));
    }
    ObjectNode quota = n.putObject("excellentCivilServants");
    quota.put("scheme", c.quota().scheme().name());
    ObjectNode graded = quota.putObject("graded");
    for (Tier t : Tier.values()) {
      graded.put(t.name(), c.quota().graded().get(t));
    }
    quota.put("rounding", c.quota().rounding().name());
    ArrayNode regs = quota.putArray("regulations");
    for (Regulation r : c.quota().regulations()) {
      ObjectNode rn = regs.addObject();
      rn.put("id", r.id());
      rn.set("title", label(r.title()));
      rn.put("effective", r.effective().toString());
      rn.put("normalShare", r.normalShare());
      rn.put("ceiling", r.ceiling());
    }
    return n;
  }

  static ObjectNode label(Label l) {
    ObjectNode n = PRETTY.createObjectNode();
    n.put("zh", l.zh());
    n.put("en", l.en());
    return n;
  }
}
