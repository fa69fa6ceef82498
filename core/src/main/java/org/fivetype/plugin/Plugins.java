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
import org.fivetype.spi.Indicator;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.PillarProvider;

/**
 * The pillar providers an assessment draws on, and the catalogue of their indicators.
 *
 * <p>{@link #discover()} is fivetype's one {@link ServiceLoader} entry point, and a defensive
 * one: a provider that cannot be loaded or instantiated, or that throws or returns bad
 * indicators, is reported by its class name; two indicators with the same id are an error naming
 * both providers; every such problem is reported together. {@link #of} switches discovery off and
 * takes providers directly (tests, embedding).
 *
 * <p>Providers are kept sorted by class name, so the catalogue never depends on class-path
 * order.
 *
 * <p><b>Plugin jars.</b> {@link #discover(List)} also takes plugin jars (files, or folders of
 * them) that are not on the class path, as the {@code fivetype --plugins DIR} command does. Each
 * jar must say in its manifest which plugin API it was built for ({@value #API_VERSION_ATTRIBUTE}:
 * {@value #API_VERSION}); a jar that cannot be opened, was built for another API version, has a
 * provider that cannot be loaded, or offers an indicator id that the class path or another jar
 * already offers is refused, and every such problem names the jar's file.
 */
public final class Plugins {

  private final List<PillarProvider> providers;
  private final Map<IndicatorId, IndicatorSpec> catalogue;
  private final Map<IndicatorId, PillarProvider> owner;

  private Plugins(List<PillarProvider> providers, Map<IndicatorId, IndicatorSpec> catalogue,
      Map<IndicatorId, PillarProvider> owner) {
    this.providers = List.copyOf(providers);
    this.catalogue = java.util.Collections.unmodifiableMap(catalogue);
    this.owner = java.util.Collections.unmodifiableMap(owner);
  }

  /** Discovers providers with the thread's context class loader (or this class's). */
  public static Plugins discover() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return discover(cl != null ? cl : Plugins.class.getClassLoader());
  }

  /**
   * Discovers providers with the given class loader.
   *
   * @throws InvalidInputException naming every broken provider and every duplicate id
   */
  public static Plugins discover(ClassLoader loader) {
    List<Problem> problems = new ArrayList<>();
    List<PillarProvider> found = new ArrayList<>();
    var it = ServiceLoader.load(PillarProvider.class, loader).stream().iterator();
    while (true) {
      ServiceLoader.Provider<PillarProvider> p;
      try {
        if (!it.hasNext()) {
          break;
        }
        p = it.next();
      } catch (ServiceConfigurationError e) {
        problems.add(new Problem("META-INF/services/" + PillarProvider.class.getName(),
            "a provider could not be loaded: " + e.getMessage()));
        continue;
      }
      try {
        found.add(p.get());
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        problems.add(new Problem("plugin " + p.type().getName(), "could not be instantiated: " + rootMessage(e)));
      }
    }
    return build(found, problems);
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

  /** Takes the given providers, with discovery switched off. */
  public static Plugins of(PillarProvider... providers) {
    return of(List.of(providers));
  }

  /** Takes the given providers, with discovery switched off. */
  public static Plugins of(List<? extends PillarProvider> providers) {
    return build(new ArrayList<>(providers), new ArrayList<>());
  }

  /** No providers at all: rule sets must then define every indicator themselves. */
  public static Plugins none() {
    return of(List.of());
  }

  private static Plugins build(List<PillarProvider> found, List<Problem> problems) {
    found.sort(Comparator.comparing((PillarProvider p) -> p.getClass().getName()));
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
    return new Plugins(found, catalogue, owner);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e) : e + " (caused by " + t + ")";
  }

  /** The providers, sorted by class name. */
  public List<PillarProvider> providers() {
    return providers;
  }

  /** Every indicator offered, by id, in provider order. */
  public Map<IndicatorId, IndicatorSpec> catalogue() {
    return catalogue;
  }

  /** The indicator with this id, if a provider offers it. */
  public Optional<IndicatorSpec> indicator(IndicatorId id) {
    return Optional.ofNullable(catalogue.get(id));
  }

  /** The provider that offers this indicator, if any. */
  public Optional<PillarProvider> providerOf(IndicatorId id) {
    return Optional.ofNullable(owner.get(id));
  }

  /** The providers that contribute to the built-in rule set of this name. */
  public List<PillarProvider> providersOf(String ruleSetName) {
    return providers.stream().filter(p -> p.ruleSets().contains(ruleSetName)).toList();
  }
}
