package org.fivetype.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.fivetype.ruleset.RuleFilePluginsFixture.IND_A;
import static org.fivetype.ruleset.RuleFilePluginsFixture.offered;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Problem;
import org.fivetype.plugin.Plugins;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Built-in rule sets (assembled from the providers that name them), {@link RuleFiles#resolve}
 * telling a file from a name, a byte-order mark, and the longest {@code extends} chain read.
 */
class RuleFileBuiltInsAndChainsTest {

  /** One provider per standard pillar for urumqi-2004 (one indicator each), and a LEARNING one for "r1". */
  private static Plugins standardFive() {
    return Plugins.of(List.of(
        new RuleFilePluginsFixture.Provider(Pillar.LEARNING, List.of(offered("L1.x", "L1", 10, false)), Set.of(RuleFiles.URUMQI_2004)),
        new RuleFilePluginsFixture.Provider(Pillar.LEGAL, List.of(spec("R1.x", Pillar.LEGAL, "R1")), Set.of(RuleFiles.URUMQI_2004)),
        new RuleFilePluginsFixture.Provider(Pillar.INTEGRITY, List.of(spec("I1.x", Pillar.INTEGRITY, "I1")), Set.of(RuleFiles.URUMQI_2004)),
        new RuleFilePluginsFixture.Provider(Pillar.SERVICE, List.of(spec("S1.x", Pillar.SERVICE, "S1")), Set.of(RuleFiles.URUMQI_2004)),
        new RuleFilePluginsFixture.Provider(Pillar.EFFICIENCY, List.of(spec("E1.x", Pillar.EFFICIENCY, "E1")), Set.of(RuleFiles.URUMQI_2004)),
        new RuleFilePluginsFixture.Provider(Pillar.LEARNING, List.of(offered("L2.r", "L2", 4, false)), Set.of("r1"))));
  }

  private static IndicatorSpec spec(String id, Pillar pillar, String measure) {
    IndicatorSpec l = offered(id, measure, 5, false);
    return new IndicatorSpec(l.id(), pillar, l.name(), l.description(), l.points(), l.hard(), l.measures(),
        l.evidence(), l.rule());
  }

  private static List<String> problems(InvalidInputException e) {
    return e.problems().stream().map(p -> p.where() + " | " + p.message()).toList();
  }

  @Test
  void builtInNamesAreSortedAndTheRuleSetsAreAssembledFromTheirProviders() {
    Plugins plugins = standardFive();
    assertThat(RuleFiles.builtInNames(plugins)).containsExactly("r1", "urumqi-2004");
    assertThat(RuleFiles.builtInNames(Plugins.none())).isEmpty();

    RuleSet u = RuleFiles.builtIn(RuleFiles.URUMQI_2004, plugins);
    assertThat(u.name()).isEqualTo(Label.of("乌鲁木齐市建设五型政府考评(2004,默认)",
        "Urumqi five-type government assessment (2004, default)"));
    assertThat(u.indicators()).extracting(i -> i.id().value()).containsExactly("L1.x", "R1.x", "I1.x", "S1.x", "E1.x");
    assertThat(u.pillars()).containsExactlyElementsOf(Pillar.STANDARD);
    // the default total (sum: 10 + 4 × 5 = 30 points) and tiers
    assertThat(u.maxTotal()).isEqualTo(30.0);
    assertThat(u.tiers()).isEqualTo(TierSettings.DEFAULTS);

    // another name is its own name in both languages, with only its providers' indicators
    RuleSet r1 = RuleFiles.builtIn("r1", plugins);
    assertThat(r1.name()).isEqualTo(Label.of("r1", "r1"));
    assertThat(r1.indicators()).extracting(i -> i.id().value()).containsExactly("L2.r");
  }

  @Test
  void urumqi2004WithoutAllFivePillarsNamesEachMissingOne() {
    Plugins learningOnly = Plugins.of(List.of(new RuleFilePluginsFixture.Provider(Pillar.LEARNING, List.of(offered("L1.x", "L1", 10, false)),
        Set.of(RuleFiles.URUMQI_2004))));
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> RuleFiles.builtIn(RuleFiles.URUMQI_2004, learningOnly));
    assertThat(e.getMessage()).startsWith("built-in rule set urumqi-2004 is incomplete");
    assertThat(problems(e)).containsExactly(
        "rule set urumqi-2004 | pillar LEGAL has no provider: add module fivetype-pillar-legal",
        "rule set urumqi-2004 | pillar INTEGRITY has no provider: add module fivetype-pillar-integrity",
        "rule set urumqi-2004 | pillar SERVICE has no provider: add module fivetype-pillar-service",
        "rule set urumqi-2004 | pillar EFFICIENCY has no provider: add module fivetype-pillar-efficiency");
  }

  @Test
  void anUnknownNameListsTheBuiltInOnesOrSaysThereAreNone() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> RuleFiles.builtIn("nope", standardFive()));
    assertThat(problems(e)).containsExactly(
        "rule set \"nope\" | not a file and not a built-in rule-set name; built-in: [r1, urumqi-2004]");
    InvalidInputException none = catchThrowableOfType(InvalidInputException.class,
        () -> RuleFiles.builtIn("nope", Plugins.none()));
    assertThat(problems(none)).containsExactly("rule set \"nope\" | not a file and not a built-in rule-set name; "
        + "built-in: [] (no pillar modules on the class path)");
  }

  @Test
  void resolveReadsFilesAndNamesTheRest(@TempDir Path dir) throws IOException {
    Plugins plugins = standardFive();
    String text = RuleFilePluginsFixture.file("");
    // an existing file not ending in .json is still read as a file
    Path txt = dir.resolve("rules.txt");
    Files.writeString(txt, text, StandardCharsets.UTF_8);
    assertThat(RuleFiles.resolve(txt.toString(), plugins).id()).isEqualTo("t");
    // a name ending in .json is a file even when it does not exist (so the error is "not found")
    Path missing = dir.resolve("missing.json");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> RuleFiles.resolve(missing.toString(), plugins));
    assertThat(e.problems()).containsExactly(new Problem(missing.toString(), "no such file"));
    // anything else is a built-in name
    assertThat(RuleFiles.resolve("r1", plugins).id()).isEqualTo("r1");
  }

  @Test
  void aByteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bom.json");
    Files.writeString(f, "\uFEFF" + RuleFilePluginsFixture.file(""), StandardCharsets.UTF_8);
    assertThat(RuleFiles.load(f, Plugins.none()).id()).isEqualTo("t");
  }

  /** Files f00 … f{n-1}: each extends the next, the last is complete. */
  private static Path chain(Path dir, int n) throws IOException {
    for (int k = 0; k < n; k++) {
      String body = k == n - 1 ? "\"indicators\": [" + IND_A + "]" : "\"extends\": \"" + name(k + 1) + "\"";
      Files.writeString(dir.resolve(name(k)), "{\"format\": \"fivetype-rules/1\", \"id\": \"f" + k + "\", "
          + "\"name\": {\"zh\": \"链\", \"en\": \"chain\"}, " + body + "}", StandardCharsets.UTF_8);
    }
    return dir.resolve(name(0));
  }

  private static String name(int k) {
    return "f%02d.json".formatted(k);
  }

  @Test
  void aChainOf32FilesIsReadAndOf33IsRefusedNamingTheChain(@TempDir Path dir) throws IOException {
    // MAX_EXTENDS_DEPTH = 32: f00 … f31 is 32 files, f31 read with 31 files above it
    Files.createDirectories(dir.resolve("ok"));
    Path ok = chain(dir.resolve("ok"), 32);
    RuleSet rs = RuleFiles.load(ok, Plugins.none());
    assertThat(rs.id()).isEqualTo("f0");
    assertThat(rs.indicators()).hasSize(1);

    // f00 … f32 is 33 files: f32 would be read with 32 above it; the chain shown is its first three and last
    Files.createDirectories(dir.resolve("deep"));
    Path deep = chain(dir.resolve("deep"), 33);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RuleFiles.load(deep, Plugins.none()));
    assertThat(e.getMessage()).startsWith("rule files extend each other too deep");
    assertThat(problems(e)).containsExactly(deep.toAbsolutePath().normalize() + ": $.extends | the chain of extends "
        + "is deeper than 32 files (f00.json → f01.json → f02.json → … → f32.json): a rule file may extend at most 32 "
        + "others in a row 细则继承层级过深");
  }
}
