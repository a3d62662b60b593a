package org.perfgrade.report;

import java.time.LocalDate;

/**
 * One line of 附件2 重点行业绩效分级提升企业清单: one ledger line (enterprise × industry × branch) with an improvement
 * plan, as the document shows it.
 *
 * @param number               序号, 1..n within one document
 * @param city                 省辖市
 * @param county               县、区
 * @param enterpriseName       企业名称
 * @param industry             重点行业类型
 * @param branch               重点行业分支 (null when the line has none)
 * @param currentGrade         绩效现状 as the county stated it, {@value ImprovementListQuery#UNGRADED} when none
 * @param targetGrade          绩效提升目标
 * @param differentiatingIndex 差异化指标
 * @param problems             存在问题
 * @param measures             改造措施
 * @param plannedCompletion    拟完成时间 (null when not given)
 * @param remarks              备注 (the stored remarks, which already name the enterprise's other industries)
 * @param planId               the improvement plan's id
 * @param ledgerLineId         the ledger line's id
 * @param countyCode           the county's code
 */
public record ImprovementListRow(int number, String city, String county, String enterpriseName, String industry,
                                 String branch, String currentGrade, String targetGrade, String differentiatingIndex,
                                 String problems, String measures, LocalDate plannedCompletion, String remarks,
                                 long planId, long ledgerLineId, String countyCode) {

    /** The same line with another 序号. */
    public ImprovementListRow withNumber(int newNumber) {
        return new ImprovementListRow(newNumber, city, county, enterpriseName, industry, branch, currentGrade,
                targetGrade, differentiatingIndex, problems, measures, plannedCompletion, remarks, planId,
                ledgerLineId, countyCode);
    }
}
