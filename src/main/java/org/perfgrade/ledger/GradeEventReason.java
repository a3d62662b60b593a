package org.perfgrade.ledger;

import java.util.Arrays;
import java.util.Optional;

/**
 * 级别变更原因: the only ways a ledger line's grade changes (issue #4). Each lands as a {@code grade_event} with this
 * name in {@code reason}; the current grade and the grade on any past day are read from those events.
 */
public enum GradeEventReason {
    /** 县区清单台账: the grade a county reported in its ledger (effective on the import's business date). */
    COUNTY_LEDGER("县区清单台账"),
    /** 评审核定: a grade certified by the province after county review and city 会审 (effective on its date). */
    REVIEW("省级核定"),
    /** 违法降级: a downgrade after 超标排放、偷排偷放、污染治理设施不正常运行 (effective on the day found). */
    VIOLATION("违法降级"),
    /** 市级更正: a correction by the city, with its reason. */
    CORRECTION("市级更正");

    private final String label;

    GradeEventReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The reason stored in {@code grade_event.reason}. */
    public static Optional<GradeEventReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
