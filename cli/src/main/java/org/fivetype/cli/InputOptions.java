package org.fivetype.cli;

import java.nio.charset.Charset;
import org.fivetype.input.ReadOptions;
import picocli.CommandLine.Option;

/** The options of reading input files, shared by the commands that read them. */
final class InputOptions {

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "The encoding of CSV files: UTF-8 (default, with or without BOM) or GB18030 "
          + "(Excel on Chinese Windows).")
  Charset encoding;

  @Option(names = "--max-problems", paramLabel = "N", defaultValue = "100",
      description = "List at most N problems of the input (default ${DEFAULT-VALUE}).")
  int maxProblems;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec mixee;

  ReadOptions options() {
    if (maxProblems < 1) {
      throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
          "--max-problems must be at least 1 (列出问题的上限至少为 1), was " + maxProblems);
    }
    return ReadOptions.DEFAULT.withEncoding(encoding).withMaxProblems(maxProblems);
  }
}
