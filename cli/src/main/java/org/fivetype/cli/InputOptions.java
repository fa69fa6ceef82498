package org.fivetype.cli;

import java.nio.charset.Charset;
import org.fivetype.input.ReadOptions;
import picocli.CommandLine.Option;

/** The options of reading input files, shared by the commands that read them. */
final class InputOptions {

  @Option(names = "--encoding", paramLabel = "[FILE=]CHARSET",
      description = "The encoding of CSV files: UTF-8 (default, with or without BOM) or GB18030 "
          + "(Excel on Chinese Windows); FILE=CHARSET for one file only (by its name, e.g. "
          + "observations.csv=GB18030), repeatable.")
  java.util.List<String> encodings = new java.util.ArrayList<>();

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
    ReadOptions o = ReadOptions.DEFAULT.withMaxProblems(maxProblems);
    for (String e : encodings) {
      int eq = e.lastIndexOf('=');
      Charset cs = charset(eq < 0 ? e : e.substring(eq + 1));
      o = eq < 0 ? o.withEncoding(cs) : o.withEncoding(java.nio.file.Path.of(e.substring(0, eq)).getFileName().toString(), cs);
    }
    return o;
  }

  /** A usage error (exit 3) naming the value when {@code name} is not a character set Java knows. */
  private Charset charset(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (RuntimeException ex) {
      throw new picocli.CommandLine.ParameterException(mixee.commandLine(), "--encoding: \"" + name
          + "\" is not a character set (不是字符集): expected UTF-8 or GB18030 (or FILE=CHARSET)");
    }
  }
}
