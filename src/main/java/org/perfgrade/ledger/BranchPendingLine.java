package org.perfgrade.ledger;

/**
 * 分支待补充: an active ledger line of an industry with branches that no file has yet given its branch. 附件2 note 1
 * asks for the branch, so the filing check lists these lines as gaps.
 *
 * @param creditCode null when the ledger holds the enterprise without one
 */
public record BranchPendingLine(long ledgerLineId, String countyCode, String county, String enterpriseName,
                                String creditCode, String industry) {
}
