package org.perfgrade.ledger.asof;

import java.time.LocalDate;

/**
 * A standing line holding one of the asked grades on a day, with the day that grade took effect (公示名单).
 *
 * @param countyName the county's name as the database holds it (the configured name may be newer)
 */
public record GradedLine(long id, long enterpriseId, String enterpriseName, String creditCode, String countyCode,
                         String countyName, String industry, String branch, String grade, LocalDate gradedOn) {
}
