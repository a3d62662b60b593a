package org.perfgrade.snapshot;

/**
 * 考核结论: how a share stands against its target — 达标, 未达标, or not assessed (无企业（不考核）) when there is no
 * enterprise to count or no target to hold it against. Not applicable is a state of its own, never 达标 or 未达标.
 */
public enum TargetVerdict {
    MET("达标"),
    MISSED("未达标"),
    NOT_ASSESSED("无企业（不考核）");

    private final String words;

    TargetVerdict(String words) {
        this.words = words;
    }

    /** The verdict as documents print it. */
    public String words() {
        return words;
    }

    /** The verdict of a met flag: null (not applicable) → {@link #NOT_ASSESSED}. */
    public static TargetVerdict of(Boolean met) {
        return met == null ? NOT_ASSESSED : met ? MET : MISSED;
    }
}
