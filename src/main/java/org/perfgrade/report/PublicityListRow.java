package org.perfgrade.report;

import java.time.LocalDate;

/**
 * 公示名单的一行: one ledger line (enterprise × industry × branch) a county reported (上报) at an A / B / B- / 引领性
 * grade by the business date, with its 上报日期 and 认定日期 ({@link PublicityRules}) and the headings of the grade
 * group and the industry group it is printed under.
 *
 * @param number          序号, 1..n within one document
 * @param county          县区 (the configured name)
 * @param enterpriseName  企业名称
 * @param creditCode      统一社会信用代码 (null when the ledger has none)
 * @param industry        重点行业类型
 * @param branch          重点行业分支 (null when the line has none)
 * @param grade           绩效级别 as listed (reported, or certified once certified)
 * @param reportedOn      上报日期: when the county reported the line (its application, else its ledger grade)
 * @param certifiedOn     认定日期: the date of the grade event that certified the grade; null while 待认定
 * @param gradeHeading    heading of the grade group, e.g. 一、A级企业（3家）
 * @param industryHeading heading of the industry group within the grade, e.g. （一）长流程联合钢铁（2家）
 * @param lineId          the ledger line's id
 * @param enterpriseId    the enterprise's id
 * @param countyCode      the county's code
 */
public record PublicityListRow(int number, String county, String enterpriseName, String creditCode, String industry,
                               String branch, String grade, LocalDate reportedOn, LocalDate certifiedOn,
                               String gradeHeading, String industryHeading, long lineId, long enterpriseId,
                               String countyCode) {

    /** What an uncertified line shows under 认定日期. */
    public static final String PENDING = "待认定";

    /** 重点行业类型 as printed: the industry, with its branch in brackets where there is one — 水泥（熟料）. */
    public String industryLabel() {
        return branch == null || branch.isBlank() ? industry : industry + "（" + branch + "）";
    }

    /** Whether a grade event certified the listed grade by the business date. */
    public boolean certified() {
        return certifiedOn != null;
    }

    /** The same line numbered and placed under its headings. */
    PublicityListRow placed(int newNumber, String newGradeHeading, String newIndustryHeading) {
        return new PublicityListRow(newNumber, county, enterpriseName, creditCode, industry, branch, grade,
                reportedOn, certifiedOn, newGradeHeading, newIndustryHeading, lineId, enterpriseId, countyCode);
    }
}
