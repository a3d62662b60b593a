package org.perfgrade.ledger.asof;

import java.time.LocalDate;

/** One grade event (级别变动) with its line's enterprise and industry. */
public record GradeChange(long id, long lineId, LocalDate effectiveOn, String oldGrade, String newGrade,
                          String reason, String countyCode, String enterprise, String creditCode, String industry) {
}
