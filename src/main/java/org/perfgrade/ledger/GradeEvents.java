package org.perfgrade.ledger;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 绩效级别变更记录: writes a change of a ledger line's grade into the history, effective on the submission's
 * business date. Callers record only real changes, so a restarted import adds nothing.
 */
@Repository
class GradeEvents {

    /** The reason of changes reported in a county's lists. */
    static final String COUNTY_LEDGER = "COUNTY_LEDGER";

    private final JdbcClient jdbc;

    GradeEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long ledgerLineId, String oldGrade, String newGrade, SubmissionContext ctx, String note,
                LocalDateTime now) {
        jdbc.sql("INSERT INTO grade_event (ledger_line_id, effective_on, recorded_at, old_grade, new_grade, reason, "
                + "source, note) VALUES (:line, :effective, :now, :old, :new, :reason, :source, :note)")
                .param("line", ledgerLineId).param("effective", ctx.asOf()).param("now", now)
                .param("old", oldGrade).param("new", newGrade).param("reason", COUNTY_LEDGER)
                .param("source", ctx.source()).param("note", note).update();
    }
}
