package org.fivetype.engine;

import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * A unit's score on one indicator, with its explanation.
 *
 * @param indicator the indicator
 * @param value the evidence value, NaN if missing
 * @param points the points earned
 * @param max the indicator's points
 * @param missing whether evidence was missing (scored zero, flagged)
 * @param veto whether the value triggered a veto
 * @param hardFailed whether this is a hard indicator the unit failed
 * @param explanation bilingual: the value, the rule, the points
 */
@Surface(Surface.Kind.API)
public record IndicatorScore(IndicatorId indicator, double value, double points, double max, boolean missing,
    boolean veto, boolean hardFailed, Label explanation) {}
