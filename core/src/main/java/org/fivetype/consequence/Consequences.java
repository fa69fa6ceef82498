package org.fivetype.consequence;

import static java.util.Objects.requireNonNull;
import static org.fivetype.api.Numbers.format;
import static org.fivetype.api.Numbers.percent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;
import org.fivetype.api.Tier;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.PillarRecord;
import org.fivetype.spi.UnitRecord;
import org.fivetype.spi.YearRecord;

/**
 * Works out the consequences of a year's tiers (A6–A10) from this year's and last year's stored
 * results: the two-year rule (A9), direction of travel per unit and per pillar, the bonus (A7),
 * the excellent-civil-servant quota (A10) and the cadre record (A8). Pure computation: the same
 * inputs give equal reports.
 */
@Surface(Surface.Kind.API)
public final class Consequences {

  private Consequences() {}

  /**
   * The consequences of year {@code year} as kept in {@code store}, with year {@code year − 1}
   * from the same store if it is there.
   *
   * @param store the history
   * @param year the assessment year
   * @param staff staff counts (在编人数) by unit id; a unit without one gets a share but no number of people
   * @param settings the parameters
   * @return the consequences: bonus, excellent quota, two-year rule, cadre records, direction of travel
   * @throws IllegalArgumentException if the store has no result for {@code year}
   */
  public static ConsequenceReport compute(HistoryStore store, int year, Map<String, Integer> staff,
      ConsequenceSettings settings) {
    YearRecord current = store.get(year)
        .orElseThrow(() -> new IllegalArgumentException("the history has no result for " + year));
    return compute(current, store.get(year - 1), staff, settings);
  }

