package org.fivetype.plugin;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.rule.Bands;
import org.fivetype.rule.Bonus;
import org.fivetype.rule.Checklist;
import org.fivetype.rule.Deduction;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.Rate;
import org.fivetype.rule.Relative;
import org.fivetype.rule.RuleKind;
import org.fivetype.rule.Target;
import org.fivetype.rule.Veto;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.PillarProvider;
import org.fivetype.spi.TierStepKind;
import org.jspecify.annotations.Nullable;

/**
 * The plugins an assessment draws on: the pillar providers and the catalogue of their
 * indicators, the rule kinds ({@link RuleKind}, by JSON name) and the tier-step kinds
 * ({@link TierStepKind}, by id) that rule files may name.
 *
 * <p>{@link #discover()} is fivetype's one {@link ServiceLoader} entry point, and a defensive
 * one: a provider or kind that cannot be loaded or instantiated, or that throws or returns bad
 * indicators or names, is reported by its class name; two indicators with the same id, two rule
 * kinds with the same JSON name or two tier-step kinds with the same id are an error naming both
 * classes; every such problem is reported together. The ten built-in rule kinds are registered in
 * core's {@code META-INF/services} like any plugin's, and discovery reports one that is missing
 * (a merged jar that lost the service files). {@link #of} switches discovery off and takes
 * providers and kinds directly (tests, embedding); the built-in rule kinds are then always
 * included.
 *
 * <p>Providers and kinds are kept sorted by class name, so the catalogue never depends on
 * class-path order.
 *
 * <p><b>Plugin jars.</b> {@link #discover(List)} also takes plugin jars (files, or folders of
 * them) that are not on the class path, as the {@code fivetype --plugins DIR} command does. Each
 * jar must say in its manifest which plugin API it was built for ({@value #API_VERSION_ATTRIBUTE}:
 * {@value #API_VERSION}); a jar that cannot be opened, was built for another API version, has a
 * provider that cannot be loaded, or offers an indicator id that the class path or another jar
 * already offers is refused, and every such problem names the jar's file.
 */
@Surface(Surface.Kind.API)
public final class Plugins {

  /** The built-in rule kinds, in the order of the rule-file documentation. */
  static final List<RuleKind<?>> BUILT_IN_KINDS = List.of(Target.KIND, Goalposts.KIND, Bands.KIND, Deduction.KIND,
      Bonus.KIND, Checklist.KIND, YesNo.KIND, Rate.KIND, Veto.KIND, Relative.KIND);

  /** The shape of a rule kind's JSON name and of a tier-step kind's id. */
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  private final List<PillarProvider> providers;
  private final Map<IndicatorId, IndicatorSpec> catalogue;
  private final Map<IndicatorId, PillarProvider> owner;
  private final Map<String, RuleKind<?>> ruleKinds;
  private final Map<String, TierStepKind> tierStepKinds;

  private Plugins(List<PillarProvider> providers, Map<IndicatorId, IndicatorSpec> catalogue,
      Map<IndicatorId, PillarProvider> owner, Map<String, RuleKind<?>> ruleKinds,
      Map<String, TierStepKind> tierStepKinds) {
    this.providers = List.copyOf(providers);
    this.catalogue = java.util.Collections.unmodifiableMap(catalogue);
    this.owner = java.util.Collections.unmodifiableMap(owner);
    this.ruleKinds = java.util.Collections.unmodifiableMap(ruleKinds);
    this.tierStepKinds = java.util.Collections.unmodifiableMap(tierStepKinds);
  }

