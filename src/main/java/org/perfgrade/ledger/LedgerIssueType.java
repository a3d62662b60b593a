package org.perfgrade.ledger;

/**
 * What the ledger found when it compared a row with what it already holds (台账比对问题). Each type is either an
 * error (the row is not stored) or a warning (the row is stored and the county is told); {@link RowOutcome#stored()}
 * says which happened.
 */
public enum LedgerIssueType {
    /** Error: the same enterprise × industry × branch (or the same expert, violation) twice in one submission. */
    DUPLICATE_IN_SUBMISSION,
    /** Error: the credit code is registered under another enterprise name. */
    NAME_MISMATCH,
    /** Warning: a 附件2 row named an enterprise or industry the ledger did not hold yet; it was added. */
    ENTERPRISE_ADDED,
    /** Warning: the 备注 of a 附件2 row did not name the enterprise's other industries; they were added. */
    REMARKS_COMPLETED,
    /**
     * Error for an application or a violation of an enterprise the ledger does not know, or an application for an
     * industry the enterprise has no active ledger line in; a warning for a violation whose industry is not in the
     * enterprise's ledger lines (stored against the enterprise).
     */
    INDUSTRY_NOT_IN_LEDGER,
    /**
     * Error: the industry or branch is not in the reference data (or no longer active). The importer checks this
     * first (R04/R05), so it only appears when config changed between validation and writing.
     */
    UNKNOWN_INDUSTRY
}
