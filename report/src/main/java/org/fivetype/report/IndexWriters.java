package org.fivetype.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * Writes a composite index's results into a directory, atomically as {@link Writers} does for an
 * assessment (a temporary directory beside it, then one move; a failed run leaves nothing; a
 * directory holding files fivetype did not write is refused): {@code results.json} (every level,
 * ranks, classes, imputed and treated cells, the treatment log, the SHA-256 of the recipe and the
 * data, the effective recipe), {@code results.csv} (a row per unit by rank), {@code results.xlsx}
 * (the results and every step, a sheet each) and {@code report.html} (self-contained), plus
 * {@code robustness.csv} when a robustness analysis is added.
 *
 * <pre>{@code
 * IndexWriters.standard().write(indexResult, Path.of("out"));
 * }</pre>
 *
 * <p>Immutable.
 */
@Surface(Surface.Kind.API)
public final class IndexWriters {

  /** The names of the standard files, in order. */
  public static final List<String> FILES = List.of("results.json", "results.csv", "results.xlsx", "report.html");

  private final @Nullable IndexRobustness robustness;

  private IndexWriters(@Nullable IndexRobustness robustness) {
    this.robustness = robustness;
  }

  /** The four standard outputs. */
  public static IndexWriters standard() {
    return new IndexWriters(null);
  }

  /** These writers with the robustness of the ranks (robustness.csv, a sheet, a JSON part, a report section). */
  public IndexWriters withRobustness(IndexRobustness r) {
    return new IndexWriters(Objects.requireNonNull(r, "robustness"));
  }

  /** The names of every file written. */
  public List<String> files() {
    List<String> f = new ArrayList<>(FILES);
    if (robustness != null) {
      f.add(IndexRobustness.CSV);
    }
    return List.copyOf(f);
  }

  /**
   * Writes the files into {@code outDir}, replacing a previous output there.
   *
   * @throws IOException if the directory cannot be written (then nothing is left behind) or holds
   *     files fivetype did not write
   */
  public void write(IndexResult result, Path outDir) throws IOException {
    Objects.requireNonNull(result, "result");
    AtomicDirectory.write(OutputTarget.of(outDir, "index"), dir -> {
      IndexFiles.json(result, robustness, dir.resolve("results.json"));
      IndexFiles.csv(result, dir.resolve("results.csv"));
      IndexFiles.xlsx(result, robustness, dir.resolve("results.xlsx"));
      IndexHtml.write(result, robustness, dir.resolve("report.html"));
      if (robustness != null) {
        robustness.csv(result, dir.resolve(IndexRobustness.CSV));
      }
    });
  }
}
