package org.perfgrade.ledger;

import java.time.LocalDate;

/** 绩效级别变更记录 as read back: one change of a line's grade (null = 未评级) and where it came from. */
public record GradeEventView(long id, long ledgerLineId, LocalDate effectiveOn, String oldGrade, String newGrade,
                             String reason, String source, String note) {

    /** The reason in Chinese (县区清单台账, 省级核定, 违法降级, 市级更正), or the stored code when unknown. */
    public String reasonLabel() {
        return GradeEventReason.fromCode(reason).map(GradeEventReason::label).orElse(reason);
    }
}
