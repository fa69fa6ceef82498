package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fivetype.api.InvalidInputException;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.plugin.Plugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading results.json back. */
class ResultFilesTest {

  @TempDir
  Path tmp;

  private ResultFiles.Saved saved() throws Exception {
    AssessmentResult r = Demo.result();
    Writers.standard().write(r, tmp.resolve("out"));
    return ResultFiles.load(tmp.resolve("out"), Plugins.discover());
  }

  @Test
  void theFileAloneGivesTheSameAssessment() throws Exception {
    AssessmentResult written = Demo.result();
    ResultFiles.Saved s = saved();
    assertThat(s.result().ruleSetFingerprint()).isEqualTo(written.ruleSetFingerprint());
    assertThat(s.result().tierCounts()).isEqualTo(written.tierCounts());
    for (int u = 0; u < written.units().size(); u++) {
      assertThat(s.result().total(u)).isEqualTo(written.total(u));
    }
  }

  @Test
  void aChangedValueIsNoticed() throws Exception {
    saved();
    Path json = tmp.resolve("out/results.json");
    String text = Files.readString(json, StandardCharsets.UTF_8);
    // the first unit (agriculture) written with 10 points more than its values give
    String total = "\"total\" : ";
    int at = text.indexOf(total) + total.length();
    int end = text.indexOf(',', at);
    double t = Double.parseDouble(text.substring(at, end));
    Files.writeString(json, text.substring(0, at) + (t + 10) + text.substring(end), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ResultFiles.load(tmp.resolve("out"), Plugins.discover()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.toString()).contains("$.units[0]", "the file was changed after it was written")));
  }

  /**
   * Issue 16: a broken results.json (a unit's kind that is no kind, then the indicators removed)
   * blamed "units"; the problem names the file and the JSON path of the fault.
   */
  @Test
  void aBrokenFileIsBlamedWithItsPathAndTheJsonPath() throws Exception {
    saved();
    Path json = tmp.resolve("out/results.json");
    String text = Files.readString(json, StandardCharsets.UTF_8);
    String kind = "\"kind\" : \"";
    int first = text.indexOf(kind, text.indexOf("\n  \"units\" : [")) + kind.length();
    Files.writeString(json, text.substring(0, first) + "NO_SUCH_KIND" + text.substring(text.indexOf('"', first)),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ResultFiles.load(tmp.resolve("out"), Plugins.discover()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.toString()).startsWith(json + ": $.units[0].kind: ")));
    Files.writeString(json, text.replace("\n  \"indicators\" :", "\n  \"indicatorz\" :"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ResultFiles.load(tmp.resolve("out"), Plugins.discover()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.toString()).startsWith(json + ": $.indicators: ")));
  }
}
