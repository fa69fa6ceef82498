package org.fivetype.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.ScoringPlan;
import org.fivetype.engine.UnitResult;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.ruleset.TierSettings;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TierStepKind;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TierStepKind} keeps, with the steps it makes. A step kind's test
 * extends this class and gives the kind, a few of its steps, a rule set they make sense on and a
 * year of units (in at least two categories) and evidence on which some step changes a tier. The
 * tests here then check: the id is well formed, is not a built-in step's, is every step's id, and
 * is registered with {@link ServiceLoader}; names are bilingual; a rule set with the step written
 * to a rule file reads back with the same export and fingerprint, and an unknown parameter key is
 * reported at its JSON path; the step changes some tier on the given data, and every tier it
 * changes carries a reason of its own; tiers do not depend on the order of the units; and
 * assessing each category apart gives the same tiers as assessing all together (the Spark path).
 */
@Surface(Surface.Kind.SPI)
public abstract class TierStepContract {

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /** {@return the kind under test} */
  protected abstract TierStepKind kind();

  /** {@return steps of the kind, spanning its parameters} */
  protected abstract List<? extends TierPolicy> steps();

  /** {@return a rule set the steps make sense on (without the steps)} */
  protected abstract RuleSet ruleSet();

  /** {@return the year of {@link #observations()}} */
  protected abstract int year();

  /** {@return the units assessed, in at least two categories} */
  protected abstract List<Unit> units();

  /** {@return the evidence, on which the first of {@link #steps()} changes at least one unit's tier} */
  protected abstract List<Observation> observations();

  /** {@return the plugins rule files are read with; by default those discovered on the class path} */
  protected Plugins plugins() {
    return Plugins.discover();
  }

  @Test
  void theIdIsWellFormedNotABuiltInStepsAndEveryStepsOwn() {
    assertThat(kind().id()).matches(ID);
    assertThat(TierSettings.STEPS).as("the built-in steps' ids").doesNotContain(kind().id());
    assertThat(steps()).as("at least one step to check").isNotEmpty();
    for (TierPolicy s : steps()) {
      assertThat(s.id()).as("the id of %s", s).isEqualTo(kind().id());
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"}) // the raw Class lets AssertJ look for it among the providers' classes
  void isRegisteredWithServiceLoader() {
    Class<?> type = kind().getClass();
    assertThat(ServiceLoader.load(TierStepKind.class).stream().map(ServiceLoader.Provider::type))
        .as("%s is registered in META-INF/services (use @AutoService(TierStepKind.class))", type.getName())
        .contains((Class) type);
    assertThat(plugins().tierStepKind(kind().id())).as("Plugins knows the step \"%s\"", kind().id())
        .hasValueSatisfying(k -> assertThat(k.getClass()).isEqualTo(type));
  }

  @Test
  void namesAreBilingual() {
    bilingual(kind().name(), "the kind's name");
    for (TierPolicy s : steps()) {
      bilingual(s.name(), "the name of " + s);
    }
  }

  @Test
  void aRuleSetWithTheStepReadsBackWithTheSameExportAndFingerprint() {
    for (TierPolicy s : steps()) {
      RuleSet rs = ruleSet().toBuilder().tierStep(s).build();
      RuleSet back = RuleFiles.parse(rs.toJson(), "contract.json", Path.of("."), plugins());
      assertThat(back.extraSteps()).extracting(TierPolicy::id).containsExactly(kind().id());
      assertThat(back.toJson()).as("export read back").isEqualTo(rs.toJson());
      assertThat(back.fingerprint()).isEqualTo(rs.fingerprint());
      assertThat(rs.fingerprint()).as("the step counts in the fingerprint").isNotEqualTo(ruleSet().fingerprint());
    }
  }

  @Test
  void anUnknownParameterKeyIsReportedAtItsJsonPath() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(ruleSet().toBuilder().tierStep(steps().get(0)).build().toJson());
    ((ObjectNode) root.get("steps").get(0)).put("notAParameter", 1);
    String json = mapper.writeValueAsString(root);
    assertThatThrownBy(() -> RuleFiles.parse(json, "contract.json", Path.of("."), plugins()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::where).contains("contract.json: $.steps[0].notAParameter"));
  }

  @Test
  void theStepChangesSomeTierAndGivesItsReason() {
    Map<String, Tier> without = tiers(ScoringPlan.compile(ruleSet()).assess(year(), units(), observations()));
    AssessmentResult with = withStep(units());
    int changed = 0;
    for (UnitResult u : with.units()) {
      if (u.tier() != without.get(u.unit().id())) {
        changed++;
        assertThat(u.reasons()).as("%s: the tier the step changed carries its reason", u.unit().id())
            .anySatisfy(r -> assertThat(r.step()).isEqualTo(kind().id()));
      }
    }
    assertThat(changed).as("the contract's data make the step change at least one tier").isPositive();
  }

  @Test
  void tiersDoNotDependOnTheOrderOfTheUnits() {
    List<Unit> reversed = new ArrayList<>(units());
    java.util.Collections.reverse(reversed);
    assertThat(tiers(withStep(reversed))).isEqualTo(tiers(withStep(units())));
  }

  @Test
  void assessingEachCategoryApartGivesTheSameTiers() {
    Map<String, Tier> whole = tiers(withStep(units()));
    Map<String, List<Unit>> byCategory = new HashMap<>();
    units().forEach(u -> byCategory.computeIfAbsent(u.category(), c -> new ArrayList<>()).add(u));
    assertThat(byCategory).as("the contract's units are in at least two categories").hasSizeGreaterThan(1);
    Map<String, Tier> apart = new HashMap<>();
    RuleSet rs = ruleSet().toBuilder().tierStep(steps().get(0)).build();
    for (List<Unit> cat : byCategory.values()) {
      List<Observation> obs = observations().stream()
          .filter(o -> cat.stream().anyMatch(u -> u.id().equals(o.unitId()))).toList();
      apart.putAll(tiers(ScoringPlan.compile(rs).assess(year(), cat, obs)));
    }
    assertThat(apart).isEqualTo(whole);
  }

  private AssessmentResult withStep(List<Unit> units) {
    RuleSet rs = ruleSet().toBuilder().tierStep(steps().get(0)).build();
    return ScoringPlan.compile(rs).assess(year(), units, observations());
  }

  private static Map<String, Tier> tiers(AssessmentResult r) {
    Map<String, Tier> out = new HashMap<>();
    r.units().forEach(u -> out.put(u.unit().id(), u.tier()));
    return out;
  }

  private static void bilingual(Label l, String what) {
    assertThat(HAN.matcher(l.zh()).find()).as("%s: Chinese text '%s'", what, l.zh()).isTrue();
    assertThat(l.en()).as("%s: English text", what).matches("(?s).*[A-Za-z].*");
    assertThat(HAN.matcher(l.en()).find()).as("%s: English text has no Han '%s'", what, l.en()).isFalse();
  }
}
