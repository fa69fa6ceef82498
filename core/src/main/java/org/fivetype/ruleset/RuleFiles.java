package org.fivetype.ruleset;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.fivetype.api.Evidence;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Label;
import org.fivetype.api.Measure;
import org.fivetype.api.Pillar;
import org.fivetype.api.Problem;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.consequence.BonusScheme;
import org.fivetype.consequence.ConsequenceSettings;
import org.fivetype.consequence.QuotaSettings;
import org.fivetype.consequence.Regulation;
import org.fivetype.consequence.TravelThresholds;
import org.fivetype.plugin.Plugins;
import org.fivetype.rule.RuleKind;
import org.fivetype.rule.ScoringRule;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.PillarProvider;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TierStepKind;
import org.jspecify.annotations.Nullable;

/**
 * Loads rule files (JSON) and the built-in rule sets.
 *
 * <p>A rule file either is complete (as {@link RuleSet#toJson()} writes it) or {@code extends} a
 * base — a built-in rule-set name such as {@code urumqi-2004} or a path ending in {@code .json},
 * relative to the file — and then {@code remove}s, {@code change}s and adds {@code indicators},
 * and overrides {@code pillars}, {@code total} and {@code tiers} settings key by key. Indicators
 * offered by plugins are added with {@code {"use": "<id>"}}; rule kinds are looked up by their
 * JSON name among the {@link Plugins#ruleKinds()}, and tier steps of plugins are named in {@code
 * "steps"} by the id of a registered {@link TierStepKind}, with their parameters. Unknown keys and bad values are
 * errors naming the file and JSON path; every problem of a file is reported in one pass. See
 * {@code docs/rule-files.md} for the format and every default.
 */
@Surface(Surface.Kind.API)
public final class RuleFiles {
  private RuleFiles() {}

  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  /** The built-in rule set assembled from the five pillar modules, named for its source. */
  public static final String URUMQI_2004 = "urumqi-2004";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final String[] INDICATOR_KEYS =
      {"id", "pillar", "name", "description", "points", "hard", "measures", "evidence", "rule"};
  private static final String[] CHANGE_KEYS =
      {"pillar", "name", "description", "points", "hard", "measures", "evidence", "rule"};

  /**
   * A rule set by name or path: an existing file, or any argument ending in {@code .json}, is
   * loaded as a rule file; anything else must be a built-in rule-set name.
   *
   * @param nameOrPath a rule file's path or a built-in name such as {@value #URUMQI_2004}
   * @param plugins the providers and kinds the rule file may use
   * @return the rule set
   * @throws InvalidInputException naming the file, JSON path and every problem, or the unknown name
   */
  public static RuleSet resolve(String nameOrPath, Plugins plugins) {
    if (nameOrPath.endsWith(".json") || Files.isRegularFile(Path.of(nameOrPath))) {
      return load(Path.of(nameOrPath), plugins);
    }
    return builtIn(nameOrPath, plugins);
  }

  /**
   * Loads a rule file.
   *
   * @param file the rule file; relative {@code extends} paths are resolved against its folder
   * @param plugins the providers and kinds the rule file may use
   * @return the rule set
   * @throws InvalidInputException naming the file, JSON path and every problem
   */
  public static RuleSet load(Path file, Plugins plugins) {
    return new Loader(plugins).load(file.toAbsolutePath().normalize());
  }

  /**
   * Parses a rule file's text. {@code source} names it in errors; relative {@code extends} paths
   * are resolved against {@code baseDir}.
   *
   * @param json the rule file's text
   * @param source the name of the text in messages, e.g. its file name
   * @param baseDir the folder {@code extends} paths are relative to, or null to allow only built-in
   *     names in {@code extends}
   * @param plugins the providers and kinds the rule file may use
   * @return the rule set
   * @throws InvalidInputException naming the source, JSON path and every problem
   */
  public static RuleSet parse(String json, String source, @Nullable Path baseDir, Plugins plugins) {
    return new Loader(plugins).parse(json, source, baseDir);
  }

  /**
   * The names of the built-in rule sets the given plugins contribute to, sorted.
   *
   * @param plugins the providers
   * @return the names their {@link org.fivetype.spi.PillarProvider#ruleSets()} give; empty when there are none
   */
  public static Set<String> builtInNames(Plugins plugins) {
    Set<String> names = new TreeSet<>();
    plugins.providers().forEach(p -> names.addAll(p.ruleSets()));
    return names;
  }

  /**
   * A built-in rule set: every indicator of the providers that name it, with the default total
   * (sum of points) and the default {@link TierSettings}. {@value #URUMQI_2004} needs all five
   * standard pillars.
   *
   * @param name the rule set's name
   * @param plugins the providers
   * @return the rule set
   * @throws InvalidInputException if no provider names it, or it lacks a standard pillar it needs
   */
  public static RuleSet builtIn(String name, Plugins plugins) {
    List<PillarProvider> providers = plugins.providersOf(name);
    if (providers.isEmpty()) {
      throw new InvalidInputException("unknown rule set", List.of(new Problem("rule set \"" + name + "\"",
          "not a file and not a built-in rule-set name; built-in: " + builtInNames(plugins)
              + (builtInNames(plugins).isEmpty() ? " (no pillar modules on the class path)" : ""))));
    }
    if (URUMQI_2004.equals(name)) {
      List<Problem> missing = new ArrayList<>();
      for (Pillar p : Pillar.STANDARD) {
        if (providers.stream().noneMatch(pp -> pp.pillar().id().equals(p.id()))) {
          missing.add(new Problem("rule set " + name, "pillar " + p.id() + " has no provider: add module fivetype-pillar-"
              + p.id().toLowerCase(java.util.Locale.ROOT).replace("legal", "legal")));
        }
      }
      if (!missing.isEmpty()) {
        throw new InvalidInputException("built-in rule set " + name + " is incomplete", missing);
      }
    }
    RuleSet.Builder b = RuleSet.builder(name, URUMQI_2004.equals(name)
        ? Label.of("乌鲁木齐市建设五型政府考评(2004,默认)", "Urumqi five-type government assessment (2004, default)")
        : Label.of(name, name));
    for (PillarProvider p : providers) {
      b.pillar(p.pillar());
      p.indicators().forEach(b::indicator);
    }
    return b.build();
  }

