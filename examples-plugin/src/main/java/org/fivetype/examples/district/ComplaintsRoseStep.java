package org.fivetype.examples.district;

import com.google.auto.service.AutoService;
import java.util.Objects;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Numbers;
import org.fivetype.api.Tier;
import org.fivetype.rule.ParamReader;
import org.fivetype.rule.ParamWriter;
import org.fivetype.spi.TierPolicy;
import org.fivetype.spi.TierStepKind;
import org.fivetype.spi.TieringContext;
import org.jspecify.annotations.Nullable;

/**
 * Tianshan District's own tier step, {@code "tianshan.complaints-rose"}: a unit whose complaints
 * rose by more than {@code maxRise} on last year cannot be better than {@code cap}. It reads the
 * unit's value of {@code indicator}, the relative change of its complaints against last year (an
 * indicator scored by {@link ComplaintTrend}); a unit without that value is left alone (the
 * built-in missing-evidence step already caps it). It decides each unit from its own value, so it
 * gives the same tiers whether categories are assessed together or apart.
 *
 * <p>In a rule file: {@code "steps": [{"use": "tianshan.complaints-rose", "indicator":
 * "S7.complaint-trend", "maxRise": 0.5}]} ({@code "cap"} defaults to GOOD: "cannot be excellent").
 *
 * @param indicator the indicator whose value is the change of complaints on last year
 * @param maxRise the largest rise that is not capped (a share: 0.5 is "by half")
 * @param cap the best tier of a unit whose complaints rose more
 */
public record ComplaintsRoseStep(IndicatorId indicator, double maxRise, Tier cap) implements TierPolicy {

  /** The step's id. */
  public static final String ID = "tianshan.complaints-rose";

  /** Checks the parameters. */
  public ComplaintsRoseStep {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(cap, "cap");
    if (!Double.isFinite(maxRise) || maxRise < 0) {
      throw new IllegalArgumentException("maxRise must be a finite share ≥ 0, was " + maxRise);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Label name() {
    return Label.of("投诉量上升过多", "complaints rose too much");
  }

  @Override
  public void apply(TieringContext context) {
    for (int u = 0; u < context.unitCount(); u++) {
      double rise = context.value(u, indicator);
      if (rise > maxRise) {
        context.cap(u, cap, Label.of(
            "投诉量比上年上升" + Numbers.percent(rise) + ",超过" + Numbers.percent(maxRise) + ",最高评为" + cap.label().zh(),
            "complaints rose by " + Numbers.percent(rise) + " on last year, more than " + Numbers.percent(maxRise)
                + ": at most " + cap.label().en()));
      }
    }
  }

  @Override
  public void writeParams(ParamWriter out) {
    out.put("indicator", indicator.value()).put("maxRise", maxRise).put("cap", cap.name());
  }

  /** The kind {@code "tianshan.complaints-rose"}, registered for {@link java.util.ServiceLoader}. */
  @AutoService(TierStepKind.class)
  public static final class Kind implements TierStepKind {

    /** Creates the kind; {@link java.util.ServiceLoader} calls this. */
    public Kind() {}

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Label name() {
      return Label.of("投诉量上升过多者不得评为优秀", "a unit whose complaints rose too much cannot be excellent");
    }

    @Override
    public @Nullable TierPolicy read(ParamReader p) {
      int before = p.problemCount();
      p.allowKeys("indicator", "maxRise", "cap");
      String id = p.text("indicator");
      if (id != null && !IndicatorId.isValid(id)) {
        p.problem("indicator", "\"" + id + "\" is not an indicator id");
      }
      double maxRise = p.number("maxRise");
      Tier cap = p.enumValue("cap", Tier.class, Tier.GOOD);
      return p.problemCount() > before || id == null ? null : new ComplaintsRoseStep(IndicatorId.of(id), maxRise, cap);
    }
  }
}
