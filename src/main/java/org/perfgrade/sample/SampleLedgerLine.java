package org.perfgrade.sample;

import java.math.BigDecimal;

/**
 * 台账行: one enterprise × industry × branch line of a county's 重点行业绩效分级清单台账, the unit that carries a grade.
 *
 * @param branch   重点行业分支, null when the industry has no branches
 * @param grade    绩效级别 from the line's scheme, null for 未评级
 * @param so2      二氧化硫 t/a
 * @param nox      氮氧化物 t/a
 * @param pm       颗粒物 t/a
 * @param vocs     VOCs t/a
 * @param products 主要产品
 * @param capacity 产能, as written (e.g. 铸件20000吨/年)
 * @param lines    生产线, as written
 */
public record SampleLedgerLine(String creditCode, String industry, String branch, String grade, BigDecimal so2,
                               BigDecimal nox, BigDecimal pm, BigDecimal vocs, String products, String capacity,
                               String lines) {

    /** How an unrated line is written in the 绩效级别 and 绩效现状 columns. */
    public static final String UNRATED = "未评级";

    /** The 绩效级别 cell: the grade, or 未评级. */
    public String gradeText() {
        return grade == null ? UNRATED : grade;
    }
}
