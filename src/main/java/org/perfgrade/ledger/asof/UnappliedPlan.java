package org.perfgrade.ledger.asof;

import java.time.LocalDate;

/**
 * 超过拟完成时间未申报: a standing improvement plan (附件2) whose 拟完成时间 passed before a day while its line had no
 * application by that day — enterprise, credit code, county (code and name as the database holds them), industry
 * (with its branch), 绩效现状, 绩效提升目标 and 拟完成时间.
 */
public record UnappliedPlan(long planId, String countyCode, String countyName, String enterprise, String creditCode,
                            String industry, String branch, String currentGrade, String targetGrade,
                            LocalDate plannedCompletion) {
}
