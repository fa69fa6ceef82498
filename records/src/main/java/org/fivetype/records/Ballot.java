package org.fivetype.records;

import java.util.Objects;
import org.fivetype.api.Surface;

/**
 * One answer of the ten-thousand-person appraisal (万人评议, E8): a rater of a group rates a unit
 * on an item.
 *
 * @param raterGroup the rater's group id, e.g. {@code citizens} (see {@link RaterGroup})
 * @param unitId the unit rated
 * @param item the ballot item, e.g. {@code overall}; never null, may be empty
 * @param answer the answer
 * @param raterId the rater's id, needed only for trimming ({@link RaterScreen}); may be empty
 */
@Surface(Surface.Kind.API)
public record Ballot(String raterGroup, String unitId, String item, Answer answer, String raterId)
    implements RawRecord {
  public Ballot {
    Objects.requireNonNull(raterGroup, "raterGroup");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(raterId, "raterId");
  }

  /** A ballot on the item {@code overall} without a rater id. */
  public static Ballot of(String raterGroup, String unitId, Answer answer) {
    return new Ballot(raterGroup, unitId, "overall", answer, "");
  }
}
