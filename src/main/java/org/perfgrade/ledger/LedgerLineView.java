package org.perfgrade.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 清单台账行 as read back: the line with its enterprise, industry and branch names, its current grade (null =
 * 未评级), the submission row that last reported it and, once retired, when and by which submission.
 */
public record LedgerLineView(long id, long enterpriseId, String creditCode, String enterpriseName, String countyCode,
                             String industry, String branch, String grade, BigDecimal so2, BigDecimal nox,
                             BigDecimal pm, BigDecimal vocs, String mainProducts, String capacity,
                             String productionLines, Long lastSubmissionId, Integer lastRowNo, LocalDate retiredOn,
                             Long retiredBySubmissionId) {

    /** Whether the county's newest ledger still lists the line. */
    public boolean active() {
        return retiredOn == null;
    }
}
