package org.fivetype.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fivetype.records.RecordKind;
import org.fivetype.input.RecordFiles.RecordFile;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Parses {@code --records KIND=FILE} values: a known kind, a file, each kind at most once. */
final class RecordOptions {
  private RecordOptions() {}

  static final String KINDS = Arrays.stream(RecordKind.values()).map(RecordKind::id).collect(Collectors.joining(", "));

  static List<RecordFile> parse(CommandLine cl, List<String> values) {
    List<RecordFile> out = new ArrayList<>();
    Set<RecordKind> seen = EnumSet.noneOf(RecordKind.class);
    for (String v : values == null ? List.<String>of() : values) {
      int eq = v.indexOf('=');
      if (eq <= 0 || eq == v.length() - 1) {
        throw new ParameterException(cl, "--records expects KIND=FILE (KIND one of " + KINDS + "), was \"" + v + "\"");
      }
      String k = v.substring(0, eq).trim();
      RecordKind kind = RecordKind.fromId(k).orElseThrow(() -> new ParameterException(cl,
          "--records: unknown kind \"" + k + "\": expected one of " + KINDS));
      if (!seen.add(kind)) {
        throw new ParameterException(cl, "--records: " + kind.id() + " is given twice: give one file per kind");
      }
      Path file = Path.of(v.substring(eq + 1).trim());
      try {
        file = Checks.input("--records " + kind.id(), file);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      out.add(new RecordFile(kind, file));
    }
    return out;
  }
}
