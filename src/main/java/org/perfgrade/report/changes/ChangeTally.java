package org.perfgrade.report.changes;

import java.util.List;

/**
 * 变化情况汇总 one row: how many changes of each {@link ChangeKind} (in its order) a county had since the previous
 * statistics, the city's goals (the city's name) or all of them (合计).
 */
public record ChangeTally(String county, List<Integer> counts) {

    public ChangeTally {
        counts = List.copyOf(counts);
    }

    public int count(ChangeKind kind) {
        return counts.get(kind.ordinal());
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
