package org.fivetype.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fivetype.api.Label;
import org.fivetype.api.Tier;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.UnitResult;

/**
 * What the human-readable outputs know beyond the result: the bilingual labels of the categories
 * and last year's tier counts, plus the display rules shared by the report and the workbook (two
 * decimals, money, the order of units by category and place).
 */
final class ReportContext {

  /** Last year's tier counts, for the city's comparison chart. */
  record LastYear(int year, Map<Tier, Integer> tierCounts) {
    LastYear {
      tierCounts = Map.copyOf(tierCounts);
    }
  }

  static final ReportContext NONE = new ReportContext(Map.of(), Optional.empty());

  private final Map<String, Label> categories;
  private final Optional<LastYear> lastYear;

  ReportContext(Map<String, Label> categories, Optional<LastYear> lastYear) {
    this.categories = Map.copyOf(categories);
    this.lastYear = Objects.requireNonNull(lastYear);
  }

  ReportContext withCategories(Map<String, Label> c) {
    return new ReportContext(c, lastYear);
  }

  ReportContext withLastYear(LastYear y) {
    return new ReportContext(categories, Optional.of(y));
  }

  Map<String, Label> categories() {
    return categories;
  }

  Optional<LastYear> lastYear() {
    return lastYear;
  }

  /** The bilingual label of a category: from the units file, else its id in both languages. */
  Label category(String id) {
    Label l = categories.get(id);
    return l != null ? l : Label.of(id, id);
  }

  /** A category as one text, {@code 区县 districts} (the id alone when it has no label). */
  String categoryText(String id) {
    Label l = categories.get(id);
    return l == null ? id : l.zh().equals(l.en()) ? l.zh() : l.zh() + " " + l.en();
  }

  /** A unit's place in a map made by {@link #places}, which has every assessed unit. */
  static int placeOf(Map<String, Integer> places, String unitId) {
    return java.util.Objects.requireNonNull(places.get(unitId), () -> "no place for the unit " + unitId);
  }

  /**
   * The place of each unit in its category after the caps: units ordered by tier (best first),
   * then by rank by total; units of one tier and one rank share a place.
   */
  static Map<String, Integer> places(AssessmentResult result) {
    Map<String, Integer> place = new HashMap<>();
    for (List<UnitResult> us : byCategory(result).values()) {
      // the list is by tier (best first), then rank: a unit's place is 1 + the number of units
      // with a better tier or the same tier and a better rank, i.e. 1 + the position of the first
      // unit with its tier and rank (one pass, not a count over the category per unit)
      int first = 0;
      for (int k = 0; k < us.size(); k++) {
        UnitResult u = us.get(k);
        UnitResult prev = k > 0 ? us.get(k - 1) : u;
        if (prev.tier() != u.tier() || prev.rank() != u.rank()) {
          first = k;
        }
        place.put(u.unit().id(), first + 1);
      }
    }
    return place;
  }

  /** The units of each category (categories by id), each list by place after caps, then rank, then id. */
  static Map<String, List<UnitResult>> byCategory(AssessmentResult result) {
    Map<String, List<UnitResult>> by = new TreeMap<>();
    for (UnitResult u : result.units()) {
      by.computeIfAbsent(u.unit().category(), k -> new ArrayList<>()).add(u);
    }
    for (List<UnitResult> us : by.values()) {
      us.sort(Comparator.comparing(UnitResult::tier).thenComparingInt(UnitResult::rank)
          .thenComparing(u -> u.unit().id()));
    }
    return by;
  }

  /** Every unit, by category and then place after caps (the order of the report and the workbook). */
  static List<UnitResult> ordered(AssessmentResult result) {
    List<UnitResult> all = new ArrayList<>();
    byCategory(result).values().forEach(all::addAll);
    return all;
  }

  /** The position of each unit id in {@link #ordered}. */
  static Map<String, Integer> orderIndex(AssessmentResult result) {
    Map<String, Integer> at = new LinkedHashMap<>();
    for (UnitResult u : ordered(result)) {
      at.put(u.unit().id(), at.size());
    }
    return at;
  }

  /** Tier counts of a list of units, every tier present. */
  static Map<Tier, Integer> counts(List<UnitResult> us) {
    Map<Tier, Integer> c = new EnumMap<>(Tier.class);
    for (Tier t : Tier.values()) {
      c.put(t, 0);
    }
    us.forEach(u -> c.merge(u.tier(), 1, Integer::sum));
    return c;
  }

  /** A number shown with two decimals (half-even), {@code 95.0279 → "95.03"}; no "-0.00". */
  static String d2(double v) {
    if (!Double.isFinite(v)) {
      return "—";
    }
    BigDecimal b = new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN);
    if (b.signum() == 0) {
      b = b.abs();
    }
    return b.toPlainString();
  }

  /** A share as a percentage with two decimals, {@code 0.8983 → "89.83%"}. */
  static String pct(double share) {
    return d2(share * 100) + "%";
  }

  /** Money with thousands separators and two decimals, {@code 2290000 → "2,290,000.00 元"}. */
  static String money(BigDecimal b) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(b) + " 元";
  }

  private static final Pattern LONG_DECIMAL = Pattern.compile("(?<![\\w.])(-?\\d+\\.\\d{3,})(?![\\w.])");

  /**
   * A text of the engine (a reason, an explanation) for display: every number written with more
   * than two decimals is shown with two ({@code 总分89.8263 → 总分89.83}); the files keep the text
   * as the engine wrote it.
   */
  static String shown(String text) {
    Matcher m = LONG_DECIMAL.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, d2(new BigDecimal(m.group(1)).doubleValue()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** {@link #shown} on both languages. */
  static Label shown(Label l) {
    return Label.of(shown(l.zh()), shown(l.en()));
  }
}
