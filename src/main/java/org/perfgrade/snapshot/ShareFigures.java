package org.perfgrade.snapshot;

import java.math.BigDecimal;

import org.perfgrade.reference.Comparison;

/**
 * 占比及达标情况: one share (A、B级企业申报占比 or 通过占比) held against its threshold.
 *
 * @param numerator   enterprises counted in the share
 * @param denominator enterprises of the level (分母)
 * @param share       numerator / denominator rounded HALF_UP to four places, for display only ("0.0000" when the
 *                    denominator is 0)
 * @param target      the threshold as a fraction with four places ("0.2500"), null when there is no threshold
 * @param comparison  how the share is held against the threshold, null when there is none
 * @param met         decided on the exact fraction; false when there is no threshold or no enterprise
 * @param gap         the smallest number of further enterprises (same denominator) that meets the threshold:
 *                    0 when met, null when it cannot be met or there is no threshold or no enterprise
 */
public record ShareFigures(int numerator, int denominator, BigDecimal share, BigDecimal target, Comparison comparison,
                           boolean met, Integer gap) {
}
