package org.perfgrade.ledger.asof;

/**
 * 统计日台账行: a ledger line listed on a day and not retired on or before it, its industry still in config, with
 * the grade it held that day (null = 未评级). The snapshot counts these.
 *
 * @param industryLevel the industry's {@code IndustryLevel} name (重点行业 / 一般行业 …)
 */
public record StandingLine(long id, long enterpriseId, String countyCode, String industryLevel, String industry,
                           String branch, String grade) {
}
