package org.perfgrade.report.late;

import java.time.LocalDate;

/**
 * 超过拟完成时间未申报 one row: an enterprise line whose 附件2 拟完成时间 passed without an application by the day,
 * with the days since.
 *
 * @param industry the industry, with its branch in full-width brackets when the line has one
 * @param days     calendar days from 拟完成时间 to the day (1 on the day after it)
 */
public record PlanRow(String county, int order, String enterprise, String creditCode, String industry,
                      String currentGrade, String targetGrade, LocalDate plannedCompletion, int days) {
}
