package org.perfgrade.ledger.write;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.perfgrade.ledger.write.LedgerLineStore.LineKey;
import org.perfgrade.ledger.write.LedgerLineStore.StoredLine;

/**
 * 分支待补充: a line of an industry with branches that a county reported without its branch. The line is kept on the
 * industry alone (branch key 0) until a later row names the branch; that row updates the same line (its grade
 * history, plan and application stay with it) instead of adding a second one. Conversely a row without a branch for
 * an enterprise whose one active line in the industry has a branch refers to that line.
 */
public final class BranchPending {

    private BranchPending() {
    }

    /**
     * The line a row refers to:
     * <ul>
     * <li>with a branch: the line of that branch, else the enterprise's line 分支待补充 in the industry, which takes
     * the branch ({@link Found#takesBranch});</li>
     * <li>without a branch: the enterprise's one active line in the industry when it has a branch, else its line
     * without a branch.</li>
     * </ul>
     *
     * @param byKey      the stored line of a business key, or null
     * @param inIndustry every line (active and retired) of the enterprise in the row's industry
     */
    static Optional<Found> find(long enterpriseId, IndustryRef ref, Function<LineKey, StoredLine> byKey,
                                Supplier<List<StoredLine>> inIndustry) {
        LineKey exact = LineKey.of(enterpriseId, ref);
        LineKey pending = new LineKey(enterpriseId, ref.industryId(), 0L);
        if (ref.branchId() != null) {
            StoredLine line = byKey.apply(exact);
            if (line != null) {
                return Optional.of(new Found(line, false));
            }
            return Optional.ofNullable(byKey.apply(pending)).map(l -> new Found(l, true));
        }
        List<StoredLine> active = inIndustry.get().stream().filter(l -> l.retiredOn() == null).toList();
        if (active.size() == 1 && active.get(0).branchKey() != 0L) {
            return Optional.of(new Found(active.get(0), false));
        }
        return Optional.ofNullable(byKey.apply(pending)).map(l -> new Found(l, false));
    }

    /**
     * A stored line a row refers to.
     *
     * @param takesBranch the line is 分支待补充 and the row names its branch: the line must take it
     */
    public record Found(StoredLine line, boolean takesBranch) {

        /** The line with the branch of {@code ref} when it takes it, as it is to be stored. */
        public StoredLine withBranchOf(IndustryRef ref) {
            return takesBranch ? line.withBranch(ref.branchKey()) : line;
        }

        /** The business key the line has once written. */
        LineKey key(IndustryRef ref) {
            return takesBranch ? new LineKey(line.enterpriseId(), line.industryId(), ref.branchKey()) : line.key();
        }
    }
}
