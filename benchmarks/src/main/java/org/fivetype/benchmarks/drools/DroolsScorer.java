package org.fivetype.benchmarks.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fivetype.benchmarks.SyntheticCity;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The Drools peer: {@code scoring.drl} (in this package's resources) compiled once into a
 * {@link KieBase}; each evaluation opens a session, inserts the definitions and one {@link Obs}
 * fact per observation, fires all rules and reads the totals (a global map), then disposes of
 * the session.
 */
public final class DroolsScorer {

  /**
   * The peer's output.
   *
   * @param points unit id → (indicator id → points); missing observations have no entry
   * @param totals unit id → total
   */
  public record Result(Map<String, Map<String, Double>> points, Map<String, Double> totals) {}

  private final KieBase kieBase;
  private final List<Object> definitions = new ArrayList<>();

  /** Compiles the DRL and prepares the definition facts of {@code rules}. */
  public DroolsScorer(RuleSet rules) {
    String drl;
    try (InputStream in = DroolsScorer.class.getResourceAsStream("scoring.drl")) {
      if (in == null) {
        throw new IllegalStateException("scoring.drl is missing from the class path");
      }
      drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    KieHelper helper = new KieHelper().addContent(drl, ResourceType.DRL);
    Results results = helper.verify();
    if (results.hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("scoring.drl does not compile: " + results.getMessages(Message.Level.ERROR));
    }
    kieBase = helper.build();
    List<IndicatorSpec> inds = rules.indicators();
    for (int i = 0; i < inds.size(); i++) {
      definitions.add(IndicatorDef.of(inds.get(i), i));
    }
    for (int p = 0; p < rules.pillars().size(); p++) {
      definitions.add(new PillarDef(rules.pillars().get(p).id(), p));
    }
    for (String c : SyntheticCity.CATEGORIES) {
      definitions.add(new CategoryFact(c));
    }
  }

  /** The facts of a city: its units and one {@link Obs} per value present. */
  public static List<Object> facts(SyntheticCity city) {
    List<Object> facts = new ArrayList<>(city.size() * (city.indicators() + 1));
    double[] row = new double[city.indicators()];
    String[] ids = new String[city.indicators()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = city.rules().indicators().get(i).id().value();
    }
    for (int u = 0; u < city.size(); u++) {
      String id = city.units().get(u).id();
      String cat = city.units().get(u).category();
      facts.add(new UnitFact(id));
      city.row(u, row);
      for (int i = 0; i < row.length; i++) {
        if (!Double.isNaN(row[i])) {
          facts.add(new Obs(id, cat, ids[i], row[i]));
        }
      }
    }
    return facts;
  }

  /** The totals: unit id → total. */
  public Map<String, Double> totals(List<Object> facts) {
    return run(facts, false).totals();
  }

  /** Totals and the points per indicator (read back from the session's {@link Points} facts). */
  public Result score(List<Object> facts) {
    return run(facts, true);
  }

  private Result run(List<Object> facts, boolean withPoints) {
    KieSession session = kieBase.newKieSession();
    try {
      Map<String, Double> totals = new HashMap<>();
      session.setGlobal("totals", totals);
      for (Object d : definitions) {
        session.insert(d);
      }
      for (Object f : facts) {
        session.insert(f);
      }
      session.fireAllRules();
      Map<String, Map<String, Double>> points = new HashMap<>();
      if (withPoints) {
        for (Object o : session.getObjects(new ClassObjectFilter(Points.class))) {
          Points p = (Points) o;
          Double before = points.computeIfAbsent(p.getUnitId(), k -> new HashMap<>()).put(p.getIndicatorId(),
              p.getPoints());
          if (before != null) {
            throw new IllegalStateException("two Points facts for " + p.getUnitId() + " / " + p.getIndicatorId());
          }
        }
      }
      return new Result(points, totals);
    } finally {
      session.dispose();
    }
  }
}
