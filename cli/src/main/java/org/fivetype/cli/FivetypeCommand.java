package org.fivetype.cli;

import java.io.File;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fivetype.plugin.Plugins;
import org.jspecify.annotations.Nullable;
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

  /** The environment variable that names plugin jars or folders (separated like PATH) when --plugins is not given. */
  static final String PLUGINS_ENV = "FIVETYPE_PLUGINS";

  /** The system property that names the default plugin folder ({@code bin/fivetype} sets it to the repository's {@code plugins/}). */
  static final String PLUGINS_PROPERTY = "fivetype.plugins";

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
  boolean verbose;

  @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = {"插件目录:其中的插件 jar(区县自定义指标等)随命令加载。",
          "A plugin folder (its *.jar files) or a plugin jar; repeatable. Default: the folders of $"
              + PLUGINS_ENV + " (separated like PATH), else the plugins/ folder beside fivetype.jar "
              + "(bin/fivetype: the repository's plugins/), if there is one. A jar built for another plugin API "
              + "version, a broken jar or one offering an indicator already offered is refused (exit 2)."})
  List<Path> plugins = new ArrayList<>();

  private final Map<String, String> env;
  private @Nullable Plugins loaded;

  FivetypeCommand(PrintStream out, PrintStream err, boolean terminal) {
    this(out, err, terminal, System.getenv());
  }

  FivetypeCommand(PrintStream out, PrintStream err, boolean terminal, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.env = Map.copyOf(env);
  }

  /**
   * The pillar providers of the class path and of the plugin jars (--plugins, else $FIVETYPE_PLUGINS,
   * else the default plugins/ folder), loaded once; the plugin jars' class loader becomes the
   * thread's context class loader, so that every discovery of the command sees them.
   *
   * @throws org.fivetype.api.InvalidInputException naming every refused jar by file
   */
  Plugins plugins() {
    if (loaded == null) {
      Thread t = Thread.currentThread();
      ClassLoader parent = t.getContextClassLoader() != null ? t.getContextClassLoader()
          : FivetypeCommand.class.getClassLoader();
      ClassLoader loader = Plugins.pluginLoader(pluginPaths(), parent);
      t.setContextClassLoader(loader);
      loaded = Plugins.discover(loader);
    }
    return loaded;
  }

  /** Where plugin jars are looked for: --plugins, else $FIVETYPE_PLUGINS, else the default folder if it exists. */
  List<Path> pluginPaths() {
    if (!plugins.isEmpty()) {
      return List.copyOf(plugins);
    }
    String fromEnv = env.get(PLUGINS_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      List<Path> paths = new ArrayList<>();
      for (String part : fromEnv.split(java.util.regex.Pattern.quote(File.pathSeparator), -1)) {
        if (!part.isBlank()) {
          paths.add(Path.of(part.strip()));
        }
      }
      return paths;
    }
    Path folder = defaultPluginFolder();
    return folder != null && Files.isDirectory(folder) ? List.of(folder) : List.of();
  }

  /** The default plugin folder: the system property {@value #PLUGINS_PROPERTY}, else plugins/ beside the running jar. */
  static @Nullable Path defaultPluginFolder() {
    String prop = System.getProperty(PLUGINS_PROPERTY);
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    try {
      var source = FivetypeCommand.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path where = Path.of(source.getLocation().toURI());
      // only a runnable jar has a folder beside it; classes run from a build folder have none
      return Files.isRegularFile(where) && where.getParent() != null ? where.getParent().resolve("plugins") : null;
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
        "a command is needed: assess, aggregate, history, checklist, rules, explain, sensitivity, index or demo");
  }
}
