package org.fivetype.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Pillar;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default rule set {@code urumqi-2004}: it loads by name, has the 57 indicators and 100
 * points of {@code docs/coverage.md}, {@code docs/urumqi-2004.json} is its current export byte for
 * byte (so a district copies the real thing), and that file re-imports to the same fingerprint.
 * The district plugin of the examples is on the class path too and must change none of this.
 */
class DefaultRuleSetTest {

  private static Plugins plugins;
  private static RuleSet rules;
  private static Path file;

  @BeforeAll
  static void load() {
    plugins = Plugins.discover();
    rules = RuleFiles.resolve("urumqi-2004", plugins);
    file = MeasureCoverageTest.docsFolder().resolve("urumqi-2004.json");
  }

  @Test
  void loadsByNameWith57IndicatorsAnd100Points() {
    assertThat(rules.id()).isEqualTo("urumqi-2004");
    assertThat(RuleFiles.builtInNames(plugins)).containsExactly("urumqi-2004");
    assertThat(rules.indicators()).hasSize(57);
    // 15 + 20 + 20 + 25 + 20 = 100 (docs/coverage.md, "Points")
    assertThat(rules.indicators().stream().mapToDouble(IndicatorSpec::points).sum()).isCloseTo(100.0, within(1e-9));
    assertThat(rules.maxTotal()).isEqualTo(100.0);
    assertThat(rules.pillars()).containsExactlyElementsOf(Pillar.STANDARD);
    assertThat(rules.budget(Pillar.LEARNING)).isEqualTo(15.0);
    assertThat(rules.budget(Pillar.LEGAL)).isEqualTo(20.0);
    assertThat(rules.budget(Pillar.INTEGRITY)).isEqualTo(20.0);
    assertThat(rules.budget(Pillar.SERVICE)).isEqualTo(25.0);
    assertThat(rules.budget(Pillar.EFFICIENCY)).isEqualTo(20.0);
    // the district plugin's indicator is offered but not part of the default set
    assertThat(plugins.indicator(IndicatorId.of("S7.community-hotline"))).isPresent();
    assertThat(rules.indicator(IndicatorId.of("S7.community-hotline"))).isEmpty();
  }

  @Test
  void docsFileIsTheCurrentExportByteForByte() throws IOException {
    assertThat(file).as("docs/urumqi-2004.json; create it with: %s", ExportDefaultRuleSet.COMMAND).isRegularFile();
    String inDocs = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    assertThat(inDocs)
        .as("docs/urumqi-2004.json is not the current export of urumqi-2004; regenerate it from the repository root "
            + "with: %s", ExportDefaultRuleSet.COMMAND)
        .isEqualTo(rules.toJson());
    assertThat(Files.readAllBytes(file)).isEqualTo(rules.toJson().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void docsFileReimportsToTheSameFingerprint() {
    RuleSet reimported = RuleFiles.load(file, plugins);
    assertThat(reimported.fingerprint()).isEqualTo(rules.fingerprint());
    assertThat(reimported.toJson()).isEqualTo(rules.toJson());
    assertThat(reimported.indicators()).isEqualTo(rules.indicators());
  }

  @Test
  void exportMainWritesExactlyTheExport(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("urumqi-2004.json");
    Files.writeString(target, "stale");
    ExportDefaultRuleSet.main(new String[] {target.toString()});
    assertThat(Files.readAllBytes(target)).isEqualTo(rules.toJson().getBytes(StandardCharsets.UTF_8));
    assertThat(dir.resolve("urumqi-2004.json.tmp")).doesNotExist();
  }
}
