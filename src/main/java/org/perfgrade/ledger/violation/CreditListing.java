package org.perfgrade.ledger.violation;

import java.time.LocalDate;

/**
 * One line of the credit-platform list (纳入信用信息共享平台的环境违法企业): a credit-listed violation and one of its
 * enterprise's lines graded by the day it was found, with the grade before and after the downgrade (the same grade
 * when the downgrade table keeps it, e.g. D). A violator with no line graded by then has one entry, industry null.
 *
 * @param gradeBefore the line's grade on the day found, before the downgrade (null = 未评级)
 * @param gradeAfter  its grade on that day after the downgrade (null = 未评级)
 * @param industryOrder the industry's configured display order (max value when there is no line)
 */
public record CreditListing(long violationId, String countyCode, String enterprise, String creditCode,
                            String violationType, String description, String sourceDocument, LocalDate foundOn,
                            String industry, String branch, int industryOrder, String gradeBefore,
                            String gradeAfter) {

    /** The industry as lists print it: 铸造（黑色金属铸造）, or null. */
    public String industryLabel() {
        return industry == null ? null : branch == null ? industry : industry + "（" + branch + "）";
    }

    /** Whether the downgrade changed the line's grade. */
    public boolean downgraded() {
        return gradeBefore != null && !gradeBefore.equals(gradeAfter);
    }
}
