package org.perfgrade.snapshot;

import org.perfgrade.reference.IndustryLevel;

/**
 * 统计日台账记录: a ledger line that counts on the day, with the grade it held that day (null = 未评级).
 *
 * @param branch null for a line without branch
 */
record AsOfLine(long lineId, long enterpriseId, String countyCode, IndustryLevel level, String industry,
                String branch, String grade) {
}
