package org.fivetype.cli;

import static org.fivetype.api.Numbers.format;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Pillar;
import org.fivetype.api.Problem;
import org.fivetype.plugin.Plugins;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.IndicatorSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fivetype rules show|export|validate}. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"考核细则:查看、导出、校验。", "Rule sets: show, export or validate."},
    subcommands = {RulesCommand.Show.class, RulesCommand.Export.class, RulesCommand.Validate.class})
final class RulesCommand implements Runnable {

  @ParentCommand
  FivetypeCommand root;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
        "a subcommand is needed: show, export or validate");
  }

  /** {@code fivetype rules show [R]}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"列出考核细则的五型分值与全部指标。", "Show a rule set: pillars with their points, every indicator, "
          + "the tier settings."})
  static final class Show implements Callable<Integer> {
    @ParentCommand
    RulesCommand rules;

    @Parameters(paramLabel = "R", defaultValue = RuleFiles.URUMQI_2004,
        description = "A rule file or built-in name (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() {
      RuleSet rs = RuleFiles.resolve(name, rules.root.plugins());
      var out = rules.root.out;
      out.println(rs.id() + ": " + rs.name().zh() + " / " + rs.name().en());
      out.println("  " + rs.indicators().size() + " indicators 项指标, " + format(rs.maxTotal())
          + " points 分, fingerprint " + rs.fingerprint());
      var t = rs.tiers();
      out.println("  thresholds 等次线: 优秀 excellent ≥ " + format(100 * t.excellentAt()) + "%, 优良 good ≥ "
          + format(100 * t.goodAt()) + "%, 合格 pass ≥ " + format(100 * t.passAt()) + "%; quota 名额 " + t.quota());
      for (Pillar p : rs.pillars()) {
        out.println();
        out.println(p.name().zh() + " " + p.name().en() + " (" + format(rs.budget(p)) + ")");
        for (IndicatorSpec i : rs.indicators()) {
          if (i.pillar().equals(p)) {
            out.printf("  %-28s %5s%s  %s / %s — %s%n", i.id().value(), format(i.points()), i.hard() ? " 硬" : "  ",
                i.name().zh(), i.name().en(), i.rule().describe(i.points()).en());
          }
        }
      }
      return ExitCodes.OK;
    }
  }

  /** {@code fivetype rules export R [--out FILE]}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"导出完整的考核细则(JSON)。", "Export the complete effective rule set as a JSON rule file "
          + "(to stdout, or --out FILE)."})
  static final class Export implements Callable<Integer> {
    @ParentCommand
    RulesCommand rules;

    @Parameters(paramLabel = "R", defaultValue = RuleFiles.URUMQI_2004,
        description = "A rule file or built-in name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Override
    public Integer call() throws Exception {
      String json = RuleFiles.resolve(name, rules.root.plugins()).toJson();
      if (out == null) {
        rules.root.out.print(json.endsWith("\n") ? json : json + "\n");
      } else {
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "." + out.getFileName(), ".tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      return ExitCodes.OK;
    }
  }

  /** {@code fivetype rules validate FILE...}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"校验考核细则文件,列出全部问题。", "Validate rule files: every problem of each, with the JSON path; "
          + "exit code 2 if any has problems."})
  static final class Validate implements Callable<Integer> {
    @ParentCommand
    RulesCommand rules;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Rule files.")
    List<Path> files;

    @Override
    public Integer call() {
      Plugins plugins = rules.root.plugins();
      boolean bad = false;
      for (Path f : files) {
        try {
          RuleSet rs = RuleFiles.load(f, plugins);
          rules.root.out.println("ok 有效: " + f + " (" + rs.id() + ", " + rs.indicators().size() + " indicators, "
              + format(rs.maxTotal()) + " points, fingerprint " + rs.fingerprint() + ")");
          rs.departures().forEach((k, v) -> rules.root.out.println("  departs from " + k
              + " on purpose 有意偏离原则: " + v));
        } catch (InvalidInputException e) {
          bad = true;
          rules.root.err.println("invalid 无效: " + f);
          for (Problem p : e.problems()) {
            rules.root.err.println("  - " + p);
          }
        }
      }
      return bad ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
  }
}
