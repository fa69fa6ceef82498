package org.fivetype.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.fivetype.api.Surface;

/**
 * How input files are read.
 *
 * @param fileEncodings encodings of single files by file name, overriding {@code encoding}
 * @param encoding the character set of CSV files: UTF-8 (with or without a byte-order mark, the
 *     default) or GB18030 for files saved by Excel on Chinese Windows; XLSX files carry their own
 * @param maxProblems how many problems are listed before reading stops, at least 1
 * @param progress told the number of observation rows read so far, every million rows (and at
 *     the end); never null
 */
@Surface(Surface.Kind.API)
public record ReadOptions(Charset encoding, int maxProblems, LongConsumer progress,
    java.util.Map<String, Charset> fileEncodings) {

  /** UTF-8, 100 problems, no progress. */
  public static final ReadOptions DEFAULT = new ReadOptions(StandardCharsets.UTF_8, 100, rows -> {});

  /**
   * Options with one encoding for every CSV file.
   *
   * @param encoding the character set of CSV files
   * @param maxProblems how many problems are listed before reading stops, at least 1
   * @param progress told the number of observation rows read so far
   */
  public ReadOptions(Charset encoding, int maxProblems, LongConsumer progress) {
    this(encoding, maxProblems, progress, java.util.Map.of());
  }

  /**
   * Checks the components and copies the map of file encodings.
   *
   * @param encoding the character set of CSV files
   * @param maxProblems how many problems are listed before reading stops, at least 1
   * @param progress told the number of observation rows read so far
   * @param fileEncodings encodings of single files by file name
   * @throws IllegalArgumentException if {@code maxProblems} is below 1
   */
  public ReadOptions {
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(progress, "progress");
    fileEncodings = java.util.Map.copyOf(fileEncodings);
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be at least 1, was " + maxProblems);
    }
  }

  /**
   * These options with another encoding.
   *
   * @param cs the character set of CSV files
   * @return the new options
   */
  public ReadOptions withEncoding(Charset cs) {
    return new ReadOptions(cs, maxProblems, progress, fileEncodings);
  }

  /**
   * These options with an encoding for one file, named by its file name (e.g. {@code
   * observations.csv}): the others keep {@link #encoding}.
   *
   * @param fileName the file's name, without its folder
   * @param cs the file's character set
   * @return the new options
   */
  public ReadOptions withEncoding(String fileName, Charset cs) {
    java.util.Map<String, Charset> m = new java.util.HashMap<>(fileEncodings);
    m.put(fileName, cs);
    return new ReadOptions(encoding, maxProblems, progress, m);
  }

  /**
   * The encoding of a CSV file: its own if one was given for its name, else {@link #encoding}.
   *
   * @param file the file
   * @return its character set
   */
  public Charset encodingOf(java.nio.file.Path file) {
    return fileEncodings.getOrDefault(file.getFileName().toString(), encoding);
  }

  /**
   * These options with another cap on problems.
   *
   * @param max how many problems are listed before reading stops, at least 1
   * @return the new options
   */
  public ReadOptions withMaxProblems(int max) {
    return new ReadOptions(encoding, max, progress, fileEncodings);
  }

  /**
   * These options with a progress listener.
   *
   * @param p told the number of observation rows read so far
   * @return the new options
   */
  public ReadOptions withProgress(LongConsumer p) {
    return new ReadOptions(encoding, maxProblems, p, fileEncodings);
  }
}
