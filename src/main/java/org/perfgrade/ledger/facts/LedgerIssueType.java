package org.perfgrade.ledger.facts;

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
    UNKNOWN_INDUSTRY,
    /**
     * Warning: the 审核批次 the county wrote differs from the one the plan gives the line (by its industry's review
     * category; 保障类 enterprises in the last batch); the computed batch was stored.
     */
    BATCH_CORRECTED,
    /**
     * Error: the county passed an A, B (含B-) or 引领性 application without a signed expert opinion (评审专家 and
     * 专家意见日期, section 五(二) of the plan).
     */
    EXPERT_OPINION_MISSING,
    /** Error: an expert who signed the opinion was barred on its date (通报批评, 3 years). */
    EXPERT_BARRED,
    /** Warning: an expert who signed the opinion is not in the county's 专家（第三方）名单. */
    EXPERT_NOT_REGISTERED,
    /**
     * Warning: a 清单台账 row gave a line a better grade than the one it was downgraded to after a violation; only a
     * new review restores it, so the grade was kept (the rest of the row was stored).
     */
    GRADE_HELD_AFTER_VIOLATION,
    /**
     * Error: the enterprise is registered under another county (by its credit code, or by its name for a row without
     * one). One county never changes another's enterprise; moving it is the city's action (企业迁移).
     */
    OTHER_COUNTY_ENTERPRISE
}
