package org.fivetype.consequence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * A civil-servant assessment regulation and the share of a unit's civil servants it lets be rated
 * excellent (A10): normally at most {@code normalShare}, never above {@code ceiling}.
 *
 * <p>The regulation that applies to assessment year {@code Y} is the latest one in effect on
 * 31 December of {@code Y}, when the year-end assessment is made (see {@link #inForce}).
 *
 * @param id a short stable id, e.g. {@code cs-1994}
 * @param title the bilingual title
 * @param effective the day it took effect
 * @param normalShare the share normally allowed (一般掌握), within [0, ceiling]
 * @param ceiling the share never to be exceeded (最多不超过), within (0, 1]
 */
@Surface(Surface.Kind.API)
public record Regulation(String id, Label title, LocalDate effective, double normalShare, double ceiling) {

  /**
   * 《国家公务员考核暂行规定》, Ministry of Personnel, 8 March 1994: the excellent grade is normally
   * held within 10 % of a department's civil servants and never above 15 %.
   */
  public static final Regulation CS_1994 = new Regulation("cs-1994",
      Label.of("国家公务员考核暂行规定(1994)", "Provisional Regulations on the Assessment of State Civil Servants (1994)"),
      LocalDate.of(1994, 3, 8), 0.10, 0.15);

  /**
   * 《公务员考核规定(试行)》, Central Organisation Department and Ministry of Personnel, 4 January
   * 2007: the excellent grade is normally held within 15 % of the civil servants assessed and
   * never above 20 %.
   */
  public static final Regulation CS_2007 = new Regulation("cs-2007",
      Label.of("公务员考核规定(试行)(2007)", "Provisions on the Assessment of Civil Servants (Trial) (2007)"),
      LocalDate.of(2007, 1, 4), 0.15, 0.20);

  /** The built-in dated table, oldest first. Later regulations can be appended in the settings. */
  public static final List<Regulation> STANDARD = List.of(CS_1994, CS_2007);

  /**
   * Checks the components.
   *
   * @param id a short stable id, e.g. {@code cs-1994}
   * @param title the bilingual title
   * @param effective the day it took effect
   * @param normalShare the share normally allowed (一般掌握), within [0, ceiling]
   * @param ceiling the share never to be exceeded (最多不超过), within (0, 1]
   * @throws NullPointerException if a component that must be given is null
   * @throws IllegalArgumentException if a component is not as its description above requires
   */
  public Regulation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(effective, "effective");
    if (!(ceiling > 0 && ceiling <= 1)) {
      throw new IllegalArgumentException("regulation " + id + ": the ceiling " + ceiling + " must be within (0, 1]");
    }
    if (!(normalShare >= 0 && normalShare <= ceiling)) {
      throw new IllegalArgumentException("regulation " + id + ": the normal share " + normalShare
          + " must be within [0, ceiling " + ceiling + "]");
    }
  }

  /**
   * The regulation of {@code table} in effect on 31 December of {@code year}, or empty if none was.
   *
   * @param table regulations, each with the date it took effect
   * @param year the assessment year
   * @return the regulation, or empty if none was in force
   */
  public static Optional<Regulation> inForce(List<Regulation> table, int year) {
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    return table.stream().filter(r -> !r.effective.isAfter(yearEnd)).max(Comparator.comparing(Regulation::effective));
  }
}
