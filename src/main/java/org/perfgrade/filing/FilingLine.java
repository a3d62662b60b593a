package org.perfgrade.filing;

import java.time.LocalDate;

import org.perfgrade.reference.County;

/**
 * 报省名单的一行: an enterprise's line (enterprise × industry) filed with the province — its application and what
 * each level decided, with the signed expert opinion (experts, date).
 *
 * @param grade          the grade filed: the latest level's granted grade, else the applied one, else the grade held
 * @param appliedGrade   申报级别 (null: no application registered)
 * @param batch          审核批次
 * @param experts        签字专家, separated by 、 (null: none registered)
 * @param opinionDate    专家意见日期
 */
public record FilingLine(County county, String enterpriseName, String creditCode, String industry, String branch,
                         String grade, String appliedGrade, int batch, String countyResult, String cityResult,
                         String provincialResult, LocalDate provincialDate, String experts, LocalDate opinionDate,
                         String remarks, long lineId, long enterpriseId) {

    /** 水泥（熟料）: the industry with its branch. */
    public String industryLabel() {
        return branch == null || branch.isBlank() ? industry : industry + "（" + branch + "）";
    }

    /** Whether the application carries the signed expert opinion the plan requires (experts and date). */
    public boolean hasExpertOpinion() {
        return experts != null && !experts.isBlank() && opinionDate != null;
    }

    /**
     * What 申报及评审结果 lacks of the signed expert opinion (评审专家, 专家意见日期), for the gap list; null when both
     * are registered.
     */
    public String opinionRegistration() {
        if (appliedGrade == null) {
            return "未登记申报及评审结果";
        }
        boolean noExperts = experts == null || experts.isBlank();
        if (noExperts && opinionDate == null) {
            return "未登记评审专家和专家意见日期";
        }
        if (noExperts) {
            return "未登记评审专家";
        }
        return opinionDate == null ? "未登记专家意见日期" : null;
    }

    /** 企业名称（统一社会信用代码，县区）. */
    public String who() {
        return enterpriseName + "（" + (creditCode == null ? "无统一社会信用代码" : creditCode) + "，" + county.name() + "）";
    }
}
