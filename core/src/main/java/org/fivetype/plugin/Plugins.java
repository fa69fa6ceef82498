package org.fivetype.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
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
