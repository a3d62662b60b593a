package org.perfgrade.ledger.facts;

import java.util.List;

/**
 * What the ledger did with one row (处理结果): stored or not, and the issues found. A row that is not stored always
 * carries the error that refused it; a stored row may carry warnings.
 */
public record RowOutcome(int rowNumber, boolean stored, List<LedgerIssue> issues) {

    public RowOutcome {
        issues = List.copyOf(issues);
    }

    public static RowOutcome stored(int rowNumber, List<LedgerIssue> warnings) {
        return new RowOutcome(rowNumber, true, warnings);
    }

    public static RowOutcome refused(int rowNumber, LedgerIssue error) {
        return new RowOutcome(rowNumber, false, List.of(error));
    }
}
