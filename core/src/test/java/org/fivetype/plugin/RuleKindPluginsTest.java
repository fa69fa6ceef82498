package org.fivetype.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Problem;
import org.fivetype.rule.ParamReader;
import org.fivetype.rule.ParamWriter;
import org.fivetype.rule.RuleKind;
import org.fivetype.rule.Target;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TierStepKind;
import org.fivetype.spi.TieringContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Plugins}: rule kinds and tier-step kinds, discovered or given directly, defensively. */
class RuleKindPluginsTest {

  /** A second kind that claims the JSON name "target". */
  public static class AnotherTarget implements RuleKind<YesNo> {
    @Override
    public String name() {
      return "target";
    }

    @Override
    public Class<YesNo> type() {
      return YesNo.class;
    }

    @Override
    public Label description() {
      return Label.of("冒名", "an impostor");
    }

    @Override
    public YesNo read(ParamReader params) {
      return null;
    }

    @Override
    public void write(YesNo rule, ParamWriter out) {}
  }

  /** A kind whose constructor throws. */
  public static class ExplodingKind extends AnotherTarget {
    public ExplodingKind() {
      throw new IllegalStateException("no licence key for this kind");
    }
  }

  /** A kind with a name that is not one. */
  public static class BadlyNamedKind extends AnotherTarget {
    @Override
    public String name() {
      return "two words";
    }
  }

  /** A step kind of id "probation" (no parameters). */
  public static class ProbationKind implements TierStepKind {
    @Override
    public String id() {
      return "probation";
    }

    @Override
    public Label name() {
      return Label.of("整改期", "probation");
    }

    @Override
    public TierPolicy read(ParamReader params) {
      params.allowKeys();
      return new TierPolicy() {
        @Override
        public String id() {
          return "probation";
        }

        @Override
        public Label name() {
          return Label.of("整改期", "probation");
        }

        @Override
        public void apply(TieringContext context) {}
      };
    }
  }

  /** Another step kind of the same id. */
  public static class ProbationAgain extends ProbationKind {}

  @Test
  void discoveryFindsTheTenBuiltInKindsThroughServiceLoader() {
    Plugins p = Plugins.discover();
    assertThat(p.ruleKinds()).hasSize(10);
    assertThat(p.ruleKind("target")).hasValueSatisfying(k -> assertThat(k).isInstanceOf(Target.Kind.class));
    assertThat(p.tierStepKinds()).isEmpty();
  }

  @Test
  void withDiscoveryOffTheBuiltInKindsAreThereAndOthersAreTakenDirectly() {
    assertThat(Plugins.none().ruleKinds().keySet()).containsExactly("bands", "bonus", "checklist", "deduction",
        "goalposts", "rate", "relative", "target", "veto", "yesNo");
    Plugins p = Plugins.of(List.of(), List.of(), List.of(new ProbationKind()));
    assertThat(p.tierStepKind("probation")).isPresent();
    assertThat(p.ruleKinds()).hasSize(10);
  }

  @Test
  void aDuplicateJsonNameIsAnErrorNamingBothKinds() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Plugins.of(List.of(), List.of(new AnotherTarget()),
        List.of()));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.where()).isEqualTo("plugin " + Target.Kind.class.getName());
      assertThat(p.message()).isEqualTo("duplicate rule kind \"target\", already offered by plugin "
          + AnotherTarget.class.getName());
    });
  }

  @Test
  void aDuplicateStepIdAndABadNameAreReportedTogether() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Plugins.of(List.of(), List.of(new BadlyNamedKind()),
        List.of(new ProbationKind(), new ProbationAgain())));
    assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
        "plugin " + BadlyNamedKind.class.getName(), "plugin " + ProbationKind.class.getName());
    assertThat(e.getMessage()).contains("was \"two words\"")
        .contains("duplicate tier-step kind \"probation\", already offered by plugin " + ProbationAgain.class.getName());
  }

  @Test
  void discoveryReportsABrokenKindByNameAndKeepsTheOthers(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("META-INF/services/" + RuleKind.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, ExplodingKind.class.getName() + "\norg.fivetype.plugin.NoSuchKind\n",
        StandardCharsets.UTF_8);
    try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Plugins.discover(cl));
      assertThat(e.problems()).hasSize(2);
      assertThat(e.problems().get(0).where()).isEqualTo("plugin " + ExplodingKind.class.getName());
      assertThat(e.problems().get(0).message()).contains("no licence key for this kind");
      assertThat(e.problems().get(1).toString()).contains("org.fivetype.plugin.NoSuchKind");
    }
  }
}