  /**
   * Discovers providers with the thread's context class loader (or this class's).
   *
   * @return the pillar providers, rule kinds and tier-step kinds found, with the built-in kinds
   * @throws InvalidInputException as {@link #discover(ClassLoader)} throws
   */
  public static Plugins discover() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return discover(cl != null ? cl : Plugins.class.getClassLoader());
  }

  /**
   * Discovers providers with the given class loader: pillar providers, rule kinds (the built-in
   * ones must be registered too) and tier-step kinds.
   *
   * @param loader the class loader whose {@code META-INF/services} files are read
   * @return what was found
   * @throws InvalidInputException naming every broken provider and every duplicate id
   */
  public static Plugins discover(ClassLoader loader) {
    List<Problem> problems = new ArrayList<>();
    List<PillarProvider> found = load(PillarProvider.class, loader, problems);
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<RuleKind<?>> kinds = (List) load(RuleKind.class, loader, problems);
    List<TierStepKind> steps = load(TierStepKind.class, loader, problems);
    for (RuleKind<?> builtIn : BUILT_IN_KINDS) {
      if (kinds.stream().noneMatch(k -> k.getClass() == builtIn.getClass())) {
        problems.add(new Problem("META-INF/services/" + RuleKind.class.getName(), "the built-in rule kind \""
            + builtIn.name() + "\" (" + builtIn.getClass().getName() + ") is not registered: a jar that merges "
            + "fivetype's jars must merge their META-INF/services files"));
      }
    }
    return build(found, kinds, steps, problems);
  }

  /** Every provider of a service the loader sees, each broken one reported by its class name. */
  private static <S> List<S> load(Class<S> service, ClassLoader loader, List<Problem> problems) {
    List<S> found = new ArrayList<>();
    var it = ServiceLoader.load(service, loader).stream().iterator();
    while (true) {
      ServiceLoader.Provider<S> p;
      try {
        if (!it.hasNext()) {
          break;
        }
        p = it.next();
      } catch (ServiceConfigurationError e) {
        problems.add(new Problem("META-INF/services/" + service.getName(),
            "a provider could not be loaded: " + e.getMessage()));
        continue;
      }
      try {
        found.add(p.get());
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        problems.add(new Problem("plugin " + p.type().getName(), "could not be instantiated: " + rootMessage(e)));
      }
    }
    return found;
  }

  /** The manifest attribute in which a plugin jar names the plugin API version it was built for. */
  public static final String API_VERSION_ATTRIBUTE = "Fivetype-Api-Version";

  /**
   * The plugin API version of this fivetype: a plugin jar whose manifest names another one is
   * refused. It changes when the SPI ({@code org.fivetype.spi}, {@code org.fivetype.rule})
   * changes incompatibly.
   */
  public static final String API_VERSION = "1";

  /**
   * Discovers providers on the class path (the thread's context class loader, or this class's)
   * and in the given plugin jars: each path is a jar file, or a folder whose {@code *.jar} files
   * are taken (sorted by name; other files are left alone). The jars are loaded by one class
   * loader over them all, whose parent is the class path's; discovery then runs on it, so every
   * kind of provider a jar offers is found.
   *
   * @param jarsOrFolders plugin jars and folders of them; an empty list discovers on the class path only
   * @return what was found on the class path and in the jars
   * @throws InvalidInputException naming, by file, every path that does not exist, every jar that
   *     cannot be opened, lacks {@value #API_VERSION_ATTRIBUTE} or names another version, has a
   *     provider that cannot be loaded or instantiated, or offers an indicator id already offered;
   *     and as {@link #discover(ClassLoader)} throws
   */
  public static Plugins discover(List<Path> jarsOrFolders) {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return discover(pluginLoader(jarsOrFolders, cl != null ? cl : Plugins.class.getClassLoader()));
  }

  /**
   * A class loader over the plugin jars of these paths (see {@link #discover(List)}), each jar
   * checked first; {@code parent} when there are none. Callers that discover other services than
   * pillar providers use it, or make it the thread's context class loader.
   *
   * @param jarsOrFolders plugin jars and folders of them
   * @param parent the parent of the new loader, usually the class path's
   * @return a loader over the jars, or {@code parent} when there are none
   * @throws InvalidInputException naming every refused jar by its file, all together
   */
  public static ClassLoader pluginLoader(List<Path> jarsOrFolders, ClassLoader parent) {
    List<Problem> problems = new ArrayList<>();
    List<Path> jars = pluginJars(jarsOrFolders, problems);
    if (jars.isEmpty() && problems.isEmpty()) {
      return parent;
    }
    // the indicator ids already offered, and by whom: the class path's providers first
    Map<IndicatorId, String> offeredBy = new LinkedHashMap<>();
    for (PillarProvider p : discover(parent).providers()) {
      for (Indicator i : p.indicators()) {
        offeredBy.putIfAbsent(i.id(), "plugin " + p.getClass().getName() + " on the class path");
      }
    }
    List<URL> urls = new ArrayList<>();
    for (Path jar : jars) {
      if (checkJar(jar, parent, offeredBy, problems)) {
        try {
          urls.add(jar.toUri().toURL());
        } catch (MalformedURLException e) {
          problems.add(new Problem(jar.toString(), "cannot be named as a URL: " + e.getMessage()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("plugin jars could not be loaded (API version " + API_VERSION + ")", problems);
    }
    return new URLClassLoader("fivetype-plugins", urls.toArray(URL[]::new), parent);
  }

  /** The jar files of the paths: a file as given, a folder's {@code *.jar} files sorted by name. */
  private static List<Path> pluginJars(List<Path> paths, List<Problem> problems) {
    List<Path> jars = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted()
              .forEach(jars::add);
        } catch (IOException e) {
          problems.add(new Problem(p.toString(), "the plugin folder cannot be read: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        jars.add(p);
      } else {
        problems.add(new Problem(p.toString(), "no such plugin jar or folder"));
      }
    }
    return jars;
  }

  /**
   * Checks one jar on its own (its manifest's API version, then its pillar providers through a
   * class loader of its own); adds its indicator ids to {@code offeredBy}. Returns whether it is
   * fit to load.
   */
  private static boolean checkJar(Path jar, ClassLoader parent, Map<IndicatorId, String> offeredBy,
      List<Problem> problems) {
    String name = jar.toString();
    try (JarFile jf = new JarFile(jar.toFile())) {
      var manifest = jf.getManifest();
      String version = manifest == null ? null : manifest.getMainAttributes().getValue(API_VERSION_ATTRIBUTE);
      if (version == null) {
        problems.add(new Problem(name, "is not a fivetype plugin jar: its manifest has no " + API_VERSION_ATTRIBUTE
            + " (build it against fivetype's plugin API " + API_VERSION + ")"));
        return false;
      }
      if (!version.strip().equals(API_VERSION)) {
        problems.add(new Problem(name, "was built for plugin API version " + version.strip() + ", this fivetype has "
            + API_VERSION + ": rebuild the plugin against this fivetype"));
        return false;
      }
    } catch (IOException | SecurityException e) {
      problems.add(new Problem(name, "cannot be opened as a jar file: " + e.getMessage()));
      return false;
    }
    int before = problems.size();
    Map<IndicatorId, String> mine = new LinkedHashMap<>();
    try (URLClassLoader own = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent)) {
      var it = ServiceLoader.load(PillarProvider.class, own).stream().iterator();
      while (true) {
        ServiceLoader.Provider<PillarProvider> p;
        try {
          if (!it.hasNext()) {
            break;
          }
          p = it.next();
        } catch (ServiceConfigurationError e) {
          // the class path's providers loaded before (discover(parent)): this error is the jar's
          problems.add(new Problem(name, "a pillar provider could not be loaded: " + rootMessage(e)));
          continue;
        }
        if (p.type().getClassLoader() != own) {
          continue; // a class-path provider, seen through the parent
        }
        try {
          PillarProvider provider = p.get();
          for (Indicator i : Objects.requireNonNull(provider.indicators(), "indicators() returned null")) {
            String first = offeredBy.containsKey(i.id()) ? offeredBy.get(i.id()) : mine.get(i.id());
            if (first != null) {
              problems.add(new Problem(name, "duplicate indicator id " + i.id() + " (plugin " + p.type().getName()
                  + "), already offered by " + first));
            } else {
              mine.put(i.id(), "plugin jar " + name);
            }
          }
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
          problems.add(new Problem(name, "plugin " + p.type().getName() + " could not be instantiated: "
              + rootMessage(e)));
        }
      }
    } catch (IOException e) {
      problems.add(new Problem(name, "cannot be opened as a jar file: " + e.getMessage()));
    } catch (ServiceConfigurationError | LinkageError e) {
      problems.add(new Problem(name, "could not be loaded: " + rootMessage(e)));
    }
    offeredBy.putAll(mine);
    return problems.size() == before;
  }

  /**
   * Takes the given providers, with discovery switched off (tests, embedders that list their own).
   *
   * @param providers the pillar providers; the built-in rule kinds are included, no tier-step kinds
   * @return the plugins
   * @throws InvalidInputException naming every bad provider and every duplicate indicator id
   */
  public static Plugins of(PillarProvider... providers) {
    return of(List.of(providers));
  }

  /**
   * Takes the given providers, with discovery switched off.
   *
   * @param providers the pillar providers; the built-in rule kinds are included, no tier-step kinds
   * @return the plugins
   * @throws InvalidInputException naming every bad provider and every duplicate indicator id
   */
  public static Plugins of(List<? extends PillarProvider> providers) {
    return of(providers, List.of(), List.of());
  }

  /**
   * Takes the given providers, rule kinds (besides the built-in ones, which are always included)
   * and tier-step kinds, with discovery switched off.
   *
   * @param providers the pillar providers
   * @param ruleKinds rule kinds besides the built-in ones
   * @param tierStepKinds the tier-step kinds rule files may name
   * @return the plugins
   * @throws InvalidInputException naming every bad provider or kind and every duplicate
   */
  public static Plugins of(List<? extends PillarProvider> providers, List<? extends RuleKind<?>> ruleKinds,
      List<? extends TierStepKind> tierStepKinds) {
    List<RuleKind<?>> kinds = new ArrayList<>(BUILT_IN_KINDS);
    kinds.addAll(ruleKinds);
    return build(new ArrayList<>(providers), kinds, new ArrayList<>(tierStepKinds), new ArrayList<>());
  }

  /**
   * No providers at all (the built-in rule kinds only): rule sets must then define every
   * indicator themselves.
   *
   * @return plugins without providers or tier-step kinds
   */
  public static Plugins none() {
    return of(List.of());
  }

  private static Plugins build(List<PillarProvider> found, List<RuleKind<?>> kinds, List<TierStepKind> steps,
      List<Problem> problems) {
    found.sort(Comparator.comparing((PillarProvider p) -> p.getClass().getName()));
    kinds.sort(Comparator.comparing((RuleKind<?> k) -> k.getClass().getName()));
    steps.sort(Comparator.comparing((TierStepKind k) -> k.getClass().getName()));
    Map<String, RuleKind<?>> ruleKinds = new java.util.TreeMap<>();
    for (RuleKind<?> k : kinds) {
      String name = named(k, k::name, "rule kind", problems);
      if (name != null) {
        try {
          Objects.requireNonNull(k.type(), "type() returned null");
          Objects.requireNonNull(k.description(), "description() returned null");
        } catch (RuntimeException e) {
          problems.add(new Problem("plugin " + k.getClass().getName(), "is not a valid rule kind: " + rootMessage(e)));
          continue;
        }
        RuleKind<?> first = ruleKinds.putIfAbsent(name, k);
        if (first != null) {
          problems.add(new Problem("plugin " + k.getClass().getName(), "duplicate rule kind \"" + name
              + "\", already offered by plugin " + first.getClass().getName()));
        }
      }
    }
    Map<String, TierStepKind> tierStepKinds = new java.util.TreeMap<>();
    for (TierStepKind k : steps) {
      String id = named(k, k::id, "tier-step kind", problems);
      if (id != null) {
        try {
          Objects.requireNonNull(k.name(), "name() returned null");
        } catch (RuntimeException e) {
          problems.add(new Problem("plugin " + k.getClass().getName(), "is not a valid tier-step kind: "
              + rootMessage(e)));
          continue;
        }
        TierStepKind first = tierStepKinds.putIfAbsent(id, k);
        if (first != null) {
          problems.add(new Problem("plugin " + k.getClass().getName(), "duplicate tier-step kind \"" + id
              + "\", already offered by plugin " + first.getClass().getName()));
        }
      }
    }
    Map<IndicatorId, IndicatorSpec> catalogue = new LinkedHashMap<>();
    Map<IndicatorId, PillarProvider> owner = new LinkedHashMap<>();
    for (PillarProvider p : found) {
      String name = "plugin " + p.getClass().getName();
      List<Indicator> list;
      try {
        list = Objects.requireNonNull(p.indicators(), "indicators() returned null");
        Objects.requireNonNull(p.pillar(), "pillar() returned null");
        Objects.requireNonNull(p.ruleSets(), "ruleSets() returned null");
      } catch (RuntimeException e) {
        problems.add(new Problem(name, "failed to list its indicators: " + rootMessage(e)));
        continue;
      }
      for (Indicator i : list) {
        IndicatorSpec spec;
        try {
          spec = IndicatorSpec.copyOf(i);
        } catch (RuntimeException e) {
          problems.add(new Problem(name, "offers an invalid indicator: " + rootMessage(e)));
          continue;
        }
        if (!spec.pillar().equals(p.pillar())) {
          problems.add(new Problem(name, "indicator " + spec.id() + " belongs to pillar " + spec.pillar().id()
              + ", not to the provider's pillar " + p.pillar().id()));
        }
        PillarProvider first = owner.putIfAbsent(spec.id(), p);
        if (first != null) {
          problems.add(new Problem(name, "duplicate indicator id " + spec.id() + ", already offered by plugin "
              + first.getClass().getName()));
          continue;
        }
        catalogue.put(spec.id(), spec);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("plugins could not be loaded", problems);
    }
    return new Plugins(found, catalogue, owner, ruleKinds, tierStepKinds);
  }

  /** A kind's name, or null after reporting a name that throws, is null or is badly formed. */
  private static @Nullable String named(Object kind, java.util.function.Supplier<String> name, String what,
      List<Problem> problems) {
    String n;
    try {
      n = name.get();
    } catch (RuntimeException e) {
      problems.add(new Problem("plugin " + kind.getClass().getName(), "failed to give its name: " + rootMessage(e)));
      return null;
    }
    if (n == null || !NAME.matcher(n).matches()) {
      problems.add(new Problem("plugin " + kind.getClass().getName(), "a " + what + "'s name is 1-64 letters, digits, "
          + "'.', '-' or '_', starting with a letter; was " + (n == null ? "null" : "\"" + n + "\"")));
      return null;
    }
    return n;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e) : e + " (caused by " + t + ")";
  }

  /** {@return the pillar providers, sorted by class name} */
  public List<PillarProvider> providers() {
    return providers;
  }

  /** {@return every indicator offered, by id, in provider order} */
  public Map<IndicatorId, IndicatorSpec> catalogue() {
    return catalogue;
  }

  /**
   * Looks an indicator up in the catalogue.
   *
   * @param id the indicator's id
   * @return the indicator, or empty if no provider offers it
   */
  public Optional<IndicatorSpec> indicator(IndicatorId id) {
    return Optional.ofNullable(catalogue.get(id));
  }

  /**
   * The provider that offers an indicator, to name it in messages.
   *
   * @param id the indicator's id
   * @return the provider, or empty if no provider offers it
   */
  public Optional<PillarProvider> providerOf(IndicatorId id) {
    return Optional.ofNullable(owner.get(id));
  }

  /**
   * The providers that contribute to a built-in rule set.
   *
   * @param ruleSetName the rule set's name, e.g. {@code "urumqi-2004"}
   * @return the providers whose {@link PillarProvider#ruleSets()} name it, sorted by class name
   */
  public List<PillarProvider> providersOf(String ruleSetName) {
    return providers.stream().filter(p -> p.ruleSets().contains(ruleSetName)).toList();
  }

  /** {@return the rule kinds rule files may name, by JSON name (sorted): the built-in ones and the plugins'} */
  public Map<String, RuleKind<?>> ruleKinds() {
    return ruleKinds;
  }

  /**
   * Looks a rule kind up by the name a rule file gives in {@code "kind"}.
   *
   * @param name the kind's JSON name, e.g. {@code "target"}
   * @return the kind, or empty if none is registered under that name
   */
  public Optional<RuleKind<?>> ruleKind(String name) {
    return Optional.ofNullable(ruleKinds.get(name));
  }

  /** {@return the tier-step kinds rule files may name in {@code "steps"}, by id (sorted)} */
  public Map<String, TierStepKind> tierStepKinds() {
    return tierStepKinds;
  }

  /**
   * Looks a tier-step kind up by the id a rule file gives in {@code "use"}.
   *
   * @param id the kind's id, e.g. {@code "tianshan.complaints-rose"}
   * @return the kind, or empty if none is registered under that id
   */
  public Optional<TierStepKind> tierStepKind(String id) {
    return Optional.ofNullable(tierStepKinds.get(id));
  }
}
