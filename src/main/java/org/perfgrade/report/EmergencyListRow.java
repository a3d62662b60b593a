package org.perfgrade.report;

import java.math.BigDecimal;

/**
 * One line of the 重污染天气应急减排清单: one ledger line (enterprise × key industry × branch) that stands on the day,
 * with the grade it held then and the measures that grade takes.
 *
 * @param number          序号, 1..n within one document
 * @param enterpriseName  企业名称
 * @param creditCode      统一社会信用代码 (null when unknown)
 * @param county          县区 (the configured name)
 * @param township        乡镇
 * @param address         详细地址
 * @param industry        重点行业类型
 * @param branch          重点行业分支 (null when the line has none)
 * @param otherIndustries 其他行业类型: the enterprise's other industries standing on the day, joined by 、
 * @param grade           the grade held on the day; null = 未评级
 * @param permitNo        排污许可证编号
 * @param so2             SO2 年排放量 (t/a), null when not given
 * @param nox             NOx 年排放量 (t/a)
 * @param pm              颗粒物年排放量 (t/a)
 * @param vocs            VOCs 年排放量 (t/a)
 * @param mainProducts    主要产品
 * @param productionLines 生产线
 * @param applied         the measures the line takes and the rule they came from
 * @param ledgerLineId    the ledger line's id
 * @param countyCode      the county's code
 */
public record EmergencyListRow(int number, String enterpriseName, String creditCode, String county, String township,
                               String address, String industry, String branch, String otherIndustries, String grade,
                               String permitNo, BigDecimal so2, BigDecimal nox, BigDecimal pm, BigDecimal vocs,
                               String mainProducts, String productionLines, EmergencyMeasures.Applied applied,
                               long ledgerLineId, String countyCode) {

    /** 重点行业类型 as printed: the industry, with its branch in brackets when the line has one (水泥（熟料）). */
    public String industryText() {
        return branch == null ? industry : industry + "（" + branch + "）";
    }

    /** 绩效级别/管控类型 as printed: the grade, or 未评级（按D级管控） with the grade whose measures apply. */
    public String gradeText() {
        if (grade != null) {
            return grade;
        }
        String as = applied.grade();
        return EmergencyListQuery.UNGRADED + "（按" + (as.matches("[A-Z][+-]?") ? as + "级" : as) + "管控）";
    }

    /** The same line with another 序号. */
    public EmergencyListRow withNumber(int newNumber) {
        return new EmergencyListRow(newNumber, enterpriseName, creditCode, county, township, address, industry,
                branch, otherIndustries, grade, permitNo, so2, nox, pm, vocs, mainProducts, productionLines, applied,
                ledgerLineId, countyCode);
    }
}
