package org.fivetype.examples.district;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;
import org.fivetype.api.Direction;
import org.fivetype.api.Evidence.Supplier;
import org.fivetype.api.Pillar;
import org.fivetype.rule.Rate;
import org.fivetype.spi.Indicator;
import org.fivetype.spi.IndicatorSpec;
import org.fivetype.spi.PillarProvider;

/**
 * <b>This is what a district's plugin jar contains</b>: one {@link PillarProvider}, registered for
 * {@link java.util.ServiceLoader} with {@code @AutoService(PillarProvider.class)}, offering the
 * indicators that the district's detailed rules (实施细则, O2) need and the default catalogue lacks
 * — here Tianshan District's community service hotline (S7: solve the problems that grassroots
 * and citizens complain about).
 *
 * <p>{@link #ruleSets()} is empty: the indicator belongs to no built-in rule set, so putting the
 * jar on the class path changes nothing by itself (the default {@code urumqi-2004} stays 57
 * indicators and 100 points). A rule file takes the indicator with
 * {@code {"use": "S7.community-hotline"}}, as {@code district/tianshan-2025.json} does, and may
 * change its points or rule there like any other indicator's.
 */
@AutoService(PillarProvider.class)
public final class TianshanDistrictPlugin implements PillarProvider {

  /** The id of the indicator this plugin offers. */
  public static final String COMMUNITY_HOTLINE = "S7.community-hotline";

  private static final List<Indicator> INDICATORS = List.of(
      IndicatorSpec.builder(COMMUNITY_HOTLINE)
          .pillar(Pillar.SERVICE)
          .name("社区服务热线按时办结率", "Community service hotline: calls resolved on time")
          .description("区社区服务热线受理的群众诉求,在承诺时限内办结并回复的件数占受理件数的比率。"
                  + "70%及以下不得分,100%得满分,其间线性计分。",
              "Requests taken by the district's community service hotline that were resolved and "
                  + "answered within the promised time, as a share of all requests taken. 70% or less "
                  + "earns nothing, 100% earns full points, linear in between.")
          .evidence("按时办结并回复的热线诉求占受理诉求的比率",
              "hotline requests resolved and answered on time, as a share of requests taken", "比率", "ratio",
              Supplier.RECORDS)
          .rule(new Rate(0.7, 1.0, Direction.HIGHER_IS_BETTER))
          .points(2)
          .measures("S7")
          .build());

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public TianshanDistrictPlugin() {}

  @Override
  public Pillar pillar() {
    return Pillar.SERVICE;
  }

  @Override
  public List<Indicator> indicators() {
    return INDICATORS;
  }

  /** None: the indicator is offered for rule files to {@code use}, not added to a built-in set. */
  @Override
  public Set<String> ruleSets() {
    return Set.of();
  }
}
