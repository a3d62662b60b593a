package org.perfgrade.ledger.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.ledger.write.LedgerLineStore.LineKey;
import org.perfgrade.ledger.write.LedgerLineStore.StoredLine;

/**
 * A chunk's ledger lines by business key and by enterprise × industry, so that a row finds its line as
 * {@link BranchPending#find} says — a line 分支待补充 taking the branch a row names, a row without a branch finding
 * the one branched line — without scanning the chunk.
 */
final class LineIndex {

    private final Map<LineKey, StoredLine> byKey = new HashMap<>();
    private final Map<EnterpriseIndustry, Map<Long, StoredLine>> byIndustry = new HashMap<>();

    LineIndex(Collection<StoredLine> lines) {
        lines.forEach(this::put);
    }

    StoredLine get(LineKey key) {
        return byKey.get(key);
    }

    /** The line the row's enterprise, industry and branch refer to, and whether it takes the row's branch. */
    Optional<BranchPending.Found> find(long enterpriseId, IndustryRef ref) {
        return BranchPending.find(enterpriseId, ref, byKey::get,
                () -> List.copyOf(byIndustry.getOrDefault(new EnterpriseIndustry(enterpriseId, ref.industryId()),
                        Map.of()).values()));
    }

    /** Adds or replaces a line; a line whose branch changed (same id, new key) leaves its old key. */
    void put(StoredLine line) {
        Map<Long, StoredLine> same = byIndustry.computeIfAbsent(
                new EnterpriseIndustry(line.enterpriseId(), line.industryId()), k -> new LinkedHashMap<>());
        StoredLine previous = same.put(line.id(), line);
        if (previous != null && !previous.key().equals(line.key())) {
            byKey.remove(previous.key());
        }
        byKey.put(line.key(), line);
    }

    Collection<StoredLine> values() {
        return new ArrayList<>(byKey.values());
    }

    private record EnterpriseIndustry(long enterpriseId, long industryId) {
    }
}
