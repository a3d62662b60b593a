package org.perfgrade.ledger.write;

/**
 * A 重点行业 (and 分支) resolved to its rows in the reference tables.
 *
 * @param branchId null for a line without a branch
 */
public record IndustryRef(long industryId, Long branchId, String industry, String branch) {

    /** The ledger line's branch key: the branch id, or 0 without a branch. */
    long branchKey() {
        return branchId == null ? 0L : branchId;
    }

    /** 铸造（黑色金属铸造）, or 铸造 without a branch. */
    String label() {
        return branch == null ? industry : industry + "（" + branch + "）";
    }
}