  /** The longest chain of rule files extending each other that is read (deeper is refused, not a stack overflow). */
  public static final int MAX_EXTENDS_DEPTH = 32;

  /** A chain of {@code extends} deeper than {@link #MAX_EXTENDS_DEPTH}: reported once, with the chain. */
  private static final class TooDeep extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    TooDeep(List<Problem> problems) {
      super("rule files extend each other too deep", problems);
    }
  }

  /** One loading run: follows {@code extends} chains and catches cycles. */
  private static final class Loader {
    private final Plugins plugins;
    private final Deque<Path> stack = new ArrayDeque<>();

    Loader(Plugins plugins) {
      this.plugins = plugins;
    }

    RuleSet load(Path file) {
      checkDepth(file);
      if (stack.contains(file)) {
        throw new InvalidInputException("rule files extend each other in a cycle",
            List.of(new Problem(file.toString(), "extends chain: " + stack + " → " + file)));
      }
      String text;
      try {
        byte[] bytes = Files.readAllBytes(file);
        text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        if (text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
      } catch (NoSuchFileException e) {
        throw new InvalidInputException("rule file not found", List.of(new Problem(file.toString(), "no such file")));
      } catch (CharacterCodingException e) {
        throw new InvalidInputException("rule file is not UTF-8",
            List.of(new Problem(file.toString(), "rule files are UTF-8 JSON; re-save it as UTF-8")));
      } catch (IOException e) {
        throw new InvalidInputException("rule file cannot be read", List.of(new Problem(file.toString(), e.toString())));
      }
      stack.push(file);
      try {
        return parse(text, file.toString(), file.getParent());
      } finally {
        stack.pop();
      }
    }

    /**
     * {@code departures}: principle id → reason, over the base's. Each key must be one of
     * {@link Principles#CHECKED} and each reason a non-blank text; problems go to the file's sink.
     */
    private Map<String, String> readDepartures(JsonIn in, @Nullable RuleSet base) {
      Map<String, String> out = new java.util.TreeMap<>();
      if (base != null) {
        out.putAll(base.departures());
      }
      if (!in.has("departures")) {
        return out;
      }
      JsonIn d = in.at("departures");
      if (!d.object(Principles.CHECKED.toArray(String[]::new))) {
        return out;
      }
      var it = d.node.fieldNames();
      while (it.hasNext()) {
        String k = it.next();
        if (!Principles.CHECKED.contains(k)) {
          continue;
        }
        String reason = d.at(k).text();
        if (reason != null && reason.isBlank()) {
          d.at(k).problem("the reason is blank: say why the rule set departs from " + k);
        } else if (reason != null) {
          out.put(k, reason.strip());
        }
      }
      return out;
    }

    /**
     * The rule set if every departure from the programme's principles ({@link Principles}) is
     * listed under {@code departures} with a reason; otherwise each unlisted one is a problem
     * naming the principle and the JSON path.
     */
    private static RuleSet checkPrinciples(RuleSet rs, @Nullable RuleSet base, Map<String, String> listed) {
      List<Problem> problems = new ArrayList<>();
      for (Principles.Finding f : Principles.check(rs, base)) {
        if (!listed.containsKey(f.principle())) {
          problems.add(new Problem(f.path(), "departs from the programme's principle " + f.principle()
              + ": " + f.message() + "; if this is meant, list it under \"departures\": {\"" + f.principle()
              + "\": \"the reason\"} (docs/rule-files.md)"));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException("the rule file departs from the programme", problems);
      }
      return rs;
    }

    /** Refuses a file {@link #MAX_EXTENDS_DEPTH} files down an {@code extends} chain, naming the chain. */
    private void checkDepth(Path file) {
      if (stack.size() < MAX_EXTENDS_DEPTH) {
        return;
      }
      List<Path> chain = new ArrayList<>(stack);
      java.util.Collections.reverse(chain);
      chain.add(file);
      String shown = chain.subList(0, 3).stream().map(p -> p.getFileName().toString())
          .collect(java.util.stream.Collectors.joining(" → ")) + " → … → " + chain.get(chain.size() - 1).getFileName();
      throw new TooDeep(List.of(new Problem(chain.get(0).toString() + ": $.extends", "the chain of extends is deeper "
          + "than " + MAX_EXTENDS_DEPTH + " files (" + shown + "): a rule file may extend at most " + MAX_EXTENDS_DEPTH
          + " others in a row 细则继承层级过深")));
    }

    RuleSet parse(String json, String source, @Nullable Path baseDir) {
      JsonNode root;
      try {
        root = MAPPER.readTree(json);
      } catch (JsonParseException e) {
        var loc = e.getLocation();
        throw new InvalidInputException("rule file is not valid JSON", List.of(new Problem(
            source + ":" + loc.getLineNr() + ":" + loc.getColumnNr(), e.getOriginalMessage())));
      } catch (JsonProcessingException e) {
        throw new InvalidInputException("rule file is not valid JSON",
            List.of(new Problem(source, e.getOriginalMessage())));
      }
      if (root == null || root.isMissingNode()) {
        // Jackson reads an empty (or blank) text as a missing node, not as null
        throw new InvalidInputException("rule file is not valid", List.of(new Problem(source, "the file is empty: expected a JSON object")));
      }
      List<Problem> problems = new ArrayList<>();
      JsonIn in = new JsonIn(root, "$", source, problems);
      if (!in.object("format", "id", "name", "extends", "pillars", "indicators", "change", "remove",
          "total", "tiers", "consequences", "steps", "departures")) {
        throw new InvalidInputException("rule file is not valid", problems);
      }
      if (in.has("format")) {
        String f = in.at("format").text();
        if (f != null && !RuleJson.FORMAT.equals(f)) {
          in.at("format").problem("this version reads \"" + RuleJson.FORMAT + "\", found \"" + f + "\"");
        }
      } else {
        in.problem("missing \"format\": \"" + RuleJson.FORMAT + "\"");
      }
      String id = in.has("id") ? in.at("id").text() : null;
      if (id == null && !in.has("id")) {
        in.problem("missing \"id\" (the rule set's name, e.g. \"district-a-2025\")");
      } else if (id != null && !ID.matcher(id).matches()) {
        in.at("id").problem("a rule-set id is 1-64 letters, digits, '.', '-' or '_'");
      }
      Label name = in.has("name") ? in.at("name").label() : null;
      if (!in.has("name")) {
        in.problem("missing \"name\": {\"zh\": …, \"en\": …}");
      }

      RuleSet base = null;
      if (in.has("extends")) {
        String ext = in.at("extends").text();
        if (ext != null) {
          try {
            base = ext.endsWith(".json") ? load((baseDir == null ? Path.of(ext) : baseDir.resolve(ext)).toAbsolutePath().normalize())
                : builtIn(ext, plugins);
          } catch (TooDeep e) {
            throw e;
          } catch (InvalidInputException e) {
            problems.add(new Problem(source + ": $.extends", "the base \"" + ext + "\" cannot be loaded"));
            problems.addAll(e.problems());
          }
        }
      }

      // pillars known to this file: standard, the base's, and those declared here
      Map<String, Pillar> pillarsById = new LinkedHashMap<>();
      Pillar.STANDARD.forEach(p -> pillarsById.put(p.id(), p));
      if (base != null) {
        base.pillars().forEach(p -> pillarsById.put(p.id(), p));
      }
      Map<Pillar, Double> budgets = new LinkedHashMap<>();
      List<Pillar> declared = new ArrayList<>();
      if (in.has("pillars")) {
        JsonIn ps = in.at("pillars");
        if (ps.array()) {
          for (int k = 0; k < ps.node.size(); k++) {
            JsonIn p = ps.at(k);
            if (!p.object("id", "name", "budget")) {
              continue;
            }
            String pid = p.at("id").text();
            if (pid == null) {
              continue;
            }
            Pillar known = pillarsById.get(pid);
            Label pname = p.has("name") ? p.at("name").label() : null;
            Pillar pillar;
            if (pname != null) {
              if (Pillar.standard(pid).isPresent() && !Pillar.standard(pid).get().name().equals(pname)) {
                p.at("name").problem("the standard pillar " + pid + " is named " + Pillar.standard(pid).get().name()
                    + "; leave the name out");
                continue;
              }
              try {
                pillar = Pillar.of(pid, pname);
              } catch (IllegalArgumentException e) {
                p.at("id").problem(String.valueOf(e.getMessage()));
                continue;
              }
            } else if (known != null) {
              pillar = known;
            } else {
              p.problem("pillar " + pid + " is not a standard pillar: give it a \"name\": {\"zh\": …, \"en\": …}");
              continue;
            }
            pillarsById.put(pid, pillar);
            declared.add(pillar);
            if (p.has("budget")) {
              double bud = p.at("budget").number();
              if (!Double.isNaN(bud)) {
                budgets.put(pillar, bud);
              }
            }
          }
        }
      }

      LinkedHashMap<IndicatorId, IndicatorSpec> indicators = new LinkedHashMap<>();
      if (base != null) {
        base.indicators().forEach(i -> indicators.put(i.id(), i));
      }
      if (in.has("remove")) {
        JsonIn rm = in.at("remove");
        if (rm.array()) {
          for (int k = 0; k < rm.node.size(); k++) {
            String rid = rm.at(k).text();
            if (rid == null) {
              continue;
            }
            if (!IndicatorId.isValid(rid) || indicators.remove(IndicatorId.of(rid)) == null) {
              rm.at(k).problem("no indicator \"" + rid + "\" to remove" + (base == null ? " (the file extends nothing)"
                  : " in the base " + base.id()));
            }
          }
        }
      }
      if (in.has("change") && !in.at("change").node.isObject()) {
        in.at("change").problem("expected an object: indicator id → the keys to change");
      } else if (in.has("change")) {
        JsonIn ch = in.at("change");
        var it = ch.node.fieldNames();
        while (it.hasNext()) {
          String cid = it.next();
          JsonIn c = ch.at(cid);
          IndicatorSpec old = IndicatorId.isValid(cid) ? indicators.get(IndicatorId.of(cid)) : null;
          if (old == null) {
            c.problem("no indicator \"" + cid + "\" to change" + (base == null ? " (the file extends nothing)" : ""));
            continue;
          }
          IndicatorSpec changed = readIndicator(c, old, pillarsById, CHANGE_KEYS);
          if (changed != null) {
            indicators.put(changed.id(), changed);
          }
        }
      }
      if (in.has("indicators")) {
        JsonIn arr = in.at("indicators");
        if (arr.array()) {
          for (int k = 0; k < arr.node.size(); k++) {
            JsonIn ind = arr.at(k);
            IndicatorSpec spec;
            if (ind.node != null && ind.node.isObject() && ind.node.has("use")) {
              spec = readUse(ind, pillarsById);
            } else {
              spec = readIndicator(ind, null, pillarsById, INDICATOR_KEYS);
            }
            if (spec == null) {
              continue;
            }
            if (indicators.containsKey(spec.id())) {
              ind.problem("indicator " + spec.id() + " already exists" + (base != null ? " in the base " + base.id()
                  + "; use \"change\" to modify it" : ""));
              continue;
            }
            indicators.put(spec.id(), spec);
          }
        }
      }

      TotalMethod total = base != null ? base.total() : TotalMethod.SUM;
      if (in.has("total")) {
        TotalMethod t = readTotal(in.at("total"), total);
        if (t != null) {
          total = t;
        }
      }
      TierSettings tiers = base != null ? base.tiers() : TierSettings.DEFAULTS;
      if (in.has("tiers")) {
        TierSettings t = readTiers(in.at("tiers"), tiers);
        if (t != null) {
          tiers = t;
        }
      }
      ConsequenceSettings consequences = base != null ? base.consequences() : ConsequenceSettings.DEFAULTS;
      if (in.has("consequences")) {
        ConsequenceSettings c = readConsequences(in.at("consequences"), consequences);
        if (c != null) {
          consequences = c;
        }
      }
      List<TierPolicy> steps = base != null ? base.extraSteps() : List.of();
      if (in.has("steps")) {
        steps = readSteps(in.at("steps"), steps);
      }
      Map<String, String> departures = readDepartures(in, base);
      if (!problems.isEmpty()) {
        throw new InvalidInputException("rule file " + source + " is not valid", problems);
      }
      // id and name are null only after a problem: text() and label() record one whenever they give null
      RuleSet.Builder b = RuleSet.builder(java.util.Objects.requireNonNull(id), java.util.Objects.requireNonNull(name));
      declared.forEach(b::pillar);
      steps.forEach(b::tierStep);
      indicators.values().forEach(b::indicator);
      budgets.forEach(b::budget);
      b.total(total).tiers(tiers).consequences(consequences);
      departures.forEach(b::departure);
      try {
        return checkPrinciples(b.build(), base, departures);
      } catch (InvalidInputException e) {
        List<Problem> located = new ArrayList<>();
        for (Problem p : e.problems()) {
          located.add(new Problem(source + ": " + p.where(), p.message()));
        }
        throw new InvalidInputException("rule file " + source + " is not valid", located);
      }
    }

    private @Nullable IndicatorSpec readUse(JsonIn ind, Map<String, Pillar> pillarsById) {
      String[] keys = new String[CHANGE_KEYS.length + 1];
      keys[0] = "use";
      System.arraycopy(CHANGE_KEYS, 0, keys, 1, CHANGE_KEYS.length);
      ind.object(keys);
      String uid = ind.at("use").text();
      if (uid == null) {
        return null;
      }
      Optional<IndicatorSpec> offered = IndicatorId.isValid(uid) ? plugins.indicator(IndicatorId.of(uid))
          : Optional.empty();
      if (offered.isEmpty()) {
        ind.at("use").problem("no plugin offers an indicator \"" + uid + "\"; offered: "
            + new TreeSet<>(plugins.catalogue().keySet().stream().map(IndicatorId::value).toList()));
        return null;
      }
      // the keys were checked above (so that an unknown key is reported even when "use" is not offered)
      return readIndicator(ind, offered.get(), pillarsById, null);
    }

    /**
     * Reads an indicator: a new one ({@code old == null}, every required key present) or
     * changes to {@code old} (only the keys given). {@code keys} are the keys allowed, or null when
     * the caller has checked them already.
     */
    private @Nullable IndicatorSpec readIndicator(JsonIn in, @Nullable IndicatorSpec old, Map<String, Pillar> pillarsById,
        String @Nullable [] keys) {
      if (keys != null && !in.object(keys)) {
        return null;
      }
      int before = countProblems(in);
      IndicatorId id = old != null ? old.id() : null;
      if (old == null) {
        String s = in.has("id") ? in.at("id").text() : null;
        if (!in.has("id")) {
          in.problem("missing \"id\"");
        } else if (s != null) {
          if (IndicatorId.isValid(s)) {
            id = IndicatorId.of(s);
          } else {
            in.at("id").problem("an indicator id is 1-64 letters, digits, '.', '-' or '_', starting with a letter");
          }
        }
      }
      Pillar pillar = old != null ? old.pillar() : null;
      if (in.has("pillar")) {
        String pid = in.at("pillar").text();
        if (pid != null) {
          pillar = pillarsById.get(pid);
          if (pillar == null) {
            in.at("pillar").problem("unknown pillar \"" + pid + "\"; known: " + pillarsById.keySet()
                + " (declare a new one under \"pillars\" with a name)");
          }
        }
      } else if (old == null) {
        in.problem("missing \"pillar\"");
      }
      Label name = old != null ? old.name() : null;
      if (in.has("name")) {
        name = in.at("name").label();
      } else if (old == null) {
        in.problem("missing \"name\": {\"zh\": …, \"en\": …}");
      }
      Label description = old != null && !in.has("name") ? old.description() : name;
      if (in.has("description")) {
        description = in.at("description").label();
      }
      double points = old != null ? old.points() : Double.NaN;
      if (in.has("points")) {
        points = in.at("points").number();
        if (!Double.isNaN(points) && points <= 0) {
          in.at("points").problem("points must be > 0 (remove the indicator instead of giving it no points)");
        }
      } else if (old == null) {
        in.problem("missing \"points\"");
      }
      boolean hard = old != null && old.hard();
      if (in.has("hard")) {
        Boolean h = in.at("hard").bool();
        hard = h != null && h;
      }
      Set<Measure> measures = old != null ? old.measures() : null;
      if (in.has("measures")) {
        JsonIn ms = in.at("measures");
        if (ms.array()) {
          Set<Measure> set = new LinkedHashSet<>();
          for (int k = 0; k < ms.node.size(); k++) {
            String m = ms.at(k).text();
            if (m != null) {
              if (Measure.isKnown(m)) {
                set.add(Measure.of(m));
              } else {
                ms.at(k).problem("\"" + m + "\" is not a measure id of docs/measures.md (L1-L8, R1-R5, I1-I6, S1-S7, "
                    + "E1-E8, O1-O3, A1-A10)");
              }
            }
          }
          if (set.isEmpty() && ms.node.isEmpty()) {
            ms.problem("an indicator covers at least one measure");
          }
          measures = set;
        }
      } else if (old == null) {
        in.problem("missing \"measures\": [\"L7\", …]");
      }
      Evidence evidence = old != null ? old.evidence() : null;
      if (in.has("evidence")) {
        evidence = readEvidence(in.at("evidence"));
      } else if (old == null) {
        in.problem("missing \"evidence\": {\"what\": …, \"unit\": …, \"supplier\": …}");
      }
      ScoringRule rule = old != null ? old.rule() : null;
      if (in.has("rule")) {
        rule = readRule(in.at("rule"));
      } else if (old == null) {
        in.problem("missing \"rule\": {\"kind\": …}");
      }
      if (countProblems(in) > before || id == null || pillar == null || name == null || description == null
          || Double.isNaN(points) || measures == null || evidence == null || rule == null) {
        return null;
      }
      try {
        return new IndicatorSpec(id, pillar, name, description, points, hard, measures, evidence, rule);
      } catch (IllegalArgumentException e) {
        in.problem(String.valueOf(e.getMessage()));
        return null;
      }
    }

    private static int countProblems(JsonIn in) {
      return in.sinkSize();
    }

    private @Nullable Evidence readEvidence(JsonIn e) {
      if (!e.object("what", "unit", "supplier")) {
        return null;
      }
      Label what = e.at("what").label();
      Label unit = e.at("unit").label();
      Evidence.Supplier s = e.at("supplier").enumValue(Evidence.Supplier.class);
      return what == null || unit == null || s == null ? null : new Evidence(what, unit, s);
    }

    private @Nullable ScoringRule readRule(JsonIn r) {
      if (r.node == null || !r.node.isObject()) {
        r.problem("expected an object with a \"kind\", found " + JsonIn.kind(r.node));
        return null;
      }
      String kind = r.at("kind").text();
      if (kind == null) {
        return null;
      }
      Optional<RuleKind<?>> k = plugins.ruleKind(kind);
      if (k.isEmpty()) {
        r.at("kind").problem("unknown rule kind \"" + kind + "\"; known: " + String.join(", ", plugins.ruleKinds().keySet())
            + " (a rule kind of a plugin jar is known when the jar is on the class path)");
        return null;
      }
      int before = r.sinkSize();
      try {
        ScoringRule rule = k.get().read(JsonParams.reader(r, "kind"));
        if (rule == null && r.sinkSize() == before) {
          // a kind reads null only after a problem; without one the indicator would be left out unsaid
          r.problem("rule kind \"" + kind + "\" (" + k.get().getClass().getName() + ") read no rule and reported no "
              + "problem");
          return null;
        }
        if (rule != null && !k.get().type().isInstance(rule)) {
          r.problem("rule kind \"" + kind + "\" (" + k.get().getClass().getName() + ") read a " + rule.getClass().getName()
              + ", not a " + k.get().type().getName());
          return null;
        }
        return rule;
      } catch (IllegalArgumentException e) {
        r.problem(String.valueOf(e.getMessage()));
        return null;
      }
    }

    /**
     * Reads the {@code steps}: each names a registered {@link TierStepKind} by {@code "use"} with
     * its parameters. A step of the base's id replaces it in its place; others are appended.
     */
    private List<TierPolicy> readSteps(JsonIn arr, List<TierPolicy> base) {
      List<TierPolicy> out = new ArrayList<>(base);
      if (!arr.array()) {
        return out;
      }
      List<String> seen = new ArrayList<>();
      for (int k = 0; k < arr.node.size(); k++) {
        JsonIn st = arr.at(k);
        if (st.node == null || !st.node.isObject()) {
          st.problem("expected an object {\"use\": \"<step id>\", …parameters}, found " + JsonIn.kind(st.node));
          continue;
        }
        String use = st.at("use").text();
        if (use == null) {
          continue;
        }
        Optional<TierStepKind> kind = plugins.tierStepKind(use);
        if (kind.isEmpty()) {
          st.at("use").problem("no tier step \"" + use + "\" is registered; registered: "
              + plugins.tierStepKinds().keySet() + " (a step of a plugin jar is known when the jar is on the class path)");
          continue;
        }
        if (seen.contains(use)) {
          st.at("use").problem("the step \"" + use + "\" is named twice");
          continue;
        }
        seen.add(use);
        @Nullable TierPolicy step;
        int before = st.sinkSize();
        try {
          step = kind.get().read(JsonParams.reader(st, "use"));
        } catch (IllegalArgumentException e) {
          st.problem(String.valueOf(e.getMessage()));
          continue;
        }
        if (step == null) {
          if (st.sinkSize() == before) {
            // a kind makes no step only after a problem; without one the step would be left out unsaid
            st.problem("the tier-step kind \"" + use + "\" (" + kind.get().getClass().getName() + ") made no step and "
                + "reported no problem");
          }
          continue;
        }
        if (!use.equals(step.id())) {
          st.problem("the tier-step kind \"" + use + "\" (" + kind.get().getClass().getName() + ") made a step with id \""
              + step.id() + "\"; a step's id must be its kind's");
          continue;
        }
        int at = -1;
        for (int i = 0; i < out.size(); i++) {
          if (out.get(i).id().equals(use)) {
            at = i;
          }
        }
        if (at >= 0) {
          out.set(at, step);
        } else {
          out.add(step);
        }
      }
      return out;
    }

    private @Nullable TotalMethod readTotal(JsonIn t, TotalMethod base) {
      if (!t.object("method", "scale", "weights")) {
        return null;
      }
      TotalMethod.Kind kind = t.has("method") ? t.at("method").enumValue(TotalMethod.Kind.class) : base.kind();
      if (kind == null) {
        return null;
      }
      if (kind == TotalMethod.Kind.SUM) {
        if (t.has("scale") || t.has("weights")) {
          t.problem("\"scale\" and \"weights\" apply only to method WEIGHTED_SHARES");
          return null;
        }
        return TotalMethod.SUM;
      }
      double scale = t.has("scale") ? t.at("scale").number() : (base.kind() == kind ? base.scale() : 100);
      Map<String, Double> weights = new TreeMap<>(base.kind() == kind ? base.weights() : Map.of());
      if (t.has("weights")) {
        JsonIn w = t.at("weights");
        // any pillar id is a key; it is checked against the rule set's pillars when that is built
        if (!w.node.isObject()) {
          w.problem("expected an object: pillar id → weight");
        } else {
          var it = w.node.fieldNames();
          while (it.hasNext()) {
            String k = it.next();
            double v = w.at(k).number();
            if (!Double.isNaN(v)) {
              weights.put(k, v);
            }
          }
        }
      }
      try {
        return TotalMethod.weightedShares(scale, weights);
      } catch (IllegalArgumentException e) {
        t.problem(String.valueOf(e.getMessage()));
        return null;
      }
    }

    private @Nullable TierSettings readTiers(JsonIn t, TierSettings b) {
      if (!t.object("thresholds", "veto", "hard", "pillarFloor", "missingEvidence", "quota", "quotaRounding", "ties")) {
        return null;
      }
      int before = t.sinkSize();
      double ex = b.excellentAt();
      double good = b.goodAt();
      double pass = b.passAt();
      if (t.has("thresholds")) {
        JsonIn th = t.at("thresholds");
        if (th.object("EXCELLENT", "GOOD", "PASS")) {
          ex = th.has("EXCELLENT") ? th.at("EXCELLENT").number() : ex;
          good = th.has("GOOD") ? th.at("GOOD").number() : good;
          pass = th.has("PASS") ? th.at("PASS").number() : pass;
        }
      }
      Tier vetoCap = b.vetoCap();
      TierSettings.MissingVeto missingVeto = b.missingVetoEvidence();
      if (t.has("veto") && t.at("veto").object("cap", "missingEvidence")) {
        if (t.at("veto").has("cap")) {
          vetoCap = orElse(t.at("veto").at("cap").enumValue(Tier.class), vetoCap);
        }
        missingVeto = readMissingVeto(t.at("veto"), missingVeto);
      }
      double hardShare = b.hardPassShare();
      Tier hardCap = b.hardCap();
      if (t.has("hard") && t.at("hard").object("passShare", "cap")) {
        JsonIn h = t.at("hard");
        hardShare = h.has("passShare") ? h.at("passShare").number() : hardShare;
        hardCap = h.has("cap") ? orElse(h.at("cap").enumValue(Tier.class), hardCap) : hardCap;
      }
      double floorShare = b.pillarFloorShare();
      Tier floorCap = b.pillarFloorCap();
      if (t.has("pillarFloor") && t.at("pillarFloor").object("share", "cap")) {
        JsonIn f = t.at("pillarFloor");
        floorShare = f.has("share") ? f.at("share").number() : floorShare;
        floorCap = f.has("cap") ? orElse(f.at("cap").enumValue(Tier.class), floorCap) : floorCap;
      }
      Tier missingCap = b.missingCap();
      if (t.has("missingEvidence") && t.at("missingEvidence").object("cap")) {
        missingCap = orElse(t.at("missingEvidence").at("cap").enumValue(Tier.class), missingCap);
      }
      Map<Tier, Double> quota = new EnumMap<>(Tier.class);
      quota.putAll(b.quota());
      if (t.has("quota")) {
        JsonIn q = t.at("quota");
        if (q.object("EXCELLENT", "GOOD", "PASS")) {
          quota.clear();
          var it = q.node.fieldNames();
          while (it.hasNext()) {
            String k = it.next();
            if (List.of("EXCELLENT", "GOOD", "PASS").contains(k)) {
              double v = q.at(k).number();
              if (!Double.isNaN(v)) {
                quota.put(Tier.valueOf(k), v);
              }
            }
          }
        }
      }
      TierSettings.Rounding rounding = t.has("quotaRounding")
          ? orElse(t.at("quotaRounding").enumValue(TierSettings.Rounding.class), b.quotaRounding()) : b.quotaRounding();
      TierSettings.Ties ties = t.has("ties")
          ? orElse(t.at("ties").enumValue(TierSettings.Ties.class), b.ties()) : b.ties();
      if (t.sinkSize() > before) {
        return null;
      }
      try {
        return new TierSettings(ex, good, pass, vetoCap, hardShare, hardCap, floorShare, floorCap, missingCap, quota,
            rounding, ties, missingVeto);
      } catch (IllegalArgumentException e) {
        t.problem(String.valueOf(e.getMessage()));
        return null;
      }
    }

    /**
     * {@code tiers.veto.missingEvidence}: {@code VETO} (a unit without evidence for a veto
     * indicator is treated as vetoed, the default) or {@code MISSING} (it only counts as missing).
     */
    private TierSettings.MissingVeto readMissingVeto(JsonIn veto, TierSettings.MissingVeto base) {
      if (!veto.has("missingEvidence")) {
        return base;
      }
      return orElse(veto.at("missingEvidence").enumValue(TierSettings.MissingVeto.class), base);
    }

    /** The {@code consequences} block, key by key over the base's settings; null after a problem. */
    private @Nullable ConsequenceSettings readConsequences(JsonIn c, ConsequenceSettings b) {
      if (!c.object("travel", "bonus", "excellentCivilServants")) {
        return null;
      }
      int before = c.sinkSize();
      TravelThresholds travel = b.travel();
      if (c.has("travel") && c.at("travel").object("strongly", "well", "adequately")) {
        JsonIn t = c.at("travel");
        int start = t.sinkSize();
        double strongly = t.has("strongly") ? t.at("strongly").number() : b.travel().strongly();
        double well = t.has("well") ? t.at("well").number() : b.travel().well();
        double adequately = t.has("adequately") ? t.at("adequately").number() : b.travel().adequately();
        travel = t.sinkSize() > start ? null : attempt(t, () -> new TravelThresholds(strongly, well, adequately));
      }
      BonusScheme bonus = b.bonus();
      if (c.has("bonus") && c.at("bonus").object("base", "baseYear", "step", "multipliers")) {
        JsonIn n = c.at("bonus");
        int start = n.sinkSize();
        Map<Tier, Double> mult = tierShares(n, "multipliers", b.bonus().multipliers());
        Integer baseYear = n.has("baseYear") ? n.at("baseYear").integer() : Integer.valueOf(b.bonus().baseYear());
        double base = n.has("base") ? n.at("base").number() : b.bonus().base();
        double step = n.has("step") ? n.at("step").number() : b.bonus().step();
        // each wrong setting is its own problem, at its own path (the constructor stops at the first)
        notNegative(n, "base", base, "the bonus base 奖金基数");
        notNegative(n, "step", step, "the bonus step 奖金年增幅");
        if (mult != null && n.has("multipliers")) {
          for (Tier t : Tier.values()) {
            if (n.at("multipliers").has(t.name())) {
              notNegative(n.at("multipliers"), t.name(), mult.getOrDefault(t, 0.0),
                  "the bonus multiplier of " + t + " 奖金系数");
            }
          }
          for (int k = 1; k < Tier.values().length; k++) {
            Tier hi = Tier.values()[k - 1];
            Tier lo = Tier.values()[k];
            double mLo = mult.getOrDefault(lo, 0.0);
            double mHi = mult.getOrDefault(hi, 0.0);
            if (mLo > mHi) {
              n.at("multipliers").problem("bonus multipliers must not increase from EXCELLENT to FAIL: " + lo
                  + " has " + mLo + " > " + hi + " " + mHi + " 奖金系数不得随等次升高");
            }
          }
        }
        bonus = n.sinkSize() > start || mult == null || baseYear == null ? null
            : attempt(n, () -> new BonusScheme(base, baseYear, step, mult));
      }
      QuotaSettings quota = b.quota();
      if (c.has("excellentCivilServants")
          && c.at("excellentCivilServants").object("scheme", "graded", "rounding", "regulations")) {
        JsonIn q = c.at("excellentCivilServants");
        QuotaSettings.Scheme scheme = q.has("scheme")
            ? orElse(q.at("scheme").enumValue(QuotaSettings.Scheme.class), b.quota().scheme()) : b.quota().scheme();
        QuotaSettings.Rounding rounding = q.has("rounding")
            ? orElse(q.at("rounding").enumValue(QuotaSettings.Rounding.class), b.quota().rounding())
            : b.quota().rounding();
        int startQ = q.sinkSize();
        Map<Tier, Double> given = tierShares(q, "graded", b.quota().graded());
        if (given != null && q.has("graded")) {
          for (Tier t : Tier.values()) {
            double v = given.getOrDefault(t, 0.0);
            if (q.at("graded").has(t.name()) && !(v >= 0 && v <= 1)) {
              q.at("graded").at(t.name()).problem("the graded share of " + t + " must be within [0, 1], was " + v
                  + " 优秀比例应在0到1之间");
            }
          }
        }
        Map<Tier, Double> graded = q.sinkSize() > startQ ? null : atMostFourDecimals(q, "graded", given);
        List<Regulation> regulations = q.has("regulations") ? readRegulations(q.at("regulations"))
            : b.quota().regulations();
        if (graded != null && regulations != null) {
          quota = attempt(q, () -> new QuotaSettings(regulations, scheme, graded, rounding));
        }
      }
      if (c.sinkSize() > before || travel == null || bonus == null || quota == null) {
        return null;
      }
      return new ConsequenceSettings(travel, bonus, quota);
    }

    /**
     * The graded civil-servant shares, or null with a problem for each share with more than four
     * decimals: shares are counted in basis points (0.0001) so that staff × share is exact, and a
     * finer share would be rounded silently (0.12345 to 0.1235, which can exceed what was set).
     */
    private static @Nullable Map<Tier, Double> atMostFourDecimals(JsonIn parent, String key,
        @Nullable Map<Tier, Double> shares) {
      if (shares == null || !parent.has(key)) {
        return shares;
      }
      boolean ok = true;
      for (var e : shares.entrySet()) {
        double bp = e.getValue() * 10_000;
        if (parent.at(key).has(e.getKey().name()) && Math.abs(bp - Math.rint(bp)) > 1e-6) {
          parent.at(key).at(e.getKey().name()).problem(e.getValue() + " has more than four decimals: the share of "
              + "excellent civil servants is counted in basis points (0.0001); give at most four decimals, e.g. "
              + Math.floor(bp) / 10_000 + " 优秀比例最多保留四位小数");
          ok = false;
        }
      }
      return ok ? shares : null;
    }

    /**
     * A problem at {@code parent.key} when the value given there is negative. A value given there
     * is finite or NaN ({@link JsonIn#number()} has already said why), so "finite" needs no test
     * here, and NaN is not negative.
     */
    private static void notNegative(JsonIn parent, String key, double v, String what) {
      if (parent.has(key) && v < 0) {
        parent.at(key).problem(what + " must be a finite number ≥ 0, was " + v);
      }
    }

    /** A map of every tier to a number, key by key over {@code base}; null after a problem. */
    private static @Nullable Map<Tier, Double> tierShares(JsonIn parent, String key, Map<Tier, Double> base) {
      Map<Tier, Double> out = new EnumMap<>(Tier.class);
      out.putAll(base);
      if (!parent.has(key)) {
        return out;
      }
      JsonIn m = parent.at(key);
      if (!m.object("EXCELLENT", "GOOD", "PASS", "FAIL")) {
        return null;
      }
      boolean ok = true;
      for (Tier t : Tier.values()) {
        if (m.has(t.name())) {
          double v = m.at(t.name()).number();
          if (Double.isNaN(v)) {
            ok = false; // said by number(); the other tiers are still read
          } else {
            out.put(t, v);
          }
        }
      }
      return ok ? out : null;
    }

    private static @Nullable List<Regulation> readRegulations(JsonIn a) {
      if (!a.array()) {
        return null;
      }
      int before = a.sinkSize();
      List<Regulation> out = new ArrayList<>();
      for (int i = 0; i < a.node.size(); i++) {
        JsonIn r = a.at(i);
        if (!r.object("id", "title", "effective", "normalShare", "ceiling")) {
          continue;
        }
        for (String k : List.of("id", "title", "effective", "normalShare", "ceiling")) {
          if (!r.has(k)) {
            r.problem("a regulation needs \"" + k + "\"");
          }
        }
        if (!r.has("id") || !r.has("title") || !r.has("effective") || !r.has("normalShare") || !r.has("ceiling")) {
          continue;
        }
        String id = r.at("id").text();
        Label title = r.at("title").label();
        String date = r.at("effective").text();
        double normal = r.at("normalShare").number();
        double ceiling = r.at("ceiling").number();
        if (id == null || title == null || date == null || Double.isNaN(normal) || Double.isNaN(ceiling)) {
          continue;
        }
        LocalDate effective;
        try {
          effective = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          r.at("effective").problem("expected a date as YYYY-MM-DD, found \"" + date + "\"");
          continue;
        }
        Regulation reg = attempt(r, () -> new Regulation(id, title, effective, normal, ceiling));
        if (reg != null) {
          out.add(reg);
        }
      }
      return a.sinkSize() > before ? null : out;
    }

    /** The value, or null with the constructor's message as a problem at {@code where}. */
    private static <T> @Nullable T attempt(JsonIn where, java.util.function.Supplier<T> make) {
      try {
        return make.get();
      } catch (IllegalArgumentException e) {
        where.problem(String.valueOf(e.getMessage()));
        return null;
      }
    }

    private static <T> T orElse(@Nullable T v, T dflt) {
      return v != null ? v : dflt;
    }
  }
}
