package org.fivetype.cli;

import static org.fivetype.api.Numbers.format;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.api.Reason;
import org.fivetype.engine.IndicatorScore;
import org.fivetype.engine.PillarScore;
import org.fivetype.engine.UnitResult;
import org.fivetype.pipeline.Improvements;
import org.fivetype.report.ResultFiles;
import org.fivetype.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code fivetype explain}: why a unit has its tier, and what would lift it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"说明某单位的等次依据,以及达到上一等次所需的最小佐证变化。",
        "Explain a unit's tier point by point, from a results directory, and the smallest changes of evidence "
            + "that reach the next tier (found greedily: each step changes one indicator to full points, "
            + "re-assessing the unit's category, and keeps the change that gains the most)."})
final class ExplainCommand implements Callable<Integer> {

  @ParentCommand
  FivetypeCommand root;

  @Option(names = "--result", paramLabel = "DIR", required = true,
      description = "A results directory written by assess or demo (or its results.json).")
  Path result;

  @Option(names = "--unit", paramLabel = "ID", required = true, description = "The unit id.")
  String unit;

  @Override
  public Integer call() {
    ResultFiles.Saved saved = ResultFiles.load(result, root.plugins());
    UnitResult u = saved.result().unit(unit).orElseThrow(() -> new InvalidInputException("unknown unit",
        List.of(new Problem("--unit " + unit, "not a unit of " + result + ": expected one of "
            + saved.units().stream().map(x -> x.id()).sorted().limit(12).toList()
            + (saved.units().size() > 12 ? " …" : "")))));
    PrintStream out = root.out;
    RuleSet rs = saved.plan().ruleSet();
    out.println(u.unit().name().zh() + " / " + u.unit().name().en() + " (" + u.unit().id() + "), " + saved.year()
        + ", rule set " + rs.id());
    out.print(AssessCommand.departures(rs));
    out.println("等次 tier: " + u.tier().label().zh() + " " + u.tier().label().en() + " — 总分 total " + format(u.total())
        + " / " + format(u.maxTotal()) + ", 名次 rank " + u.rank() + " / " + u.categorySize() + " in "
        + u.unit().category());
    out.println();
    out.println("为什么 Why:");
    int k = 1;
    for (Reason r : u.reasons()) {
      out.println("  " + k++ + ". [" + r.step() + " → " + r.tier().label().en() + "] " + r.text().zh());
      out.println("     " + r.text().en());
    }
    out.println();
    out.println("五型 Pillars:");
    for (PillarScore p : u.pillars()) {
      out.printf("  %s %-12s %6s / %-4s %s%n", p.pillar().name().zh(), p.pillar().name().en(), format(p.points()),
          format(p.max()), org.fivetype.api.Numbers.percent(p.share()));
    }
    out.println();
    out.println("失分指标 Points lost, largest first:");
    List<IndicatorScore> lost = u.indicators().stream()
        .filter(s -> s.points() < s.max() - 1e-9 || s.missing() || s.veto())
        .sorted(Comparator.comparingDouble((IndicatorScore s) -> s.points() - s.max())
            .thenComparing(s -> s.indicator().value()))
        .toList();
    for (IndicatorScore s : lost) {
      out.println("  " + s.indicator() + ": −" + format(s.max() - s.points()) + " — " + s.explanation().zh());
      out.println("  " + " ".repeat(s.indicator().value().length()) + "  " + s.explanation().en());
    }
    if (lost.isEmpty()) {
      out.println("  (none 无)");
    }
    out.println();
    Improvements.Path path = Improvements.toNextTier(saved, unit);
    if (path.steps().isEmpty() && path.reached()) {
      out.println("已是最高等次 Already at the best tier.");
    } else {
      out.println("达到" + path.target().label().zh() + "的最小变化 Smallest changes to reach " + path.target().label().en()
          + " (greedy, one indicator per step):");
      int n = 1;
      for (Improvements.Step s : path.steps()) {
        out.println("  " + n++ + ". " + s.indicator() + ": " + (Double.isNaN(s.from()) ? "missing 缺" : format(s.from()))
            + " → " + format(s.to()) + " (+" + format(s.pointsAfter() - s.pointsBefore()) + " points) ⇒ total "
            + format(s.totalAfter()) + ", " + s.tierAfter().label().zh() + " " + s.tierAfter().label().en());
      }
      if (!path.reached()) {
        out.println("  未能达到 not reachable by evidence alone (e.g. the category's quota is full)");
      }
    }
    return ExitCodes.OK;
  }
}
