package org.perfgrade.ledger;

import java.time.LocalDate;

/** 提升企业清单（附件2）计划 as read back, with the submission row that last reported it and its retirement. */
public record ImprovementPlanView(long id, long ledgerLineId, String currentGrade, String targetGrade,
                                  String differentiatingIndex, String problems, String measures,
                                  LocalDate plannedCompletion, String remarks, Long lastSubmissionId,
                                  Integer lastRowNo, LocalDate retiredOn) {

    public boolean active() {
        return retiredOn == null;
    }
}
