package org.fivetype.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.fivetype.api.Surface;

/**
 * Where and for whom an output directory is written: the directory, the command that writes it
 * (recorded in the directory's manifest, {@value #MANIFEST}), the input files of the run (never
 * allowed inside the directory, which gets replaced) and a step to run after every file is written
 * and before the directory is moved into place (a history store's write: a year is stored only
 * when the outputs are complete).
 *
 * <p>An existing directory is replaced only if it is empty or holds nothing but the files its
 * manifest lists as written by the same command; otherwise the write is refused with an
 * {@link OutputDirectoryException} that lists the foreign files, and nothing is touched.
 *
 * <pre>{@code
 * Writers.standard().write(result, OutputTarget.of(Path.of("out"), "assess").withInputs(List.of(units, obs)));
 * }</pre>
 *
 * @param dir the output directory
 * @param command the command recorded in the manifest (e.g. {@code assess}, {@code checklist})
 * @param inputs the run's input files
 * @param beforeCommit run once every file is written, before the move; if it fails, nothing is moved
 */
@Surface(Surface.Kind.API)
public record OutputTarget(Path dir, String command, List<Path> inputs, Step beforeCommit) {

  /** The name of the manifest file every output directory holds. */
  public static final String MANIFEST = ".fivetype-manifest";

  /** A step before the final move. */
  @FunctionalInterface
  public interface Step {
    /** Runs the step; an exception stops the write and leaves nothing behind. */
    void run() throws IOException;
  }

  /** Checks the parts. */
  public OutputTarget {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(command, "command");
    if (!command.matches("[a-z][a-z0-9-]{0,40}")) {
      throw new IllegalArgumentException("a command name is lower-case letters, digits and dashes: " + command);
    }
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(beforeCommit, "beforeCommit");
  }

  /** What fills an output directory (written into a temporary directory first). */
  @FunctionalInterface
  public interface Contents {
    /** Writes the files into {@code dir}. */
    void write(Path dir) throws IOException;
  }

  /**
   * Writes the directory all at once with the given contents, under the rules above.
   *
   * @throws OutputDirectoryException if the directory holds files the same command did not write, or an input
   * @throws IOException if it cannot be written; then nothing is left behind
   */
  public void write(Contents contents) throws IOException {
    AtomicDirectory.write(this, contents::write);
  }

  /** The directory written for the command, no inputs, nothing before the move. */
  public static OutputTarget of(Path dir, String command) {
    return new OutputTarget(dir, command, List.of(), () -> { });
  }

  /**
   * Checks now, before any work, what {@link Writers#write(org.fivetype.engine.AssessmentResult, OutputTarget)}
   * checks first: no input inside the directory, and the directory replaceable by this command.
   *
   * @throws OutputDirectoryException if not
   * @throws IOException if the directory cannot be listed
   */
  public void check() throws IOException {
    AtomicDirectory.check(this);
  }

  /** This target with the run's input files (none of them may be inside the directory). */
  public OutputTarget withInputs(Collection<Path> files) {
    return new OutputTarget(dir, command, List.copyOf(files), beforeCommit);
  }

  /** This target with a step run after every file is written and before the directory is moved into place. */
  public OutputTarget beforeCommit(Step step) {
    return new OutputTarget(dir, command, inputs, step);
  }
}
