package org.fivetype.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * How input files are read.
 *
 * @param encoding the character set of CSV files: UTF-8 (with or without a byte-order mark, the
 *     default) or GB18030 for files saved by Excel on Chinese Windows; XLSX files carry their own
 * @param maxProblems how many problems are listed before reading stops, at least 1
 * @param progress told the number of observation rows read so far, every million rows (and at
 *     the end); never null
 */
public record ReadOptions(Charset encoding, int maxProblems, LongConsumer progress) {

  /** UTF-8, 100 problems, no progress. */
  public static final ReadOptions DEFAULT = new ReadOptions(StandardCharsets.UTF_8, 100, rows -> {});

  public ReadOptions {
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(progress, "progress");
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be at least 1, was " + maxProblems);
    }
  }

  /** These options with another encoding. */
  public ReadOptions withEncoding(Charset cs) {
    return new ReadOptions(cs, maxProblems, progress);
  }

  /** These options with another cap on problems. */
  public ReadOptions withMaxProblems(int max) {
    return new ReadOptions(encoding, max, progress);
  }

  /** These options with a progress listener. */
  public ReadOptions withProgress(LongConsumer p) {
    return new ReadOptions(encoding, maxProblems, p);
  }
}
