package org.fivetype.examples.district;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fivetype.api.Numbers;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.demo.DemoCity;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;

/**
 * Assesses the demo city under the default rule set {@code urumqi-2004} and under Tianshan
 * District's detailed rules ({@code district/tianshan-2025.json} with the indicator of
 * {@link TianshanDistrictPlugin}), one line per unit with both totals and tiers. From the
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
   * Assesses the demo city under both rule sets (each with demo evidence generated for its own
   * indicators) and prints one line per unit; returns the two results, default first.
   */
  public static List<AssessmentResult> run(RuleSet base, RuleSet district, PrintStream out) {
    AssessmentResult before = assess(base);
    AssessmentResult after = assess(district);
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

  private static AssessmentResult assess(RuleSet rules) {
    return ScoringPlan.compile(rules).assess(YEAR, DemoCity.units(), DemoCity.observations(rules, YEAR));
  }

  private static String num(double v) {
    return Numbers.format(v);
  }
}
