package org.perfgrade.ledger;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * 绩效级别变更记录: writes changes of ledger lines' grades into the history, effective on the submission's business
 * date. Callers record only real changes, so a restarted import adds nothing.
 */
@Repository
class GradeEvents {

    /** The reason of changes reported in a county's lists. */
    static final String COUNTY_LEDGER = "COUNTY_LEDGER";

    private static final String INSERT = "INSERT INTO grade_event (ledger_line_id, effective_on, recorded_at, "
            + "old_grade, new_grade, reason, source, note) "
            + "VALUES (:line, :effective, :now, :old, :new, :reason, :source, :note)";

    private final NamedParameterJdbcTemplate jdbc;

    GradeEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long ledgerLineId, String oldGrade, String newGrade, SubmissionContext ctx, String note,
                LocalDateTime now) {
        recordAll(List.of(new Change(ledgerLineId, oldGrade, newGrade, note)), ctx, now);
    }

    /** Writes a chunk's changes in one batch. */
    void recordAll(List<Change> changes, SubmissionContext ctx, LocalDateTime now) {
        if (changes.isEmpty()) {
            return;
        }
        SqlParameterSource[] params = changes.stream().map(c -> new MapSqlParameterSource()
                .addValue("line", c.ledgerLineId()).addValue("effective", ctx.asOf()).addValue("now", now)
                .addValue("old", c.oldGrade()).addValue("new", c.newGrade()).addValue("reason", COUNTY_LEDGER)
                .addValue("source", ctx.source()).addValue("note", c.note()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(INSERT, params);
    }

    /** One change of a line's grade (null = 未评级). */
    record Change(long ledgerLineId, String oldGrade, String newGrade, String note) {
    }
}
