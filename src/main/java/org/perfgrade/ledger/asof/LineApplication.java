package org.perfgrade.ledger.asof;

import java.time.LocalDate;

/**
 * 申报及评审结果 of a standing line on a day: the line, its enterprise, the grade it held that day (null = 未评级) and
 * its standing application's cells (all null when it has none).
 */
public record LineApplication(long lineId, long enterpriseId, String enterpriseName, String creditCode,
                              String countyCode, String guaranteeType, String industry, String branch,
                              String gradeOnDay, String appliedGrade, Integer batchNo, String countyResult,
                              String experts, LocalDate opinionDate, String cityResult, String provincialResult,
                              LocalDate provincialDate, String remarks) {
}
