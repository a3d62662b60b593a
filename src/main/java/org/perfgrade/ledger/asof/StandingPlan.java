package org.perfgrade.ledger.asof;

import java.time.LocalDate;

/**
 * 提升企业计划 (附件2) that stands on a day, on a standing line of an active industry, with its enterprise, county
 * (the name the database holds) and industry.
 */
public record StandingPlan(long id, long lineId, String currentGrade, String targetGrade,
                           String differentiatingIndex, String problems, String measures, LocalDate plannedCompletion,
                           String remarks, String enterpriseName, String countyCode, String countyName,
                           String industry, String branch) {
}
