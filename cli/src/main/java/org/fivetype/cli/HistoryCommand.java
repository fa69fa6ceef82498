package org.fivetype.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fivetype.api.Tier;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.UnitRecord;
import org.fivetype.spi.YearRecord;
import org.fivetype.store.jdbc.HistoryStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code fivetype history}: the years kept in a history store, with their units and tiers. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = {"历年考核结果:列出历史库中的年度、单位与等次。",
        "List the years of a history store (written by assess --history), and per year its units, totals and tiers."})
final class HistoryCommand implements Callable<Integer> {

  @ParentCommand
  FivetypeCommand root;

  @Option(names = "--history", paramLabel = "STORE", required = true,
      description = "The history store: a JDBC URL or the path of an H2 file.")
  String history;

  @Option(names = {"-y", "--year"}, paramLabel = "Y", description = "Show only this year.")
  Integer year;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Checks.Unreadable {
    if (year != null) {
      Checks.year(spec, year);
    }
    try (HistoryStore store = History.open(history, false, root.err, root.verbose)) {
      List<Integer> years = store.years();
      if (year != null && !years.contains(year)) {
        throw new org.fivetype.api.InvalidInputException("no such year in the history",
            List.of(new org.fivetype.api.Problem(HistoryStores.jdbcUrl(history).replaceAll("(?i)password=[^;&]*",
                "password=***"), "no result for " + year + ": the store holds " + (years.isEmpty() ? "no year"
                    : years.toString()))));
      }
      root.out.println("years 年度: " + (years.isEmpty() ? "none 无" : years.toString().replaceAll("[\\[\\]]", "")));
      for (int y : years) {
        if (year != null && y != year) {
          continue;
        }
        YearRecord r = store.get(y).orElseThrow();
        StringBuilder counts = new StringBuilder();
        for (Tier t : Tier.values()) {
          long n = r.units().stream().filter(u -> u.tier() == t).count();
          counts.append(counts.length() == 0 ? "" : ", ").append(t.label().zh()).append(' ').append(t.label().en())
              .append(' ').append(n);
        }
        root.out.println();
        root.out.println(y + ": " + r.units().size() + " units 个单位, rule set 细则 " + r.ruleSetId() + " (" + counts
            + ")");
        root.out.printf(Locale.ROOT, "  %-20s %-12s %8s %5s  %s%n", "unit_id", "category", "total", "rank", "tier 等次");
        for (UnitRecord u : r.units()) {
          root.out.printf(Locale.ROOT, "  %-20s %-12s %8s %5d  %s %s  %s / %s%n", u.unitId(), u.category(),
              org.fivetype.api.Numbers.format(u.total()), u.rank(), u.tier().label().zh(), u.tier().label().en(),
              u.name().zh(), u.name().en());
        }
      }
    }
    return ExitCodes.OK;
  }
}
