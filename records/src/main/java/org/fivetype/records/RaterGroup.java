package org.fivetype.records;

import java.util.List;
import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * A group of raters in the appraisal and its weight: a ballot of the group counts {@code weight}
 * times in the weighted satisfaction share.
 *
 * @param id the id ballots use, e.g. {@code citizens}
 * @param name the group's name
 * @param weight a finite weight ≥ 0 (0 leaves the group's ballots out of the share)
 */
@Surface(Surface.Kind.API)
public record RaterGroup(String id, Label name, double weight) {
  public RaterGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a rater group needs an id");
    }
    if (!(Double.isFinite(weight) && weight >= 0)) {
      throw new IllegalArgumentException("rater group " + id + ": the weight must be a finite number ≥ 0, was "
          + weight);
    }
  }

  /**
   * The default groups, all of weight 1 (the source document names only citizens, 市民; the
   * others are the groups such appraisals usually invite): citizens 市民, deputies to the
   * People's Congress 人大代表, CPPCC members 政协委员, enterprises 企业代表, experts 专家学者,
   * and service users 服务对象.
   */
  public static List<RaterGroup> defaults() {
    return List.of(
        new RaterGroup("citizens", Label.of("市民", "citizens"), 1),
        new RaterGroup("deputies", Label.of("人大代表", "People's Congress deputies"), 1),
        new RaterGroup("cppcc", Label.of("政协委员", "CPPCC members"), 1),
        new RaterGroup("enterprises", Label.of("企业代表", "enterprises"), 1),
        new RaterGroup("experts", Label.of("专家学者", "experts"), 1),
        new RaterGroup("service-users", Label.of("服务对象", "service users"), 1));
  }
}
