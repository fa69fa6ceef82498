package org.fivetype.composite;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * Named classes (bands) of one column of the results, cut on the value <b>rounded</b> to a
 * declared number of decimals, because published indices classify the published, rounded value:
 * the Human Development Index, for instance, puts a country whose HDI rounds to 0.800 in "very
 * high human development" (cut-off 0.800), even if its unrounded value is 0.7996.
 *
 * <p>Rounding: the shortest decimal that reads back as the double ({@link BigDecimal#valueOf}),
 * rounded half up to {@code decimals} places (so 0.7995 → 0.800 at three decimals). A unit
 * belongs to the last band whose lower bound is ≤ the rounded value; a value that rounds up onto
 * a line therefore belongs to the class above it. The first band has no lower bound. A missing
 * value has no class.
 *
 * @param column the indicator or aggregate classified (usually the index)
 * @param decimals the decimals of the published value, 0–15
 * @param bands the classes from the lowest up; the first one's {@code from} is ignored
 */
@Surface(Surface.Kind.API)
public record Classes(String column, int decimals, List<Band> bands) {

  /**
   * One class.
   *
   * @param name its name, in any language
   * @param from its lower bound (inclusive, on the rounded value); ignored for the first band
   */
  public record Band(String name, double from) {
    public Band {
      Objects.requireNonNull(name, "name");
    }
  }

  public Classes {
    Objects.requireNonNull(column, "column");
    if (decimals < 0 || decimals > 15) {
      throw new IllegalArgumentException("decimals must be 0–15, was " + decimals);
    }
    bands = ImmutableList.copyOf(bands);
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("no classes given");
    }
    for (int k = 1; k < bands.size(); k++) {
      double from = bands.get(k).from();
      if (!Double.isFinite(from)) {
        throw new IllegalArgumentException("class " + bands.get(k).name()
            + ": the lower bound must be a finite number");
      }
      if (k > 1 && !(from > bands.get(k - 1).from())) {
        throw new IllegalArgumentException("class " + bands.get(k).name()
            + ": lower bounds must increase, " + from + " follows " + bands.get(k - 1).from());
      }
    }
  }

  /** The value as published: rounded half up to {@code decimals} (NaN stays NaN). */
  public double rounded(double v) {
    if (!Double.isFinite(v)) {
      return v;
    }
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  /** The class of a value (the name of its band), or null for a missing value. */
  public @Nullable String classify(double v) {
    if (Double.isNaN(v)) {
      return null;
    }
    double r = rounded(v);
    String name = bands.get(0).name();
    for (int k = 1; k < bands.size(); k++) {
      if (r >= bands.get(k).from()) {
        name = bands.get(k).name();
      }
    }
    return name;
  }
}
