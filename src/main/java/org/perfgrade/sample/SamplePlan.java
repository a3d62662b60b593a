package org.perfgrade.sample;

import java.time.LocalDate;

/**
 * 提升计划: one row of a county's 重点行业绩效分级提升企业清单 (附件2), an upgrade planned for one ledger line.
 *
 * @param currentGrade 绩效现状, null for 未评级
 * @param targetGrade  绩效提升目标, a better grade of the line's scheme
 * @param indicator    差异化指标
 * @param problem      存在问题
 * @param measure      改造措施
 * @param dueDate      拟完成时间
 * @param remark       备注 (同时涉及：… for cross-industry enterprises), null when empty
 */
public record SamplePlan(String countyCode, String creditCode, String enterpriseName, String industry, String branch,
                         String currentGrade, String targetGrade, String indicator, String problem, String measure,
                         LocalDate dueDate, String remark) {

    /** The 绩效现状 cell: the grade, or 未评级. */
    public String currentGradeText() {
        return currentGrade == null ? SampleLedgerLine.UNRATED : currentGrade;
    }
}
