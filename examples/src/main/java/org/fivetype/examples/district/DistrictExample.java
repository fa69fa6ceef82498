package org.fivetype.examples.district;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Numbers;
import org.fivetype.api.Observation;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.demo.DemoCity;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;

/**
 * Assesses the demo city under the default rule set {@code urumqi-2004} and under Tianshan
 * District's detailed rules ({@code district/tianshan-2025.json} with the indicator of
 * {@link TianshanDistrictPlugin}), one line per unit with both totals and tiers, both on the same
 * demo evidence ({@link #evidence}): a unit's tier changes only because the rules do. From the
 * repository root:
 *
 * <pre>{@code mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=org.fivetype.examples.district.DistrictExample}</pre>
 *
 * <p>An argument, if given, is the path of another rule file to use instead of Tianshan's.
 */
public final class DistrictExample {
  private DistrictExample() {}

  /** The class-path resource of Tianshan District's rule file. */
  public static final String RULE_FILE = "district/tianshan-2025.json";

  /** The assessment year of the example. */
  public static final int YEAR = 2025;

  /** Runs the comparison and prints it. */
  public static void main(String[] args) {
    Plugins plugins = Plugins.discover();
    RuleSet district = args.length > 0 ? RuleFiles.resolve(args[0], plugins) : tianshan(plugins);
    run(RuleFiles.builtIn(RuleFiles.URUMQI_2004, plugins), district, System.out);
  }

  /** Tianshan District's rule set, read from the class path (so it also works from a jar). */
  public static RuleSet tianshan(Plugins plugins) {
    try (InputStream in = DistrictExample.class.getClassLoader().getResourceAsStream(RULE_FILE)) {
      if (in == null) {
        throw new IllegalStateException(RULE_FILE + " is not on the class path");
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return RuleFiles.parse(json, RULE_FILE, null, plugins);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RULE_FILE, e);
    }
  }

  /**
   * The demo evidence both rule sets are assessed on: the demo city's values for the indicators of
   * {@code base}, and for the indicators only {@code district} has, values generated for those.
   * Generating evidence for each rule set apart would not do: the demo draws its values from one
   * random stream per unit in the order of the indicators, so removing one indicator would change
   * every later value, and the comparison would show the change of the evidence, not of the rules.
   */
  public static List<Observation> evidence(RuleSet base, RuleSet district) {
    Set<IndicatorId> inBase = base.indicators().stream().map(IndicatorSpec::id).collect(Collectors.toSet());
    List<Observation> all = new ArrayList<>(DemoCity.observations(base, YEAR));
    for (Observation o : DemoCity.observations(district, YEAR)) {
      if (!inBase.contains(o.indicator())) {
        all.add(o);
      }
    }
    return List.copyOf(all);
  }

  /**
   * Assesses the demo city under both rule sets on the same evidence ({@link #evidence}, each rule
   * set taking the values of its own indicators) and prints one line per unit; returns the two
   * results, default first.
   */
  public static List<AssessmentResult> run(RuleSet base, RuleSet district, PrintStream out) {
    List<Observation> evidence = evidence(base, district);
    AssessmentResult before = assess(base, evidence);
    AssessmentResult after = assess(district, evidence);
    out.printf("demo city %d: %s (%s, %s points) → %s (%s, %s points)%n", YEAR, base.id(), base.name().en(),
        num(base.maxTotal()), district.id(), district.name().en(), num(district.maxTotal()));
    out.printf("%-16s %9s %-9s   %9s %-9s%n", "unit", base.id(), "tier", district.id(), "tier");
    for (UnitResult b : before.units()) {
      UnitResult d = after.unit(b.unit().id()).orElseThrow();
      out.printf("%-16s %9.2f %-9s   %9.2f %-9s%s%n", b.unit().id(), b.total(), b.tier(), d.total(), d.tier(),
          b.tier() == d.tier() ? "" : "  ← " + b.tier().label().zh() + "→" + d.tier().label().zh());
    }
    return List.of(before, after);
  }

  /** Assesses the demo units under {@code rules} on the observations of its own indicators. */
  public static AssessmentResult assess(RuleSet rules, List<Observation> evidence) {
    Set<IndicatorId> own = rules.indicators().stream().map(IndicatorSpec::id).collect(Collectors.toSet());
    List<Observation> mine = evidence.stream().filter(o -> own.contains(o.indicator())).collect(Collectors.toList());
    return ScoringPlan.compile(rules).assess(YEAR, DemoCity.units(), mine);
  }

  private static String num(double v) {
    return Numbers.format(v);
  }
}
