package org.fivetype.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code fivetype} command: it only holds the subcommands and the global options. */
@Command(name = "fivetype", mixinStandardHelpOptions = true, version = "fivetype 0.1.0",
    description = {"五型政府年度考核 · Yearly five-type government assessment (Urumqi 2004).", ""},
    subcommands = {AssessCommand.class, AggregateCommand.class, HistoryCommand.class, ChecklistCommand.class, RulesCommand.class, ExplainCommand.class,
        SensitivityCommand.class, IndexCommand.class, DemoCommand.class},
    footerHeading = "%nExit codes 退出码:%n",
    footer = {"  0  done 完成", "  1  internal error 内部错误 (--verbose shows the stack trace)",
        "  2  bad input 输入有误: every problem is listed with file, row and column",
        "  3  bad usage 用法错误: unknown command or option, missing option",
        "  4  cannot read or write a file or the history store 读写失败 (or --out holds files fivetype did not write)"})
final class FivetypeCommand implements Runnable {

  final PrintStream out;
  final PrintStream err;
  final boolean terminal;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
  boolean verbose;

  FivetypeCommand(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
        "a command is needed: assess, aggregate, history, checklist, rules, explain, sensitivity, index or demo");
  }
}
