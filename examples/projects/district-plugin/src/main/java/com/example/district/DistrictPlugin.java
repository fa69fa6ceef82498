package com.example.district;

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

/** A district's indicator that the default catalogue lacks, for its rule file to {@code use}. */
@AutoService(PillarProvider.class)
public final class DistrictPlugin implements PillarProvider {

  private static final List<Indicator> INDICATORS = List.of(
      IndicatorSpec.builder("S7.district-hotline")
          .pillar(Pillar.SERVICE)
          .name("社区服务热线按时办结率", "Community service hotline: calls resolved on time")
          .description("按时办结并回复的热线诉求占受理诉求的比率。70%及以下不得分,100%得满分,其间线性计分。",
              "Hotline requests resolved and answered on time, as a share of requests taken. "
                  + "70% or less earns nothing, 100% earns full points, linear in between.")
          .evidence("按时办结并回复的热线诉求占受理诉求的比率",
              "hotline requests resolved and answered on time, as a share of requests taken", "比率", "ratio",
              Supplier.RECORDS)
          .rule(new Rate(0.7, 1.0, Direction.HIGHER_IS_BETTER))
          .points(2)
          .measures("S7")
          .build());

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public DistrictPlugin() {}

  @Override
  public Pillar pillar() {
    return Pillar.SERVICE;
  }

  @Override
  public List<Indicator> indicators() {
    return INDICATORS;
  }

  /** None: a rule file takes the indicator with {"use": "S7.district-hotline"}. */
  @Override
  public Set<String> ruleSets() {
    return Set.of();
  }
}
