package org.perfgrade.ledger.write;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 提升企业清单（附件2）的存取: one plan per ledger line, found, inserted or replaced by the newest 附件2 row. */
@Repository
class ImprovementPlanStore {

    private static final String SELECT = "SELECT id, ledger_line_id, current_grade, target_grade, "
            + "differentiating_index, problems, measures, planned_completion, remarks, last_submission_id, last_row_no, "
            + "retired_on FROM improvement_plan ";

    private static final String INSERT = "INSERT INTO improvement_plan (ledger_line_id, current_grade, target_grade, "
            + "differentiating_index, problems, measures, planned_completion, remarks, submission_id, "
            + "last_submission_id, last_row_no, recorded_on, created_at, updated_at) VALUES (:line, :current, :target, "
            + ":index, :problems, :measures, :completion, :remarks, :submission, :submission, :row, :recorded, :now, "
            + ":now)";

    private static final String UPDATE = "UPDATE improvement_plan SET current_grade = :current, target_grade = :target, "
            + "differentiating_index = :index, problems = :problems, measures = :measures, "
            + "planned_completion = :completion, remarks = :remarks, last_submission_id = :submission, "
            + "last_row_no = :row, retired_on = NULL, retired_by_submission_id = NULL, updated_at = :now WHERE id = :id";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ImprovementPlanStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<StoredPlan> find(long ledgerLineId) {
        return jdbc.sql(SELECT + "WHERE ledger_line_id = :line").param("line", ledgerLineId)
                .query(ImprovementPlanStore::map).optional();
    }

    /** The plans of the lines (at most a chunk's worth), by line id. */
    Map<Long, StoredPlan> ofLines(Collection<Long> ledgerLineIds) {
        Map<Long, StoredPlan> plans = new HashMap<>();
        if (!ledgerLineIds.isEmpty()) {
            jdbc.sql(SELECT + "WHERE ledger_line_id IN (:lines)").param("lines", List.copyOf(ledgerLineIds))
                    .query((RowCallbackHandler) rs -> plans.put(rs.getLong("ledger_line_id"), map(rs, 0)));
        }
        return plans;
    }

    private static StoredPlan map(ResultSet rs, int row) throws SQLException {
        return new StoredPlan(rs.getLong("id"),
                        new PlanContent(rs.getString("current_grade"), rs.getString("target_grade"),
                                rs.getString("differentiating_index"), rs.getString("problems"),
                                rs.getString("measures"), rs.getObject("planned_completion", LocalDate.class),
                                rs.getString("remarks")),
                        new Stamp(rs.getObject("last_submission_id", Long.class),
                                rs.getObject("last_row_no", Integer.class)),
                        rs.getObject("retired_on", LocalDate.class));
    }

    void insert(long ledgerLineId, PlanContent plan, Stamp stamp, LocalDate recordedOn, LocalDateTime now) {
        batch.update(INSERT, params(plan, stamp, now).addValue("line", ledgerLineId).addValue("recorded", recordedOn));
    }

    /**
     * Inserts plans (line id, content, stamp) in one batch, recorded on {@code recordedOn} (the business date of the
     * file that first reports them).
     */
    void insertAll(List<NewPlan> plans, LocalDate recordedOn, LocalDateTime now) {
        if (!plans.isEmpty()) {
            batch.batchUpdate(INSERT, plans.stream().map(p -> params(p.content(), p.stamp(), now)
                    .addValue("line", p.ledgerLineId()).addValue("recorded", recordedOn))
                    .toArray(SqlParameterSource[]::new));
        }
    }

    /** Replaces the plan's content and stamp and makes it active again. */
    void update(long id, PlanContent plan, Stamp stamp, LocalDateTime now) {
        batch.update(UPDATE, params(plan, stamp, now).addValue("id", id));
    }

    /** {@link #update} for several plans (id, content and stamp as given), in one batch. */
    void updateAll(List<StoredPlan> plans, LocalDateTime now) {
        if (!plans.isEmpty()) {
            batch.batchUpdate(UPDATE, plans.stream().map(p -> params(p.content(), p.stamp(), now)
                    .addValue("id", p.id())).toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource params(PlanContent p, Stamp stamp, LocalDateTime now) {
        return new MapSqlParameterSource().addValue("current", p.currentGrade()).addValue("target", p.targetGrade())
                .addValue("index", p.differentiatingIndex()).addValue("problems", p.problems())
                .addValue("measures", p.measures()).addValue("completion", p.plannedCompletion())
                .addValue("remarks", p.remarks()).addValue("submission", stamp.submissionId())
                .addValue("row", stamp.rowNo()).addValue("now", now);
    }

    /** A plan to insert. */
    record NewPlan(long ledgerLineId, PlanContent content, Stamp stamp) {
    }

    /** What a 附件2 row says about the plan; a newer row replaces all of it. */
    record PlanContent(String currentGrade, String targetGrade, String differentiatingIndex, String problems,
                       String measures, LocalDate plannedCompletion, String remarks) {
    }

    /** A plan as stored; {@code retiredOn} null while active. */
    record StoredPlan(long id, PlanContent content, Stamp stamp, LocalDate retiredOn) {
    }
}
