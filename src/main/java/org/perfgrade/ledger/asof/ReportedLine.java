package org.perfgrade.ledger.asof;

import java.time.LocalDate;

/**
 * A standing line the 公示名单 considers on a day: the line and its enterprise, its standing application as reported
 * by then (all application fields null when it has none), and the grade event that gives the line its grade that day.
 *
 * @param listedOn         the day the line came into the ledger (its first grade event, else the day it was recorded)
 * @param ledgerReportedOn the newest county-ledger grade event effective by the day (清单台账上报日期), null when none
 * @param applicationId    the standing application, null when the line has none reported by the day
 * @param appliedOn        the business date the application first came in (申报上报日期)
 * @param gradeOnDay       the line's grade that day (null = 未评级 or no event)
 * @param gradeReason      the reason of the event giving that grade ({@code GradeEventReason} name), null when none
 * @param gradedOn         the day that event took effect
 */
public record ReportedLine(long lineId, long enterpriseId, String enterpriseName, String creditCode,
                           String countyCode, String countyName, String industry, String branch, LocalDate listedOn,
                           LocalDate ledgerReportedOn, Long applicationId, String appliedGrade, String countyResult,
                           String cityResult, String provincialResult, LocalDate provincialDate, LocalDate appliedOn,
                           String gradeOnDay, String gradeReason, LocalDate gradedOn) {
}
