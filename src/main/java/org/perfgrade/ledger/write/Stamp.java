package org.perfgrade.ledger.write;

import org.perfgrade.ledger.SubmissionContext;

/**
 * 报送标记: the submission and row that last reported an entry. Comparing it with the row being applied tells a
 * restart (same submission, same row: write again, nothing changes) from a duplicate (same submission, other row).
 *
 * @param submissionId null when no submission reported the entry yet
 * @param rowNo        null likewise
 */
public record Stamp(Long submissionId, Integer rowNo) {

    /** Whether this very row of this submission wrote the entry (a restart). */
    boolean isRow(SubmissionContext ctx, int rowNumber) {
        return isSubmission(ctx) && rowNo != null && rowNo == rowNumber;
    }

    /** Whether another row of the same submission already wrote the entry (a duplicate). */
    public boolean isOtherRow(SubmissionContext ctx, int rowNumber) {
        return isSubmission(ctx) && (rowNo == null || rowNo != rowNumber);
    }

    private boolean isSubmission(SubmissionContext ctx) {
        return submissionId != null && submissionId == ctx.submissionId();
    }
}