  /**
   * The consequences of {@code current}.
   *
   * @param current this year's result
   * @param previous last year's result ({@code current.year() − 1}), or empty
   * @param staff staff counts (在编人数) by unit id; a unit without one gets a share but no number of people
   * @param settings the parameters
   * @return the consequences: bonus, excellent quota, two-year rule, cadre records, direction of travel
   * @throws IllegalArgumentException if {@code previous} is not the year before, a staff count is
   *     negative, or no regulation of the table was in force in the year
   */
  public static ConsequenceReport compute(YearRecord current, Optional<YearRecord> previous,
      Map<String, Integer> staff, ConsequenceSettings settings) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(settings, "settings");
    int year = current.year();
    if (previous.isPresent() && previous.get().year() != year - 1) {
      throw new IllegalArgumentException("last year's result must be of " + (year - 1) + ", was of "
          + previous.get().year());
    }
    staff.forEach((id, n) -> {
      if (n == null || n < 0) {
        throw new IllegalArgumentException("unit " + id + ": the staff count must be ≥ 0, was " + n);
      }
    });
    Regulation regulation = Regulation.inForce(settings.quota().regulations(), year)
        .orElseThrow(() -> new IllegalArgumentException("no regulation of the table was in force at the end of "
            + year + " (the earliest took effect on " + settings.quota().regulations().stream()
                .map(Regulation::effective).min(java.util.Comparator.naturalOrder()).orElseThrow() + ")"));
    BonusScheme bonus = settings.bonus();
    BigDecimal pool = BigDecimal.ZERO.setScale(2);
    List<UnitConsequence> out = new ArrayList<>(current.units().size());
    for (UnitRecord u : current.units()) {
      Optional<UnitRecord> last = previous.flatMap(p -> p.unit(u.unitId()));
      Optional<DirectionOfTravel> travel =
          last.map(l -> direction(l.share(), u.share(), settings.travel()));
      List<PillarTravel> pillarTravel = new ArrayList<>();
      if (last.isPresent()) {
        for (PillarRecord p : u.pillars()) {
          last.get().pillar(p.pillar()).ifPresent(lp -> pillarTravel.add(
              new PillarTravel(p.pillar(), direction(lp.share(), p.share(), settings.travel()))));
        }
      }
      Optional<TwoYearFailure> twoYear = last.filter(l -> u.tier() == Tier.FAIL && l.tier() == Tier.FAIL)
          .map(l -> new TwoYearFailure(year, u.reasons(), year - 1, l.reasons(), Label.of(
              "连续两年考核不合格(" + (year - 1) + "年、" + year + "年),对主要领导从严处理",
              "failed two years running (" + (year - 1) + " and " + year
                  + "): strict handling of its main leaders")));
      BigDecimal amount = bonus.amount(year, u.tier());
      pool = pool.add(amount);
      ExcellentQuota quota = quota(u.tier(), regulation, settings.quota(),
          Optional.ofNullable(staff.get(u.unitId())));
      CadreRecord cadre = new CadreRecord(year, u.unitId(), u.name(), u.category(), u.tier(), u.total(),
          u.maxTotal(), u.rank(), u.categorySize(), u.reasons(), flags(u, twoYear, travel, year));
      out.add(new UnitConsequence(u, travel, pillarTravel, twoYear, amount, quota, cadre));
    }
    return new ConsequenceReport(year,
        previous.isPresent() ? OptionalInt.of(year - 1) : OptionalInt.empty(), regulation, bonus.baseOf(year),
        pool, out);
  }

  static DirectionOfTravel direction(double previousShare, double share, TravelThresholds t) {
    double change = BigDecimal.valueOf((share - previousShare) * 100).setScale(6, RoundingMode.HALF_UP).doubleValue();
    return new DirectionOfTravel(t.classify(change), previousShare, share, change);
  }

  /** Shares in basis points (1/10 000), so that {@code staff × share} is exact. */
  static int basisPoints(double share) {
    return (int) Math.round(share * 10_000);
  }

  static ExcellentQuota quota(Tier tier, Regulation reg, QuotaSettings s, Optional<Integer> staff) {
    double wanted = switch (s.scheme()) {
      case REGULATION -> tier == Tier.EXCELLENT ? reg.ceiling() : reg.normalShare();
      case GRADED -> requireNonNull(s.graded().get(tier));
    };
    int wantedBp = basisPoints(wanted);
    int ceilingBp = basisPoints(reg.ceiling());
    boolean capped = wantedBp > ceilingBp;
    int bp = Math.min(wantedBp, ceilingBp);
    double share = bp / 10_000.0;
    String schemeZh = s.scheme() == QuotaSettings.Scheme.REGULATION
        ? (tier == Tier.EXCELLENT ? "优秀单位按最高比例" : "按一般比例")
        : "按单位等次(" + tier.label().zh() + ")分级比例" + percent(wanted);
    String schemeEn = s.scheme() == QuotaSettings.Scheme.REGULATION
        ? (tier == Tier.EXCELLENT ? "an excellent unit gets the ceiling" : "the normal share")
        : "graded by the unit's tier (" + tier.label().en() + "): " + percent(wanted);
    String zh = "依据" + reg.title().zh() + "(一般" + percent(reg.normalShare()) + ",最多" + percent(reg.ceiling())
        + "):" + schemeZh + (capped ? ",以最高比例" + percent(reg.ceiling()) + "为限" : "") + ",优秀比例" + percent(share);
    String en = "under the " + reg.title().en() + " (normally " + percent(reg.normalShare()) + ", at most "
        + percent(reg.ceiling()) + "): " + schemeEn + (capped ? ", cut to the ceiling " + percent(reg.ceiling()) : "")
        + "; share " + percent(share);
    if (staff.isEmpty()) {
      return new ExcellentQuota(reg, share, capped, OptionalInt.empty(), OptionalInt.empty(),
          Label.of(zh + ";未提供编制人数,未计算人数", en + "; no staff count given, so no number of people"));
    }
    long n = staff.get();
    long exact = n * bp;
    long people = switch (s.rounding()) {
      case FLOOR -> exact / 10_000;
      case HALF_UP -> Math.min((exact + 5_000) / 10_000, n * ceilingBp / 10_000);
    };
    String roundZh = s.rounding() == QuotaSettings.Rounding.FLOOR ? "向下取整" : "四舍五入,不超过最高比例";
    String roundEn = s.rounding() == QuotaSettings.Rounding.FLOOR ? "rounded down"
        : "rounded half up, never above the ceiling";
    String calc = n + " × " + percent(share) + " = " + format(exact / 10_000.0);
    return new ExcellentQuota(reg, share, capped, OptionalInt.of((int) n), OptionalInt.of((int) people),
        Label.of(zh + ";" + calc + ",优秀名额" + people + "人(" + roundZh + ")",
            en + "; " + calc + ": " + people + " " + (people == 1 ? "person" : "people") + " (" + roundEn + ")"));
  }

  private static List<Flag> flags(UnitRecord u, Optional<TwoYearFailure> twoYear, Optional<DirectionOfTravel> travel,
      int year) {
    List<Flag> flags = new ArrayList<>();
    for (IndicatorId id : u.vetoes()) {
      flags.add(new Flag("veto:" + id.value(), Label.of("触发一票否决:" + id.value(), "veto triggered: " + id.value())));
    }
    for (IndicatorId id : u.failedHard()) {
      flags.add(new Flag("hard:" + id.value(), Label.of("硬指标未达标:" + id.value(), "hard indicator not met: "
          + id.value())));
    }
    for (IndicatorId id : u.missing()) {
      flags.add(new Flag("missing:" + id.value(), Label.of("缺少佐证:" + id.value(), "no evidence: " + id.value())));
    }
    twoYear.ifPresent(t -> flags.add(new Flag("two-year-fail", t.text())));
    travel.filter(t -> t.travel() == Travel.NOT_IMPROVING_ADEQUATELY).ifPresent(t -> flags.add(new Flag(
        "not-improving", Label.of("较" + (year - 1) + "年" + t.text().zh(), "against " + (year - 1) + ": "
            + t.text().en()))));
    return flags;
  }
}
