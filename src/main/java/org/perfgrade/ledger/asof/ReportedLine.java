package org.perfgrade.ledger.asof;

import java.time.LocalDate;

/**
 * A standing line the 公示名单 considers on a day: the line and its enterprise, its standing application (all
 * application fields null when it has none), and the grade event that gives the line its grade that day.
 *
 * @param listedOn         the business date the line came into the ledger (the day its first file was received)
 * @param ledgerReportedOn the newest county-ledger grade event effective by the day (清单台账上报日期), null when none
 * @param applicationId    the standing application, null when the line has none
 * @param applicationSubmissionId the county file that first reported the application (its business date is the
 *                         申报's 上报日期; the ingest room keeps it)
 * @param applicationRecordedOn the business date the application was recorded (its first file received)
 * @param gradeOnDay       the line's grade that day (null = 未评级 or no event)
 * @param gradeReason      the reason of the event giving that grade ({@code GradeEventReason} name), null when none
 * @param gradedOn         the day that event took effect
 */
public record ReportedLine(long lineId, long enterpriseId, String enterpriseName, String creditCode,
                           String countyCode, String countyName, String industry, String branch, LocalDate listedOn,
                           LocalDate ledgerReportedOn, Long applicationId, String appliedGrade, String countyResult,
                           String cityResult, String provincialResult, LocalDate provincialDate,
                           Long applicationSubmissionId, LocalDate applicationRecordedOn,
                           String gradeOnDay, String gradeReason, LocalDate gradedOn) {
}
