package org.fivetype.ruleset;

import java.util.List;
import java.util.Set;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.plugin.Plugins;
import org.fivetype.rule.ParamReader;
import org.fivetype.rule.ParamWriter;
import org.fivetype.rule.Target;
import org.fivetype.rule.YesNo;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.PillarProvider;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TierStepKind;
import org.fivetype.spi.TieringContext;
import org.jspecify.annotations.Nullable;

/**
 * The plugins the rule-file tests of RuleFiles' error paths and defaults read against: a LEARNING
 * provider offering {@code L5.u} (5 points, hard) and {@code L6.u} (3 points) for the built-in rule
 * set {@code r1}, a rule kind {@code odd} that reads a rule of another type than it declares, and
 * {@code silent} and {@code refuses} that read no rule, and tier-step kinds: {@code probe} (a step of
 * its own id), {@code wrongid} (makes a step with the id {@code other}), {@code throws} (refuses its
 * parameters), {@code silentstep} and {@code saysstep} (make no step).
 */
final class RuleFilePluginsFixture {
  private RuleFilePluginsFixture() {}

  static final String FILE_HEAD = """
      "format": "fivetype-rules/1", "id": "t", "name": {"zh": "测试", "en": "test"},
      """;

  static final String EVIDENCE = """
      {"what": {"zh": "材料", "en": "records"}, "unit": {"zh": "件", "en": "items"}, "supplier": "UNIT"}""";

  /** A complete indicator L1.a of LEARNING, 10 points, measure L1, a yes/no rule. */
  static final String IND_A = """
      {"id": "L1.a", "pillar": "LEARNING", "name": {"zh": "甲", "en": "a"}, "points": 10, "measures": ["L1"],
       "evidence": %s, "rule": {"kind": "yesNo"}}""".formatted(EVIDENCE);

  /** A complete indicator R1.b of LEGAL, 4 points, measure R1, a yes/no rule. */
  static final String IND_B = IND_A.replace("L1.a", "R1.b").replace("LEARNING", "LEGAL").replace("\"L1\"", "\"R1\"")
      .replace("\"points\": 10", "\"points\": 4");

  /** A rule file {@code t} with the given indicators and further top-level keys. */
  static String file(String indicators, String extra) {
    return "{" + FILE_HEAD + "\"indicators\": [" + indicators + "]" + (extra.isEmpty() ? "" : ", " + extra) + "}";
  }

  /** A rule file {@code t} with indicator L1.a and further top-level keys. */
  static String file(String extra) {
    return file(IND_A, extra);
  }

  static IndicatorSpec offered(String id, String measure, double points, boolean hard) {
    return IndicatorSpec.builder(id).pillar(Pillar.LEARNING).name("甲" + id, "name " + id)
        .description("说明" + id, "about " + id).points(points).hard(hard).measures(measure)
        .evidence("材料", "records", "件", "items", Evidence.Supplier.UNIT)
        .rule(new YesNo(Direction.HIGHER_IS_BETTER)).build();
  }

  static final IndicatorSpec L5 = offered("L5.u", "L5", 5, true);
  static final IndicatorSpec L6 = offered("L6.u", "L6", 3, false);

  /** A provider of one pillar with the given indicators and built-in rule-set names. */
  record Provider(Pillar pillar, List<Indicator> indicators, Set<String> ruleSets) implements PillarProvider {}

  /** Declares {@link Target} as its type but reads a {@link YesNo}. */
  static final class WrongTypeKind implements org.fivetype.rule.RuleKind<YesNo> {
    @Override
    public String name() {
      return "odd";
    }

    @SuppressWarnings("unchecked")
    @Override
    public Class<YesNo> type() {
      return (Class<YesNo>) (Class<?>) Target.class;
    }

    @Override
    public Label description() {
      return Label.of("怪", "odd");
    }

    @Override
    public YesNo read(ParamReader params) {
      return new YesNo(Direction.HIGHER_IS_BETTER);
    }

    @Override
    public void write(YesNo rule, ParamWriter out) {}
  }

  /**
   * Reads no rule: {@code silent} without saying why (breaking the contract of {@link
   * org.fivetype.rule.RuleKind#read}), {@code refuses} after a problem at its key {@code x}.
   */
  record NullKind(String name, boolean says) implements org.fivetype.rule.RuleKind<YesNo> {
    @Override
    public Class<YesNo> type() {
      return YesNo.class;
    }

    @Override
    public Label description() {
      return Label.of("无", "none");
    }

    @Override
    public @Nullable YesNo read(ParamReader params) {
      if (says) {
        params.problem("x", "no rule today");
      }
      return null;
    }

    @Override
    public void write(YesNo rule, ParamWriter out) {}
  }

  /** A tier step that changes nothing. */
  record Step(String id) implements TierPolicy {
    @Override
    public Label name() {
      return Label.of("步骤", "step");
    }

    @Override
    public void apply(TieringContext context) {}
  }

  /** What a {@link StepKind} does with its parameters. */
  enum Reads {
    /** Makes a step of the id given. */
    STEP,
    /** Throws an IllegalArgumentException. */
    THROWS,
    /** Makes no step without saying why (breaking the contract of {@link TierStepKind#read}). */
    SILENT,
    /** Makes no step after a problem. */
    SAYS
  }

  /** A tier-step kind whose step has the id {@code made}. */
  record StepKind(String id, String made, Reads reads) implements TierStepKind {
    @Override
    public Label name() {
      return Label.of("步骤", "step");
    }

    @Override
    public @Nullable TierPolicy read(ParamReader params) {
      return switch (reads) {
        case STEP -> new Step(made);
        case THROWS -> throw new IllegalArgumentException("bad step parameters");
        case SILENT -> null;
        case SAYS -> {
          params.problem("no step today");
          yield null;
        }
      };
    }
  }

  static final Plugins PLUGINS = Plugins.of(
      List.of(new Provider(Pillar.LEARNING, List.of(L5, L6), Set.of("r1"))),
      List.of(new WrongTypeKind(), new NullKind("silent", false), new NullKind("refuses", true)),
      List.of(new StepKind("probe", "probe", Reads.STEP), new StepKind("wrongid", "other", Reads.STEP),
          new StepKind("throws", "throws", Reads.THROWS), new StepKind("silentstep", "silentstep", Reads.SILENT),
          new StepKind("saysstep", "saysstep", Reads.SAYS)));
}
